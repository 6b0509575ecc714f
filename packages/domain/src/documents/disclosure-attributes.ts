import { badInput } from '../shared/domain-error.js';
import type { DocumentPurpose, DocumentType } from './document-types.js';

/**
 * The disclosure attribute (公开属性) of a document, set while it is drafted [seed §5-3] by the one who
 * makes it — "谁制作、谁提出、谁审查、谁办理" [seed §5-2] — and carrying its reason.
 *
 * The system proposes; a person confirms (SPEC M2):
 * - `proposeAttribute(type, purpose)` applies the seed's lists [seed §5-3(1)]: vital interests, public
 *   awareness or participation, the bureau's organisation, functions and procedures → 主动公开;
 *   internal management, internal materials, personal privacy → 依申请公开; 请示 and 报告 to superiors,
 *   consultation letters and replies, state and work secrets → 不予公开. A type can decide by itself:
 *   请示 and 报告 always go to a superior, 公告 and 通告 exist to tell the public (《党政机关公文处理工作
 *   条例》 art. 8). When type and purpose point different ways the more restrictive attribute is
 *   proposed — what is published cannot be taken back, what is withheld can be re-determined later — and a
 *   person who disagrees says why.
 * - `inheritedAttribute(source)`: a forwarded document (转发) takes the attribute of the one it
 *   forwards; when that one has none, the attribute is determined anew [seed §5-3(2)].
 * - `confirmAttribute(proposal, chosen, reason)`: the person's choice. A choice other than the proposal
 *   needs a reason, and so does any choice when no rule applied (the attribute always carries its basis).
 * A 主动公开 document never carries 依申请公开 or 不予公开 content [seed §5-3(3)]: the review's partial
 * disclosure publishes a redacted version and re-attributes the original (review/review.workflow.ts).
 */
export const DISCLOSURE_ATTRIBUTES = ['PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED'] as const;
export type DisclosureAttribute = (typeof DISCLOSURE_ATTRIBUTES)[number];

export const DISCLOSURE_ATTRIBUTE_LABELS: Record<DisclosureAttribute, string> = {
  PROACTIVE: '主动公开',
  ON_APPLICATION: '依申请公开',
  NOT_DISCLOSED: '不予公开',
};

export const isDisclosureAttribute = (value: unknown): value is DisclosureAttribute =>
  typeof value === 'string' && (DISCLOSURE_ATTRIBUTES as readonly string[]).includes(value);

/** How far an attribute keeps information back: 主动公开 < 依申请公开 < 不予公开. */
export const attributeRestrictiveness = (attribute: DisclosureAttribute): number =>
  DISCLOSURE_ATTRIBUTES.indexOf(attribute);

const SOURCE_RULES = '《政府信息源头管理制度》';
const DOCUMENT_RULES = '《党政机关公文处理工作条例》第八条';

export interface AttributeRuleDefinition {
  label: string;
  /** The attribute the rule proposes; null for forwarding, which proposes the source's. */
  attribute: DisclosureAttribute | null;
  basis: string;
}

