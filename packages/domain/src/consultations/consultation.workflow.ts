import { z } from 'zod';
import { deadlineKindOf, type DeadlineKind } from '../calendar/deadline-kinds.js';
import { departmentScopeOf, type Grant } from '../identity/actor.js';
import type { RolePermission } from '../identity/permissions.js';
import { calendarDateSchema, type CalendarDate } from '../shared/calendar-date.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { requiredTextSchema } from '../shared/text-fields.js';
import type { TaskKind } from '../tasks/tasks.js';

/**
 * One consultation entity for every use (SPEC M4), one row per consultee, with a policy per use: who is
 * consulted, how the answer arrives, the reply period, what silence means and its effect on a clock.
 * - AGENCY_RELEASE: a written consultation letter to another agency before information involving it is
 *   formed or changed [seed §3-2(1)–(2)]; 签发 is refused while it is open; silence gets a reminder and
 *   then escalation — never consent; a disagreement is settled by the common superior or the disclosure
 *   authority [seed §3-2(3)].
 * - CO_DEPARTMENT_CONSENT: the written consent of each co-department of jointly produced information,
 *   given in the system by that department's head; publication waits for all [seed §4-8].
 * - APPLICATION_THIRD_PARTY (条例 art. 32) and APPLICATION_JOINT_AGENCY (art. 34): 15 working days that
 *   suspend the application's clock; silence is no consent for a third party, consent for a joint agency.
 *   The application module (M6) uses these; the API accepts them once applications exist.
 */
export const CONSULTATION_USES = [
  'AGENCY_RELEASE',
  'CO_DEPARTMENT_CONSENT',
  'APPLICATION_THIRD_PARTY',
  'APPLICATION_JOINT_AGENCY',
] as const;
export type ConsultationUse = (typeof CONSULTATION_USES)[number];

/** Who is consulted: another agency, a department of the bureau, a third party of an application. */
export type ConsulteeKind = 'AGENCY' | 'DEPARTMENT' | 'THIRD_PARTY';
/** What silence past the reply period means. */
export type SilenceMeaning = 'ESCALATE' | 'REMIND_ONLY' | 'CONSENT' | 'NO_CONSENT';

export interface ConsultationPolicy {
  label: string;
  basis: string;
  subjectKind: 'DOCUMENT' | 'APPLICATION';
  consulteeKind: ConsulteeKind;
  /** RECORDED: staff record the written reply; IN_SYSTEM: the consulted department's head answers here. */
  answeredBy: 'RECORDED' | 'IN_SYSTEM';
  deadlineKind: DeadlineKind;
  silence: SilenceMeaning;
  /** SUSPEND: the subject's clock stops while the consultation is open (the application's reply period). */
  clockEffect: 'NONE' | 'SUSPEND';
  /** What the consultation holds back while open or not agreed. */
  blocks: 'SIGNING' | 'PUBLICATION' | 'NONE';
  /** A disagreement is decided by a higher body, whose decision is recorded. */
  settledAbove: boolean;
}

export const CONSULTATION_POLICIES: Record<ConsultationUse, ConsultationPolicy> = {
  AGENCY_RELEASE: {
    label: '征求其他行政机关意见',
    basis: '局政府信息发布协调制度第二条',
    subjectKind: 'DOCUMENT',
    consulteeKind: 'AGENCY',
    answeredBy: 'RECORDED',
    deadlineKind: 'CONSULTATION_REPLY',
    silence: 'ESCALATE',
    clockEffect: 'NONE',
    blocks: 'SIGNING',
    settledAbove: true,
  },
  CO_DEPARTMENT_CONSENT: {
    label: '会办处室书面同意',
    basis: '局政府信息公开保密审查制度第八条',
    subjectKind: 'DOCUMENT',
    consulteeKind: 'DEPARTMENT',
    answeredBy: 'IN_SYSTEM',
    deadlineKind: 'CO_DEPARTMENT_CONSENT',
    silence: 'REMIND_ONLY',
    clockEffect: 'NONE',
    blocks: 'PUBLICATION',
    settledAbove: false,
  },
  APPLICATION_THIRD_PARTY: {
    label: '征求第三方意见',
    basis: '《政府信息公开条例》第三十二条',
    subjectKind: 'APPLICATION',
    consulteeKind: 'THIRD_PARTY',
    answeredBy: 'RECORDED',
    deadlineKind: 'CONSULTATION_REPLY',
    silence: 'NO_CONSENT',
    clockEffect: 'SUSPEND',
    blocks: 'NONE',
    settledAbove: false,
  },
  APPLICATION_JOINT_AGENCY: {
    label: '征求共同制作机关意见',
    basis: '《政府信息公开条例》第三十四条',
    subjectKind: 'APPLICATION',
    consulteeKind: 'AGENCY',
    answeredBy: 'RECORDED',
    deadlineKind: 'CONSULTATION_REPLY',
    silence: 'CONSENT',
    clockEffect: 'SUSPEND',
    blocks: 'NONE',
    settledAbove: false,
  },
};
export const CONSULTATION_USE_LABELS = Object.fromEntries(
  CONSULTATION_USES.map((use) => [use, CONSULTATION_POLICIES[use].label]),
) as Record<ConsultationUse, string>;

