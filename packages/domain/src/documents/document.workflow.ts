import { departmentScopeOf, type Grant } from '../identity/actor.js';
import type { RolePermission } from '../identity/permissions.js';
import type { Review } from '../review/review.workflow.js';
import { originalAttributeFor } from '../review/withholding-reasons.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import {
  ATTRIBUTE_REASON_MAX,
  DISCLOSURE_ATTRIBUTE_LABELS,
  confirmAttribute,
  isDisclosureAttribute,
  type AttributeDecision,
  type AttributeProposal,
  type DisclosureAttribute,
} from './disclosure-attributes.js';

/**
 * A document's life from draft to publication (SPEC M2, [seed §5]):
 * - DRAFT: the drafter writes it and sets its disclosure attribute while drafting [seed §5-3]; it
 *   may be discarded (records are never deleted).
 * - SIGN (签发) by the owning department's head or a bureau leader makes it formed (成文) and starts
 *   the 20-working-day publication clock of proactive information (条例 art. 26). It needs the
 *   attribute set — the clock depends on it — and is refused while a consultation with another agency
 *   is open [seed §3-2(1)].
 * - A formed 主动公开 document is submitted to the confidentiality review [seed §4-3]; the review's end
 *   decides where the document stands (`documentAfterReview`). 依申请公开 and 不予公开 documents stay
 *   formed: each application for them is reviewed as an application reply.
 * - After signing, the attribute changes only by a recorded re-determination with its reason — the
 *   periodic re-assessment of withheld information (条例 art. 18) or information many apply for
 *   becoming proactive (art. 44) — by the department's head or the leadership group's office; or by a
 *   review outcome.
 * - A published document is corrected (更正) by a new content version: REVISE opens it as REVISING while
 *   the published version stays public; the corrected version passes the review again and its publication
 *   becomes the catalog entry's next version (M5). A redacted publication is corrected the same way: its
 *   original is revised, reviewed and redacted anew.
 * Publication and withdrawal of the published item belong to the catalog (M5).
 */
export const DOCUMENT_STATES = [
  'DRAFT',
  'SIGNED',
  'IN_REVIEW',
  'PUBLISHED',
  'PUBLISHED_REDACTED',
  'WITHHELD',
  'REVISING',
  'DISCARDED',
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  DRAFT: '拟稿',
  SIGNED: '已签发',
  IN_REVIEW: '保密审查中',
  PUBLISHED: '已主动公开',
  PUBLISHED_REDACTED: '已区分处理后公开',
  WITHHELD: '经审查不予公开',
  REVISING: '更正中（已公开版本仍有效）',
  DISCARDED: '已作废',
};

