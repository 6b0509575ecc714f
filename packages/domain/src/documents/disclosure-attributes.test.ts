import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import {
  ATTRIBUTE_RULES,
  ATTRIBUTE_RULES_DEFINITION,
  ATTRIBUTE_RULE_LABELS,
  DISCLOSURE_ATTRIBUTES,
  DISCLOSURE_ATTRIBUTE_LABELS,
  confirmAttribute,
  inheritedAttribute,
  proposeAttribute,
  proposeDocumentAttribute,
  type AttributeProposal,
  type AttributeRule,
  type DisclosureAttribute,
} from './disclosure-attributes.js';
import {
  DOCUMENT_PURPOSES,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
  documentClassificationSchema,
  documentTypeNameOf,
  type DocumentPurpose,
  type DocumentType,
} from './document-types.js';

const CHINESE = /\p{Script=Han}/u;

function caught(run: () => unknown): { code: string; reason: string; fields?: Record<string, string[]> } {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, reason: error.reason, fields: error.fields };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('document types, purposes, attributes and rules: one distinct zh-CN label each', () => {
  it.each([
    ['DOCUMENT_TYPES', DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS],
    ['DOCUMENT_PURPOSES', DOCUMENT_PURPOSES, DOCUMENT_PURPOSE_LABELS],
    ['DISCLOSURE_ATTRIBUTES', DISCLOSURE_ATTRIBUTES, DISCLOSURE_ATTRIBUTE_LABELS],
    ['ATTRIBUTE_RULES', ATTRIBUTE_RULES, ATTRIBUTE_RULE_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)('%s', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value]).toMatch(CHINESE);
    expect(new Set(Object.values(labels)).size).toBe(values.length);
  });

  it("keeps the seed's list of types [seed §5-1], open with 其他", () => {
    expect(DOCUMENT_TYPES.map((type) => DOCUMENT_TYPE_LABELS[type])).toEqual([
      '决定',
      '公告',
      '通告',
      '通知',
      '通报',
      '报告',
      '请示',
      '批复',
      '意见',
      '函',
      '会议纪要',
      '其他',
    ]);
  });

  it('names the three attributes as the seed does', () => {
    expect(DISCLOSURE_ATTRIBUTE_LABELS).toEqual({
      PROACTIVE: '主动公开',
      ON_APPLICATION: '依申请公开',
      NOT_DISCLOSED: '不予公开',
    });
  });

  it.each(ATTRIBUTE_RULES)('rule %s cites the source management rules', (rule) => {
    expect(ATTRIBUTE_RULES_DEFINITION[rule].basis).toContain('《政府信息源头管理制度》第三条');
  });
});

/** [seed §5-3(1)], written out: what each purpose proposes on a type that decides nothing by itself. */
const BY_PURPOSE: Record<DocumentPurpose, [DisclosureAttribute | null, AttributeRule | null]> = {
  VITAL_INTERESTS: ['PROACTIVE', 'VITAL_INTERESTS'],
  PUBLIC_AWARENESS: ['PROACTIVE', 'PUBLIC_AWARENESS'],
  ORGANISATION_AND_PROCEDURES: ['PROACTIVE', 'ORGANISATION_AND_PROCEDURES'],
  INTERNAL_MANAGEMENT: ['ON_APPLICATION', 'INTERNAL_MANAGEMENT'],
  INTERNAL_MATERIAL: ['ON_APPLICATION', 'INTERNAL_MATERIAL'],
  PERSONAL_PRIVACY: ['ON_APPLICATION', 'PERSONAL_PRIVACY'],
  REPORT_TO_SUPERIOR: ['NOT_DISCLOSED', 'REPORT_TO_SUPERIOR'],
  INTERDEPARTMENTAL_CONSULTATION: ['NOT_DISCLOSED', 'INTERDEPARTMENTAL_CONSULTATION'],
  STATE_SECRET: ['NOT_DISCLOSED', 'STATE_SECRET'],
  WORK_SECRET: ['NOT_DISCLOSED', 'WORK_SECRET'],
  OTHER: [null, null],
};

/** Types that decide by themselves: 请示/报告 go to superiors, 公告/通告 tell the public. */
const BY_TYPE: Record<DocumentType, [DisclosureAttribute, AttributeRule] | null> = {
  DECISION: null,
  ANNOUNCEMENT: ['PROACTIVE', 'PUBLIC_DOCUMENT_TYPE'],
  PUBLIC_NOTICE: ['PROACTIVE', 'PUBLIC_DOCUMENT_TYPE'],
  NOTICE: null,
  CIRCULAR: null,
  REPORT: ['NOT_DISCLOSED', 'REPORT_TO_SUPERIOR'],
  REQUEST: ['NOT_DISCLOSED', 'REPORT_TO_SUPERIOR'],
  INSTRUCTION_REPLY: null,
  OPINION: null,
  LETTER: null,
  MEETING_MINUTES: null,
  OTHER: null,
};