export const ATTRIBUTE_RULES_DEFINITION = {
  VITAL_INTERESTS: {
    label: '涉及公民、法人或其他组织切身利益的公文，应主动公开',
    attribute: 'PROACTIVE',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  PUBLIC_AWARENESS: {
    label: '需要社会公众广泛知晓或参与的公文，应主动公开',
    attribute: 'PROACTIVE',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  ORGANISATION_AND_PROCEDURES: {
    label: '反映本机关机构设置、职能、办事程序等情况的公文，应主动公开',
    attribute: 'PROACTIVE',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  PUBLIC_DOCUMENT_TYPE: {
    label: '公告、通告用于向社会公布事项，需要社会公众广泛知晓，应主动公开',
    attribute: 'PROACTIVE',
    basis: `${SOURCE_RULES}第三条第（一）项；${DOCUMENT_RULES}`,
  },
  INTERNAL_MANAGEMENT: {
    label: '属机关内部管理事务的公文，应依申请公开',
    attribute: 'ON_APPLICATION',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  INTERNAL_MATERIAL: {
    label: '内部资料，应依申请公开',
    attribute: 'ON_APPLICATION',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  PERSONAL_PRIVACY: {
    label: '涉及个人隐私的公文，应依申请公开',
    attribute: 'ON_APPLICATION',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  REPORT_TO_SUPERIOR: {
    label: '报上级机关的请示和报告，应不予公开',
    attribute: 'NOT_DISCLOSED',
    basis: `${SOURCE_RULES}第三条第（一）项；${DOCUMENT_RULES}`,
  },
  INTERDEPARTMENTAL_CONSULTATION: {
    label: '向有关部门征求意见和答复有关部门意见的公文，应不予公开',
    attribute: 'NOT_DISCLOSED',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  STATE_SECRET: {
    label: '涉及国家秘密的公文，应不予公开',
    attribute: 'NOT_DISCLOSED',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  WORK_SECRET: {
    label: '涉及工作秘密的公文，应不予公开',
    attribute: 'NOT_DISCLOSED',
    basis: `${SOURCE_RULES}第三条第（一）项`,
  },
  FORWARDED: {
    label: '转发类公文，依所转发公文的公开属性确定',
    attribute: null,
    basis: `${SOURCE_RULES}第三条第（二）项`,
  },
} as const satisfies Record<string, AttributeRuleDefinition>;

export type AttributeRule = keyof typeof ATTRIBUTE_RULES_DEFINITION;
export const ATTRIBUTE_RULES = Object.keys(ATTRIBUTE_RULES_DEFINITION) as AttributeRule[];
export const ATTRIBUTE_RULE_LABELS = Object.fromEntries(
  ATTRIBUTE_RULES.map((rule) => [rule, ATTRIBUTE_RULES_DEFINITION[rule].label]),
) as Record<AttributeRule, string>;

/** The rule each purpose triggers; OTHER triggers none. */
export const PURPOSE_ATTRIBUTE_RULES: Record<DocumentPurpose, AttributeRule | null> = {
  VITAL_INTERESTS: 'VITAL_INTERESTS',
  PUBLIC_AWARENESS: 'PUBLIC_AWARENESS',
  ORGANISATION_AND_PROCEDURES: 'ORGANISATION_AND_PROCEDURES',
  INTERNAL_MANAGEMENT: 'INTERNAL_MANAGEMENT',
  INTERNAL_MATERIAL: 'INTERNAL_MATERIAL',
  PERSONAL_PRIVACY: 'PERSONAL_PRIVACY',
  REPORT_TO_SUPERIOR: 'REPORT_TO_SUPERIOR',
  INTERDEPARTMENTAL_CONSULTATION: 'INTERDEPARTMENTAL_CONSULTATION',
  STATE_SECRET: 'STATE_SECRET',
  WORK_SECRET: 'WORK_SECRET',
  OTHER: null,
};

/** The types whose nature decides by itself; the others depend on their purpose. */
export const TYPE_ATTRIBUTE_RULES: Partial<Record<DocumentType, AttributeRule>> = {
  ANNOUNCEMENT: 'PUBLIC_DOCUMENT_TYPE',
  PUBLIC_NOTICE: 'PUBLIC_DOCUMENT_TYPE',
  REPORT: 'REPORT_TO_SUPERIOR',
  REQUEST: 'REPORT_TO_SUPERIOR',
};

export interface AttributeProposal {
  /** The proposed attribute, or null when no rule applies and a person must decide with a reason. */
  attribute: DisclosureAttribute | null;
  /** The rule that decided the proposal. */
  rule: AttributeRule | null;
  /** A forwarded document whose source had no attribute: proposed anew from its own type and purpose. */
  isForwardedSourceUnset: boolean;
}

const ruleAttribute = (rule: AttributeRule): DisclosureAttribute =>
  ATTRIBUTE_RULES_DEFINITION[rule].attribute as DisclosureAttribute;

/**
 * The attribute the seed's rules propose for a document of this type and purpose [seed §5-3(1)]:
 * the more restrictive of the type's rule and the purpose's rule; on a tie, the purpose's.
 */
export function proposeAttribute(type: DocumentType, purpose: DocumentPurpose): AttributeProposal {
  const candidates = [PURPOSE_ATTRIBUTE_RULES[purpose], TYPE_ATTRIBUTE_RULES[type] ?? null].filter(
    (rule): rule is AttributeRule => rule !== null,
  );
  if (candidates.length === 0) return { attribute: null, rule: null, isForwardedSourceUnset: false };
  const rule = candidates.reduce((chosen, candidate) =>
    attributeRestrictiveness(ruleAttribute(candidate)) > attributeRestrictiveness(ruleAttribute(chosen))
      ? candidate
      : chosen,
  );
  return { attribute: ruleAttribute(rule), rule, isForwardedSourceUnset: false };
}

/**
 * A forwarded document's attribute [seed §5-3(2)]: the forwarded one's, or null when that one has
 * none — then the attribute is determined anew (`proposeDocumentAttribute`).
 */
export function inheritedAttribute(source: {
  attribute: DisclosureAttribute | null;
}): AttributeProposal | null {
  if (source.attribute === null) return null;
  return { attribute: source.attribute, rule: 'FORWARDED', isForwardedSourceUnset: false };
}

/** The proposal for a document, forwarded or not: inheritance first, then the type and purpose rules. */
export function proposeDocumentAttribute(document: {
  type: DocumentType;
  purpose: DocumentPurpose;
  /** The document it forwards (转发), or null. */
  forwardedSource: { attribute: DisclosureAttribute | null } | null;
}): AttributeProposal {
  if (document.forwardedSource === null) return proposeAttribute(document.type, document.purpose);
  return (
    inheritedAttribute(document.forwardedSource) ?? {
      ...proposeAttribute(document.type, document.purpose),
      isForwardedSourceUnset: true,
    }
  );
}

export const ATTRIBUTE_REASON_MAX = 500;

/** The attribute a person set, beside what the system proposed (kept for the ledger and for review). */
export interface AttributeDecision {
  attribute: DisclosureAttribute;
  proposedAttribute: DisclosureAttribute | null;
  rule: AttributeRule | null;
  /** The person chose otherwise than the proposal. */
  isDeviation: boolean;
  /** Why: required for a deviation and when no rule applied; trimmed, null when not given. */
  reason: string | null;
}

/**
 * The person's confirmation of a proposal. Refuses (BAD_USER_INPUT, zh-CN field errors) an unknown
 * attribute, a deviation without a reason, and — when no rule applied — a choice without its basis.
 */
export function confirmAttribute(
  proposal: AttributeProposal,
  chosen: DisclosureAttribute,
  reason: string | null | undefined,
): AttributeDecision {
  if (!isDisclosureAttribute(chosen)) {
    throw badInput('DOCUMENT.INVALID_ATTRIBUTE', '公开属性无效', {
      attribute: ['请选择主动公开、依申请公开或不予公开'],
    });
  }
  const trimmed = typeof reason === 'string' ? reason.trim() || null : null;
  if (trimmed !== null && trimmed.length > ATTRIBUTE_REASON_MAX) {
    throw badInput('DOCUMENT.ATTRIBUTE_REASON_TOO_LONG', `理由最多 ${ATTRIBUTE_REASON_MAX} 个字符`, {
      reason: [`最多 ${ATTRIBUTE_REASON_MAX} 个字符`],
    });
  }
  const isDeviation = proposal.attribute !== null && chosen !== proposal.attribute;
  if (isDeviation && trimmed === null) {
    const proposed = DISCLOSURE_ATTRIBUTE_LABELS[proposal.attribute as DisclosureAttribute];
    throw badInput(
      'DOCUMENT.ATTRIBUTE_DEVIATION_REASON_REQUIRED',
      `系统建议“${proposed}”，选择“${DISCLOSURE_ATTRIBUTE_LABELS[chosen]}”须说明理由`,
      { reason: ['与建议的公开属性不同，请说明理由'] },
    );
  }
  if (proposal.attribute === null && trimmed === null) {
    throw badInput('DOCUMENT.ATTRIBUTE_BASIS_REQUIRED', '没有适用的公开属性规则，请说明确定公开属性的依据', {
      reason: ['请说明确定公开属性的依据'],
    });
  }
  return {
    attribute: chosen,
    proposedAttribute: proposal.attribute,
    rule: proposal.rule,
    isDeviation,
    reason: trimmed,
  };
}
