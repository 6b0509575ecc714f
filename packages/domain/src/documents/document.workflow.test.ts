import { describe, expect, it } from 'vitest';
import { hasPermission, type Actor, type Grant } from '../identity/actor.js';
import type { RolePermission } from '../identity/permissions.js';
import { ROLES, isDepartmentScopedRole, type Role } from '../identity/roles.js';
import type { Review, ReviewOutcome } from '../review/review.workflow.js';
import { isDomainError } from '../shared/domain-error.js';
import { proposeAttribute } from './disclosure-attributes.js';
import {
  DOCUMENT_ACTIONS,
  DOCUMENT_ACTION_LABELS,
  DOCUMENT_ACTION_PERMISSIONS,
  DOCUMENT_STATES,
  DOCUMENT_STATE_LABELS,
  availableDocumentActions,
  documentAfterReview,
  transitionDocument,
  type DocumentAction,
  type DocumentActor,
  type DocumentCommand,
  type DocumentFacts,
  type DocumentState,
} from './document.workflow.js';

const DEPT = 'dept-culture';
const OTHER_DEPT = 'dept-tourism';
const CHINESE = /\p{Script=Han}/u;

const grantOf = (role: Role, departmentId = DEPT): Grant => ({
  role,
  departmentId: isDepartmentScopedRole(role) ? departmentId : null,
});
const actorWith = (roles: Role[], departmentId = DEPT): DocumentActor => ({
  userId: 'actor',
  grants: roles.map((role) => grantOf(role, departmentId)),
});

