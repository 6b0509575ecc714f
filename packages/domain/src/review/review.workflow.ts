import { departmentScopeOf, type Grant } from '../identity/actor.js';
import type { RolePermission } from '../identity/permissions.js';
import type { Role } from '../identity/roles.js';
import { DomainError, badInput, type FieldErrors } from '../shared/domain-error.js';
import {
  DISCLOSURE_EXCEPTION_GROUNDS,
  SECRECY_LEVELS,
  WITHHOLDING_REASONS_DEFINITION,
  isWithholdingReason,
  type DisclosureExceptionGround,
  type SecrecyLevel,
  type WithholdingReason,
} from './withholding-reasons.js';

/**
 * The confidentiality review (保密审查, SPEC M3, [seed §4]): nothing is published or supplied before it
 * passes — 先审查后公开, 未经批准不得公开 [seed §4-2, §4-3]; proactive and on-application disclosures
 * alike [seed §4-4]. It runs over a **subject**: its kind, owning department, the content version under
 * review and its final action (publish to the catalog, or supply to one applicant).
 *
 * Three levels (三级审查, [seed §4-3]), each a recorded decision with its opinion:
 * 1. whoever produced the item (the kind's role: drafter, meeting organizer, application handler) states
 *    its nature, and for anything not to be disclosed gives the basis;
 * 2. the owning department's confidentiality officer decides the outcome — disclose, withhold with
 *    reason codes (条例 art. 14–16), or partial disclosure (区分处理, [seed §4-7]) with the redacted
 *    version prepared here as a new content version;
 * 3. the owning department's head approves and names the publisher (信息发布人), who then publishes
 *    exactly the approved content version; for an application reply the handler supplies it instead.
 * Each level may send the item back one level with its opinion. One person acts at one level only of
 * the same item (`assertNotAtAnotherLevel`): in a small 处室 one person may hold several roles but cannot
 * pass an item through alone; the leadership office's confirmations count as a level of their own.
 *
 * When the department cannot determine whether something is a state secret or endangers security, it
 * escalates to the leadership group, which may refer it to the city secrecy bureau (市保密局) [seed
 * §4-5]; the answer is recorded and the item returns to the level that escalated. An outcome involving a
 * state secret — a redaction of state-secret content [seed §4-7] or a withholding as a state secret —
 * is confirmed by the leadership group's office, after which the original's content must be removed
 * from this non-classified system (`isContentRemovalRequired`); only its metadata stay (REGULATIONS.md).
 * Commercial secrets and privacy may still be disclosed with the rights-holder's consent or a
 * leadership-group public-interest decision, recorded with its evidence [seed §4-6, 条例 art. 15].
 *
 * Pure: actors are (userId, grants); the history of decisions is passed in; no clock. Transitions
 * refuse an action the state does not offer with INVALID_TRANSITION and the actions the caller may
 * take now (SPEC §2.4), a caller who may not act with FORBIDDEN, bad input with BAD_USER_INPUT and a
 * decision on a content version that is no longer the one under review with CONFLICT.
 */

// ── Subjects ────────────────────────────────────────────────────────────────────────────────────────

export const REVIEW_FINAL_ACTIONS = ['PUBLISH', 'SUPPLY'] as const;
export type ReviewFinalAction = (typeof REVIEW_FINAL_ACTIONS)[number];
export const REVIEW_FINAL_ACTION_LABELS: Record<ReviewFinalAction, string> = {
  PUBLISH: '公开发布',
  SUPPLY: '提供给申请人',
};

export interface ReviewSubjectKindDefinition {
  label: string;
  /** Who does level 1: the role that produced the item, in the owning department (or bureau-wide). */
  levelOneRole: Role;
  finalAction: ReviewFinalAction;
}

export const REVIEW_SUBJECT_KINDS_DEFINITION = {
  DOCUMENT: { label: '公文', levelOneRole: 'DRAFTER', finalAction: 'PUBLISH' },
  MEETING_RESULT: { label: '会议结果', levelOneRole: 'MEETING_ORGANIZER', finalAction: 'PUBLISH' },
  SURVEY_DECISION: { label: '民意调查决策', levelOneRole: 'DRAFTER', finalAction: 'PUBLISH' },
  OPINION_RESPONSE: { label: '舆情回应', levelOneRole: 'DRAFTER', finalAction: 'PUBLISH' },
  APPLICATION_REPLY: {
    label: '依申请公开答复材料',
    levelOneRole: 'APPLICATION_HANDLER',
    finalAction: 'SUPPLY',
  },
} as const satisfies Record<string, ReviewSubjectKindDefinition>;

