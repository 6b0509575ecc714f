import { describe, expect, it } from 'vitest';
import type { Grant } from '../identity/actor.js';
import { ROLES, isDepartmentScopedRole, type Role } from '../identity/roles.js';
import { isDomainError } from '../shared/domain-error.js';
import {
  CONSULTATION_ACTIONS,
  CONSULTATION_ACTION_LABELS,
  CONSULTATION_POLICIES,
  CONSULTATION_STATES,
  CONSULTATION_STATE_LABELS,
  CONSULTATION_USES,
  CONSULTATION_USE_LABELS,
  availableConsultationActions,
  blocksPublication,
  blocksSigning,
  consultationLetterSchema,
  consultationPeriodOf,
  consultationTaskKindOf,
  isConsultationOpen,
  maySendConsultation,
  silentLapseOf,
  transitionConsultation,
  type ConsultationAction,
  type ConsultationCommand,
  type ConsultationFacts,
  type ConsultationState,
  type ConsultationUse,
} from './consultation.workflow.js';

const DEPT = 'dept-culture';
const CO_DEPT = 'dept-tourism';
const CHINESE = /\p{Script=Han}/u;

const actorWith = (roles: Role[], departmentId: string) => ({
  userId: 'actor',
  grants: roles.map((role): Grant => ({
    role,
    departmentId: isDepartmentScopedRole(role) ? departmentId : null,
  })),
});
const factsOf = (
  use: ConsultationUse,
  state: ConsultationState,
  overrides: Partial<ConsultationFacts> = {},
): ConsultationFacts => ({
  use,
  state,
  departmentId: DEPT,
  consulteeDepartmentId: use === 'CO_DEPARTMENT_CONSENT' ? CO_DEPT : null,
  isReplyOverdue: true,
  ...overrides,
});

const COMMANDS: Record<ConsultationAction, ConsultationCommand> = {
  RECORD_REPLY: { action: 'RECORD_REPLY', agrees: true, reply: '同意公开', repliedOn: '2026-11-20' },
  CONSENT: { action: 'CONSENT', opinion: null },
  REFUSE: { action: 'REFUSE', reason: '涉及本处室未定事项' },
  REMIND: { action: 'REMIND', note: '请于五个工作日内答复' },
  ESCALATE: { action: 'ESCALATE', reason: '催告后仍未答复' },
  SETTLE: {
    action: 'SETTLE',
    body: 'COMMON_SUPERIOR',
    decision: 'DISCLOSE',
    reference: '湖政办函〔2026〕1号',
    summary: '同意公开',
  },
  LAPSE: { action: 'LAPSE' },
  WITHDRAW: { action: 'WITHDRAW', reason: '不再公开' },
};

/** Consent actions are taken by the consulted department's head; the others by the owning department. */
const actorDepartmentFor = (action: ConsultationAction) =>
  action === 'CONSENT' || action === 'REFUSE' ? CO_DEPT : DEPT;
const MANAGERS: Role[] = ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'];
/** An application's consultations are the disclosure office's: its handlers act on them (条例 art. 32, 34). */
const rolesFor = (action: ConsultationAction, use?: ConsultationUse): Role[] =>
  action === 'CONSENT' || action === 'REFUSE'
    ? ['DEPARTMENT_HEAD']
    : use?.startsWith('APPLICATION_')
      ? ['APPLICATION_HANDLER']
      : MANAGERS;