/** A document in each state, as the table uses it: attribute set, no consultation open. */
const documentIn = (state: DocumentState, overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({
  state,
  departmentId: DEPT,
  attribute:
    state === 'WITHHELD' ? 'NOT_DISCLOSED' : state === 'PUBLISHED_REDACTED' ? 'ON_APPLICATION' : 'PROACTIVE',
  hasOpenConsultation: false,
  ...overrides,
});

const COMMANDS: Record<DocumentAction, DocumentCommand> = {
  EDIT: { action: 'EDIT' },
  SET_ATTRIBUTE: {
    action: 'SET_ATTRIBUTE',
    proposal: proposeAttribute('NOTICE', 'VITAL_INTERESTS'),
    attribute: 'PROACTIVE',
    reason: null,
  },
  DISCARD: { action: 'DISCARD' },
  SIGN: { action: 'SIGN' },
  SUBMIT_FOR_REVIEW: { action: 'SUBMIT_FOR_REVIEW' },
  REDETERMINE_ATTRIBUTE: {
    action: 'REDETERMINE_ATTRIBUTE',
    attribute: 'ON_APPLICATION',
    reason: '定期评估后可依申请公开',
  },
  CONFIRM_ATTRIBUTE: { action: 'CONFIRM_ATTRIBUTE', reason: '定期评估：仍属内部管理信息' },
  RECORD_DECLASSIFICATION: { action: 'RECORD_DECLASSIFICATION', reference: '保密局解密通知〔2026〕1号' },
  REVISE: { action: 'REVISE' },
};

function outcomeOf(run: () => { state: DocumentState }): string {
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

/**
 * Who may do what, written out by hand (SPEC M2): [state, action, role, next state]. Every cell not
 * listed is refused — INVALID_TRANSITION when the state offers the action to no one, FORBIDDEN when it
 * offers it to another role.
 */
const ALLOWED: Array<[DocumentState, DocumentAction, Role, DocumentState]> = [
  ['DRAFT', 'EDIT', 'DRAFTER', 'DRAFT'],
  ['DRAFT', 'SET_ATTRIBUTE', 'DRAFTER', 'DRAFT'],
  ['DRAFT', 'DISCARD', 'DRAFTER', 'DISCARDED'],
  ['DRAFT', 'SIGN', 'DEPARTMENT_HEAD', 'SIGNED'],
  ['DRAFT', 'SIGN', 'BUREAU_LEADER', 'SIGNED'],
  ['SIGNED', 'SUBMIT_FOR_REVIEW', 'DRAFTER', 'IN_REVIEW'],
  ['SIGNED', 'REDETERMINE_ATTRIBUTE', 'DEPARTMENT_HEAD', 'SIGNED'],
  ['SIGNED', 'REDETERMINE_ATTRIBUTE', 'LEADERSHIP_OFFICE', 'SIGNED'],
  ['WITHHELD', 'REDETERMINE_ATTRIBUTE', 'DEPARTMENT_HEAD', 'SIGNED'],
  ['WITHHELD', 'REDETERMINE_ATTRIBUTE', 'LEADERSHIP_OFFICE', 'SIGNED'],
  ['PUBLISHED', 'REVISE', 'DRAFTER', 'REVISING'],
  ['PUBLISHED_REDACTED', 'REVISE', 'DRAFTER', 'REVISING'],
  ['REVISING', 'EDIT', 'DRAFTER', 'REVISING'],
  ['REVISING', 'SUBMIT_FOR_REVIEW', 'DRAFTER', 'IN_REVIEW'],
  ['WITHHELD', 'CONFIRM_ATTRIBUTE', 'DEPARTMENT_HEAD', 'WITHHELD'],
  ['WITHHELD', 'CONFIRM_ATTRIBUTE', 'LEADERSHIP_OFFICE', 'WITHHELD'],
  ['PUBLISHED_REDACTED', 'CONFIRM_ATTRIBUTE', 'DEPARTMENT_HEAD', 'PUBLISHED_REDACTED'],
  ['PUBLISHED_REDACTED', 'CONFIRM_ATTRIBUTE', 'LEADERSHIP_OFFICE', 'PUBLISHED_REDACTED'],
];
/**
 * Offered to the role but not possible for the table's document: a 主动公开 document has nothing to
 * re-assess (条例 art. 18 concerns information not disclosed).
 */
const BLOCKED: Array<[DocumentState, DocumentAction, Role]> = [
  ['SIGNED', 'CONFIRM_ATTRIBUTE', 'DEPARTMENT_HEAD'],
  ['SIGNED', 'CONFIRM_ATTRIBUTE', 'LEADERSHIP_OFFICE'],
  // Nothing to declassify: the table's documents hold no confirmed state secret.
  ...(['SIGNED', 'IN_REVIEW', 'WITHHELD'] as const).flatMap((state) =>
    (['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'] as const).map((role): [DocumentState, DocumentAction, Role] => [
      state,
      'RECORD_DECLASSIFICATION',
      role,
    ]),
  ),
];
const isBlocked = (state: DocumentState, action: DocumentAction, role: Role) =>
  BLOCKED.some((cell) => cell[0] === state && cell[1] === action && cell[2] === role);
const OFFERED = new Set([...ALLOWED, ...BLOCKED].map(([state, action]) => `${state} ${action}`));
const allowedNext = (state: DocumentState, action: DocumentAction, role: Role) =>
  ALLOWED.find((cell) => cell[0] === state && cell[1] === action && cell[2] === role)?.[3];

describe('document workflow: every (state, action, role)', () => {
  const table = DOCUMENT_STATES.flatMap((state) =>
    DOCUMENT_ACTIONS.flatMap((action) => ROLES.map((role) => [state, action, role] as const)),
  );

  it('covers every combination', () => {
    expect(table).toHaveLength(DOCUMENT_STATES.length * DOCUMENT_ACTIONS.length * ROLES.length);
  });

  it.each(table)('%s · %s · %s', (state, action, role) => {
    const document = documentIn(state);
    const actor = actorWith([role]);
    const next = allowedNext(state, action, role);
    const expected =
      next ??
      (isBlocked(state, action, role) || !OFFERED.has(`${state} ${action}`)
        ? 'INVALID_TRANSITION'
        : 'FORBIDDEN');
    expect(outcomeOf(() => transitionDocument(document, actor, COMMANDS[action]))).toBe(expected);
    expect(availableDocumentActions(document, actor).includes(action)).toBe(next !== undefined);
  });

  it.each(DOCUMENT_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const)))(
    'INVALID_TRANSITION in %s for %s names the actions allowed now',
    (state, role) => {
      const offered = DOCUMENT_ACTIONS.filter((action) => OFFERED.has(`${state} ${action}`));
      const refused = DOCUMENT_ACTIONS.find((action) => !offered.includes(action));
      if (!refused) return;
      const error = caught(() => transitionDocument(documentIn(state), actorWith([role]), COMMANDS[refused]));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.reason).toBe('DOCUMENT.ACTION_NOT_ALLOWED');
      expect(error.allowedActions).toEqual(
        DOCUMENT_ACTIONS.filter((action) => allowedNext(state, action, role) !== undefined),
      );
    },
  );
});