/** The reply period of a use, in working days (its deadline kind's period). */
export const consultationPeriodOf = (use: ConsultationUse): number =>
  deadlineKindOf(CONSULTATION_POLICIES[use].deadlineKind).periodWorkingDays;

export const CONSULTATION_STATES = [
  'SENT',
  'REMINDED',
  'ESCALATED',
  'AGREED',
  'DISAGREED',
  'SETTLED',
  'CONSENTED_BY_SILENCE',
  'LAPSED',
  'WITHDRAWN',
] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];
export const CONSULTATION_STATE_LABELS: Record<ConsultationState, string> = {
  SENT: '已发出，待答复',
  REMINDED: '已催告',
  ESCALATED: '逾期未答复，已报请上级',
  AGREED: '同意',
  DISAGREED: '不同意',
  SETTLED: '分歧已由上级机关决定',
  CONSENTED_BY_SILENCE: '逾期未答复，视为同意',
  LAPSED: '逾期未答复（不视为同意）',
  WITHDRAWN: '已撤回',
};

export const CONSULTATION_ACTIONS = [
  'RECORD_REPLY',
  'CONSENT',
  'REFUSE',
  'REMIND',
  'ESCALATE',
  'SETTLE',
  'LAPSE',
  'WITHDRAW',
] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];
export const CONSULTATION_ACTION_LABELS: Record<ConsultationAction, string> = {
  RECORD_REPLY: '登记书面答复',
  CONSENT: '同意公开',
  REFUSE: '不同意公开',
  REMIND: '催告',
  ESCALATE: '报请上级',
  SETTLE: '登记上级机关决定',
  LAPSE: '登记逾期未答复',
  WITHDRAW: '撤回',
};

/** Who settles a disagreement [seed §3-2(3)]. */
export const SETTLING_BODIES = ['COMMON_SUPERIOR', 'DISCLOSURE_AUTHORITY'] as const;
export type SettlingBody = (typeof SETTLING_BODIES)[number];
export const SETTLING_BODY_LABELS: Record<SettlingBody, string> = {
  COMMON_SUPERIOR: '共同上一级行政机关',
  DISCLOSURE_AUTHORITY: '政府信息公开主管部门',
};
export const SETTLEMENT_DECISIONS = ['DISCLOSE', 'NOT_DISCLOSE'] as const;
export type SettlementDecision = (typeof SETTLEMENT_DECISIONS)[number];
export const SETTLEMENT_DECISION_LABELS: Record<SettlementDecision, string> = {
  DISCLOSE: '决定公开',
  NOT_DISCLOSE: '决定不公开',
};

/** The owning side manages the consultation; the consulted department's head answers a consent request. */
export const CONSULTATION_MANAGE_PERMISSION: RolePermission = 'CONSULTATION_MANAGE';
export const CONSULTATION_CONSENT_PERMISSION: RolePermission = 'CONSULTATION_CONSENT';

type Transitions = Partial<Record<ConsultationState, Partial<Record<ConsultationAction, ConsultationState>>>>;

/** RECORD_REPLY's next state depends on the answer: AGREED here stands for "agree or disagree". */
const WAITING_RECORDED: Partial<Record<ConsultationAction, ConsultationState>> = {
  RECORD_REPLY: 'AGREED',
  REMIND: 'REMINDED',
  WITHDRAW: 'WITHDRAWN',
};

