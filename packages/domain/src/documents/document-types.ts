import { z } from 'zod';
import { optionalTextSchema } from '../shared/text-fields.js';

/**
 * What a document (公文/政府信息) is and what it is for — the two inputs from which the disclosure
 * attribute is proposed (SPEC M2, [seed §5]).
 *
 * Types: the seed's list of documents that carry a disclosure attribute — 决定、公告、通告、通知、通报、
 * 报告、请示、批复、意见、函、会议纪要 [seed §5-1] — ends in 等, so the list stays open: OTHER with the
 * type's own name. Keys follow 《党政机关公文处理工作条例》 art. 8's meanings (报告 and 请示 always go
 * to a superior, 批复 answers a subordinate's 请示).
 *
 * Purposes: the circumstances [seed §5-3(1)] names, one per clause, plus OTHER when none fits.
 */
export const DOCUMENT_TYPES = [
  'DECISION',
  'ANNOUNCEMENT',
  'PUBLIC_NOTICE',
  'NOTICE',
  'CIRCULAR',
  'REPORT',
  'REQUEST',
  'INSTRUCTION_REPLY',
  'OPINION',
  'LETTER',
  'MEETING_MINUTES',
  'OTHER',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  DECISION: '决定',
  ANNOUNCEMENT: '公告',
  PUBLIC_NOTICE: '通告',
  NOTICE: '通知',
  CIRCULAR: '通报',
  REPORT: '报告',
  REQUEST: '请示',
  INSTRUCTION_REPLY: '批复',
  OPINION: '意见',
  LETTER: '函',
  MEETING_MINUTES: '会议纪要',
  OTHER: '其他',
};

export const DOCUMENT_PURPOSES = [
  'VITAL_INTERESTS',
  'PUBLIC_AWARENESS',
  'ORGANISATION_AND_PROCEDURES',
  'INTERNAL_MANAGEMENT',
  'INTERNAL_MATERIAL',
  'PERSONAL_PRIVACY',
  'REPORT_TO_SUPERIOR',
  'INTERDEPARTMENTAL_CONSULTATION',
  'STATE_SECRET',
  'WORK_SECRET',
  'OTHER',
] as const;
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];

export const DOCUMENT_PURPOSE_LABELS: Record<DocumentPurpose, string> = {
  VITAL_INTERESTS: '涉及公民、法人或其他组织切身利益',
  PUBLIC_AWARENESS: '需要社会公众广泛知晓或参与',
  ORGANISATION_AND_PROCEDURES: '反映本机关机构设置、职能、办事程序等情况',
  INTERNAL_MANAGEMENT: '属机关内部管理事务',
  INTERNAL_MATERIAL: '内部资料',
  PERSONAL_PRIVACY: '涉及个人隐私',
  REPORT_TO_SUPERIOR: '报上级机关的请示、报告',
  INTERDEPARTMENTAL_CONSULTATION: '向有关部门征求意见或答复有关部门意见',
  STATE_SECRET: '涉及国家秘密',
  WORK_SECRET: '涉及工作秘密',
  OTHER: '其他',
};

export const DOCUMENT_TYPE_NAME_MAX = 32;

/**
 * A document's type and purpose as entered: OTHER needs the type's own name (the seed's list is
 * open), and only OTHER carries one.
 */
export const documentClassificationSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES, { error: '公文种类无效' }),
    otherTypeName: optionalTextSchema('公文种类名称', DOCUMENT_TYPE_NAME_MAX),
    purpose: z.enum(DOCUMENT_PURPOSES, { error: '公文内容性质无效' }),
  })
  .superRefine((value, context) => {
    if (value.type === 'OTHER' && !value.otherTypeName) {
      context.addIssue({
        code: 'custom',
        path: ['otherTypeName'],
        message: '种类为“其他”时请填写公文种类名称',
      });
    }
    if (value.type !== 'OTHER' && value.otherTypeName) {
      context.addIssue({
        code: 'custom',
        path: ['otherTypeName'],
        message: '只有种类为“其他”时才填写种类名称',
      });
    }
  })
  .transform((value) => ({ ...value, otherTypeName: value.otherTypeName ?? null }));
export type DocumentClassification = z.output<typeof documentClassificationSchema>;

/** The name a document's type is shown under: the label, or the name given for OTHER. */
export const documentTypeNameOf = (type: DocumentType, otherTypeName?: string | null): string =>
  type === 'OTHER' && otherTypeName ? otherTypeName : DOCUMENT_TYPE_LABELS[type];

/**
 * A document's content comes in versions (SPEC M2/M3): the original as drafted (a correction is a new
 * original), and the redacted version prepared at review level 2 for partial disclosure — the one that
 * is published while the original stays internal [seed §4-7].
 */
export const CONTENT_VERSION_KINDS = ['ORIGINAL', 'REDACTED'] as const;
export type ContentVersionKind = (typeof CONTENT_VERSION_KINDS)[number];
export const CONTENT_VERSION_KIND_LABELS: Record<ContentVersionKind, string> = {
  ORIGINAL: '原件',
  REDACTED: '区分处理后版本',
};

export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_NUMBER_MAX = 64;
export const DOCUMENT_SUMMARY_MAX = 500;
export const DOCUMENT_BODY_MAX = 200_000;