export const DOCUMENT_ACTIONS = [
  'EDIT',
  'SET_ATTRIBUTE',
  'DISCARD',
  'SIGN',
  'SUBMIT_FOR_REVIEW',
  'REDETERMINE_ATTRIBUTE',
  'CONFIRM_ATTRIBUTE',
  'RECORD_DECLASSIFICATION',
  'REVISE',
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export const DOCUMENT_ACTION_LABELS: Record<DocumentAction, string> = {
  EDIT: '编辑',
  SET_ATTRIBUTE: '确定公开属性',
  DISCARD: '作废',
  SIGN: '签发',
  SUBMIT_FOR_REVIEW: '提交保密审查',
  REDETERMINE_ATTRIBUTE: '重新确定公开属性',
  CONFIRM_ATTRIBUTE: '定期评估：维持公开属性',
  RECORD_DECLASSIFICATION: '登记解密手续',
  REVISE: '更正已公开信息',
};

/** The permission each action needs, held for the document's owning department (or bureau-wide). */
export const DOCUMENT_ACTION_PERMISSIONS: Record<DocumentAction, RolePermission> = {
  EDIT: 'DOCUMENT_DRAFT',
  SET_ATTRIBUTE: 'DOCUMENT_DRAFT',
  DISCARD: 'DOCUMENT_DRAFT',
  SIGN: 'DOCUMENT_SIGN',
  SUBMIT_FOR_REVIEW: 'DOCUMENT_DRAFT',
  REDETERMINE_ATTRIBUTE: 'DOCUMENT_ATTRIBUTE_REDETERMINE',
  CONFIRM_ATTRIBUTE: 'DOCUMENT_ATTRIBUTE_REDETERMINE',
  RECORD_DECLASSIFICATION: 'DOCUMENT_ATTRIBUTE_REDETERMINE',
  REVISE: 'DOCUMENT_DRAFT',
};

/** What each state offers; the next state of each action (a document-only step keeps its state). */
const DOCUMENT_TRANSITIONS: Record<DocumentState, Partial<Record<DocumentAction, DocumentState>>> = {
  DRAFT: { EDIT: 'DRAFT', SET_ATTRIBUTE: 'DRAFT', DISCARD: 'DISCARDED', SIGN: 'SIGNED' },
  SIGNED: {
    SUBMIT_FOR_REVIEW: 'IN_REVIEW',
    REDETERMINE_ATTRIBUTE: 'SIGNED',
    CONFIRM_ATTRIBUTE: 'SIGNED',
    RECORD_DECLASSIFICATION: 'SIGNED',
  },
  IN_REVIEW: { RECORD_DECLASSIFICATION: 'IN_REVIEW' },
  PUBLISHED: { REVISE: 'REVISING' },
  PUBLISHED_REDACTED: { REVISE: 'REVISING', CONFIRM_ATTRIBUTE: 'PUBLISHED_REDACTED' },
  WITHHELD: {
    REDETERMINE_ATTRIBUTE: 'SIGNED',
    CONFIRM_ATTRIBUTE: 'WITHHELD',
    RECORD_DECLASSIFICATION: 'WITHHELD',
  },
  REVISING: { EDIT: 'REVISING', SUBMIT_FOR_REVIEW: 'IN_REVIEW' },
  DISCARDED: {},
};

/** What the rules need to know of a document. */
export interface DocumentFacts {
  state: DocumentState;
  /** The issuing (owning) department. */
  departmentId: string;
  attribute: DisclosureAttribute | null;
  /** A consultation with another agency is waiting for its answer [seed §3-2]. */
  hasOpenConsultation: boolean;
  /**
   * Review confirmed state-secret content and no declassification (解密手续) is recorded yet: before such
   * information is published its declassification must be on file [seed §4-9].
   */
  needsDeclassification?: boolean;
}

export interface DocumentActor {
  userId: string;
  grants: readonly Grant[];
}

export type DocumentCommand =
  | { action: 'EDIT' }
  | {
      action: 'SET_ATTRIBUTE';
      proposal: AttributeProposal;
      attribute: DisclosureAttribute;
      reason: string | null;
    }
  | { action: 'DISCARD' }
  | { action: 'SIGN' }
  | { action: 'SUBMIT_FOR_REVIEW' }
  | { action: 'REDETERMINE_ATTRIBUTE'; attribute: DisclosureAttribute; reason: string }
  | { action: 'CONFIRM_ATTRIBUTE'; reason: string }
  | { action: 'RECORD_DECLASSIFICATION'; reference: string }
  | { action: 'REVISE' };

export interface DocumentTransition {
  action: DocumentAction;
  fromState: DocumentState;
  state: DocumentState;
  attribute: DisclosureAttribute | null;
  /** SET_ATTRIBUTE: the person's confirmation beside the proposal. */
  attributeDecision: AttributeDecision | null;
  /** REDETERMINE_ATTRIBUTE: the recorded re-determination. */
  redetermination: { from: DisclosureAttribute | null; to: DisclosureAttribute; reason: string } | null;
  /** RECORD_DECLASSIFICATION: the declassification's document (文号) [seed §4-9]. */
  declassificationReference?: string | null;
  /** CONFIRM_ATTRIBUTE: the periodic re-assessment (条例 art. 18) found the attribute still right. */
  reassessment?: { attribute: DisclosureAttribute; reason: string } | null;
}

const mayAct = (document: DocumentFacts, actor: DocumentActor, action: DocumentAction): boolean => {
  const scope = departmentScopeOf(actor.grants, DOCUMENT_ACTION_PERMISSIONS[action]);
  return scope === 'ALL' || scope.includes(document.departmentId);
};

/** Why an action the state offers cannot be taken yet (null: it can). */
function blockerOf(
  document: DocumentFacts,
  action: DocumentAction,
): { reason: string; message: string } | null {
  if (action === 'SIGN' && document.attribute === null) {
    return { reason: 'DOCUMENT.ATTRIBUTE_REQUIRED', message: '公文须先确定公开属性才能签发' };
  }
  if (action === 'SIGN' && document.hasOpenConsultation) {
    return { reason: 'DOCUMENT.CONSULTATION_OPEN', message: '征求其他机关意见尚未办结，不能签发' };
  }
  if (action === 'RECORD_DECLASSIFICATION' && !document.needsDeclassification) {
    return {
      reason: 'DOCUMENT.NO_DECLASSIFICATION_NEEDED',
      message: '该信息未经审查确定为国家秘密，或已登记解密手续',
    };
  }
  if (action === 'CONFIRM_ATTRIBUTE' && (document.attribute === null || document.attribute === 'PROACTIVE')) {
    return {
      reason: 'DOCUMENT.NOTHING_TO_REASSESS',
      message: '只有依申请公开或不予公开的信息需要定期评估',
    };
  }
  if (action === 'SUBMIT_FOR_REVIEW' && document.attribute !== 'PROACTIVE') {
    return {
      reason: 'DOCUMENT.NOT_PROACTIVE',
      message: '只有主动公开的公文提交公开前保密审查；依申请公开的公文在答复申请时审查',
    };
  }
  return null;
}

const offeredBy = (document: DocumentFacts): DocumentAction[] =>
  DOCUMENT_ACTIONS.filter((action) => DOCUMENT_TRANSITIONS[document.state][action] !== undefined);

/** What `actor` may do to the document now, in a fixed order. */
export function availableDocumentActions(document: DocumentFacts, actor: DocumentActor): DocumentAction[] {
  return offeredBy(document).filter(
    (action) => mayAct(document, actor, action) && blockerOf(document, action) === null,
  );
}

/**
 * Applies one action. Refuses, in order: an action the state does not offer (INVALID_TRANSITION with
 * the caller's allowed actions), a caller without the permission for the owning department
 * (FORBIDDEN), an action not possible yet (INVALID_TRANSITION: attribute missing, consultation open,
 * not 主动公开), bad input (BAD_USER_INPUT).
 */
export function transitionDocument(
  document: DocumentFacts,
  actor: DocumentActor,
  command: DocumentCommand,
): DocumentTransition {
  const { action } = command;
  const allowedActions = (): string[] => availableDocumentActions(document, actor);
  const to = DOCUMENT_TRANSITIONS[document.state]?.[action];
  if (to === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'DOCUMENT.ACTION_NOT_ALLOWED',
      `公文状态为“${DOCUMENT_STATE_LABELS[document.state]}”，不能“${DOCUMENT_ACTION_LABELS[action] ?? action}”`,
      { allowedActions: allowedActions() },
    );
  }
  if (!mayAct(document, actor, action)) {
    throw new DomainError(
      'FORBIDDEN',
      'DOCUMENT.NOT_ENTITLED',
      `您无权对此公文执行“${DOCUMENT_ACTION_LABELS[action]}”`,
    );
  }
  const blocker = blockerOf(document, action);
  if (blocker) {
    throw new DomainError('INVALID_TRANSITION', blocker.reason, blocker.message, {
      allowedActions: allowedActions(),
    });
  }

  const result: DocumentTransition = {
    action,
    fromState: document.state,
    state: to,
    attribute: document.attribute,
    attributeDecision: null,
    redetermination: null,
  };
  if (command.action === 'SET_ATTRIBUTE') {
    result.attributeDecision = confirmAttribute(command.proposal, command.attribute, command.reason);
    result.attribute = result.attributeDecision.attribute;
  }
  if (command.action === 'RECORD_DECLASSIFICATION') {
    result.declassificationReference = validReason(command.reference, '解密手续的文号或依据', 'reference');
  }
  if (command.action === 'CONFIRM_ATTRIBUTE') {
    result.reassessment = {
      attribute: document.attribute as DisclosureAttribute,
      reason: validReason(command.reason, '维持的理由'),
    };
  }
  if (command.action === 'REVISE') {
    // The corrected version is submitted as 主动公开 again; the review decides anew what of it is withheld.
    result.attribute = 'PROACTIVE';
  }
  if (command.action === 'REDETERMINE_ATTRIBUTE') {
    result.redetermination = validRedetermination(document, command.attribute, command.reason);
    result.attribute = command.attribute;
  }
  return result;
}