const RANK: Record<DisclosureAttribute, number> = { PROACTIVE: 0, ON_APPLICATION: 1, NOT_DISCLOSED: 2 };

describe('proposeAttribute: every type × every purpose [seed §5-3(1)]', () => {
  const table = DOCUMENT_TYPES.flatMap((type) =>
    DOCUMENT_PURPOSES.map((purpose) => [type, purpose] as const),
  );

  it('covers every combination', () => {
    expect(table).toHaveLength(DOCUMENT_TYPES.length * DOCUMENT_PURPOSES.length);
  });

  it.each(table)('%s + %s', (type, purpose) => {
    const [purposeAttribute, purposeRule] = BY_PURPOSE[purpose];
    const byType = BY_TYPE[type];
    // The more restrictive of the two; on a tie, the purpose's rule.
    let expected: [DisclosureAttribute | null, AttributeRule | null] = [purposeAttribute, purposeRule];
    if (byType && (purposeAttribute === null || RANK[byType[0]] > RANK[purposeAttribute])) expected = byType;
    expect(proposeAttribute(type, purpose)).toEqual({
      attribute: expected[0],
      rule: expected[1],
      isForwardedSourceUnset: false,
    });
  });

  it.each([
    ['REPORT', 'VITAL_INTERESTS', 'NOT_DISCLOSED', 'REPORT_TO_SUPERIOR'],
    ['REQUEST', 'PUBLIC_AWARENESS', 'NOT_DISCLOSED', 'REPORT_TO_SUPERIOR'],
    ['REQUEST', 'STATE_SECRET', 'NOT_DISCLOSED', 'STATE_SECRET'],
    ['ANNOUNCEMENT', 'OTHER', 'PROACTIVE', 'PUBLIC_DOCUMENT_TYPE'],
    ['ANNOUNCEMENT', 'VITAL_INTERESTS', 'PROACTIVE', 'VITAL_INTERESTS'],
    ['PUBLIC_NOTICE', 'PERSONAL_PRIVACY', 'ON_APPLICATION', 'PERSONAL_PRIVACY'],
    ['LETTER', 'INTERDEPARTMENTAL_CONSULTATION', 'NOT_DISCLOSED', 'INTERDEPARTMENTAL_CONSULTATION'],
    ['NOTICE', 'ORGANISATION_AND_PROCEDURES', 'PROACTIVE', 'ORGANISATION_AND_PROCEDURES'],
    ['MEETING_MINUTES', 'INTERNAL_MANAGEMENT', 'ON_APPLICATION', 'INTERNAL_MANAGEMENT'],
    ['OTHER', 'WORK_SECRET', 'NOT_DISCLOSED', 'WORK_SECRET'],
    ['NOTICE', 'OTHER', null, null],
    ['OTHER', 'OTHER', null, null],
  ] as const)('explicitly: %s + %s → %s by %s', (type, purpose, attribute, rule) => {
    expect(proposeAttribute(type, purpose)).toEqual({ attribute, rule, isForwardedSourceUnset: false });
  });
});

describe('forwarded documents inherit [seed §5-3(2)]', () => {
  it.each(DISCLOSURE_ATTRIBUTES)('a forwarded %s document proposes the same attribute', (attribute) => {
    expect(inheritedAttribute({ attribute })).toEqual({
      attribute,
      rule: 'FORWARDED',
      isForwardedSourceUnset: false,
    });
  });

  it('a source without an attribute gives nothing to inherit', () => {
    expect(inheritedAttribute({ attribute: null })).toBeNull();
  });

  it('forwarding wins over the forwarding notice’s own type and purpose', () => {
    expect(
      proposeDocumentAttribute({
        type: 'NOTICE',
        purpose: 'INTERNAL_MANAGEMENT',
        forwardedSource: { attribute: 'PROACTIVE' },
      }),
    ).toEqual({ attribute: 'PROACTIVE', rule: 'FORWARDED', isForwardedSourceUnset: false });
  });

  it('a source without an attribute: determined anew from the forwarding document, flagged', () => {
    expect(
      proposeDocumentAttribute({
        type: 'NOTICE',
        purpose: 'VITAL_INTERESTS',
        forwardedSource: { attribute: null },
      }),
    ).toEqual({ attribute: 'PROACTIVE', rule: 'VITAL_INTERESTS', isForwardedSourceUnset: true });
  });

  it('a document forwarding nothing is proposed from its type and purpose', () => {
    expect(proposeDocumentAttribute({ type: 'REQUEST', purpose: 'OTHER', forwardedSource: null })).toEqual(
      proposeAttribute('REQUEST', 'OTHER'),
    );
  });
});