const TRANSITIONS: Record<ConsultationUse, Transitions> = {
  AGENCY_RELEASE: {
    SENT: WAITING_RECORDED,
    REMINDED: { ...WAITING_RECORDED, ESCALATE: 'ESCALATED' },
    ESCALATED: { RECORD_REPLY: 'AGREED', SETTLE: 'SETTLED', WITHDRAW: 'WITHDRAWN' },
    DISAGREED: { SETTLE: 'SETTLED', WITHDRAW: 'WITHDRAWN' },
  },
  CO_DEPARTMENT_CONSENT: {
    SENT: { CONSENT: 'AGREED', REFUSE: 'DISAGREED', REMIND: 'REMINDED', WITHDRAW: 'WITHDRAWN' },
    REMINDED: { CONSENT: 'AGREED', REFUSE: 'DISAGREED', REMIND: 'REMINDED', WITHDRAW: 'WITHDRAWN' },
    // A refusal stands until the department's head reconsiders or the request is withdrawn.
    DISAGREED: { CONSENT: 'AGREED', WITHDRAW: 'WITHDRAWN' },
  },
  APPLICATION_THIRD_PARTY: {
    SENT: { ...WAITING_RECORDED, LAPSE: 'LAPSED' },
    REMINDED: { ...WAITING_RECORDED, LAPSE: 'LAPSED' },
  },
  APPLICATION_JOINT_AGENCY: {
    SENT: { ...WAITING_RECORDED, LAPSE: 'CONSENTED_BY_SILENCE' },
    REMINDED: { ...WAITING_RECORDED, LAPSE: 'CONSENTED_BY_SILENCE' },
  },
};

/** What the rules need to know of one consultation. */
export interface ConsultationFacts {
  use: ConsultationUse;
  state: ConsultationState;
  /** The department that owns the subject (the document's issuing department). */
  departmentId: string;
  /** The consulted department (CO_DEPARTMENT_CONSENT), else null. */
  consulteeDepartmentId: string | null;
  /** The reply period has ended (silence can be acted on). */
  isReplyOverdue: boolean;
}

export interface ConsultationActor {
  userId: string;
  grants: readonly Grant[];
}

export type ConsultationCommand =
  | { action: 'RECORD_REPLY'; agrees: boolean; reply: string; repliedOn: CalendarDate }
  | { action: 'CONSENT'; opinion?: string | null }
  | { action: 'REFUSE'; reason: string }
  | { action: 'REMIND'; note: string }
  | { action: 'ESCALATE'; reason: string }
  | { action: 'SETTLE'; body: SettlingBody; decision: SettlementDecision; reference: string; summary: string }
  | { action: 'LAPSE' }
  | { action: 'WITHDRAW'; reason: string };

export interface ConsultationTransition {
  action: ConsultationAction;
  fromState: ConsultationState;
  state: ConsultationState;
  /** The answer as recorded or given (reply text, consent opinion, refusal reason). */
  reply: { agrees: boolean; text: string | null; repliedOn: CalendarDate | null } | null;
  settlement: { body: SettlingBody; decision: SettlementDecision; reference: string; summary: string } | null;
  /** A reminder, escalation or withdrawal: what was said and why. */
  note: string | null;
}

const mayAct = (facts: ConsultationFacts, actor: ConsultationActor, action: ConsultationAction): boolean => {
  if (action === 'CONSENT' || action === 'REFUSE') {
    // The consulted department's own head, by role: a bureau-wide permission would let others consent for it.
    return actor.grants.some(
      (grant) =>
        grant.role === 'DEPARTMENT_HEAD' &&
        grant.departmentId !== null &&
        grant.departmentId === facts.consulteeDepartmentId,
    );
  }
  // An application's consultations are the disclosure office's, bureau-wide (条例 art. 32, 34).
  if (CONSULTATION_POLICIES[facts.use].subjectKind === 'APPLICATION') {
    return departmentScopeOf(actor.grants, 'APPLICATION_HANDLE') === 'ALL';
  }
  const scope = departmentScopeOf(actor.grants, CONSULTATION_MANAGE_PERMISSION);
  return scope === 'ALL' || scope.includes(facts.departmentId);
};

function blockerOf(
  facts: ConsultationFacts,
  action: ConsultationAction,
): { reason: string; message: string } | null {
  if ((action === 'ESCALATE' || action === 'LAPSE') && !facts.isReplyOverdue) {
    return { reason: 'CONSULTATION.NOT_OVERDUE', message: '答复期限尚未届满' };
  }
  return null;
}

const offeredBy = (facts: ConsultationFacts): ConsultationAction[] =>
  CONSULTATION_ACTIONS.filter((action) => TRANSITIONS[facts.use][facts.state]?.[action] !== undefined);

/** A consultation still waits for something: an answer, a reminder's effect, a settlement, a reconsideration. */
export const isConsultationOpen = (use: ConsultationUse, state: ConsultationState): boolean =>
  Object.keys(TRANSITIONS[use][state] ?? {}).length > 0;