function validRedetermination(
  document: DocumentFacts,
  attribute: DisclosureAttribute,
  reason: string,
): NonNullable<DocumentTransition['redetermination']> {
  if (!isDisclosureAttribute(attribute)) {
    throw badInput('DOCUMENT.INVALID_ATTRIBUTE', '公开属性无效', {
      attribute: ['请选择主动公开、依申请公开或不予公开'],
    });
  }
  if (attribute === document.attribute) {
    throw badInput(
      'DOCUMENT.ATTRIBUTE_UNCHANGED',
      `公开属性已是“${DISCLOSURE_ATTRIBUTE_LABELS[attribute]}”`,
      {
        attribute: ['请选择与现有不同的公开属性'],
      },
    );
  }
  return { from: document.attribute, to: attribute, reason: validReason(reason, '重新确定的理由') };
}

/** A required reason (re-determination, re-assessment), trimmed and bounded. */
function validReason(reason: unknown, label: string, field = 'reason'): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (!trimmed) {
    throw badInput('DOCUMENT.REDETERMINATION_REASON_REQUIRED', `请说明${label}`, {
      [field]: [`请说明${label}`],
    });
  }
  if (trimmed.length > ATTRIBUTE_REASON_MAX) {
    throw badInput('DOCUMENT.ATTRIBUTE_REASON_TOO_LONG', `最多 ${ATTRIBUTE_REASON_MAX} 个字符`, {
      [field]: [`最多 ${ATTRIBUTE_REASON_MAX} 个字符`],
    });
  }
  return trimmed;
}

