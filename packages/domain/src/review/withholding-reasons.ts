import type { DisclosureAttribute } from '../documents/disclosure-attributes.js';

/**
 * Why information is not disclosed, in full or in part (SPEC M3, M6):
 * - the reason codes a confidentiality review records when it withholds or redacts, one per ground
 *   of 《政府信息公开条例》 art. 14 (must not: state secret, laws forbid, 三安全一稳定), art. 15 (third
 *   parties: commercial secret, personal privacy — unless the rights-holder consents or withholding
 *   would seriously harm the public interest, [seed §4-6]), art. 16 (may withhold: internal affairs,
 *   process information, administrative enforcement case files) and art. 36(7) (registration records
 *   with their own access rules, for replies to applications only);
 * - the annual report's 不予公开 sub-reasons (三（三）1–8, 国办公开办函〔2021〕30号), which every
 *   reason code maps to, so the report counts what reviews decided without re-typing it.
 * The seed's grounds [seed §4-6] are art. 14 and 15's; 工作秘密 is a drafting purpose that proposes
 * 不予公开 (documents/disclosure-attributes.ts), not a ground the 条例 knows, so it is no reason code.
 */

/** The annual report's sub-reasons of 三（三）不予公开, in the report's order. */
export const ANNUAL_REPORT_WITHHOLDING_REASONS = [
  'STATE_SECRET',
  'LAW_FORBIDS',
  'SECURITY_STABILITY',
  'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION',
  'ENFORCEMENT_CASE_FILE',
  'ADMINISTRATIVE_QUERY',
] as const;
export type AnnualReportWithholdingReason = (typeof ANNUAL_REPORT_WITHHOLDING_REASONS)[number];

/** The report's own wording. */
export const ANNUAL_REPORT_WITHHOLDING_REASON_LABELS: Record<AnnualReportWithholdingReason, string> = {
  STATE_SECRET: '属于国家秘密',
  LAW_FORBIDS: '其他法律行政法规禁止公开',
  SECURITY_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY_RIGHTS: '保护第三方合法权益',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFORMATION: '属于四类过程性信息',
  ENFORCEMENT_CASE_FILE: '属于行政执法案卷',
  ADMINISTRATIVE_QUERY: '属于行政查询事项',
};

/** The row of the report's table: 三（三）1 … 三（三）8. */
export const annualReportRowOf = (reason: AnnualReportWithholdingReason): string =>
  `三（三）${ANNUAL_REPORT_WITHHOLDING_REASONS.indexOf(reason) + 1}`;

export interface WithholdingReasonDefinition {
  label: string;
  /** The clause of 《政府信息公开条例》 it rests on. */
  article: string;
  annualReportReason: AnnualReportWithholdingReason;
  /**
   * Art. 15: the information may still be disclosed with the rights-holder's consent or when the
   * leadership group finds that withholding would seriously harm the public interest [seed §4-6].
   */
  isOverridable: boolean;
  /** A ground for replies to applications only (art. 36(7)): it says nothing about proactive items. */
  isApplicationOnly: boolean;
  /**
   * The attribute the original takes once review withholds it on this ground, following the seed's
   * lists [seed §5-3(1)]: secrets, what may not be disclosed and process information (请示、报告、征求
   * 意见) → 不予公开; internal affairs, privacy and the other third-party and case-file grounds →
   * 依申请公开 (each application is reviewed again).
   */
  originalAttribute: Extract<DisclosureAttribute, 'ON_APPLICATION' | 'NOT_DISCLOSED'>;
}

export const WITHHOLDING_REASONS_DEFINITION = {
  STATE_SECRET: {
    label: '属于国家秘密',
    article: '《政府信息公开条例》第十四条',
    annualReportReason: 'STATE_SECRET',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'NOT_DISCLOSED',
  },
  LAW_FORBIDS: {
    label: '法律、行政法规禁止公开',
    article: '《政府信息公开条例》第十四条',
    annualReportReason: 'LAW_FORBIDS',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'NOT_DISCLOSED',
  },
  ENDANGERS_SECURITY_STABILITY: {
    label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    article: '《政府信息公开条例》第十四条',
    annualReportReason: 'SECURITY_STABILITY',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'NOT_DISCLOSED',
  },
  COMMERCIAL_SECRET: {
    label: '涉及商业秘密，公开会对第三方合法权益造成损害',
    article: '《政府信息公开条例》第十五条',
    annualReportReason: 'THIRD_PARTY_RIGHTS',
    isOverridable: true,
    isApplicationOnly: false,
    originalAttribute: 'ON_APPLICATION',
  },
  PERSONAL_PRIVACY: {
    label: '涉及个人隐私，公开会对第三方合法权益造成损害',
    article: '《政府信息公开条例》第十五条',
    annualReportReason: 'THIRD_PARTY_RIGHTS',
    isOverridable: true,
    isApplicationOnly: false,
    originalAttribute: 'ON_APPLICATION',
  },
  INTERNAL_AFFAIRS: {
    label: '属于人事管理、后勤管理、内部工作流程等内部事务信息',
    article: '《政府信息公开条例》第十六条第一款',
    annualReportReason: 'INTERNAL_AFFAIRS',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'ON_APPLICATION',
  },
  PROCESS_INFORMATION: {
    label: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    article: '《政府信息公开条例》第十六条第二款',
    annualReportReason: 'PROCESS_INFORMATION',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'NOT_DISCLOSED',
  },
  ENFORCEMENT_CASE_FILE: {
    label: '属于行政执法案卷信息',
    article: '《政府信息公开条例》第十六条第二款',
    annualReportReason: 'ENFORCEMENT_CASE_FILE',
    isOverridable: false,
    isApplicationOnly: false,
    originalAttribute: 'ON_APPLICATION',
  },
  ADMINISTRATIVE_QUERY: {
    label: '属于工商、不动产登记资料等有特别规定的行政查询事项',
    article: '《政府信息公开条例》第三十六条第（七）项',
    annualReportReason: 'ADMINISTRATIVE_QUERY',
    isOverridable: false,
    isApplicationOnly: true,
    originalAttribute: 'ON_APPLICATION',
  },
} as const satisfies Record<string, WithholdingReasonDefinition>;