export type ReviewSubjectKind = keyof typeof REVIEW_SUBJECT_KINDS_DEFINITION;
export const REVIEW_SUBJECT_KINDS = Object.keys(REVIEW_SUBJECT_KINDS_DEFINITION) as ReviewSubjectKind[];
export const REVIEW_SUBJECT_KIND_LABELS = Object.fromEntries(
  REVIEW_SUBJECT_KINDS.map((kind) => [kind, REVIEW_SUBJECT_KINDS_DEFINITION[kind].label]),
) as Record<ReviewSubjectKind, string>;

export const reviewSubjectKindOf = (kind: ReviewSubjectKind): ReviewSubjectKindDefinition =>
  REVIEW_SUBJECT_KINDS_DEFINITION[kind];

export interface ReviewSubject {
  kind: ReviewSubjectKind;
  owningDepartmentId: string;
  /** The content version under review (an opaque id of the module's version record). */
  contentVersion: string;
  finalAction: ReviewFinalAction;
}

// ── Levels, states, actions ─────────────────────────────────────────────────────────────────────────

/** Where a decision was taken: the three levels, and the leadership group's office. */
export const REVIEW_STAGES = ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'OFFICE'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];
export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  LEVEL_1: '初审（信息制作人员）',
  LEVEL_2: '保密审查（信息安全保密员）',
  LEVEL_3: '审批（处室负责人）',
  OFFICE: '领导小组办公室',
};

export const REVIEW_STATES = [
  'LEVEL_1',
  'LEVEL_2',
  'LEVEL_3',
  'ESCALATED',
  'REFERRED',
  'AWAITING_CONFIRMATION',
  'APPROVED',
  'PUBLISHED',
  'SUPPLIED',
  'WITHHELD',
  'CANCELLED',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  LEVEL_1: '待初审',
  LEVEL_2: '待保密员审查',
  LEVEL_3: '待处室负责人审批',
  ESCALATED: '待领导小组确定',
  REFERRED: '待市保密局确定',
  AWAITING_CONFIRMATION: '待领导小组办公室审核确认',
  APPROVED: '已审批，待公开或提供',
  PUBLISHED: '已公开',
  SUPPLIED: '已提供申请人',
  WITHHELD: '不予公开',
  CANCELLED: '已撤回',
};

export const FINAL_REVIEW_STATES: readonly ReviewState[] = ['PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED'];
export const isReviewOpen = (state: ReviewState): boolean => !FINAL_REVIEW_STATES.includes(state);

export const REVIEW_ACTIONS = [
  'INITIAL_REVIEW',
  'SECRECY_REVIEW',
  'APPROVE',
  'RETURN',
  'ESCALATE',
  'REFER_TO_SECRECY_BUREAU',
  'RECORD_DETERMINATION',
  'CONFIRM',
  'PUBLISH',
  'SUPPLY',
  'CANCEL',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  INITIAL_REVIEW: '提交初审意见',
  SECRECY_REVIEW: '提出保密审查意见',
  APPROVE: '审批通过',
  RETURN: '退回上一级',
  ESCALATE: '提请领导小组确定',
  REFER_TO_SECRECY_BUREAU: '报市保密局确定',
  RECORD_DETERMINATION: '登记确定意见',
  CONFIRM: '审核确认涉密处理',
  PUBLISH: '发布',
  SUPPLY: '提供给申请人',
  CANCEL: '撤回审查',
};

export const REVIEW_OUTCOMES = ['DISCLOSE', 'WITHHOLD', 'PARTIAL'] as const;
export type ReviewOutcomeKind = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcomeKind, string> = {
  DISCLOSE: '予以公开',
  WITHHOLD: '不予公开',
  PARTIAL: '部分公开（区分处理）',
};

interface ReviewTransition {
  /** Held for the owning department (or bureau-wide). */
  permission: RolePermission;
  /** The stage the decision is taken at (one person, one stage); null for steps that decide nothing. */
  stage: ReviewStage | null;
}

const LEVEL_ONE: ReviewTransition = { permission: 'REVIEW_LEVEL_1', stage: 'LEVEL_1' };
const LEVEL_TWO: ReviewTransition = { permission: 'REVIEW_LEVEL_2', stage: 'LEVEL_2' };
const LEVEL_THREE: ReviewTransition = { permission: 'REVIEW_LEVEL_3', stage: 'LEVEL_3' };
const OFFICE: ReviewTransition = { permission: 'REVIEW_OVERSIGHT', stage: 'OFFICE' };
const CANCELLING: ReviewTransition = { permission: 'REVIEW_CANCEL', stage: null };

