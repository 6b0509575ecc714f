import { describe, expect, it } from 'vitest';
import { hasPermission, type Actor, type Grant } from '../identity/actor.js';
import { ROLE_PERMISSIONS_DEFINITION, type RolePermission } from '../identity/permissions.js';
import { ROLES, isDepartmentScopedRole, type Role } from '../identity/roles.js';
import { isDomainError, type DomainError } from '../shared/domain-error.js';
import {
  FINAL_REVIEW_STATES,
  REVIEW_ACTIONS,
  REVIEW_ACTION_LABELS,
  REVIEW_FINAL_ACTIONS,
  REVIEW_FINAL_ACTION_LABELS,
  REVIEW_OUTCOMES,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STAGES,
  REVIEW_STAGE_LABELS,
  REVIEW_STATES,
  REVIEW_STATE_LABELS,
  REVIEW_SUBJECT_KINDS,
  REVIEW_SUBJECT_KINDS_DEFINITION,
  REVIEW_SUBJECT_KIND_LABELS,
  assertMayTakeReviewAction,
  assertNotAtAnotherLevel,
  availableReviewActions,
  isReviewOpen,
  openReview,
  otherStagesActedBy,
  permissionsForReviewAction,
  transitionReview,
  type Review,
  type ReviewAction,
  type ReviewActor,
  type ReviewCommand,
  type ReviewOutcome,
  type ReviewState,
  type ReviewSubject,
  type ReviewSubjectKind,
} from './review.workflow.js';

const DEPT = 'dept-culture';
const OTHER_DEPT = 'dept-tourism';
const CHINESE = /\p{Script=Han}/u;

const grantOf = (role: Role, departmentId = DEPT): Grant => ({
  role,
  departmentId: isDepartmentScopedRole(role) ? departmentId : null,
});
const person = (userId: string, roles: Role[], departmentId = DEPT): ReviewActor => ({
  userId,
  grants: roles.map((role) => grantOf(role, departmentId)),
});

// The people who take an item through review in the fixtures; the table's actor is someone else.
const DRAFTER = person('u-drafter', ['DRAFTER']);
const HANDLER = person('u-handler', ['APPLICATION_HANDLER']);
const ORGANIZER = person('u-organizer', ['MEETING_ORGANIZER']);
const OFFICER = person('u-officer', ['CONFIDENTIALITY_OFFICER']);
const HEAD = person('u-head', ['DEPARTMENT_HEAD']);
const OFFICE = person('u-office', ['LEADERSHIP_OFFICE']);
const PUBLISHER = person('actor', ['PUBLISHER']);

const subjectOf = (kind: ReviewSubjectKind): ReviewSubject => ({
  kind,
  owningDepartmentId: DEPT,
  contentVersion: 'v1',
  finalAction: REVIEW_SUBJECT_KINDS_DEFINITION[kind].finalAction,
});
const levelOneOf = (kind: ReviewSubjectKind): ReviewActor =>
  ({
    DOCUMENT: DRAFTER,
    MEETING_RESULT: ORGANIZER,
    SURVEY_DECISION: DRAFTER,
    OPINION_RESPONSE: DRAFTER,
    APPLICATION_REPLY: HANDLER,
  })[kind];

const DISCLOSE: ReviewOutcome = {
  outcome: 'DISCLOSE',
  reasons: [],
  basis: null,
  redactedContentVersion: null,
  exceptions: [],
  stateSecret: null,
};
const WITHHOLD_INTERNAL: ReviewOutcome = {
  ...DISCLOSE,
  outcome: 'WITHHOLD',
  reasons: ['INTERNAL_AFFAIRS'],
  basis: '属于内部工作流程',
};
const CONSENT_WITH_LETTER = {
  reason: 'PERSONAL_PRIVACY',
  ground: 'RIGHTS_HOLDER_CONSENT',
  evidence: '同意书',
  evidenceFileId: 'letter-1',
} as const;
const STATE_SECRET_RECORD = {
  level: 'CONFIDENTIAL',
  term: '10年',
  basis: '文化和旅游工作国家秘密范围的规定',
  scope: '局领导',
} as const;
const PARTIAL_SECRET: ReviewOutcome = {
  outcome: 'PARTIAL',
  reasons: ['STATE_SECRET', 'PERSONAL_PRIVACY'],
  basis: '附件二涉及国家秘密，附件三含个人信息',
  redactedContentVersion: 'v1-redacted',
  exceptions: [],
  stateSecret: STATE_SECRET_RECORD,
};
const WITHHOLD_SECRET: ReviewOutcome = {
  ...DISCLOSE,
  outcome: 'WITHHOLD',
  reasons: ['STATE_SECRET'],
  basis: '全文涉及国家秘密',
  stateSecret: STATE_SECRET_RECORD,
};

const run = (review: Review, actor: ReviewActor, command: ReviewCommand): Review =>
  transitionReview(review, actor, command).review;

const initialReview = (
  review: Review,
  actor: ReviewActor,
  contentVersion = review.subject.contentVersion,
): Review =>
  run(review, actor, {
    action: 'INITIAL_REVIEW',
    contentVersion,
    opinion: '已完成，可以公开',
    assessment: { outcome: 'DISCLOSE', reasons: [], basis: null },
  });
const secrecyReview = (review: Review, outcome: ReviewOutcome, actor = OFFICER): Review =>
  run(review, actor, {
    action: 'SECRECY_REVIEW',
    contentVersion: review.subject.contentVersion,
    opinion: '经审查',
    outcome,
  });
const approve = (review: Review, actor = HEAD): Review => {
  const outcome = review.outcome as ReviewOutcome;
  const isPublished = review.subject.finalAction === 'PUBLISH' && outcome.outcome !== 'WITHHOLD';
  return run(review, actor, {
    action: 'APPROVE',
    contentVersion:
      outcome.outcome === 'PARTIAL'
        ? (outcome.redactedContentVersion as string)
        : review.subject.contentVersion,
    opinion: '同意',
    publisher: isPublished ? PUBLISHER : null,
  });
};

