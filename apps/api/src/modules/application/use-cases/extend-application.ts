import { extendApplicationSchema, type NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import type { Application } from '../application.entity.js';
import { lengthenReplyPeriod } from '../application.reply-period.js';
import { beginApplicationStep, finishApplicationStep } from '../application.steps.js';

/**
 * Art. 33: the reply period may be extended once, by at most 20 working days, with the consent of the
 * disclosure office's head (APPLICATION_EXTENSION_APPROVE) and a notice to the applicant.
 */
export async function extendApplication(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { byWorkingDays: number; reason: string; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(extendApplicationSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'EXTEND');
  const { application } = step;
  await lengthenReplyPeriod(context, step, 'EXTENSION', input, {
    subject: `政府信息公开申请延期答复告知书（${application.caseNumber}）`,
    content: (newDueDate) =>
      [
        `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}），因正当理由不能在 20 个工作日内答复，经本机关政府信息公开工作机构负责人同意，答复期限延长 ${input.byWorkingDays} 个工作日` +
          (newDueDate ? `，至 ${newDueDate}。` : '。'),
        `理由：${input.reason}`,
      ].join('\n'),
  });
  return finishApplicationStep(context, step, input.reason);
}