/**
 * What each state offers and who may do it. No withdrawal while the office confirms a state-secret
 * finding: the content must then be removed, not left behind in a cancelled review.
 */
const REVIEW_TRANSITIONS: Record<ReviewState, Partial<Record<ReviewAction, ReviewTransition>>> = {
  LEVEL_1: { INITIAL_REVIEW: LEVEL_ONE, CANCEL: CANCELLING },
  LEVEL_2: { SECRECY_REVIEW: LEVEL_TWO, RETURN: LEVEL_TWO, ESCALATE: LEVEL_TWO, CANCEL: CANCELLING },
  LEVEL_3: { APPROVE: LEVEL_THREE, RETURN: LEVEL_THREE, ESCALATE: LEVEL_THREE, CANCEL: CANCELLING },
  ESCALATED: { RECORD_DETERMINATION: OFFICE, REFER_TO_SECRECY_BUREAU: OFFICE, CANCEL: CANCELLING },
  REFERRED: { RECORD_DETERMINATION: OFFICE, CANCEL: CANCELLING },
  AWAITING_CONFIRMATION: { CONFIRM: OFFICE, RETURN: OFFICE },
  APPROVED: {
    PUBLISH: { permission: 'PUBLISH', stage: null },
    SUPPLY: { permission: 'REVIEW_SUPPLY', stage: null },
    CANCEL: CANCELLING,
  },
  PUBLISHED: {},
  SUPPLIED: {},
  WITHHELD: {},
  CANCELLED: {},
};

/** The permissions that may take an action in some state: the API gates its root fields with these. */
export function permissionsForReviewAction(action: ReviewAction): RolePermission[] {
  const permissions = new Set<RolePermission>();
  for (const state of REVIEW_STATES) {
    const transition = REVIEW_TRANSITIONS[state][action];
    if (transition) permissions.add(transition.permission);
  }
  return [...permissions];
}

// ── Records ─────────────────────────────────────────────────────────────────────────────────────────

/** Art. 15 information disclosed all the same [seed §4-6]: on which ground, with what evidence. */
export interface DisclosureException {
  reason: WithholdingReason;
  ground: DisclosureExceptionGround;
  /** The consent letter's or the leadership group's decision's reference (文号、日期). */
  evidence: string;
  /**
   * The evidence itself, uploaded to the review: required for the rights-holder's consent (the signed
   * letter must be on file), optional for a public-interest decision, whose reference identifies it.
   */
  evidenceFileId: string | null;
}

/** What stays of state-secret content once the content is removed (SPEC M3). */
export interface StateSecretRecord {
  level: SecrecyLevel;
  /** 保密期限. */
  term: string;
  /** 定密依据. */
  basis: string;
  /** 知悉范围. */
  scope: string;
}

/** Level 1's statement of the item's nature: disclosable, or not and why [seed §4-3]. */
export interface ReviewAssessment {
  outcome: ReviewOutcomeKind;
  reasons: readonly WithholdingReason[];
  /** Required when anything is withheld: the basis (依据). */
  basis: string | null;
}

/** Level 2's decision, which level 3 approves. */
export interface ReviewOutcome extends ReviewAssessment {
  /** PARTIAL: the redacted version (a new content version) that is published instead. */
  redactedContentVersion: string | null;
  exceptions: readonly DisclosureException[];
  /** Required when the reasons include STATE_SECRET. */
  stateSecret: StateSecretRecord | null;
}

/** Enough of a recorded decision for the one-person-one-level rule. */
export interface ReviewHistoryEntry {
  stage: ReviewStage | null;
  userId: string;
}

export interface ReviewDecision extends ReviewHistoryEntry {
  action: ReviewAction;
  fromState: ReviewState;
  toState: ReviewState;
  /** The content version decided on (null for steps on no particular version). */
  contentVersion: string | null;
  opinion: string | null;
  assessment: ReviewAssessment | null;
  outcome: ReviewOutcome | null;
  publisherId: string | null;
  /** RECORD_DETERMINATION: the meeting, document or reply the determination comes from. */
  reference: string | null;
}