/** A review of `kind` in `state`, reached by the real transitions where the kind can reach it. */
function reviewIn(state: ReviewState, kind: ReviewSubjectKind = 'DOCUMENT'): Review {
  const opened = openReview(subjectOf(kind));
  const atLevel2 = () => initialReview(opened, levelOneOf(kind));
  const atLevel3 = () => secrecyReview(atLevel2(), DISCLOSE);
  const approved = () => approve(atLevel3());
  switch (state) {
    case 'LEVEL_1':
      return opened;
    case 'LEVEL_2':
      return atLevel2();
    case 'LEVEL_3':
      return atLevel3();
    case 'ESCALATED':
      return run(atLevel2(), OFFICER, { action: 'ESCALATE', opinion: '无法确定是否属于国家秘密' });
    case 'REFERRED':
      return run(reviewIn('ESCALATED', kind), OFFICE, {
        action: 'REFER_TO_SECRECY_BUREAU',
        opinion: '报市保密局',
      });
    case 'AWAITING_CONFIRMATION':
      return approve(secrecyReview(atLevel2(), PARTIAL_SECRET));
    case 'APPROVED':
      return approved();
    case 'PUBLISHED':
    case 'SUPPLIED': {
      const finalAction = REVIEW_SUBJECT_KINDS_DEFINITION[kind].finalAction;
      if ((state === 'PUBLISHED') !== (finalAction === 'PUBLISH')) return { ...approved(), state };
      const done = approved();
      return run(done, finalAction === 'PUBLISH' ? PUBLISHER : HANDLER, {
        action: finalAction,
        contentVersion: done.approvedContentVersion as string,
      });
    }
    case 'WITHHELD':
      return approve(secrecyReview(atLevel2(), WITHHOLD_INTERNAL));
    case 'CANCELLED':
      return run(opened, HEAD, { action: 'CANCEL', opinion: '会议取消' });
  }
}

/** A valid command for `action` on `review`: the table tests who may act, not the input. */
function commandFor(action: ReviewAction, review: Review): ReviewCommand {
  const approvedVersion = review.approvedContentVersion ?? review.subject.contentVersion;
  switch (action) {
    case 'INITIAL_REVIEW':
      return {
        action,
        contentVersion: 'v2',
        opinion: '可以公开',
        assessment: { outcome: 'DISCLOSE', reasons: [], basis: null },
      };
    case 'SECRECY_REVIEW':
      return {
        action,
        contentVersion: review.subject.contentVersion,
        opinion: '经审查可以公开',
        outcome: DISCLOSE,
      };
    case 'APPROVE':
      return {
        action,
        contentVersion: review.subject.contentVersion,
        opinion: '同意公开',
        publisher: review.subject.finalAction === 'PUBLISH' ? person('u-publisher', ['PUBLISHER']) : null,
      };
    case 'RECORD_DETERMINATION':
      return { action, opinion: '经研究，不属于国家秘密', reference: '2026年第5次领导小组会议' };
    case 'CONFIRM':
      return { action, contentVersion: approvedVersion, opinion: '区分处理适当' };
    case 'PUBLISH':
    case 'SUPPLY':
      return { action, contentVersion: approvedVersion };
    default:
      return { action, opinion: '意见' };
  }
}

