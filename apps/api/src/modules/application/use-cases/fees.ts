import {
  APPLICATION_FEE_METHOD_LABELS,
  applicationFee,
  badInput,
  feeNoticeSchema,
  recordPaymentSchema,
  type NoticeChannel,
} from '@gdp/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { resumeCaseDeadline } from '../../deadline/deadline.service.js';
import { closeApplication } from '../application.closing.js';
import { Application } from '../application.entity.js';
import { endApplicantPeriod, openApplicantPeriod } from '../application.periods.js';
import {
  applicationDeadline,
  assertRecordedDate,
  beginApplicationStep,
  deadlineActorOf,
  finishApplicationStep,
} from '../application.steps.js';

/**
 * Processing fees (国办函〔2020〕109号): only where the bureau charges at all, by one method per application;
 * the reply clock stops from the notice until the payment, and the applicant's period to pay runs meanwhile.
 */

/**
 * This application's place among the applicant's applications received in the same calendar month; on one
 * day, in the order of their case numbers (issued in sequence).
 */
async function monthlyOrdinal(manager: EntityManager, application: Application): Promise<number> {
  if (!application.applicantFingerprint) return 1;
  const monthStart = `${application.receivedDate.slice(0, 7)}-01`;
  return manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .where('application.applicantFingerprint = :fingerprint', { fingerprint: application.applicantFingerprint })
    .andWhere('application.receivedDate >= :monthStart', { monthStart })
    .andWhere(
      '(application.receivedDate < :received OR (application.receivedDate = :received AND application.caseNumber <= :caseNumber))',
      { received: application.receivedDate, caseNumber: application.caseNumber },
    )
    .getCount();
}

export async function issueApplicationFeeNotice(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { method: string; pages?: number | null; paymentPeriodWorkingDays?: number | null; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(feeNoticeSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'ISSUE_FEE_NOTICE');
  const { manager, application, today } = step;
  const basis = input.method === 'PER_APPLICATION' ? await monthlyOrdinal(manager, application) : (input.pages as number);
  const amount = applicationFee(input.method, basis);
  if (amount === 0) {
    const message =
      input.method === 'PER_APPLICATION'
        ? `该申请人本月第 ${basis} 件申请，按件计收不收费（每月 10 件以内免费）`
        : `共 ${basis} 页，按量计收不收费（30 页以内免费）`;
    throw badInput('APPLICATION.NO_FEE_DUE', message, { method: [message] });
  }
  const basisText = input.method === 'PER_APPLICATION' ? `您本月第 ${basis} 件申请` : `共 ${basis} 页`;
  await openApplicantPeriod(
    context,
    step,
    'APPLICATION_FEE_PAYMENT',
    input.paymentPeriodWorkingDays,
    {
      channel: input.noticeChannel,
      subject: `政府信息公开信息处理费缴费通知书（${application.caseNumber}）`,
      content: (dueDate) =>
        [
          `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}），依据《政府信息公开信息处理费管理办法》${APPLICATION_FEE_METHOD_LABELS[input.method]}（${basisText}），应缴纳信息处理费 ${amount} 元。`,
          `请于 ${dueDate ?? `${input.paymentPeriodWorkingDays} 个工作日内`} 前缴纳；答复期限自发出本通知之日起至缴费之日止暂停计算。逾期未缴纳的，视为放弃申请。`,
        ].join('\n'),
    },
    '发出收费通知',
  );
  application.feeMethod = input.method;
  application.feeBasis = basis;
  application.feeAmount = amount;
  application.feeNoticeDate = today;
  application.feePaymentPeriodWorkingDays = input.paymentPeriodWorkingDays;
  return finishApplicationStep(context, step);
}

/** The fee was paid: the reply clock resumes after the day of payment. */
export async function recordApplicationPayment(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { paidDate: string; reference: string },
): Promise<Application> {
  const input = parseInput(recordPaymentSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'RECORD_PAYMENT');
  const { manager, application, today } = step;
  assertRecordedDate(input.paidDate, today, 'paidDate', '缴费日期', {
    date: application.feeNoticeDate ?? application.receivedDate,
    label: '收费通知日期',
  });
  const by = deadlineActorOf(context);
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN' && reply.isSuspended) await resumeCaseDeadline(manager, by, reply.id, { on: input.paidDate });
  await endApplicantPeriod(context, step, 'APPLICATION_FEE_PAYMENT');
  application.feePaidDate = input.paidDate;
  application.feeReference = input.reference;
  return finishApplicationStep(context, step);
}

/** The period to pay ran out: the application is treated as abandoned (其他处理·逾期未缴费). */
export async function closeUnpaidApplication(context: RequestContext, id: string, version: number): Promise<Application> {
  const step = await beginApplicationStep(context, id, version, 'CLOSE_UNPAID');
  return closeApplication(context, step, { resultCode: 'OTHER.UNPAID' });
}