export interface Review {
  subject: ReviewSubject;
  state: ReviewState;
  /** Level 1's latest statement. */
  assessment: ReviewAssessment | null;
  /** Level 2's latest decision; cleared when returned to level 2. */
  outcome: ReviewOutcome | null;
  /** The level an escalation returns to. */
  escalatedFrom: 'LEVEL_2' | 'LEVEL_3' | null;
  /** Named at level 3 for a subject to be published. */
  publisherId: string | null;
  /** The content version approved for publication or supply: the redacted one for PARTIAL. */
  approvedContentVersion: string | null;
  /** A state-secret outcome confirmed: the original's content must be removed from the system. */
  isContentRemovalRequired: boolean;
  history: readonly ReviewHistoryEntry[];
}

/** Who acts: a member of staff and their grants. */
export interface ReviewActor {
  userId: string;
  grants: readonly Grant[];
}

export type ReviewCommand =
  | { action: 'INITIAL_REVIEW'; contentVersion: string; opinion: string; assessment: ReviewAssessment }
  | { action: 'SECRECY_REVIEW'; contentVersion: string; opinion: string; outcome: ReviewOutcome }
  | { action: 'APPROVE'; contentVersion: string; opinion: string; publisher: ReviewActor | null }
  | { action: 'RETURN'; opinion: string }
  | { action: 'ESCALATE'; opinion: string }
  | { action: 'REFER_TO_SECRECY_BUREAU'; opinion: string }
  | { action: 'RECORD_DETERMINATION'; opinion: string; reference: string }
  | { action: 'CONFIRM'; contentVersion: string; opinion: string }
  | { action: 'PUBLISH'; contentVersion: string }
  | { action: 'SUPPLY'; contentVersion: string }
  | { action: 'CANCEL'; opinion: string };

export const REVIEW_OPINION_MAX = 2000;
export const REVIEW_BASIS_MAX = 2000;
export const REVIEW_REFERENCE_MAX = 200;

// ── Opening ─────────────────────────────────────────────────────────────────────────────────────────

/** A new review at level 1. Refuses a subject whose final action does not fit its kind. */
export function openReview(subject: ReviewSubject): Review {
  const definition = REVIEW_SUBJECT_KINDS_DEFINITION[subject.kind] as ReviewSubjectKindDefinition | undefined;
  if (!definition)
    throw badInput('REVIEW.INVALID_SUBJECT', '审查事项类型无效', { kind: ['审查事项类型无效'] });
  if (subject.finalAction !== definition.finalAction) {
    throw badInput(
      'REVIEW.INVALID_SUBJECT',
      `“${definition.label}”审查后应${REVIEW_FINAL_ACTION_LABELS[definition.finalAction]}`,
      { finalAction: [`应为“${REVIEW_FINAL_ACTION_LABELS[definition.finalAction]}”`] },
    );
  }
  if (!subject.owningDepartmentId) {
    throw badInput('REVIEW.INVALID_SUBJECT', '请指定审查事项的主办处室', {
      owningDepartmentId: ['请指定主办处室'],
    });
  }
  if (!subject.contentVersion) {
    throw badInput('REVIEW.INVALID_SUBJECT', '请指定送审的内容版本', { contentVersion: ['请指定内容版本'] });
  }
  return {
    subject: { ...subject },
    state: 'LEVEL_1',
    assessment: null,
    outcome: null,
    escalatedFrom: null,
    publisherId: null,
    approvedContentVersion: null,
    isContentRemovalRequired: false,
    history: [],
  };
}

// ── Who may act ─────────────────────────────────────────────────────────────────────────────────────

const holdsPermissionFor = (
  grants: readonly Grant[],
  permission: RolePermission,
  departmentId: string,
): boolean => {
  const scope = departmentScopeOf(grants, permission);
  return scope === 'ALL' || scope.includes(departmentId);
};

const holdsRoleFor = (grants: readonly Grant[], role: Role, departmentId: string): boolean =>
  grants.some(
    (grant) => grant.role === role && (grant.departmentId === null || grant.departmentId === departmentId),
  );

/** The stages other than `stage` at which `userId` has decided on this item. */
export function otherStagesActedBy(
  history: readonly ReviewHistoryEntry[],
  userId: string,
  stage: ReviewStage,
): ReviewStage[] {
  const stages = new Set<ReviewStage>();
  for (const entry of history) {
    if (entry.userId === userId && entry.stage !== null && entry.stage !== stage) stages.add(entry.stage);
  }
  return REVIEW_STAGES.filter((candidate) => stages.has(candidate));
}

/**
 * One person acts at one level only of the same item [seed §4-3, SPEC M3]: refuses (FORBIDDEN) a
 * decision at `level` by someone who has decided at another level of it, in any round.
 */