export type WithholdingReason = keyof typeof WITHHOLDING_REASONS_DEFINITION;
export const WITHHOLDING_REASONS = Object.keys(WITHHOLDING_REASONS_DEFINITION) as WithholdingReason[];
export const WITHHOLDING_REASON_LABELS = Object.fromEntries(
  WITHHOLDING_REASONS.map((reason) => [reason, WITHHOLDING_REASONS_DEFINITION[reason].label]),
) as Record<WithholdingReason, string>;

export const withholdingReasonOf = (reason: WithholdingReason): WithholdingReasonDefinition =>
  WITHHOLDING_REASONS_DEFINITION[reason];

export const isWithholdingReason = (value: string): value is WithholdingReason =>
  Object.prototype.hasOwnProperty.call(WITHHOLDING_REASONS_DEFINITION, value);

/** The reason codes that art. 15's exceptions can lift (commercial secret, personal privacy). */
export const OVERRIDABLE_WITHHOLDING_REASONS = WITHHOLDING_REASONS.filter(
  (reason) => WITHHOLDING_REASONS_DEFINITION[reason].isOverridable,
);

/**
 * The one sub-reason under which the annual report counts an application withheld on several grounds:
 * the first in the report's order (a state secret outweighs privacy), since the report counts each
 * application once. A partial disclosure is counted as 三（二）部分公开 only, never here.
 */
export function annualReportReasonOf(reasons: readonly WithholdingReason[]): AnnualReportWithholdingReason {
  if (reasons.length === 0) throw new Error('annualReportReasonOf needs at least one reason');
  const rows = reasons.map((reason) =>
    ANNUAL_REPORT_WITHHOLDING_REASONS.indexOf(WITHHOLDING_REASONS_DEFINITION[reason].annualReportReason),
  );
  return ANNUAL_REPORT_WITHHOLDING_REASONS[Math.min(...rows)];
}

/**
 * The attribute the withheld original takes (SPEC M2: a 主动公开 item never carries 依申请公开 or
 * 不予公开 content; when review withholds or redacts, the original is re-attributed): the most
 * restrictive of its reasons' attributes.
 */
export function originalAttributeFor(
  reasons: readonly WithholdingReason[],
): Extract<DisclosureAttribute, 'ON_APPLICATION' | 'NOT_DISCLOSED'> {
  if (reasons.length === 0) throw new Error('originalAttributeFor needs at least one reason');
  return reasons.some(
    (reason) => WITHHOLDING_REASONS_DEFINITION[reason].originalAttribute === 'NOT_DISCLOSED',
  )
    ? 'NOT_DISCLOSED'
    : 'ON_APPLICATION';
}

/** Grounds on which art. 15 information may still be disclosed [seed §4-6]. */
export const DISCLOSURE_EXCEPTION_GROUNDS = ['RIGHTS_HOLDER_CONSENT', 'PUBLIC_INTEREST'] as const;
export type DisclosureExceptionGround = (typeof DISCLOSURE_EXCEPTION_GROUNDS)[number];
export const DISCLOSURE_EXCEPTION_GROUND_LABELS: Record<DisclosureExceptionGround, string> = {
  RIGHTS_HOLDER_CONSENT: '权利人同意公开',
  PUBLIC_INTEREST: '领导小组认定不公开可能对公共利益造成重大影响',
};

/**
 * 密级 of state-secret content (保守国家秘密法 art. 10). The content itself is not kept in this
 * non-classified system: only these metadata remain once review finds a state secret (SPEC M3).
 */
export const SECRECY_LEVELS = ['TOP_SECRET', 'SECRET', 'CONFIDENTIAL'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LEVEL_LABELS: Record<SecrecyLevel, string> = {
  TOP_SECRET: '绝密',
  SECRET: '机密',
  CONFIDENTIAL: '秘密',
};