/** What each use offers, written out by hand (SPEC M4): [use, state, action, next state]. */
const OFFERED: Array<[ConsultationUse, ConsultationState, ConsultationAction, ConsultationState]> = [
  ['AGENCY_RELEASE', 'SENT', 'RECORD_REPLY', 'AGREED'],
  ['AGENCY_RELEASE', 'SENT', 'REMIND', 'REMINDED'],
  ['AGENCY_RELEASE', 'SENT', 'WITHDRAW', 'WITHDRAWN'],
  ['AGENCY_RELEASE', 'REMINDED', 'RECORD_REPLY', 'AGREED'],
  ['AGENCY_RELEASE', 'REMINDED', 'REMIND', 'REMINDED'],
  ['AGENCY_RELEASE', 'REMINDED', 'ESCALATE', 'ESCALATED'],
  ['AGENCY_RELEASE', 'REMINDED', 'WITHDRAW', 'WITHDRAWN'],
  ['AGENCY_RELEASE', 'ESCALATED', 'RECORD_REPLY', 'AGREED'],
  ['AGENCY_RELEASE', 'ESCALATED', 'SETTLE', 'SETTLED'],
  ['AGENCY_RELEASE', 'ESCALATED', 'WITHDRAW', 'WITHDRAWN'],
  ['AGENCY_RELEASE', 'DISAGREED', 'SETTLE', 'SETTLED'],
  ['AGENCY_RELEASE', 'DISAGREED', 'WITHDRAW', 'WITHDRAWN'],
  ['CO_DEPARTMENT_CONSENT', 'SENT', 'CONSENT', 'AGREED'],
  ['CO_DEPARTMENT_CONSENT', 'SENT', 'REFUSE', 'DISAGREED'],
  ['CO_DEPARTMENT_CONSENT', 'SENT', 'REMIND', 'REMINDED'],
  ['CO_DEPARTMENT_CONSENT', 'SENT', 'WITHDRAW', 'WITHDRAWN'],
  ['CO_DEPARTMENT_CONSENT', 'REMINDED', 'CONSENT', 'AGREED'],
  ['CO_DEPARTMENT_CONSENT', 'REMINDED', 'REFUSE', 'DISAGREED'],
  ['CO_DEPARTMENT_CONSENT', 'REMINDED', 'REMIND', 'REMINDED'],
  ['CO_DEPARTMENT_CONSENT', 'REMINDED', 'WITHDRAW', 'WITHDRAWN'],
  ['CO_DEPARTMENT_CONSENT', 'DISAGREED', 'CONSENT', 'AGREED'],
  ['CO_DEPARTMENT_CONSENT', 'DISAGREED', 'WITHDRAW', 'WITHDRAWN'],
  ...(['SENT', 'REMINDED'] as const).flatMap(
    (state): Array<[ConsultationUse, ConsultationState, ConsultationAction, ConsultationState]> => [
      ['APPLICATION_THIRD_PARTY', state, 'RECORD_REPLY', 'AGREED'],
      ['APPLICATION_THIRD_PARTY', state, 'REMIND', 'REMINDED'],
      ['APPLICATION_THIRD_PARTY', state, 'LAPSE', 'LAPSED'],
      ['APPLICATION_THIRD_PARTY', state, 'WITHDRAW', 'WITHDRAWN'],
      ['APPLICATION_JOINT_AGENCY', state, 'RECORD_REPLY', 'AGREED'],
      ['APPLICATION_JOINT_AGENCY', state, 'REMIND', 'REMINDED'],
      ['APPLICATION_JOINT_AGENCY', state, 'LAPSE', 'CONSENTED_BY_SILENCE'],
      ['APPLICATION_JOINT_AGENCY', state, 'WITHDRAW', 'WITHDRAWN'],
    ],
  ),
];
const nextOf = (use: ConsultationUse, state: ConsultationState, action: ConsultationAction) =>
  OFFERED.find((cell) => cell[0] === use && cell[1] === state && cell[2] === action)?.[3];