export function assertNotAtAnotherLevel(
  history: readonly ReviewHistoryEntry[],
  userId: string,
  level: ReviewStage,
): void {
  const others = otherStagesActedBy(history, userId, level);
  if (others.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      'REVIEW.ONE_PERSON_ONE_LEVEL',
      `同一人只能在同一事项的一个审查层级办理：您已在“${REVIEW_STAGE_LABELS[others[0]]}”办理过此事项`,
      { details: { actedAt: others } },
    );
  }
}

/** The actions the state offers for this subject, whoever asks. */
function actionsOfferedBy(review: Review): ReviewAction[] {
  const offered = REVIEW_TRANSITIONS[review.state];
  return REVIEW_ACTIONS.filter((action) => {
    if (!offered[action]) return false;
    if (action === 'PUBLISH' || action === 'SUPPLY') return review.subject.finalAction === action;
    return true;
  });
}

type Refusal = { reason: string; message: string } | null;

function refusalOf(review: Review, actor: ReviewActor, action: ReviewAction): Refusal {
  const transition = REVIEW_TRANSITIONS[review.state][action] as ReviewTransition;
  const department = review.subject.owningDepartmentId;
  const kind = REVIEW_SUBJECT_KINDS_DEFINITION[review.subject.kind];
  const entitled =
    holdsPermissionFor(actor.grants, transition.permission, department) &&
    (action !== 'INITIAL_REVIEW' || holdsRoleFor(actor.grants, kind.levelOneRole, department));
  if (!entitled) {
    return { reason: 'REVIEW.NOT_ENTITLED', message: `您无权对此事项执行“${REVIEW_ACTION_LABELS[action]}”` };
  }
  if (action === 'PUBLISH' && actor.userId !== review.publisherId) {
    return { reason: 'REVIEW.NOT_NAMED_PUBLISHER', message: '只有审批时指定的信息发布人可以发布' };
  }
  return null;
}

const stageOf = (review: Review, action: ReviewAction): ReviewStage | null =>
  (REVIEW_TRANSITIONS[review.state][action] as ReviewTransition).stage;

/** What `actor` may do to the review now: the buttons the console shows, in a fixed order. */
export function availableReviewActions(review: Review, actor: ReviewActor): ReviewAction[] {
  return actionsOfferedBy(review).filter((action) => {
    if (refusalOf(review, actor, action) !== null) return false;
    const stage = stageOf(review, action);
    return stage === null || otherStagesActedBy(review.history, actor.userId, stage).length === 0;
  });
}

/**
 * Refuses `actor` an action the review does not offer now (INVALID_TRANSITION) or that they may not take
 * (FORBIDDEN): also for the steps that prepare a decision, such as uploading its evidence.
 */
export function assertMayTakeReviewAction(review: Review, actor: ReviewActor, action: ReviewAction): void {
  if (!actionsOfferedBy(review).includes(action)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'REVIEW.ACTION_NOT_ALLOWED',
      `审查状态为“${REVIEW_STATE_LABELS[review.state]}”，不能“${REVIEW_ACTION_LABELS[action] ?? action}”`,
      { allowedActions: availableReviewActions(review, actor) },
    );
  }
  const refusal = refusalOf(review, actor, action);
  if (refusal) throw new DomainError('FORBIDDEN', refusal.reason, refusal.message);
  const stage = stageOf(review, action);
  if (stage !== null) assertNotAtAnotherLevel(review.history, actor.userId, stage);
}

// ── Transitions ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Applies one action: returns the review after it (history included) and the decision to record.
 * Checks in order: the state offers the action (INVALID_TRANSITION), the actor may take it
 * (FORBIDDEN), its input (BAD_USER_INPUT), the content version (CONFLICT).
 */