function caught(runIt: () => unknown): DomainError {
  try {
    runIt();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function outcomeOf(runIt: () => Review): string {
  try {
    return runIt().state;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

/**
 * Who may do what, written out by hand (SPEC M3, [seed §4-3, §4-5, §4-7]) for a subject to be
 * published (a document) and one to be supplied (an application reply): [state, action, role, next].
 * Every cell not listed is refused: INVALID_TRANSITION when the state offers the action to no one,
 * FORBIDDEN when it offers it to another role.
 */
type Cell = [ReviewState, ReviewAction, Role, ReviewState];
const COMMON: Cell[] = [
  ['LEVEL_1', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
  ['LEVEL_2', 'SECRECY_REVIEW', 'CONFIDENTIALITY_OFFICER', 'LEVEL_3'],
  ['LEVEL_2', 'RETURN', 'CONFIDENTIALITY_OFFICER', 'LEVEL_1'],
  ['LEVEL_2', 'ESCALATE', 'CONFIDENTIALITY_OFFICER', 'ESCALATED'],
  ['LEVEL_2', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
  ['LEVEL_3', 'APPROVE', 'DEPARTMENT_HEAD', 'APPROVED'],
  ['LEVEL_3', 'RETURN', 'DEPARTMENT_HEAD', 'LEVEL_2'],
  ['LEVEL_3', 'ESCALATE', 'DEPARTMENT_HEAD', 'ESCALATED'],
  ['LEVEL_3', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
  ['ESCALATED', 'RECORD_DETERMINATION', 'LEADERSHIP_OFFICE', 'LEVEL_2'],
  ['ESCALATED', 'REFER_TO_SECRECY_BUREAU', 'LEADERSHIP_OFFICE', 'REFERRED'],
  ['ESCALATED', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
  ['REFERRED', 'RECORD_DETERMINATION', 'LEADERSHIP_OFFICE', 'LEVEL_2'],
  ['REFERRED', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
  ['AWAITING_CONFIRMATION', 'CONFIRM', 'LEADERSHIP_OFFICE', 'APPROVED'],
  ['AWAITING_CONFIRMATION', 'RETURN', 'LEADERSHIP_OFFICE', 'LEVEL_2'],
  ['APPROVED', 'CANCEL', 'DEPARTMENT_HEAD', 'CANCELLED'],
];
const ALLOWED: Record<'DOCUMENT' | 'APPLICATION_REPLY', Cell[]> = {
  DOCUMENT: [
    ['LEVEL_1', 'INITIAL_REVIEW', 'DRAFTER', 'LEVEL_2'],
    ...COMMON,
    ['APPROVED', 'PUBLISH', 'PUBLISHER', 'PUBLISHED'],
  ],
  APPLICATION_REPLY: [
    ['LEVEL_1', 'INITIAL_REVIEW', 'APPLICATION_HANDLER', 'LEVEL_2'],
    ...COMMON,
    ['APPROVED', 'SUPPLY', 'APPLICATION_HANDLER', 'SUPPLIED'],
  ],
};

describe.each(['DOCUMENT', 'APPLICATION_REPLY'] as const)(
  'review workflow (%s): every (state, action, role)',
  (kind) => {
    const allowed = ALLOWED[kind];
    const offered = new Set(allowed.map(([state, action]) => `${state} ${action}`));
    const nextOf = (state: ReviewState, action: ReviewAction, role: Role) =>
      allowed.find((cell) => cell[0] === state && cell[1] === action && cell[2] === role)?.[3];
    const fixtures = Object.fromEntries(
      REVIEW_STATES.map((state) => [state, reviewIn(state, kind)]),
    ) as Record<ReviewState, Review>;
    const table = REVIEW_STATES.flatMap((state) =>
      REVIEW_ACTIONS.flatMap((action) => ROLES.map((role) => [state, action, role] as const)),
    );

    it('covers every combination, on fixtures in the named states', () => {
      expect(table).toHaveLength(REVIEW_STATES.length * REVIEW_ACTIONS.length * ROLES.length);
      for (const state of REVIEW_STATES) expect(fixtures[state].state).toBe(state);
    });

    it.each(table)('%s · %s · %s', (state, action, role) => {
      const review = fixtures[state];
      const actor = person('actor', [role]);
      const next = nextOf(state, action, role);
      const expected = next ?? (offered.has(`${state} ${action}`) ? 'FORBIDDEN' : 'INVALID_TRANSITION');
      expect(outcomeOf(() => transitionReview(review, actor, commandFor(action, review)).review)).toBe(
        expected,
      );
      expect(availableReviewActions(review, actor).includes(action)).toBe(next !== undefined);
    });

    it.each(REVIEW_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const)))(
      'INVALID_TRANSITION in %s for %s carries the actions allowed now',
      (state, role) => {
        const review = fixtures[state];
        const refused = REVIEW_ACTIONS.find((action) => !offered.has(`${state} ${action}`)) as ReviewAction;
        const error = caught(() =>
          transitionReview(review, person('actor', [role]), commandFor(refused, review)),
        );
        expect(error.code).toBe('INVALID_TRANSITION');
        expect(error.reason).toBe('REVIEW.ACTION_NOT_ALLOWED');
        expect(error.message).toMatch(CHINESE);
        expect(error.allowedActions).toEqual(
          REVIEW_ACTIONS.filter((action) => nextOf(state, action, role) !== undefined),
        );
      },
    );
  },
);

describe('review workflow: level 1 per kind of subject', () => {
  it.each([
    ['DOCUMENT', 'DRAFTER'],
    ['MEETING_RESULT', 'MEETING_ORGANIZER'],
    ['SURVEY_DECISION', 'DRAFTER'],
    ['OPINION_RESPONSE', 'DRAFTER'],
    ['APPLICATION_REPLY', 'APPLICATION_HANDLER'],
  ] as const)('%s: level 1 is done by the %s', (kind, role) => {
    expect(REVIEW_SUBJECT_KINDS_DEFINITION[kind].levelOneRole).toBe(role);
    const review = openReview(subjectOf(kind));
    for (const other of ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER'] as const) {
      expect(availableReviewActions(review, person('actor', [other])).includes('INITIAL_REVIEW')).toBe(
        other === role,
      );
    }
  });

  it('a drafter cannot do level 1 of a meeting result (the organizer produced it)', () => {
    expect(caught(() => initialReview(openReview(subjectOf('MEETING_RESULT')), DRAFTER))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REVIEW.NOT_ENTITLED',
    });
  });

  it('the bureau-wide application handler does level 1 for any department', () => {
    const other = openReview({ ...subjectOf('APPLICATION_REPLY'), owningDepartmentId: OTHER_DEPT });
    expect(initialReview(other, HANDLER).state).toBe('LEVEL_2');
  });

  it('level 1 sends the version it finished: a revision after a return replaces the version under review', () => {
    const returned = run(reviewIn('LEVEL_2'), OFFICER, {
      action: 'RETURN',
      opinion: '附件含个人手机号，请删改',
    });
    expect(returned.state).toBe('LEVEL_1');
    const resubmitted = initialReview(returned, DRAFTER, 'v2');
    expect(resubmitted.subject.contentVersion).toBe('v2');
    expect(resubmitted.state).toBe('LEVEL_2');
  });

  it.each(['DOCUMENT', 'MEETING_RESULT', 'SURVEY_DECISION', 'OPINION_RESPONSE'] as const)(
    'opening a %s review to supply it is refused',
    (kind) => {
      expect(caught(() => openReview({ ...subjectOf(kind), finalAction: 'SUPPLY' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REVIEW.INVALID_SUBJECT',
      });
    },
  );

  it('opening needs a department and a content version', () => {
    expect(
      caught(() => openReview({ ...subjectOf('DOCUMENT'), owningDepartmentId: '' })).fields,
    ).toHaveProperty('owningDepartmentId');
    expect(caught(() => openReview({ ...subjectOf('DOCUMENT'), contentVersion: '' })).fields).toHaveProperty(
      'contentVersion',
    );
    expect(
      caught(() => openReview({ ...subjectOf('DOCUMENT'), kind: 'MEMO' as ReviewSubjectKind })).reason,
    ).toBe('REVIEW.INVALID_SUBJECT');
  });
});

describe('review workflow: one person acts at one level only [seed §4-3]', () => {
  /** A small 处室: one person holds every role of the department. */
  const everyRole = person('u-small', ['DRAFTER', 'CONFIDENTIALITY_OFFICER', 'DEPARTMENT_HEAD', 'PUBLISHER']);

  it('who did level 1 may not do level 2', () => {
    const atLevel2 = initialReview(openReview(subjectOf('DOCUMENT')), everyRole);
    expect(availableReviewActions(atLevel2, everyRole)).toEqual(['CANCEL']);
    const error = caught(() => secrecyReview(atLevel2, DISCLOSE, everyRole));
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REVIEW.ONE_PERSON_ONE_LEVEL',
      details: { actedAt: ['LEVEL_1'] },
    });
    expect(error.message).toContain('初审');
  });

  it('who did level 2 may not do level 3, nor level 1 after a return', () => {
    const atLevel3 = secrecyReview(
      initialReview(openReview(subjectOf('DOCUMENT')), DRAFTER),
      DISCLOSE,
      everyRole,
    );
    expect(availableReviewActions(atLevel3, everyRole)).toEqual(['CANCEL']);
    expect(caught(() => approve(atLevel3, everyRole)).reason).toBe('REVIEW.ONE_PERSON_ONE_LEVEL');

    const backAtLevel1 = run(run(atLevel3, HEAD, { action: 'RETURN', opinion: '重审' }), everyRole, {
      action: 'RETURN',
      opinion: '请补充依据',
    });
    expect(backAtLevel1.state).toBe('LEVEL_1');
    expect(caught(() => initialReview(backAtLevel1, everyRole)).reason).toBe('REVIEW.ONE_PERSON_ONE_LEVEL');
  });

  it('acting again at one’s own level, in a later round, is allowed', () => {
    const returned = run(reviewIn('LEVEL_2'), OFFICER, { action: 'RETURN', opinion: '请补充' });
    const again = initialReview(returned, DRAFTER, 'v2');
    expect(secrecyReview(again, DISCLOSE, OFFICER).state).toBe('LEVEL_3');
  });

  it('the leadership office’s confirmation counts as a level: a head who also sits in the office cannot confirm', () => {
    const headInOffice = person('u-head-office', ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE']);
    const awaiting = approve(secrecyReview(reviewIn('LEVEL_2'), PARTIAL_SECRET), headInOffice);
    expect(awaiting.state).toBe('AWAITING_CONFIRMATION');
    expect(availableReviewActions(awaiting, headInOffice)).toEqual([]);
    expect(caught(() => run(awaiting, headInOffice, commandFor('CONFIRM', awaiting))).reason).toBe(
      'REVIEW.ONE_PERSON_ONE_LEVEL',
    );
  });

  it('publishing and supplying are no review level: the drafter may be the named publisher', () => {
    const drafterPublisher = person('u-dp', ['DRAFTER', 'PUBLISHER']);
    const atLevel3 = secrecyReview(
      initialReview(openReview(subjectOf('DOCUMENT')), drafterPublisher),
      DISCLOSE,
    );
    const approved = run(atLevel3, HEAD, {
      action: 'APPROVE',
      contentVersion: 'v1',
      opinion: '同意',
      publisher: drafterPublisher,
    });
    expect(run(approved, drafterPublisher, { action: 'PUBLISH', contentVersion: 'v1' }).state).toBe(
      'PUBLISHED',
    );
  });

  it('assertNotAtAnotherLevel over a written history', () => {
    const history = [
      { stage: 'LEVEL_1', userId: 'a' },
      { stage: 'LEVEL_2', userId: 'b' },
      { stage: null, userId: 'c' },
      { stage: 'LEVEL_1', userId: 'a' },
      { stage: 'OFFICE', userId: 'd' },
    ] as const;
    expect(() => assertNotAtAnotherLevel(history, 'a', 'LEVEL_1')).not.toThrow();
    expect(() => assertNotAtAnotherLevel(history, 'a', 'LEVEL_2')).toThrow(/初审/);
    expect(() => assertNotAtAnotherLevel(history, 'b', 'LEVEL_3')).toThrow();
    expect(() => assertNotAtAnotherLevel(history, 'c', 'LEVEL_2')).not.toThrow();
    expect(() => assertNotAtAnotherLevel(history, 'd', 'LEVEL_3')).toThrow();
    expect(() => assertNotAtAnotherLevel(history, 'e', 'LEVEL_1')).not.toThrow();
    expect(() => assertNotAtAnotherLevel([], 'a', 'OFFICE')).not.toThrow();
    expect(otherStagesActedBy(history, 'a', 'LEVEL_3')).toEqual(['LEVEL_1']);
  });
});

describe('review workflow: who, where', () => {
  it.each([
    ['LEVEL_2', 'SECRECY_REVIEW', 'CONFIDENTIALITY_OFFICER'],
    ['LEVEL_3', 'APPROVE', 'DEPARTMENT_HEAD'],
    ['LEVEL_1', 'CANCEL', 'DEPARTMENT_HEAD'],
    ['LEVEL_1', 'INITIAL_REVIEW', 'DRAFTER'],
  ] as const)('%s · %s by a %s of another department is forbidden', (state, action, role) => {
    const review = reviewIn(state);
    const stranger = person('actor', [role], OTHER_DEPT);
    expect(caught(() => transitionReview(review, stranger, commandFor(action, review)))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REVIEW.NOT_ENTITLED',
    });
    expect(availableReviewActions(review, stranger)).toEqual([]);
  });

  it('only the named publisher publishes', () => {
    const approved = reviewIn('APPROVED');
    const otherPublisher = person('u-other-publisher', ['PUBLISHER']);
    expect(availableReviewActions(approved, otherPublisher)).toEqual([]);
    expect(caught(() => run(approved, otherPublisher, commandFor('PUBLISH', approved)))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REVIEW.NOT_NAMED_PUBLISHER',
    });
  });

  it('the named publisher who has lost the role may not publish', () => {
    const approved = reviewIn('APPROVED');
    expect(
      caught(() => run(approved, person('actor', ['DRAFTER']), commandFor('PUBLISH', approved))).reason,
    ).toBe('REVIEW.NOT_ENTITLED');
  });

  it('the 三员 are offered nothing in any state', () => {
    for (const role of ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'] as const) {
      for (const state of REVIEW_STATES)
        expect(availableReviewActions(reviewIn(state), person('actor', [role]))).toEqual([]);
    }
  });
});

describe('review workflow: outcomes', () => {
  it('disclose: approved with the named publisher, who publishes exactly the approved version', () => {
    const approved = reviewIn('APPROVED');
    expect(approved).toMatchObject({
      publisherId: 'actor',
      approvedContentVersion: 'v1',
      isContentRemovalRequired: false,
    });
    expect(caught(() => run(approved, PUBLISHER, { action: 'PUBLISH', contentVersion: 'v0' }))).toMatchObject(
      {
        code: 'CONFLICT',
        reason: 'REVIEW.CONTENT_VERSION_CHANGED',
      },
    );
    const { review, decision } = transitionReview(approved, PUBLISHER, {
      action: 'PUBLISH',
      contentVersion: 'v1',
    });
    expect(review.state).toBe('PUBLISHED');
    expect(decision).toMatchObject({
      action: 'PUBLISH',
      stage: null,
      userId: 'actor',
      fromState: 'APPROVED',
      toState: 'PUBLISHED',
      contentVersion: 'v1',
    });
    expect(review.history.at(-1)).toEqual(decision);
  });

  it('withhold: approved at level 3, final, no publisher', () => {
    const withheld = reviewIn('WITHHELD');
    expect(withheld).toMatchObject({
      state: 'WITHHELD',
      publisherId: null,
      approvedContentVersion: null,
      isContentRemovalRequired: false,
    });
    expect(isReviewOpen('WITHHELD')).toBe(false);
  });

  it('partial: the redacted version prepared at level 2 is what is approved and published; the original stays', () => {
    const partial: ReviewOutcome = {
      outcome: 'PARTIAL',
      reasons: ['PERSONAL_PRIVACY'],
      basis: '名单含身份证号',
      redactedContentVersion: 'v1-redacted',
      exceptions: [],
      stateSecret: null,
    };
    const atLevel3 = secrecyReview(reviewIn('LEVEL_2'), partial);
    // The head approves the redacted version, not the original.
    expect(
      caught(() =>
        run(atLevel3, HEAD, {
          action: 'APPROVE',
          contentVersion: 'v1',
          opinion: '同意',
          publisher: PUBLISHER,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { expectedContentVersion: 'v1-redacted' } });
    const approved = approve(atLevel3);
    expect(approved).toMatchObject({
      state: 'APPROVED',
      approvedContentVersion: 'v1-redacted',
      subject: { contentVersion: 'v1' },
    });
    expect(caught(() => run(approved, PUBLISHER, { action: 'PUBLISH', contentVersion: 'v1' })).code).toBe(
      'CONFLICT',
    );
    expect(run(approved, PUBLISHER, { action: 'PUBLISH', contentVersion: 'v1-redacted' }).state).toBe(
      'PUBLISHED',
    );
  });

  it('partial with state-secret content: the office confirms the redaction, then the original’s content must be removed [seed §4-7]', () => {
    const awaiting = reviewIn('AWAITING_CONFIRMATION');
    expect(awaiting).toMatchObject({
      publisherId: 'actor',
      approvedContentVersion: 'v1-redacted',
      isContentRemovalRequired: false,
    });
    const confirmed = run(awaiting, OFFICE, {
      action: 'CONFIRM',
      contentVersion: 'v1-redacted',
      opinion: '区分处理适当',
    });
    expect(confirmed).toMatchObject({ state: 'APPROVED', isContentRemovalRequired: true });
    expect(run(confirmed, PUBLISHER, { action: 'PUBLISH', contentVersion: 'v1-redacted' })).toMatchObject({
      state: 'PUBLISHED',
      isContentRemovalRequired: true,
    });
  });

  it('withheld as a state secret: the office confirms, the review ends withheld and the content must be removed', () => {
    const awaiting = approve(secrecyReview(reviewIn('LEVEL_2'), WITHHOLD_SECRET));
    expect(awaiting).toMatchObject({
      state: 'AWAITING_CONFIRMATION',
      publisherId: null,
      approvedContentVersion: null,
    });
    expect(
      run(awaiting, OFFICE, { action: 'CONFIRM', contentVersion: 'v1', opinion: '确认属于国家秘密' }),
    ).toMatchObject({
      state: 'WITHHELD',
      isContentRemovalRequired: true,
    });
  });

  it('the office sends a redaction it does not confirm back to level 2, which decides again', () => {
    const returned = run(reviewIn('AWAITING_CONFIRMATION'), OFFICE, {
      action: 'RETURN',
      opinion: '删除不彻底',
    });
    expect(returned).toMatchObject({
      state: 'LEVEL_2',
      outcome: null,
      publisherId: null,
      approvedContentVersion: null,
    });
    expect(secrecyReview(returned, WITHHOLD_SECRET).state).toBe('LEVEL_3');
  });

  it('no withdrawal while the office confirms a state-secret finding', () => {
    expect(
      caught(() => run(reviewIn('AWAITING_CONFIRMATION'), HEAD, { action: 'CANCEL', opinion: '撤回' })).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('an application reply is supplied, not published: no publisher is named', () => {
    const atLevel3 = secrecyReview(
      initialReview(openReview(subjectOf('APPLICATION_REPLY')), HANDLER),
      DISCLOSE,
    );
    expect(
      caught(() =>
        run(atLevel3, HEAD, {
          action: 'APPROVE',
          contentVersion: 'v1',
          opinion: '同意',
          publisher: PUBLISHER,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.PUBLISHER_NOT_EXPECTED' });
    const approved = approve(atLevel3);
    expect(approved).toMatchObject({ state: 'APPROVED', publisherId: null, approvedContentVersion: 'v1' });
    expect(run(approved, HANDLER, { action: 'SUPPLY', contentVersion: 'v1' }).state).toBe('SUPPLIED');
  });

  it('return from level 3 clears level 2’s outcome', () => {
    const returned = run(reviewIn('LEVEL_3'), HEAD, { action: 'RETURN', opinion: '应作区分处理' });
    expect(returned).toMatchObject({ state: 'LEVEL_2', outcome: null });
  });
});

describe('review workflow: escalation to the leadership group and the city secrecy bureau [seed §4-5]', () => {
  it('escalated from level 2, the determination returns the item to level 2', () => {
    const escalated = reviewIn('ESCALATED');
    expect(escalated.escalatedFrom).toBe('LEVEL_2');
    const { review, decision } = transitionReview(
      escalated,
      OFFICE,
      commandFor('RECORD_DETERMINATION', escalated),
    );
    expect(review).toMatchObject({ state: 'LEVEL_2', escalatedFrom: null });
    expect(decision).toMatchObject({ stage: 'OFFICE', reference: '2026年第5次领导小组会议' });
  });

  it('escalated from level 3, the answer of the city secrecy bureau returns it to level 3 with level 2’s outcome kept', () => {
    const escalated = run(reviewIn('LEVEL_3'), HEAD, {
      action: 'ESCALATE',
      opinion: '是否危及社会稳定无法确定',
    });
    const referred = run(escalated, OFFICE, { action: 'REFER_TO_SECRECY_BUREAU', opinion: '报市保密局确定' });
    const answered = run(referred, OFFICE, {
      action: 'RECORD_DETERMINATION',
      opinion: '市保密局答复：可以公开',
      reference: '市保函〔2026〕12号',
    });
    expect(answered).toMatchObject({ state: 'LEVEL_3', escalatedFrom: null, outcome: DISCLOSE });
    expect(approve(answered).state).toBe('APPROVED');
  });

  it('a determination needs its reference', () => {
    expect(
      caught(() =>
        run(reviewIn('ESCALATED'), OFFICE, {
          action: 'RECORD_DETERMINATION',
          opinion: '不属于',
          reference: ' ',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reference: ['请填写确定意见的文号或会议'] } });
  });
});

describe('review workflow: input', () => {
  const atLevel1 = () => openReview(subjectOf('DOCUMENT'));
  const atLevel2 = () => reviewIn('LEVEL_2');
  const level1 = (assessment: unknown) => () =>
    run(atLevel1(), DRAFTER, {
      action: 'INITIAL_REVIEW',
      contentVersion: 'v1',
      opinion: '初审',
      assessment: assessment as ReviewOutcome,
    });
  const level2 =
    (outcome: Partial<ReviewOutcome>, review = atLevel2()) =>
    () =>
      secrecyReview(review, { ...DISCLOSE, ...outcome } as ReviewOutcome);

  it.each([
    [{ outcome: 'WITHHOLD', reasons: ['PERSONAL_PRIVACY'], basis: null }, 'basis'],
    [{ outcome: 'WITHHOLD', reasons: [], basis: '依据' }, 'reasons'],
    [{ outcome: 'DISCLOSE', reasons: ['PERSONAL_PRIVACY'], basis: null }, 'reasons'],
    [{ outcome: 'HIDE', reasons: [], basis: null }, 'outcome'],
    [{ outcome: 'PARTIAL', reasons: ['WORK_SECRET'], basis: '依据' }, 'reasons'],
    [{ outcome: 'PARTIAL', reasons: ['PERSONAL_PRIVACY', 'PERSONAL_PRIVACY'], basis: '依据' }, 'reasons'],
    [{ outcome: 'WITHHOLD', reasons: ['ADMINISTRATIVE_QUERY'], basis: '依据' }, 'reasons'],
    [null, 'outcome'],
  ])('level 1 refuses %j (field %s): what is withheld needs reasons and a basis', (assessment, field) => {
    const error = caught(level1(assessment));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.INVALID_ASSESSMENT' });
    expect(error.fields?.[field]?.[0]).toMatch(CHINESE);
  });

  it('level 1 states a withholding nature with its basis', () => {
    const review = level1({ outcome: 'WITHHOLD', reasons: ['STATE_SECRET'], basis: ' 定密通知 ' })();
    expect(review.assessment).toEqual({ outcome: 'WITHHOLD', reasons: ['STATE_SECRET'], basis: '定密通知' });
  });

  it.each([
    [{ outcome: 'PARTIAL', reasons: ['PERSONAL_PRIVACY'], basis: '依据' }, 'redactedContentVersion'],
    [
      { outcome: 'PARTIAL', reasons: ['PERSONAL_PRIVACY'], basis: '依据', redactedContentVersion: 'v1' },
      'redactedContentVersion',
    ],
    [{ redactedContentVersion: 'v1-redacted' }, 'redactedContentVersion'],
    [{ outcome: 'WITHHOLD', reasons: ['STATE_SECRET'], basis: '依据' }, 'stateSecret.level'],
    [
      {
        outcome: 'WITHHOLD',
        reasons: ['STATE_SECRET'],
        basis: '依据',
        stateSecret: { ...STATE_SECRET_RECORD, scope: ' ' },
      },
      'stateSecret.scope',
    ],
    [
      {
        outcome: 'WITHHOLD',
        reasons: ['STATE_SECRET'],
        basis: '依据',
        stateSecret: { ...STATE_SECRET_RECORD, level: 'INTERNAL' },
      },
      'stateSecret.level',
    ],
    [{ stateSecret: STATE_SECRET_RECORD }, 'stateSecret'],
    [
      {
        exceptions: [
          { reason: 'STATE_SECRET', ground: 'PUBLIC_INTEREST', evidence: '决定', evidenceFileId: null },
        ],
      },
      'exceptions',
    ],
    [
      {
        exceptions: [
          {
            reason: 'PERSONAL_PRIVACY',
            ground: 'RIGHTS_HOLDER_CONSENT',
            evidence: ' ',
            evidenceFileId: 'f1',
          },
        ],
      },
      'exceptions',
    ],
    [
      {
        exceptions: [
          { reason: 'PERSONAL_PRIVACY', ground: 'ASKED_NICELY', evidence: '同意书', evidenceFileId: 'f1' },
        ],
      },
      'exceptions',
    ],
    [
      {
        outcome: 'WITHHOLD',
        reasons: ['INTERNAL_AFFAIRS'],
        basis: '依据',
        exceptions: [CONSENT_WITH_LETTER],
      },
      'exceptions',
    ],
    [
      {
        outcome: 'PARTIAL',
        reasons: ['PERSONAL_PRIVACY'],
        basis: '依据',
        redactedContentVersion: 'v1-r',
        exceptions: [CONSENT_WITH_LETTER],
      },
      'exceptions',
    ],
    // Art. 15 evidence: the consent letter must be on file, the decision's reference must be given.
    [
      {
        exceptions: [
          {
            reason: 'PERSONAL_PRIVACY',
            ground: 'RIGHTS_HOLDER_CONSENT',
            evidence: '同意书',
            evidenceFileId: null,
          },
        ],
      },
      'exceptions',
    ],
    [{ exceptions: [{ ...CONSENT_WITH_LETTER, evidenceFileId: ' ' }] }, 'exceptions'],
    [
      {
        exceptions: [
          { reason: 'COMMERCIAL_SECRET', ground: 'PUBLIC_INTEREST', evidence: ' ', evidenceFileId: 'f2' },
        ],
      },
      'exceptions',
    ],
  ])('level 2 refuses %j (field %s)', (outcome, field) => {
    const error = caught(level2(outcome as Partial<ReviewOutcome>));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.INVALID_OUTCOME' });
    expect(error.fields?.[field]?.[0]).toMatch(CHINESE);
  });

  it('art. 15 information disclosed with the rights-holder’s consent, recorded with its evidence [seed §4-6]', () => {
    const review = level2({
      exceptions: [
        {
          reason: 'PERSONAL_PRIVACY',
          ground: 'RIGHTS_HOLDER_CONSENT',
          evidence: ' 张某书面同意书（2026-11-20） ',
          evidenceFileId: 'letter-1',
        },
      ],
    })();
    expect(review.outcome?.exceptions).toEqual([
      {
        reason: 'PERSONAL_PRIVACY',
        ground: 'RIGHTS_HOLDER_CONSENT',
        evidence: '张某书面同意书（2026-11-20）',
        evidenceFileId: 'letter-1',
      },
    ]);
  });

  it('evidence is uploaded only by whoever may take the level-2 decision now', () => {
    const check = (review: Review, actor: ReviewActor) => () =>
      assertMayTakeReviewAction(review, actor, 'SECRECY_REVIEW');
    expect(check(atLevel2(), OFFICER)).not.toThrow();
    expect(
      caught(check(atLevel2(), person('u-other-officer', ['CONFIDENTIALITY_OFFICER'], OTHER_DEPT))),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'REVIEW.NOT_ENTITLED' });
    expect(
      caught(check(atLevel2(), person('u-drafter', ['DRAFTER', 'CONFIDENTIALITY_OFFICER']))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(caught(check(reviewIn('LEVEL_3'), OFFICER))).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('a public-interest decision is identified by its reference: the file is optional', () => {
    const decision = {
      reason: 'COMMERCIAL_SECRET',
      ground: 'PUBLIC_INTEREST',
      evidence: '领导小组会议纪要〔2026〕7号',
    } as const;
    const review = level2({
      exceptions: [
        { ...decision, evidenceFileId: null },
        { ...CONSENT_WITH_LETTER, evidenceFileId: 'letter-2' },
      ],
    })();
    expect(review.outcome?.exceptions).toEqual([
      { ...decision, evidenceFileId: null },
      { ...CONSENT_WITH_LETTER, evidenceFileId: 'letter-2' },
    ]);
    expect(
      level2({ exceptions: [{ ...decision, evidenceFileId: ' minutes-7 ' }] })().outcome?.exceptions,
    ).toEqual([{ ...decision, evidenceFileId: 'minutes-7' }]);
  });

  it('a state-secret withholding keeps only its metadata', () => {
    expect(level2(WITHHOLD_SECRET)().outcome).toEqual(WITHHOLD_SECRET);
  });

  it('ADMINISTRATIVE_QUERY is a ground for application replies only', () => {
    const reply = reviewIn('LEVEL_2', 'APPLICATION_REPLY');
    const outcome = {
      outcome: 'WITHHOLD',
      reasons: ['ADMINISTRATIVE_QUERY'],
      basis: '不动产登记资料查询',
    } as const;
    expect(level2(outcome, reply)().state).toBe('LEVEL_3');
    expect(caught(level2(outcome)).fields?.reasons?.[0]).toContain('行政查询');
  });

  it.each(['', '   ', '意'.repeat(2001)])('a decision’s opinion %j is refused', (opinion) => {
    const error = caught(() => run(atLevel2(), OFFICER, { action: 'RETURN', opinion }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.INVALID_INPUT' });
    expect(error.fields?.opinion?.[0]).toMatch(CHINESE);
  });

  it('a decision on a version no longer under review is a conflict', () => {
    expect(
      caught(() =>
        run(atLevel2(), OFFICER, {
          action: 'SECRECY_REVIEW',
          contentVersion: 'v0',
          opinion: '可以',
          outcome: DISCLOSE,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'REVIEW.CONTENT_VERSION_CHANGED' });
  });

  it('approval for publication names a publisher of the owning department', () => {
    const atLevel3 = reviewIn('LEVEL_3');
    const approveWith = (publisher: ReviewActor | null) => () =>
      run(atLevel3, HEAD, { action: 'APPROVE', contentVersion: 'v1', opinion: '同意', publisher });
    expect(caught(approveWith(null))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW.PUBLISHER_REQUIRED',
    });
    expect(caught(approveWith(person('u-d', ['DRAFTER'])))).toMatchObject({
      reason: 'REVIEW.PUBLISHER_NOT_ELIGIBLE',
    });
    expect(caught(approveWith(person('u-p', ['PUBLISHER'], OTHER_DEPT)))).toMatchObject({
      reason: 'REVIEW.PUBLISHER_NOT_ELIGIBLE',
      fields: { publisherId: ['所选人员不是本处室的信息发布人员'] },
    });
    expect(approveWith(person('u-p', ['PUBLISHER']))().publisherId).toBe('u-p');
  });

  it('a withholding names no publisher', () => {
    const atLevel3 = secrecyReview(atLevel2(), WITHHOLD_INTERNAL);
    expect(
      caught(() =>
        run(atLevel3, HEAD, {
          action: 'APPROVE',
          contentVersion: 'v1',
          opinion: '同意',
          publisher: PUBLISHER,
        }),
      ).reason,
    ).toBe('REVIEW.PUBLISHER_NOT_EXPECTED');
  });

  it('roles are checked before input: a stranger sending nonsense is FORBIDDEN, not BAD_USER_INPUT', () => {
    expect(caught(() => run(atLevel2(), DRAFTER, { action: 'RETURN', opinion: '' })).code).toBe('FORBIDDEN');
  });

  it('the review given is not changed', () => {
    const before = atLevel2();
    const copy = structuredClone(before);
    secrecyReview(before, DISCLOSE);
    expect(before).toEqual(copy);
  });
});

describe('review labels and permissions', () => {
  it.each([
    ['REVIEW_STATES', REVIEW_STATES, REVIEW_STATE_LABELS],
    ['REVIEW_ACTIONS', REVIEW_ACTIONS, REVIEW_ACTION_LABELS],
    ['REVIEW_STAGES', REVIEW_STAGES, REVIEW_STAGE_LABELS],
    ['REVIEW_OUTCOMES', REVIEW_OUTCOMES, REVIEW_OUTCOME_LABELS],
    ['REVIEW_FINAL_ACTIONS', REVIEW_FINAL_ACTIONS, REVIEW_FINAL_ACTION_LABELS],
    ['REVIEW_SUBJECT_KINDS', REVIEW_SUBJECT_KINDS, REVIEW_SUBJECT_KIND_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)(
    '%s: one distinct zh-CN label each',
    (_n, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]).toMatch(CHINESE);
      expect(new Set(Object.values(labels)).size).toBe(values.length);
    },
  );

  it('final states offer nothing to anyone', () => {
    for (const state of FINAL_REVIEW_STATES) {
      const everyone = person('x', [...ROLES]);
      expect(availableReviewActions(reviewIn(state), everyone)).toEqual([]);
    }
  });

  /** Written out by hand: the permission that gates each action at the API. */
  it.each([
    ['INITIAL_REVIEW', ['REVIEW_LEVEL_1']],
    ['SECRECY_REVIEW', ['REVIEW_LEVEL_2']],
    ['APPROVE', ['REVIEW_LEVEL_3']],
    ['RETURN', ['REVIEW_LEVEL_2', 'REVIEW_LEVEL_3', 'REVIEW_OVERSIGHT']],
    ['ESCALATE', ['REVIEW_LEVEL_2', 'REVIEW_LEVEL_3']],
    ['REFER_TO_SECRECY_BUREAU', ['REVIEW_OVERSIGHT']],
    ['RECORD_DETERMINATION', ['REVIEW_OVERSIGHT']],
    ['CONFIRM', ['REVIEW_OVERSIGHT']],
    ['PUBLISH', ['PUBLISH']],
    ['SUPPLY', ['REVIEW_SUPPLY']],
    ['CANCEL', ['REVIEW_CANCEL']],
  ] as Array<[ReviewAction, RolePermission[]]>)('%s is gated by %j', (action, permissions) => {
    expect(permissionsForReviewAction(action).sort()).toEqual([...permissions].sort());
  });

  const HOLDERS: Record<string, Role[]> = {
    REVIEW_LEVEL_1: ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER'],
    REVIEW_LEVEL_2: ['CONFIDENTIALITY_OFFICER'],
    REVIEW_LEVEL_3: ['DEPARTMENT_HEAD'],
    REVIEW_CANCEL: ['DEPARTMENT_HEAD'],
    REVIEW_OVERSIGHT: ['LEADERSHIP_OFFICE'],
    PUBLISH: ['PUBLISHER'],
    REVIEW_SUPPLY: ['APPLICATION_HANDLER'],
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
    Object.keys(HOLDERS).flatMap((permission) =>
      ROLES.map((role) => [permission, role, HOLDERS[permission].includes(role)] as const),
    ),
  )('%s held by %s: %s', (permission, role, expected) => {
    expect(hasPermission(holder(role), permission as RolePermission)).toBe(expected);
  });

  it('REVIEW_LEVEL_1 is held by exactly the level-1 roles of the kinds', () => {
    const levelOneRoles = new Set(
      REVIEW_SUBJECT_KINDS.map((kind) => REVIEW_SUBJECT_KINDS_DEFINITION[kind].levelOneRole),
    );
    expect(new Set(ROLE_PERMISSIONS_DEFINITION.REVIEW_LEVEL_1.roles)).toEqual(levelOneRoles);
  });
});