/**
 * The task of a consultation: an application's goes to the application handlers bureau-wide (they act on
 * it, 条例 art. 32, 34); a document's waits in the owning or consulted department's queue.
 */
export const consultationTaskKindOf = (use: ConsultationUse): TaskKind => {
  const policy = CONSULTATION_POLICIES[use];
  if (policy.subjectKind === 'APPLICATION') return 'APPLICATION_CONSULTATION_REPLY';
  return policy.deadlineKind === 'CO_DEPARTMENT_CONSENT' ? 'CO_DEPARTMENT_CONSENT' : 'CONSULTATION_REPLY';
};

/** What the history says when the system records a silence (条例 art. 34 consent, art. 32 no consent). */
export const SILENCE_NOTES: Partial<Record<SilenceMeaning, string>> = {
  CONSENT: '答复期限届满未答复，视为同意（《政府信息公开条例》第三十四条）',
  NO_CONSENT: '答复期限届满未答复，不视为同意，由本机关依法决定（《政府信息公开条例》第三十二条）',
};

/**
 * The lapse the system records by itself once the reply period of an open consultation has ended in
 * silence, or null: only a use whose silence has a meaning (an application's; a document's consultation is
 * reminded or escalated by staff instead), only while open and only after the period. No actor: it is the
 * passing of the period that decides, not a person.
 */
export function silentLapseOf(
  facts: Pick<ConsultationFacts, 'use' | 'state' | 'isReplyOverdue'>,
): ConsultationTransition | null {
  const note = SILENCE_NOTES[CONSULTATION_POLICIES[facts.use].silence];
  const to = TRANSITIONS[facts.use][facts.state]?.LAPSE;
  if (note === undefined || to === undefined || !facts.isReplyOverdue) return null;
  return { action: 'LAPSE', fromState: facts.state, state: to, reply: null, settlement: null, note };
}

/** 签发 waits for every open consultation with another agency [seed §3-2(1)]. */
export const blocksSigning = (use: ConsultationUse, state: ConsultationState): boolean =>
  CONSULTATION_POLICIES[use].blocks === 'SIGNING' && isConsultationOpen(use, state);

/**
 * Publication waits for agreement [seed §3-2(3), §4-8]: an agency consultation agreed or settled for
 * disclosure, a co-department's consent given. A withdrawn consultation holds nothing back by itself.
 */
export function blocksPublication(
  use: ConsultationUse,
  state: ConsultationState,
  settlementDecision: SettlementDecision | null = null,
): boolean {
  if (state === 'WITHDRAWN' || CONSULTATION_POLICIES[use].subjectKind !== 'DOCUMENT') return false;
  if (state === 'AGREED') return false;
  return !(state === 'SETTLED' && settlementDecision === 'DISCLOSE');
}

/** What `actor` may do to the consultation now, in a fixed order. */
export function availableConsultationActions(
  facts: ConsultationFacts,
  actor: ConsultationActor,
): ConsultationAction[] {
  return offeredBy(facts).filter(
    (action) => mayAct(facts, actor, action) && blockerOf(facts, action) === null,
  );
}

/** Whether `actor` may send a consultation of `use` for a subject of `departmentId`. */
export function maySendConsultation(departmentId: string, actor: ConsultationActor): boolean {
  const scope = departmentScopeOf(actor.grants, CONSULTATION_MANAGE_PERMISSION);
  return scope === 'ALL' || scope.includes(departmentId);
}

export const CONSULTATION_TEXT_MAX = 4000;
export const CONSULTATION_REFERENCE_MAX = 100;

/** The consultation letter [seed §3-2(2)]: the information's basic facts, the bureau's opinion and its basis. */
export const consultationLetterSchema = z.object({
  basicFacts: requiredTextSchema('拟公开政府信息基本情况', CONSULTATION_TEXT_MAX),
  opinion: requiredTextSchema('本机关的意见', CONSULTATION_TEXT_MAX),
  basis: requiredTextSchema('意见的依据', CONSULTATION_TEXT_MAX),
});
export type ConsultationLetter = z.infer<typeof consultationLetterSchema>;