export function transitionReview(
  review: Review,
  actor: ReviewActor,
  command: ReviewCommand,
): { review: Review; decision: ReviewDecision } {
  const { action } = command;
  assertMayTakeReviewAction(review, actor, action);
  const stage = stageOf(review, action);

  const next: Review = { ...review };
  const decision: ReviewDecision = {
    action,
    stage,
    userId: actor.userId,
    fromState: review.state,
    toState: review.state,
    contentVersion: null,
    opinion: null,
    assessment: null,
    outcome: null,
    publisherId: null,
    reference: null,
  };

  switch (command.action) {
    case 'INITIAL_REVIEW': {
      decision.opinion = requiredText(command.opinion, 'opinion', '初审意见', REVIEW_OPINION_MAX);
      const assessment = validAssessment(review.subject, command.assessment);
      const contentVersion = requiredText(command.contentVersion, 'contentVersion', '内容版本', 200);
      // Level 1 is the producer: it sends the version it has finished (a revision after a return).
      next.subject = { ...review.subject, contentVersion };
      next.assessment = assessment;
      next.state = 'LEVEL_2';
      Object.assign(decision, { contentVersion, assessment });
      break;
    }
    case 'SECRECY_REVIEW': {
      decision.opinion = requiredText(command.opinion, 'opinion', '保密审查意见', REVIEW_OPINION_MAX);
      const outcome = validOutcome(review.subject, command.outcome);
      assertContentVersion(command.contentVersion, review.subject.contentVersion);
      next.outcome = outcome;
      next.state = 'LEVEL_3';
      Object.assign(decision, { contentVersion: command.contentVersion, outcome });
      break;
    }
    case 'APPROVE': {
      decision.opinion = requiredText(command.opinion, 'opinion', '审批意见', REVIEW_OPINION_MAX);
      const outcome = review.outcome as ReviewOutcome;
      const publisherId = validPublisher(review, command.publisher);
      const approved = outcome.outcome === 'WITHHOLD' ? null : contentToRelease(review.subject, outcome);
      assertContentVersion(command.contentVersion, approved ?? review.subject.contentVersion);
      next.publisherId = publisherId;
      next.approvedContentVersion = approved;
      next.state = involvesStateSecret(outcome)
        ? 'AWAITING_CONFIRMATION'
        : outcome.outcome === 'WITHHOLD'
          ? 'WITHHELD'
          : 'APPROVED';
      Object.assign(decision, { contentVersion: command.contentVersion, outcome, publisherId });
      break;
    }
    case 'RETURN': {
      decision.opinion = requiredText(command.opinion, 'opinion', '退回意见', REVIEW_OPINION_MAX);
      next.state = review.state === 'LEVEL_2' ? 'LEVEL_1' : 'LEVEL_2';
      if (review.state !== 'LEVEL_2') next.outcome = null;
      if (review.state === 'AWAITING_CONFIRMATION') {
        next.publisherId = null;
        next.approvedContentVersion = null;
      }
      break;
    }
    case 'ESCALATE': {
      decision.opinion = requiredText(command.opinion, 'opinion', '提请确定的事项', REVIEW_OPINION_MAX);
      next.escalatedFrom = review.state as 'LEVEL_2' | 'LEVEL_3';
      next.state = 'ESCALATED';
      break;
    }
    case 'REFER_TO_SECRECY_BUREAU': {
      decision.opinion = requiredText(command.opinion, 'opinion', '报送市保密局的事项', REVIEW_OPINION_MAX);
      next.state = 'REFERRED';
      break;
    }
    case 'RECORD_DETERMINATION': {
      decision.opinion = requiredText(command.opinion, 'opinion', '确定意见', REVIEW_OPINION_MAX);
      decision.reference = requiredText(
        command.reference,
        'reference',
        '确定意见的文号或会议',
        REVIEW_REFERENCE_MAX,
      );
      next.state = review.escalatedFrom ?? 'LEVEL_2';
      next.escalatedFrom = null;
      break;
    }
    case 'CONFIRM': {
      decision.opinion = requiredText(command.opinion, 'opinion', '审核确认意见', REVIEW_OPINION_MAX);
      const outcome = review.outcome as ReviewOutcome;
      assertContentVersion(
        command.contentVersion,
        review.approvedContentVersion ?? review.subject.contentVersion,
      );
      next.isContentRemovalRequired = true;
      next.state = outcome.outcome === 'WITHHOLD' ? 'WITHHELD' : 'APPROVED';
      decision.contentVersion = command.contentVersion;
      break;
    }
    case 'PUBLISH':
    case 'SUPPLY': {
      assertContentVersion(command.contentVersion, review.approvedContentVersion as string);
      next.state = command.action === 'PUBLISH' ? 'PUBLISHED' : 'SUPPLIED';
      decision.contentVersion = command.contentVersion;
      break;
    }
    case 'CANCEL': {
      decision.opinion = requiredText(command.opinion, 'opinion', '撤回理由', REVIEW_OPINION_MAX);
      next.state = 'CANCELLED';
      break;
    }
  }
  decision.toState = next.state;
  next.history = [...review.history, decision];
  return { review: next, decision };
}

/** True when a state secret is among the outcome's reasons: office confirmation, then content removal. */
export const involvesStateSecret = (outcome: Pick<ReviewAssessment, 'reasons'>): boolean =>
  outcome.reasons.includes('STATE_SECRET');