describe('confirmAttribute: a person confirms; a deviation needs its reason', () => {
  const proposal = proposeAttribute('NOTICE', 'VITAL_INTERESTS');
  const none: AttributeProposal = proposeAttribute('NOTICE', 'OTHER');

  it('confirming the proposal needs no reason', () => {
    expect(confirmAttribute(proposal, 'PROACTIVE', null)).toEqual({
      attribute: 'PROACTIVE',
      proposedAttribute: 'PROACTIVE',
      rule: 'VITAL_INTERESTS',
      isDeviation: false,
      reason: null,
    });
  });

  it('keeps an optional reason, trimmed', () => {
    expect(confirmAttribute(proposal, 'PROACTIVE', '  面向全市企业  ').reason).toBe('面向全市企业');
  });

  it.each([null, undefined, '', '   '])('a deviation with reason %j is refused', (reason) => {
    const error = caught(() => confirmAttribute(proposal, 'ON_APPLICATION', reason));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT.ATTRIBUTE_DEVIATION_REASON_REQUIRED',
    });
    expect(error.fields?.reason?.[0]).toMatch(CHINESE);
  });

  it('a deviation with its reason is recorded as one', () => {
    expect(confirmAttribute(proposal, 'NOT_DISCLOSED', '含尚未决定的补助标准')).toEqual({
      attribute: 'NOT_DISCLOSED',
      proposedAttribute: 'PROACTIVE',
      rule: 'VITAL_INTERESTS',
      isDeviation: true,
      reason: '含尚未决定的补助标准',
    });
  });

  it('with no rule, any choice needs its basis', () => {
    expect(caught(() => confirmAttribute(none, 'PROACTIVE', ' '))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT.ATTRIBUTE_BASIS_REQUIRED',
    });
    expect(confirmAttribute(none, 'PROACTIVE', '面向社会的办事指引')).toMatchObject({
      attribute: 'PROACTIVE',
      proposedAttribute: null,
      isDeviation: false,
      reason: '面向社会的办事指引',
    });
  });

  it('refuses an unknown attribute and an over-long reason', () => {
    expect(caught(() => confirmAttribute(proposal, 'SECRET' as DisclosureAttribute, 'x'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT.INVALID_ATTRIBUTE',
    });
    expect(caught(() => confirmAttribute(proposal, 'ON_APPLICATION', '理'.repeat(501)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT.ATTRIBUTE_REASON_TOO_LONG',
    });
  });

  it('a forwarded document set otherwise than its source is a deviation too', () => {
    const inherited = inheritedAttribute({ attribute: 'PROACTIVE' }) as AttributeProposal;
    expect(caught(() => confirmAttribute(inherited, 'ON_APPLICATION', null)).reason).toBe(
      'DOCUMENT.ATTRIBUTE_DEVIATION_REASON_REQUIRED',
    );
  });
});

describe('documentClassificationSchema: the open list of types', () => {
  it('accepts a listed type without a name and OTHER with one', () => {
    expect(documentClassificationSchema.parse({ type: 'NOTICE', purpose: 'VITAL_INTERESTS' })).toEqual({
      type: 'NOTICE',
      otherTypeName: null,
      purpose: 'VITAL_INTERESTS',
    });
    expect(
      documentClassificationSchema.parse({ type: 'OTHER', otherTypeName: ' 命令（令） ', purpose: 'OTHER' }),
    ).toEqual({ type: 'OTHER', otherTypeName: '命令（令）', purpose: 'OTHER' });
  });

  it.each([
    [{ type: 'OTHER', purpose: 'OTHER' }, 'otherTypeName'],
    [{ type: 'OTHER', otherTypeName: '  ', purpose: 'OTHER' }, 'otherTypeName'],
    [{ type: 'NOTICE', otherTypeName: '命令', purpose: 'OTHER' }, 'otherTypeName'],
    [{ type: 'ORDER', purpose: 'OTHER' }, 'type'],
    [{ type: 'NOTICE', purpose: 'SECRET' }, 'purpose'],
  ])('refuses %j at %s with a zh-CN message', (input, field) => {
    const result = documentClassificationSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toMatch(CHINESE);
  });

  it('shows OTHER under its own name', () => {
    expect(documentTypeNameOf('OTHER', '命令（令）')).toBe('命令（令）');
    expect(documentTypeNameOf('LETTER', null)).toBe('函');
  });
});