function outcomeOf(run: () => { state: ConsultationState }): string {
  try {
    return run().state;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

function caught(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('consultation workflow: every (use, state, action, role)', () => {
  const table = CONSULTATION_USES.flatMap((use) =>
    CONSULTATION_STATES.flatMap((state) =>
      CONSULTATION_ACTIONS.flatMap((action) => ROLES.map((role) => [use, state, action, role] as const)),
    ),
  );

  it.each(table)('%s · %s · %s · %s', (use, state, action, role) => {
    const facts = factsOf(use, state);
    const actor = actorWith([role], actorDepartmentFor(action));
    const next = nextOf(use, state, action);
    const entitled = next !== undefined && rolesFor(action, use).includes(role);
    const expected = next === undefined ? 'INVALID_TRANSITION' : entitled ? next : 'FORBIDDEN';
    expect(outcomeOf(() => transitionConsultation(facts, actor, COMMANDS[action]))).toBe(expected);
    expect(availableConsultationActions(facts, actor).includes(action)).toBe(entitled);
  });

  it('labels every use, state and action in Chinese', () => {
    for (const use of CONSULTATION_USES) expect(CONSULTATION_USE_LABELS[use]).toMatch(CHINESE);
    for (const state of CONSULTATION_STATES) expect(CONSULTATION_STATE_LABELS[state]).toMatch(CHINESE);
    for (const action of CONSULTATION_ACTIONS) expect(CONSULTATION_ACTION_LABELS[action]).toMatch(CHINESE);
  });
});

describe('consultation policies', () => {
  it.each([
    ['AGENCY_RELEASE', 15, 'ESCALATE', 'NONE', 'SIGNING'],
    ['CO_DEPARTMENT_CONSENT', 5, 'REMIND_ONLY', 'NONE', 'PUBLICATION'],
    ['APPLICATION_THIRD_PARTY', 15, 'NO_CONSENT', 'SUSPEND', 'NONE'],
    ['APPLICATION_JOINT_AGENCY', 15, 'CONSENT', 'SUSPEND', 'NONE'],
  ] as const)('%s: %i working days, silence %s, clock %s, blocks %s', (use, days, silence, clock, blocks) => {
    expect(consultationPeriodOf(use)).toBe(days);
    expect(CONSULTATION_POLICIES[use]).toMatchObject({ silence, clockEffect: clock, blocks });
  });

  it('silence is never consent for an agency release: a reminder, then escalation, then a settlement', () => {
    const head = actorWith(['DEPARTMENT_HEAD'], DEPT);
    const sent = factsOf('AGENCY_RELEASE', 'SENT');
    expect(availableConsultationActions(sent, head)).not.toContain('LAPSE');
    expect(availableConsultationActions(sent, head)).not.toContain('ESCALATE');
    const reminded = transitionConsultation(sent, head, COMMANDS.REMIND);
    expect(reminded).toMatchObject({ state: 'REMINDED', note: '请于五个工作日内答复' });
    const escalated = transitionConsultation(factsOf('AGENCY_RELEASE', 'REMINDED'), head, COMMANDS.ESCALATE);
    expect(escalated.state).toBe('ESCALATED');
    const settled = transitionConsultation(factsOf('AGENCY_RELEASE', 'ESCALATED'), head, COMMANDS.SETTLE);
    expect(settled.settlement).toMatchObject({ body: 'COMMON_SUPERIOR', decision: 'DISCLOSE' });
  });

  it('escalation and lapse wait for the end of the reply period', () => {
    const drafter = actorWith(['DRAFTER'], DEPT);
    const handler = actorWith(['APPLICATION_HANDLER'], DEPT);
    const early = factsOf('AGENCY_RELEASE', 'REMINDED', { isReplyOverdue: false });
    expect(caught(() => transitionConsultation(early, drafter, COMMANDS.ESCALATE))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'CONSULTATION.NOT_OVERDUE',
    });
    expect(availableConsultationActions(early, drafter)).toEqual(['RECORD_REPLY', 'REMIND', 'WITHDRAW']);
    const joint = factsOf('APPLICATION_JOINT_AGENCY', 'SENT', { isReplyOverdue: false });
    expect(caught(() => transitionConsultation(joint, handler, COMMANDS.LAPSE)).reason).toBe(
      'CONSULTATION.NOT_OVERDUE',
    );
  });

  it('silence counts as consent under 条例 art. 34 only', () => {
    const handler = actorWith(['APPLICATION_HANDLER'], DEPT);
    expect(
      transitionConsultation(factsOf('APPLICATION_JOINT_AGENCY', 'SENT'), handler, COMMANDS.LAPSE).state,
    ).toBe('CONSENTED_BY_SILENCE');
    expect(
      transitionConsultation(factsOf('APPLICATION_THIRD_PARTY', 'SENT'), handler, COMMANDS.LAPSE).state,
    ).toBe('LAPSED');
  });

  it('a recorded reply of disagreement leads to DISAGREED, open until settled', () => {
    const drafter = actorWith(['DRAFTER'], DEPT);
    const command = { ...COMMANDS.RECORD_REPLY, agrees: false, reply: '不同意' } as ConsultationCommand;
    const result = transitionConsultation(factsOf('AGENCY_RELEASE', 'SENT'), drafter, command);
    expect(result).toMatchObject({
      state: 'DISAGREED',
      reply: { agrees: false, text: '不同意', repliedOn: '2026-11-20' },
    });
    expect(isConsultationOpen('AGENCY_RELEASE', 'DISAGREED')).toBe(true);
    expect(isConsultationOpen('APPLICATION_THIRD_PARTY', 'DISAGREED')).toBe(false);
  });
});

describe('consultation: who answers a co-department consent', () => {
  it('only the consulted department head, never the owning department head or a bureau leader', () => {
    const facts = factsOf('CO_DEPARTMENT_CONSENT', 'SENT');
    for (const actor of [
      actorWith(['DEPARTMENT_HEAD'], DEPT),
      actorWith(['BUREAU_LEADER', 'LEADERSHIP_OFFICE'], CO_DEPT),
      actorWith(['DRAFTER'], CO_DEPT),
    ]) {
      const error = caught(() => transitionConsultation(facts, actor, COMMANDS.CONSENT));
      expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION.NOT_ENTITLED' });
      expect(error.message).toMatch(CHINESE);
    }
    expect(
      transitionConsultation(facts, actorWith(['DEPARTMENT_HEAD'], CO_DEPT), COMMANDS.CONSENT).state,
    ).toBe('AGREED');
  });

  it('the owning side of another department may not manage it; the leadership office may', () => {
    const facts = factsOf('AGENCY_RELEASE', 'SENT');
    expect(availableConsultationActions(facts, actorWith(['DRAFTER', 'DEPARTMENT_HEAD'], CO_DEPT))).toEqual(
      [],
    );
    expect(maySendConsultation(DEPT, actorWith(['DRAFTER'], CO_DEPT))).toBe(false);
    expect(maySendConsultation(DEPT, actorWith(['DRAFTER'], DEPT))).toBe(true);
    expect(maySendConsultation(DEPT, actorWith(['LEADERSHIP_OFFICE'], CO_DEPT))).toBe(true);
    expect(maySendConsultation(DEPT, actorWith(['PUBLISHER'], DEPT))).toBe(false);
  });
});

describe('consultation: what it holds back', () => {
  it.each(CONSULTATION_STATES)('signing in %s', (state) => {
    expect(blocksSigning('AGENCY_RELEASE', state)).toBe(
      ['SENT', 'REMINDED', 'ESCALATED', 'DISAGREED'].includes(state),
    );
    expect(blocksSigning('CO_DEPARTMENT_CONSENT', state)).toBe(false);
  });

  it('publication waits for agreement or a settlement for disclosure', () => {
    expect(blocksPublication('AGENCY_RELEASE', 'AGREED')).toBe(false);
    expect(blocksPublication('AGENCY_RELEASE', 'SETTLED', 'DISCLOSE')).toBe(false);
    expect(blocksPublication('AGENCY_RELEASE', 'SETTLED', 'NOT_DISCLOSE')).toBe(true);
    expect(blocksPublication('AGENCY_RELEASE', 'ESCALATED')).toBe(true);
    expect(blocksPublication('CO_DEPARTMENT_CONSENT', 'SENT')).toBe(true);
    expect(blocksPublication('CO_DEPARTMENT_CONSENT', 'DISAGREED')).toBe(true);
    expect(blocksPublication('CO_DEPARTMENT_CONSENT', 'AGREED')).toBe(false);
    expect(blocksPublication('CO_DEPARTMENT_CONSENT', 'WITHDRAWN')).toBe(false);
    expect(blocksPublication('APPLICATION_THIRD_PARTY', 'SENT')).toBe(false);
  });
});

describe('consultation: input', () => {
  it('the letter needs basic facts, our opinion and its basis [seed §3-2(2)]', () => {
    const result = consultationLetterSchema.safeParse({ basicFacts: ' ', opinion: '', basis: null });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(['请填写拟公开政府信息基本情况', '请填写本机关的意见', '请填写意见的依据']);
  });

  it.each([
    ['RECORD_REPLY', { action: 'RECORD_REPLY', agrees: true, reply: ' ', repliedOn: '2026-11-20' }, 'reply'],
    [
      'RECORD_REPLY',
      { action: 'RECORD_REPLY', agrees: true, reply: '同意', repliedOn: '2026-13-40' },
      'repliedOn',
    ],
    ['REFUSE', { action: 'REFUSE', reason: '' }, 'reason'],
    ['REMIND', { action: 'REMIND', note: '' }, 'note'],
    ['SETTLE', { ...COMMANDS.SETTLE, reference: '' }, 'reference'],
    ['SETTLE', { ...COMMANDS.SETTLE, body: 'NOBODY' }, 'body'],
  ] as const)('%s with bad input is refused on its field (%s)', (_action, command, field) => {
    const use = command.action === 'REFUSE' ? 'CO_DEPARTMENT_CONSENT' : 'AGENCY_RELEASE';
    const state = command.action === 'SETTLE' ? 'DISAGREED' : 'SENT';
    const actor = actorWith(['DEPARTMENT_HEAD'], command.action === 'REFUSE' ? CO_DEPT : DEPT);
    const error = caught(() =>
      transitionConsultation(factsOf(use, state), actor, command as ConsultationCommand),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(error.message).toMatch(CHINESE);
  });
});

describe('consultation: silence past the reply period, recorded by the system', () => {
  /** Where the system lapses by itself, written out by hand: [use, state, next state]. */
  const LAPSED_BY_SILENCE: Array<[ConsultationUse, ConsultationState, ConsultationState]> = [
    ['APPLICATION_THIRD_PARTY', 'SENT', 'LAPSED'],
    ['APPLICATION_THIRD_PARTY', 'REMINDED', 'LAPSED'],
    ['APPLICATION_JOINT_AGENCY', 'SENT', 'CONSENTED_BY_SILENCE'],
    ['APPLICATION_JOINT_AGENCY', 'REMINDED', 'CONSENTED_BY_SILENCE'],
  ];
  const table = CONSULTATION_USES.flatMap((use) =>
    CONSULTATION_STATES.flatMap((state) => [true, false].map((overdue) => [use, state, overdue] as const)),
  );

  it.each(table)('%s · %s · overdue %s', (use, state, overdue) => {
    const next = LAPSED_BY_SILENCE.find((cell) => cell[0] === use && cell[1] === state)?.[2];
    const lapse = silentLapseOf({ use, state, isReplyOverdue: overdue });
    if (next === undefined || !overdue) {
      expect(lapse).toBeNull();
      return;
    }
    expect(lapse).toMatchObject({
      action: 'LAPSE',
      fromState: state,
      state: next,
      reply: null,
      settlement: null,
    });
    expect(lapse?.note).toMatch(
      use === 'APPLICATION_JOINT_AGENCY' ? /视为同意.*第三十四条/ : /不视为同意.*第三十二条/,
    );
    expect(isConsultationOpen(use, next)).toBe(false);
  });

  it('never lapses a document’s consultation: an agency is escalated, a co-department reminded', () => {
    for (const state of CONSULTATION_STATES) {
      expect(silentLapseOf({ use: 'AGENCY_RELEASE', state, isReplyOverdue: true })).toBeNull();
      expect(silentLapseOf({ use: 'CO_DEPARTMENT_CONSENT', state, isReplyOverdue: true })).toBeNull();
    }
  });

  it('routes an application’s consultation task to the application handlers', () => {
    expect(consultationTaskKindOf('APPLICATION_THIRD_PARTY')).toBe('APPLICATION_CONSULTATION_REPLY');
    expect(consultationTaskKindOf('APPLICATION_JOINT_AGENCY')).toBe('APPLICATION_CONSULTATION_REPLY');
    expect(consultationTaskKindOf('AGENCY_RELEASE')).toBe('CONSULTATION_REPLY');
    expect(consultationTaskKindOf('CO_DEPARTMENT_CONSENT')).toBe('CO_DEPARTMENT_CONSENT');
  });
});