/** The version that is published or supplied: the redacted one for partial disclosure. */
const contentToRelease = (subject: ReviewSubject, outcome: ReviewOutcome): string =>
  outcome.outcome === 'PARTIAL' ? (outcome.redactedContentVersion as string) : subject.contentVersion;

// ── Input rules ─────────────────────────────────────────────────────────────────────────────────────

function requiredText(value: unknown, field: string, label: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw badInput('REVIEW.INVALID_INPUT', `请填写${label}`, { [field]: [`请填写${label}`] });
  if (text.length > max) {
    throw badInput('REVIEW.INVALID_INPUT', `${label}最多 ${max} 个字符`, { [field]: [`最多 ${max} 个字符`] });
  }
  return text;
}

const optionalText = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() || null : null;

function assertContentVersion(given: unknown, expected: string): void {
  if (given !== expected) {
    throw new DomainError(
      'CONFLICT',
      'REVIEW.CONTENT_VERSION_CHANGED',
      '送审内容已变化，请刷新后按当前版本办理',
      {
        details: { expectedContentVersion: expected },
      },
    );
  }
}

function throwIfAny(errors: FieldErrors, reason: string): void {
  const fields = Object.keys(errors);
  if (fields.length > 0) throw badInput(reason, errors[fields[0]][0], errors);
}

function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/** Level 1's statement (and the common part of level 2's): what is withheld needs reasons and a basis. */
function checkAssessment(
  subject: ReviewSubject,
  assessment: ReviewAssessment,
  errors: FieldErrors,
): ReviewAssessment {
  const outcome = assessment?.outcome;
  if (!(REVIEW_OUTCOMES as readonly string[]).includes(outcome)) {
    addError(errors, 'outcome', '请选择予以公开、不予公开或部分公开');
    return { outcome, reasons: [], basis: null };
  }
  const reasons: WithholdingReason[] = Array.isArray(assessment.reasons) ? [...assessment.reasons] : [];
  const basis = optionalText(assessment.basis);
  if (outcome === 'DISCLOSE') {
    if (reasons.length > 0) addError(errors, 'reasons', '予以公开时不填写不予公开理由');
  } else {
    if (reasons.length === 0) addError(errors, 'reasons', '不予公开或部分公开须选择理由');
    if (!basis) addError(errors, 'basis', '不予公开或部分公开须提供依据');
  }
  if (basis && basis.length > REVIEW_BASIS_MAX) addError(errors, 'basis', `最多 ${REVIEW_BASIS_MAX} 个字符`);
  if (reasons.some((reason) => !isWithholdingReason(reason))) addError(errors, 'reasons', '不予公开理由无效');
  else if (new Set(reasons).size !== reasons.length) addError(errors, 'reasons', '不予公开理由重复');
  else if (
    subject.finalAction !== 'SUPPLY' &&
    reasons.some((reason) => WITHHOLDING_REASONS_DEFINITION[reason].isApplicationOnly)
  ) {
    addError(errors, 'reasons', '“行政查询事项”只适用于依申请公开答复');
  }
  return { outcome, reasons, basis };
}

function validAssessment(subject: ReviewSubject, assessment: ReviewAssessment): ReviewAssessment {
  const errors: FieldErrors = {};
  const checked = checkAssessment(subject, assessment ?? ({} as ReviewAssessment), errors);
  throwIfAny(errors, 'REVIEW.INVALID_ASSESSMENT');
  return checked;
}

