import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import { CASE_KINDS } from '../cases/case-kinds.js';
import { PERMISSIONS } from '../identity/permissions.js';
import {
  DEADLINE_KINDS,
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS_DEFINITION,
  assertExtensionAllowed,
  type DeadlineKind,
  type ExtensionRequest,
} from './deadline-kinds.js';
import { calendarOverrideInputSchema } from './calendar.schemas.js';

const ok: ExtensionRequest = {
  byWorkingDays: 5,
  reason: '需调取档案',
  previousCount: 0,
  approverHasPermission: true,
  noticeRecorded: true,
};

describe('deadline kinds', () => {
  it('carry the periods of the rules (条例 art. 30, 32–34; seed §6, §11)', () => {
    expect(
      Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, DEADLINE_KINDS_DEFINITION[kind].periodWorkingDays])),
    ).toEqual({
      APPLICATION_REPLY: 20,
      APPLICATION_CORRECTION_NOTICE: 7,
      APPLICATION_CORRECTION_PERIOD: 15,
      APPLICATION_FEE_PAYMENT: 20,
      CONSULTATION_REPLY: 15,
      CO_DEPARTMENT_CONSENT: 5,
      COMPLAINT_ACCEPTANCE_NOTICE: 3,
      COMPLAINT_TRANSFER: 5,
      COMPLAINT_HANDLING: 15,
      MEETING_FEEDBACK: 3,
      PROACTIVE_PUBLICATION: 20,
    });
    for (const kind of DEADLINE_KINDS) {
      expect(DEADLINE_KIND_LABELS[kind]).toMatch(/\p{Script=Han}/u);
      expect(CASE_KINDS).toContain(DEADLINE_KINDS_DEFINITION[kind].caseKind);
      const approver = DEADLINE_KINDS_DEFINITION[kind].extension?.approverPermission;
      if (approver) expect(PERMISSIONS).toContain(approver);
    }
  });
});

describe('assertExtensionAllowed', () => {
  const cases: Array<[string, DeadlineKind, Partial<ExtensionRequest>, string | null]> = [
    ['application: approved, noticed, first, 20 days', 'APPLICATION_REPLY', { byWorkingDays: 20 }, null],
    ['application: 21 days', 'APPLICATION_REPLY', { byWorkingDays: 21 }, 'DEADLINE.EXTENSION_TOO_LONG'],
    ['application: second extension', 'APPLICATION_REPLY', { previousCount: 1 }, 'DEADLINE.EXTENSION_LIMIT'],
    ['application: no approver', 'APPLICATION_REPLY', { approverHasPermission: false }, 'DEADLINE.EXTENSION_APPROVER_REQUIRED'],
    ['application: no notice', 'APPLICATION_REPLY', { noticeRecorded: false }, 'DEADLINE.EXTENSION_NOTICE_REQUIRED'],
    ['application: no reason', 'APPLICATION_REPLY', { reason: '  ' }, 'DEADLINE.EXTENSION_REASON_REQUIRED'],
    ['application: zero days', 'APPLICATION_REPLY', { byWorkingDays: 0 }, 'DEADLINE.INVALID_EXTENSION'],
    ['application: fractional days', 'APPLICATION_REPLY', { byWorkingDays: 1.5 }, 'DEADLINE.INVALID_EXTENSION'],
    ['complaint: no approver needed', 'COMPLAINT_HANDLING', { approverHasPermission: false }, null],
    ['complaint: third extension allowed', 'COMPLAINT_HANDLING', { previousCount: 2 }, null],
    ['complaint: reason required', 'COMPLAINT_HANDLING', { reason: null }, 'DEADLINE.EXTENSION_REASON_REQUIRED'],
    ['complaint: notice required', 'COMPLAINT_HANDLING', { noticeRecorded: false }, 'DEADLINE.EXTENSION_NOTICE_REQUIRED'],
    ['complaint transfer: never', 'COMPLAINT_TRANSFER', {}, 'DEADLINE.EXTENSION_NOT_ALLOWED'],
    ['meeting feedback: never', 'MEETING_FEEDBACK', {}, 'DEADLINE.EXTENSION_NOT_ALLOWED'],
    ['correction notice: never', 'APPLICATION_CORRECTION_NOTICE', {}, 'DEADLINE.EXTENSION_NOT_ALLOWED'],
  ];
  it.each(cases)('%s', (_name, kind, request, reason) => {
    const run = () => assertExtensionAllowed(kind, { ...ok, ...request });
    if (reason === null) {
      expect(run).not.toThrow();
      return;
    }
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.reason).toBe(reason);
      expect((error as Error).message).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('calendarOverrideInputSchema', () => {
  it.each([
    [{ date: '2027-01-04', kind: 'OFF', note: '元旦调休' }, true],
    [{ date: '2027-02-20', kind: 'WORK', note: ' 春节调休上班 ' }, true],
    [{ date: '2027-02-29', kind: 'OFF', note: 'x' }, false],
    [{ date: '1999-12-31', kind: 'OFF', note: 'x' }, false],
    [{ date: '2027-01-04', kind: 'HOLIDAY', note: 'x' }, false],
    [{ date: '2027-01-04', kind: 'OFF', note: '' }, false],
    [{ date: '2027-01-04', kind: 'OFF', note: '长'.repeat(101) }, false],
  ])('%j → %s', (input, valid) => {
    expect(calendarOverrideInputSchema.safeParse(input).success).toBe(valid);
  });
});
