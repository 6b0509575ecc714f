import { z } from 'zod';
import type { DisclosureAttribute } from '../documents/disclosure-attributes.js';
import { idListSchema } from '../documents/document.schemas.js';
import { badInput } from '../shared/domain-error.js';
import { requiredTextSchema } from '../shared/text-fields.js';
import { applicantNoticeChannelSchema } from './application.schemas.js';
import { APPLICATION_LIMITS } from './applications.js';

/**
 * The special cases of an application that depend on more than its state (SPEC M6; 条例 art. 35, 44;
 * seed §3-1): which of the bureau's documents it asks for, an excessive volume, and what follows from them.
 */

/** The bureau's documents an application asks for, as the handler identifies them (the whole set each time). */
export const linkApplicationDocumentsSchema = z.object({
  documentIds: idListSchema('所申请的文件'),
});

/** Art. 35: what the applicant is asked to explain. */
export const askApplicantForReasonsSchema = z.object({
  request: requiredTextSchema('需申请人说明的事项', APPLICATION_LIMITS.reason),
  noticeChannel: applicantNoticeChannelSchema,
});

/**
 * Art. 35 sets no ceiling on the "reasonable period"; this bound only catches a mistyped number (a quarter
 * of a year of working days beyond the statutory period is already far more than any reasonable case).
 */
export const REASONABLE_PERIOD_MAX_WORKING_DAYS = 60;

/** Art. 35: the reasons were found reasonable but the volume is beyond what the period allows. */
export const reasonablePeriodSchema = z.object({
  byWorkingDays: z
    .number({ error: '延迟的工作日数须为整数' })
    .int('延迟的工作日数须为整数')
    .min(1, '至少延迟 1 个工作日')
    .max(REASONABLE_PERIOD_MAX_WORKING_DAYS, `最多延迟 ${REASONABLE_PERIOD_MAX_WORKING_DAYS} 个工作日`),
  reason: requiredTextSchema('认为理由合理但无法按期答复的说明', APPLICATION_LIMITS.reason),
  noticeChannel: applicantNoticeChannelSchema,
});

/** What a reply's result depends on beyond the workflow's facts. */
export interface ReplyResultFacts {
  /** Art. 35: the applicant was asked to explain the volume of their applications. */
  reasonsRequested: boolean;
  /** The bureau's documents linked as what the application asks for. */
  linkedDocumentCount: number;
  /** A linked document was issued jointly with other agencies (seed §3-1). */
  jointlyIssued: boolean;
}

/**
 * Refuses a result the case's facts contradict, as a zh-CN field error on the result:
 * - 不予处理·无正当理由大量反复申请 only after the applicant was asked for reasons (art. 35);
 * - 无法提供·本机关不掌握 when the application is linked to a document the bureau holds — for information
 *   issued jointly with other agencies the bureau has the duty to disclose and any of them answers (seed §3-1).
 */
export function assertReplyResultAllowed(resultCode: string, facts: ReplyResultFacts): void {
  if (resultCode === 'NOT_PROCESSED.EXCESSIVE' && !facts.reasonsRequested) {
    const message = '以“无正当理由大量反复申请”不予处理前，须先要求申请人说明理由（《政府信息公开条例》第三十五条）';
    throw badInput('APPLICATION.REASONS_FIRST', message, { resultReason: [message] });
  }
  if (resultCode === 'UNAVAILABLE.NOT_HELD' && facts.linkedDocumentCount > 0) {
    const message = facts.jointlyIssued
      ? '所申请的信息系本局与其他机关联合发文产生，本局负有公开义务，申请人可向其中任何一个机关申请，不能答复“本机关不掌握”（本局政府信息公开制度第三条第一款）'
      : '所申请的信息已关联本局掌握的文件，不能答复“本机关不掌握相关政府信息”';
    throw badInput('APPLICATION.INFORMATION_HELD', message, { resultReason: [message] });
  }
}

/**
 * Art. 44: information several applicants asked for, and which can be disclosed, may be made proactive.
 * When this many distinct applicants (one per identity; an applicant without one counts once per case) have
 * asked for a 依申请公开 document since it was last assessed, its department is asked to re-determine it.
 */
export const PROACTIVE_PROPOSAL_DEFAULT_APPLICANTS = 3;

export function proactiveProposalDue(
  attribute: DisclosureAttribute | null,
  distinctApplicants: number,
  threshold: number,
): boolean {
  return attribute === 'ON_APPLICATION' && distinctApplicants >= threshold;
}

/** The task's title: the department sees why it is asked. */
export const proactiveProposalTitle = (documentTitle: string, distinctApplicants: number): string =>
  `依申请公开较多（${distinctApplicants} 位申请人），研究纳入主动公开：${documentTitle}`.slice(0, 200);