describe('document workflow: department scope and preconditions', () => {
  it.each([
    ['DRAFT', 'EDIT', 'DRAFTER'],
    ['DRAFT', 'SIGN', 'DEPARTMENT_HEAD'],
    ['SIGNED', 'SUBMIT_FOR_REVIEW', 'DRAFTER'],
    ['SIGNED', 'REDETERMINE_ATTRIBUTE', 'DEPARTMENT_HEAD'],
  ] as const)('%s · %s by a %s of another department is forbidden', (state, action, role) => {
    const error = caught(() =>
      transitionDocument(documentIn(state), actorWith([role], OTHER_DEPT), COMMANDS[action]),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'DOCUMENT.NOT_ENTITLED' });
    expect(availableDocumentActions(documentIn(state), actorWith([role], OTHER_DEPT))).toEqual([]);
  });

  it('a bureau leader signs for any department', () => {
    expect(
      transitionDocument(
        documentIn('DRAFT', { departmentId: OTHER_DEPT }),
        actorWith(['BUREAU_LEADER']),
        COMMANDS.SIGN,
      ).state,
    ).toBe('SIGNED');
  });

  it('signing needs the attribute set [seed §5-3]', () => {
    const draft = documentIn('DRAFT', { attribute: null });
    const head = actorWith(['DEPARTMENT_HEAD']);
    const error = caught(() => transitionDocument(draft, head, COMMANDS.SIGN));
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.ATTRIBUTE_REQUIRED',
      allowedActions: [],
    });
    expect(error.message).toMatch(CHINESE);
    expect(availableDocumentActions(draft, head)).toEqual([]);
  });

  it('signing is refused while a consultation is open [seed §3-2(1)]', () => {
    const draft = documentIn('DRAFT', { hasOpenConsultation: true });
    const error = caught(() => transitionDocument(draft, actorWith(['DEPARTMENT_HEAD']), COMMANDS.SIGN));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DOCUMENT.CONSULTATION_OPEN' });
  });

  it.each(['ON_APPLICATION', 'NOT_DISCLOSED'] as const)(
    'a %s document is not submitted for publication review',
    (attribute) => {
      const signed = documentIn('SIGNED', { attribute });
      const drafter = actorWith(['DRAFTER']);
      expect(caught(() => transitionDocument(signed, drafter, COMMANDS.SUBMIT_FOR_REVIEW))).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'DOCUMENT.NOT_PROACTIVE',
      });
      expect(availableDocumentActions(signed, drafter)).toEqual([]);
    },
  );

  it('one person holding every role of the department sees every action the state offers', () => {
    const everyone = actorWith(['DRAFTER', 'DEPARTMENT_HEAD']);
    expect(availableDocumentActions(documentIn('DRAFT'), everyone)).toEqual([
      'EDIT',
      'SET_ATTRIBUTE',
      'DISCARD',
      'SIGN',
    ]);
  });
});