/**
 * Where a document under review stands once its review moves (the document module calls this after
 * each review transition). Partial disclosure publishes the redacted version as the 主动公开 item and
 * re-attributes the original 依申请公开 or 不予公开 — never both in one published item [seed §5-3(3)];
 * a withholding re-attributes the original by its reasons; a cancelled review leaves it formed.
 */
export function documentAfterReview(
  review: Pick<Review, 'subject' | 'state' | 'outcome'>,
  attribute: DisclosureAttribute,
  /** The review is of a correction: the earlier version is published and stays so when it is withdrawn. */
  isRevision = false,
): { state: DocumentState; attribute: DisclosureAttribute } {
  if (review.subject.kind !== 'DOCUMENT') throw new Error('documentAfterReview needs a DOCUMENT review');
  switch (review.state) {
    case 'PUBLISHED':
      return review.outcome?.outcome === 'PARTIAL'
        ? { state: 'PUBLISHED_REDACTED', attribute: originalAttributeFor(review.outcome.reasons) }
        : { state: 'PUBLISHED', attribute: 'PROACTIVE' };
    case 'WITHHELD':
      // A correction found not disclosable: the earlier publication must be withdrawn by the catalog's
      // withdrawal step; the document itself is withheld from now on.
      return { state: 'WITHHELD', attribute: originalAttributeFor(review.outcome?.reasons ?? []) };
    case 'CANCELLED':
      return { state: isRevision ? 'REVISING' : 'SIGNED', attribute };
    case 'SUPPLIED':
      throw new Error('a DOCUMENT review is published, never supplied');
    default:
      return { state: 'IN_REVIEW', attribute };
  }
}
