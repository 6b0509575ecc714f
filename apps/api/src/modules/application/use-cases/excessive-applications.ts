import { askApplicantForReasonsSchema, reasonablePeriodSchema, type NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import type { Application } from '../application.entity.js';
import { lengthenReplyPeriod } from '../application.reply-period.js';
import { beginApplicationStep, finishApplicationStep, recordApplicantNotice } from '../application.steps.js';

/**
 * 条例 art. 35: applications clearly excessive in number or frequency. The agency asks the applicant for
 * their reasons (the clock keeps running: the article does not stop it); unreasonable reasons → the reply
 * 不予处理·无正当理由大量反复申请 (allowed only after this request, assertReplyResultAllowed); reasonable
 * reasons but more than can be answered in time → a longer reasonable period, set once and told.
 */
export async function askApplicantForReasons(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { request: string; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(askApplicantForReasonsSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'ASK_REASONS');
  const { application, today } = step;
  await recordApplicantNotice(context, application, {
    channel: input.noticeChannel,
    subject: `要求说明理由告知书（${application.caseNumber}）`,
    content: [
      `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}），申请公开政府信息的数量、频次明显超过合理范围，依据《政府信息公开条例》第三十五条，请您说明理由：`,
      input.request,
      '本机关认为申请理由不合理的，将告知不予处理；认为申请理由合理但无法在规定期限内答复的，将确定延迟答复的合理期限并告知您。',
    ].join('\n'),
  });
  application.reasonsRequest = input.request;
  application.reasonsRequestedDate = today;
  return finishApplicationStep(context, step, input.request);
}

export async function setApplicationReasonablePeriod(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { byWorkingDays: number; reason: string; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(reasonablePeriodSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'SET_REASONABLE_PERIOD');
  const { application } = step;
  await lengthenReplyPeriod(context, step, 'REASONABLE_PERIOD', input, {
    subject: `延迟答复告知书（${application.caseNumber}）`,
    content: (newDueDate) =>
      [
        `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}），本机关认为您说明的理由合理，但无法在《政府信息公开条例》第三十三条规定的期限内答复，依据该条例第三十五条，确定延迟答复的合理期限为 ${input.byWorkingDays} 个工作日` +
          (newDueDate ? `，将于 ${newDueDate} 前答复。` : '。'),
        `说明：${input.reason}`,
      ].join('\n'),
  });
  application.reasonablePeriodWorkingDays = input.byWorkingDays;
  return finishApplicationStep(context, step, input.reason);
}