const replySchema = z.object({
  agrees: z.boolean({ error: '请选择是否同意' }),
  reply: requiredTextSchema('答复内容', CONSULTATION_TEXT_MAX),
  repliedOn: calendarDateSchema('答复日期'),
});
const consentSchema = z.object({
  opinion: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : value),
    z.string().max(CONSULTATION_TEXT_MAX, `意见最多 ${CONSULTATION_TEXT_MAX} 个字符`).nullish(),
  ),
});
const settleSchema = z.object({
  body: z.enum(SETTLING_BODIES, { error: '请选择决定机关' }),
  decision: z.enum(SETTLEMENT_DECISIONS, { error: '请选择决定结果' }),
  reference: requiredTextSchema('决定文号或凭证', CONSULTATION_REFERENCE_MAX),
  summary: requiredTextSchema('决定内容', CONSULTATION_TEXT_MAX),
});
const reasonSchema = (field: 'reason' | 'note', label: string) =>
  z.object({ [field]: requiredTextSchema(label, CONSULTATION_TEXT_MAX) });

/** Input checked by zod with zh-CN messages; field errors as BAD_USER_INPUT with the use case's reason. */
export function parseConsultationInput<T>(schema: z.ZodType<T>, input: unknown, reason: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  throw badInput(reason, Object.values(fields)[0]?.[0] ?? '输入有误', fields);
}

/**
 * Applies one action. Refuses, in order: an action the state does not offer for the use
 * (INVALID_TRANSITION with the caller's allowed actions), a caller not entitled (FORBIDDEN), an action not
 * possible yet (INVALID_TRANSITION: the reply period has not ended), bad input (BAD_USER_INPUT).
 */
export function transitionConsultation(
  facts: ConsultationFacts,
  actor: ConsultationActor,
  command: ConsultationCommand,
): ConsultationTransition {
  const { action } = command;
  const allowedActions = (): string[] => availableConsultationActions(facts, actor);
  let to = TRANSITIONS[facts.use][facts.state]?.[action];
  if (to === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'CONSULTATION.ACTION_NOT_ALLOWED',
      `${CONSULTATION_USE_LABELS[facts.use]}状态为“${CONSULTATION_STATE_LABELS[facts.state]}”，不能“${CONSULTATION_ACTION_LABELS[action] ?? action}”`,
      { allowedActions: allowedActions() },
    );
  }
  if (!mayAct(facts, actor, action)) {
    throw new DomainError(
      'FORBIDDEN',
      'CONSULTATION.NOT_ENTITLED',
      action === 'CONSENT' || action === 'REFUSE'
        ? '只有会办处室的负责人可以答复是否同意公开'
        : `您无权对此征求意见执行“${CONSULTATION_ACTION_LABELS[action]}”`,
    );
  }
  const blocker = blockerOf(facts, action);
  if (blocker) {
    throw new DomainError('INVALID_TRANSITION', blocker.reason, blocker.message, {
      allowedActions: allowedActions(),
    });
  }

  const result: ConsultationTransition = {
    action,
    fromState: facts.state,
    state: to,
    reply: null,
    settlement: null,
    note: null,
  };
  switch (command.action) {
    case 'RECORD_REPLY': {
      const input = parseConsultationInput(replySchema, command, 'CONSULTATION.INVALID_REPLY');
      to = input.agrees ? 'AGREED' : 'DISAGREED';
      result.state = to;
      result.reply = { agrees: input.agrees, text: input.reply, repliedOn: input.repliedOn };
      break;
    }
    case 'CONSENT': {
      const input = parseConsultationInput(consentSchema, command, 'CONSULTATION.INVALID_REPLY');
      result.reply = { agrees: true, text: input.opinion ?? null, repliedOn: null };
      break;
    }
    case 'REFUSE': {
      const input = parseConsultationInput(
        reasonSchema('reason', '不同意的理由'),
        command,
        'CONSULTATION.REASON_REQUIRED',
      );
      result.reply = { agrees: false, text: input.reason as string, repliedOn: null };
      break;
    }
    case 'REMIND': {
      const input = parseConsultationInput(
        reasonSchema('note', '催告内容'),
        command,
        'CONSULTATION.NOTE_REQUIRED',
      );
      result.note = input.note as string;
      break;
    }
    case 'ESCALATE':
    case 'WITHDRAW': {
      const label = command.action === 'ESCALATE' ? '报请上级的事由' : '撤回理由';
      const input = parseConsultationInput(
        reasonSchema('reason', label),
        command,
        'CONSULTATION.REASON_REQUIRED',
      );
      result.note = input.reason as string;
      break;
    }
    case 'SETTLE':
      result.settlement = parseConsultationInput(settleSchema, command, 'CONSULTATION.INVALID_SETTLEMENT');
      break;
    case 'LAPSE':
      break;
  }
  return result;
}