describe('document workflow: attribute set while drafting, re-determined with a reason', () => {
  const drafter = actorWith(['DRAFTER']);
  const head = actorWith(['DEPARTMENT_HEAD']);

  it('SET_ATTRIBUTE records the confirmation beside the proposal', () => {
    const result = transitionDocument(documentIn('DRAFT', { attribute: null }), drafter, {
      action: 'SET_ATTRIBUTE',
      proposal: proposeAttribute('REPORT', 'OTHER'),
      attribute: 'ON_APPLICATION',
      reason: '报告内容为面向社会的工作总结',
    });
    expect(result).toEqual({
      action: 'SET_ATTRIBUTE',
      fromState: 'DRAFT',
      state: 'DRAFT',
      attribute: 'ON_APPLICATION',
      attributeDecision: {
        attribute: 'ON_APPLICATION',
        proposedAttribute: 'NOT_DISCLOSED',
        rule: 'REPORT_TO_SUPERIOR',
        isDeviation: true,
        reason: '报告内容为面向社会的工作总结',
      },
      redetermination: null,
    });
  });

  it('SET_ATTRIBUTE refuses a deviation without a reason', () => {
    expect(
      caught(() =>
        transitionDocument(documentIn('DRAFT'), drafter, {
          action: 'SET_ATTRIBUTE',
          proposal: proposeAttribute('REPORT', 'OTHER'),
          attribute: 'PROACTIVE',
          reason: null,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT.ATTRIBUTE_DEVIATION_REASON_REQUIRED' });
  });

  it('a withheld document re-assessed (条例 art. 18) becomes formed again with its new attribute', () => {
    const result = transitionDocument(documentIn('WITHHELD'), head, {
      action: 'REDETERMINE_ATTRIBUTE',
      attribute: 'PROACTIVE',
      reason: ' 定期评估：已可公开 ',
    });
    expect(result).toMatchObject({
      fromState: 'WITHHELD',
      state: 'SIGNED',
      attribute: 'PROACTIVE',
      redetermination: { from: 'NOT_DISCLOSED', to: 'PROACTIVE', reason: '定期评估：已可公开' },
    });
  });

  it('a declassification is recorded only where review confirmed a state secret [seed §4-9]', () => {
    const secret = documentIn('IN_REVIEW', { needsDeclassification: true });
    expect(availableDocumentActions(secret, head)).toEqual(['RECORD_DECLASSIFICATION']);
    expect(
      transitionDocument(secret, head, {
        action: 'RECORD_DECLASSIFICATION',
        reference: ' 解密通知〔2026〕1号 ',
      }),
    ).toMatchObject({ state: 'IN_REVIEW', declassificationReference: '解密通知〔2026〕1号' });
    expect(
      caught(() => transitionDocument(secret, head, { action: 'RECORD_DECLASSIFICATION', reference: '' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reference: ['请说明解密手续的文号或依据'] } });
  });

  it('the periodic re-assessment (条例 art. 18) may keep the attribute, with its reason recorded', () => {
    const withheld = documentIn('WITHHELD');
    expect(
      transitionDocument(withheld, head, { action: 'CONFIRM_ATTRIBUTE', reason: ' 仍属内部管理信息 ' }),
    ).toMatchObject({
      state: 'WITHHELD',
      attribute: 'NOT_DISCLOSED',
      reassessment: { attribute: 'NOT_DISCLOSED', reason: '仍属内部管理信息' },
    });
    expect(
      caught(() => transitionDocument(withheld, head, { action: 'CONFIRM_ATTRIBUTE', reason: ' ' })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT.REDETERMINATION_REASON_REQUIRED',
    });
    expect(
      caught(() =>
        transitionDocument(documentIn('SIGNED'), head, { action: 'CONFIRM_ATTRIBUTE', reason: '理由' }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DOCUMENT.NOTHING_TO_REASSESS' });
  });

  it.each([
    [{ attribute: 'ON_APPLICATION', reason: '  ' }, 'DOCUMENT.REDETERMINATION_REASON_REQUIRED'],
    [{ attribute: 'PROACTIVE', reason: '不变' }, 'DOCUMENT.ATTRIBUTE_UNCHANGED'],
    [{ attribute: 'OPEN', reason: '理由' }, 'DOCUMENT.INVALID_ATTRIBUTE'],
    [{ attribute: 'ON_APPLICATION', reason: '理'.repeat(501) }, 'DOCUMENT.ATTRIBUTE_REASON_TOO_LONG'],
  ])('re-determination %j is refused: %s', (input, reason) => {
    const error = caught(() =>
      transitionDocument(documentIn('SIGNED'), head, {
        action: 'REDETERMINE_ATTRIBUTE',
        ...input,
      } as DocumentCommand),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(Object.values(error.fields ?? {})[0]?.[0]).toMatch(CHINESE);
  });
});

describe('documentAfterReview: where the document stands when its review moves', () => {
  const subject = {
    kind: 'DOCUMENT',
    owningDepartmentId: DEPT,
    contentVersion: 'v1',
    finalAction: 'PUBLISH',
  } as const;
  const outcome = (
    kind: ReviewOutcome['outcome'],
    reasons: ReviewOutcome['reasons'] = [],
  ): ReviewOutcome => ({
    outcome: kind,
    reasons,
    basis: kind === 'DISCLOSE' ? null : '依据',
    redactedContentVersion: kind === 'PARTIAL' ? 'v1-redacted' : null,
    exceptions: [],
    stateSecret: null,
  });
  const review = (state: Review['state'], reviewOutcome: ReviewOutcome | null) => ({
    subject,
    state,
    outcome: reviewOutcome,
  });

  it.each([
    ['LEVEL_1', null, 'IN_REVIEW', 'PROACTIVE'],
    ['LEVEL_3', outcome('WITHHOLD', ['INTERNAL_AFFAIRS']), 'IN_REVIEW', 'PROACTIVE'],
    ['APPROVED', outcome('DISCLOSE'), 'IN_REVIEW', 'PROACTIVE'],
    ['PUBLISHED', outcome('DISCLOSE'), 'PUBLISHED', 'PROACTIVE'],
    ['PUBLISHED', outcome('PARTIAL', ['PERSONAL_PRIVACY']), 'PUBLISHED_REDACTED', 'ON_APPLICATION'],
    [
      'PUBLISHED',
      outcome('PARTIAL', ['PERSONAL_PRIVACY', 'STATE_SECRET']),
      'PUBLISHED_REDACTED',
      'NOT_DISCLOSED',
    ],
    ['WITHHELD', outcome('WITHHOLD', ['INTERNAL_AFFAIRS']), 'WITHHELD', 'ON_APPLICATION'],
    ['WITHHELD', outcome('WITHHOLD', ['PROCESS_INFORMATION']), 'WITHHELD', 'NOT_DISCLOSED'],
    ['CANCELLED', null, 'SIGNED', 'PROACTIVE'],
  ] as const)('review %s with %j → %s, original %s', (state, reviewOutcome, documentState, attribute) => {
    expect(documentAfterReview(review(state, reviewOutcome), 'PROACTIVE')).toEqual({
      state: documentState,
      attribute,
    });
  });

  it('a cancelled review of a correction leaves the document being corrected, the published version in force', () => {
    expect(documentAfterReview(review('CANCELLED', null), 'PROACTIVE', true)).toEqual({
      state: 'REVISING',
      attribute: 'PROACTIVE',
    });
  });

  it('REVISE submits the corrected version of a redacted publication as 主动公开 again', () => {
    const redacted = documentIn('PUBLISHED_REDACTED', { attribute: 'ON_APPLICATION' });
    expect(transitionDocument(redacted, actorWith(['DRAFTER']), { action: 'REVISE' })).toMatchObject({
      state: 'REVISING',
      attribute: 'PROACTIVE',
    });
  });

  it('only a document’s review decides a document', () => {
    expect(() =>
      documentAfterReview(
        { subject: { ...subject, kind: 'MEETING_RESULT' }, state: 'PUBLISHED', outcome: null },
        'PROACTIVE',
      ),
    ).toThrow();
  });
});

describe('document labels and permissions', () => {
  it.each([
    ['DOCUMENT_STATES', DOCUMENT_STATES, DOCUMENT_STATE_LABELS],
    ['DOCUMENT_ACTIONS', DOCUMENT_ACTIONS, DOCUMENT_ACTION_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)(
    '%s: one distinct zh-CN label each',
    (_n, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]).toMatch(CHINESE);
      expect(new Set(Object.values(labels)).size).toBe(values.length);
    },
  );

  /** Written out by hand (SPEC §2.1, M2). */
  const HOLDERS: Record<'DOCUMENT_DRAFT' | 'DOCUMENT_SIGN' | 'DOCUMENT_ATTRIBUTE_REDETERMINE', Role[]> = {
    DOCUMENT_DRAFT: ['DRAFTER'],
    DOCUMENT_SIGN: ['DEPARTMENT_HEAD', 'BUREAU_LEADER'],
    DOCUMENT_ATTRIBUTE_REDETERMINE: ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  };
  const holder = (role: Role): Actor => ({
    kind: 'staff',
    userId: 'u',
    username: 'u',
    stage: 'FULL',
    grants: [grantOf(role)],
    permissions: [],
  });

  it.each(
    (Object.keys(HOLDERS) as Array<keyof typeof HOLDERS>).flatMap((permission) =>
      ROLES.map((role) => [permission, role, HOLDERS[permission].includes(role)] as const),
    ),
  )('%s held by %s: %s', (permission, role, expected) => {
    expect(hasPermission(holder(role), permission)).toBe(expected);
  });

  it('every document action needs one of these permissions', () => {
    expect(new Set(Object.values(DOCUMENT_ACTION_PERMISSIONS))).toEqual(
      new Set<RolePermission>(Object.keys(HOLDERS) as RolePermission[]),
    );
  });
});
