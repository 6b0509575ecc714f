import { recordCorrectionSchema, requestCorrectionSchema, type NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { restartCaseDeadline } from '../../deadline/deadline.service.js';
import { closeApplication } from '../application.closing.js';
import type { Application } from '../application.entity.js';
import { endApplicantPeriod, openApplicantPeriod } from '../application.periods.js';
import {
  applicationDeadline,
  assertRecordedDate,
  beginApplicationStep,
  deadlineActorOf,
  finishApplicationStep,
} from '../application.steps.js';

/**
 * 补正 (条例 art. 30): told once, within 7 working days of receipt, with what to correct and a reasonable
 * period. The reply clock stops until the corrected application arrives; the applicant's period runs as its
 * own deadline, and the handlers get a task for when it ends.
 */
export async function requestApplicationCorrection(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { request: string; periodWorkingDays?: number | null; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(requestCorrectionSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'REQUEST_CORRECTION');
  const { application, today } = step;
  await openApplicantPeriod(
    context,
    step,
    'APPLICATION_CORRECTION_PERIOD',
    input.periodWorkingDays,
    {
      channel: input.noticeChannel,
      subject: `政府信息公开申请补正告知书（${application.caseNumber}）`,
      content: (dueDate) =>
        [
          `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}）内容不明确，请您补正以下事项：`,
          input.request,
          `请于 ${dueDate ?? `${input.periodWorkingDays} 个工作日内`} 前补正。答复期限自本机关收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请（《政府信息公开条例》第三十条）。`,
        ].join('\n'),
    },
    '告知申请人补正',
  );
  application.correctionRequest = input.request;
  application.correctionRequestedDate = today;
  application.correctionPeriodWorkingDays = input.periodWorkingDays;
  return finishApplicationStep(context, step);
}

/** The corrected application arrived: the reply clock counts again from the day after its receipt (art. 30–31). */
export async function recordApplicationCorrection(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { receivedDate: string; correctedDescription: string },
): Promise<Application> {
  const input = parseInput(recordCorrectionSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'RECORD_CORRECTION');
  const { manager, application, today } = step;
  assertRecordedDate(input.receivedDate, today, 'receivedDate', '收到补正材料日期', {
    date: application.correctionRequestedDate ?? application.receivedDate,
    label: '告知补正日期',
  });
  const by = deadlineActorOf(context);
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN') {
    await restartCaseDeadline(manager, by, reply.id, { from: input.receivedDate, reason: '收到补正后的申请' });
  }
  await endApplicantPeriod(context, step, 'APPLICATION_CORRECTION_PERIOD');
  application.correctedDescription = input.correctedDescription;
  application.correctionReceivedDate = input.receivedDate;
  return finishApplicationStep(context, step);
}

/** The period ran out without a correction: the application is treated as abandoned (其他处理·逾期不补正). */
export async function closeUncorrectedApplication(context: RequestContext, id: string, version: number): Promise<Application> {
  const step = await beginApplicationStep(context, id, version, 'CLOSE_UNCORRECTED');
  return closeApplication(context, step, { resultCode: 'OTHER.NO_CORRECTION' });
}