function validOutcome(subject: ReviewSubject, outcome: ReviewOutcome): ReviewOutcome {
  const errors: FieldErrors = {};
  const given = outcome ?? ({} as ReviewOutcome);
  const checked = checkAssessment(subject, given, errors);

  const redacted = optionalText(given.redactedContentVersion);
  if (checked.outcome === 'PARTIAL') {
    if (!redacted) addError(errors, 'redactedContentVersion', '部分公开须准备删除不应公开内容后的版本');
    else if (redacted === subject.contentVersion) {
      addError(errors, 'redactedContentVersion', '区分处理后的版本须不同于送审原件');
    }
  } else if (redacted) {
    addError(errors, 'redactedContentVersion', '只有部分公开才有区分处理后的版本');
  }

  const exceptions = Array.isArray(given.exceptions) ? given.exceptions : [];
  if (exceptions.length > 0 && checked.outcome === 'WITHHOLD') {
    addError(errors, 'exceptions', '不予公开时不适用同意公开的例外');
  }
  const seen = new Set<string>();
  const validExceptions: DisclosureException[] = [];
  for (const exception of exceptions) {
    const reason = exception?.reason;
    if (!isWithholdingReason(reason) || !WITHHOLDING_REASONS_DEFINITION[reason].isOverridable) {
      addError(errors, 'exceptions', '只有商业秘密、个人隐私可以经权利人同意或公共利益认定后公开');
      continue;
    }
    if (seen.has(reason) || checked.reasons.includes(reason)) {
      addError(errors, 'exceptions', '同一理由不能既不予公开又例外公开');
    }
    seen.add(reason);
    if (!(DISCLOSURE_EXCEPTION_GROUNDS as readonly string[]).includes(exception.ground)) {
      addError(errors, 'exceptions', '例外公开的情形无效');
    }
    const evidence = optionalText(exception.evidence);
    if (!evidence) {
      addError(
        errors,
        'exceptions',
        exception.ground === 'PUBLIC_INTEREST'
          ? '公共利益认定须登记领导小组决定的文号'
          : '例外公开须登记权利人同意书的编号或日期',
      );
    } else if (evidence.length > REVIEW_REFERENCE_MAX)
      addError(errors, 'exceptions', `依据最多 ${REVIEW_REFERENCE_MAX} 个字符`);
    const evidenceFileId = optionalText(exception.evidenceFileId);
    if (exception.ground === 'RIGHTS_HOLDER_CONSENT' && !evidenceFileId) {
      addError(errors, 'exceptions', '权利人同意公开须上传权利人的书面同意书');
    }
    validExceptions.push({ reason, ground: exception.ground, evidence: evidence ?? '', evidenceFileId });
  }

  let stateSecret: StateSecretRecord | null = null;
  if (checked.reasons.includes('STATE_SECRET')) {
    const secret = given.stateSecret;
    if (!secret || !(SECRECY_LEVELS as readonly string[]).includes(secret.level)) {
      addError(errors, 'stateSecret.level', '涉及国家秘密须登记密级');
    }
    const term = optionalText(secret?.term);
    const basis = optionalText(secret?.basis);
    const scope = optionalText(secret?.scope);
    if (!term) addError(errors, 'stateSecret.term', '请填写保密期限');
    if (!basis) addError(errors, 'stateSecret.basis', '请填写定密依据');
    if (!scope) addError(errors, 'stateSecret.scope', '请填写知悉范围');
    for (const [field, value] of [
      ['term', term],
      ['basis', basis],
      ['scope', scope],
    ] as const) {
      if (value && value.length > REVIEW_REFERENCE_MAX) {
        addError(errors, `stateSecret.${field}`, `最多 ${REVIEW_REFERENCE_MAX} 个字符`);
      }
    }
    if (secret)
      stateSecret = { level: secret.level, term: term ?? '', basis: basis ?? '', scope: scope ?? '' };
  } else if (given.stateSecret) {
    addError(errors, 'stateSecret', '只有涉及国家秘密时才登记密级等信息');
  }

  throwIfAny(errors, 'REVIEW.INVALID_OUTCOME');
  return {
    ...checked,
    redactedContentVersion: checked.outcome === 'PARTIAL' ? redacted : null,
    exceptions: validExceptions,
    stateSecret,
  };
}

/** Level 3 names the publisher of anything to be published: a PUBLISHER of the owning department. */
function validPublisher(review: Review, publisher: ReviewActor | null): string | null {
  const outcome = review.outcome as ReviewOutcome;
  const isPublished = review.subject.finalAction === 'PUBLISH' && outcome.outcome !== 'WITHHOLD';
  if (!isPublished) {
    if (publisher) {
      throw badInput('REVIEW.PUBLISHER_NOT_EXPECTED', '不予公开或提供给申请人的事项不指定信息发布人', {
        publisherId: ['此事项不指定信息发布人'],
      });
    }
    return null;
  }
  if (!publisher?.userId) {
    throw badInput('REVIEW.PUBLISHER_REQUIRED', '审批公开须指定信息发布人', {
      publisherId: ['请指定信息发布人'],
    });
  }
  if (!holdsPermissionFor(publisher.grants, 'PUBLISH', review.subject.owningDepartmentId)) {
    throw badInput('REVIEW.PUBLISHER_NOT_ELIGIBLE', '信息发布人须为本处室的信息发布人员', {
      publisherId: ['所选人员不是本处室的信息发布人员'],
    });
  }
  return publisher.userId;
}
