import { describe, expect, it } from 'vitest';
import { DEADLINE_LENGTHENING, assertLengtheningAllowed } from '../calendar/deadline-kinds.js';
import { DomainError } from '../shared/domain-error.js';
import { APPLICATION_RESULT_CODES } from './application-results.js';
import {
  PROACTIVE_PROPOSAL_DEFAULT_APPLICANTS,
  REASONABLE_PERIOD_MAX_WORKING_DAYS,
  askApplicantForReasonsSchema,
  assertReplyResultAllowed,
  linkApplicationDocumentsSchema,
  proactiveProposalDue,
  proactiveProposalTitle,
  reasonablePeriodSchema,
} from './application-special-cases.js';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const NOTHING = { reasonsRequested: false, linkedDocumentCount: 0, jointlyIssued: false };

describe('reply results the case facts contradict', () => {
  it('allows every result when nothing is known against it, except 大量反复申请 before reasons were asked', () => {
    for (const code of APPLICATION_RESULT_CODES) {
      if (code === 'NOT_PROCESSED.EXCESSIVE') continue;
      expect(() => assertReplyResultAllowed(code, NOTHING)).not.toThrow();
    }
    const error = refusal(() => assertReplyResultAllowed('NOT_PROCESSED.EXCESSIVE', NOTHING));
    expect(error.reason).toBe('APPLICATION.REASONS_FIRST');
    expect(error.message).toContain('第三十五条');
    expect(() =>
      assertReplyResultAllowed('NOT_PROCESSED.EXCESSIVE', { ...NOTHING, reasonsRequested: true }),
    ).not.toThrow();
  });

  it('refuses 本机关不掌握 for information linked to a document the bureau holds, citing seed §3-1 when issued jointly', () => {
    const held = refusal(() => assertReplyResultAllowed('UNAVAILABLE.NOT_HELD', { ...NOTHING, linkedDocumentCount: 1 }));
    expect(held.reason).toBe('APPLICATION.INFORMATION_HELD');
    expect(held.fields?.resultReason?.[0]).toContain('本局掌握');
    const joint = refusal(() =>
      assertReplyResultAllowed('UNAVAILABLE.NOT_HELD', { ...NOTHING, linkedDocumentCount: 1, jointlyIssued: true }),
    );
    expect(joint.message).toContain('联合发文');
    expect(joint.message).toContain('任何一个机关');
    // Other results stay open for such information: it may still be withheld or not exist in the form asked.
    expect(() =>
      assertReplyResultAllowed('UNAVAILABLE.NEEDS_CREATION', { ...NOTHING, linkedDocumentCount: 1, jointlyIssued: true }),
    ).not.toThrow();
  });
});

describe('art. 44 proposal for proactive disclosure', () => {
  it('is due for a 依申请公开 document once the threshold of distinct applicants is reached', () => {
    const threshold = PROACTIVE_PROPOSAL_DEFAULT_APPLICANTS;
    expect(proactiveProposalDue('ON_APPLICATION', threshold - 1, threshold)).toBe(false);
    expect(proactiveProposalDue('ON_APPLICATION', threshold, threshold)).toBe(true);
    expect(proactiveProposalDue('ON_APPLICATION', threshold + 5, threshold)).toBe(true);
    // Already proactive, or not disclosable (不予公开: periodic re-assessment covers it, art. 18), or undetermined.
    expect(proactiveProposalDue('PROACTIVE', 10, threshold)).toBe(false);
    expect(proactiveProposalDue('NOT_DISCLOSED', 10, threshold)).toBe(false);
    expect(proactiveProposalDue(null, 10, threshold)).toBe(false);
  });

  it('titles the task with the number of applicants, within the task title length', () => {
    expect(proactiveProposalTitle('关于某事项的批复', 3)).toBe('依申请公开较多（3 位申请人），研究纳入主动公开：关于某事项的批复');
    expect(proactiveProposalTitle('长'.repeat(300), 4)).toHaveLength(200);
  });
});

describe('art. 35 inputs and the longer period on the deadline', () => {
  it('validates the request for reasons and the longer period with zh-CN messages', () => {
    expect(askApplicantForReasonsSchema.safeParse({ request: '  ' }).error?.issues[0]?.message).toContain('需申请人说明的事项');
    expect(askApplicantForReasonsSchema.parse({ request: '请说明申请用途' }).noticeChannel).toBe('IN_SYSTEM');
    const tooLong = reasonablePeriodSchema.safeParse({ byWorkingDays: REASONABLE_PERIOD_MAX_WORKING_DAYS + 1, reason: '理由' });
    expect(tooLong.error?.issues[0]?.message).toBe(`最多延迟 ${REASONABLE_PERIOD_MAX_WORKING_DAYS} 个工作日`);
    expect(reasonablePeriodSchema.safeParse({ byWorkingDays: 1.5, reason: '理由' }).success).toBe(false);
    expect(reasonablePeriodSchema.safeParse({ byWorkingDays: 30, reason: '' }).success).toBe(false);
    expect(reasonablePeriodSchema.parse({ byWorkingDays: 30, reason: '理由合理，数量超出正常办理能力' }).byWorkingDays).toBe(30);
  });

  it('links distinct document ids only', () => {
    const id = '0b9f3d3e-8a59-4c4e-9d62-8c7d9f2b1a10';
    expect(linkApplicationDocumentsSchema.parse({ documentIds: [id] }).documentIds).toEqual([id]);
    expect(linkApplicationDocumentsSchema.safeParse({ documentIds: [id, id] }).error?.issues[0]?.message).toBe('所申请的文件重复');
    expect(linkApplicationDocumentsSchema.safeParse({ documentIds: ['x'] }).error?.issues[0]?.message).toBe('所申请的文件无效');
  });

  it('lengthens only the reply period, with the same ceiling, approver, reason and notice', () => {
    expect(DEADLINE_LENGTHENING.APPLICATION_REPLY?.maxWorkingDays).toBe(REASONABLE_PERIOD_MAX_WORKING_DAYS);
    const ok = { byWorkingDays: 30, reason: '理由合理', approverHasPermission: true, noticeRecorded: true };
    expect(() => assertLengtheningAllowed('APPLICATION_REPLY', ok)).not.toThrow();
    expect(refusal(() => assertLengtheningAllowed('COMPLAINT_HANDLING', ok)).reason).toBe('DEADLINE.LENGTHENING_NOT_ALLOWED');
    expect(refusal(() => assertLengtheningAllowed('APPLICATION_REPLY', { ...ok, byWorkingDays: 61 })).reason).toBe(
      'DEADLINE.EXTENSION_TOO_LONG',
    );
    expect(refusal(() => assertLengtheningAllowed('APPLICATION_REPLY', { ...ok, byWorkingDays: 0 })).reason).toBe(
      'DEADLINE.INVALID_EXTENSION',
    );
    expect(refusal(() => assertLengtheningAllowed('APPLICATION_REPLY', { ...ok, reason: ' ' })).reason).toBe(
      'DEADLINE.EXTENSION_REASON_REQUIRED',
    );
    expect(refusal(() => assertLengtheningAllowed('APPLICATION_REPLY', { ...ok, approverHasPermission: false })).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(() => assertLengtheningAllowed('APPLICATION_REPLY', { ...ok, noticeRecorded: false })).reason).toBe(
      'DEADLINE.EXTENSION_NOTICE_REQUIRED',
    );
  });
});
