import { z } from 'zod';
import { optionalIdSchema, optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';
import {
  DOCUMENT_BODY_MAX,
  DOCUMENT_NUMBER_MAX,
  DOCUMENT_PURPOSES,
  DOCUMENT_SUMMARY_MAX,
  DOCUMENT_TITLE_MAX,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_NAME_MAX,
} from './document-types.js';

const MAX_LINKED = 20;

/** A list of distinct record ids (linked departments, agencies, documents), at most MAX_LINKED. */
export const idListSchema = (label: string) =>
  z
    .array(z.guid(`${label}无效`), { error: `${label}无效` })
    .max(MAX_LINKED, `${label}最多 ${MAX_LINKED} 个`)
    .refine((ids) => new Set(ids).size === ids.length, `${label}重复`)
    .default([]);

/** What a drafter enters (SPEC M2): the fields of a document and the text of its original. */
export const documentDraftSchema = z
  .object({
    title: requiredTextSchema('标题', DOCUMENT_TITLE_MAX),
    documentNumber: optionalTextSchema('文号', DOCUMENT_NUMBER_MAX),
    type: z.enum(DOCUMENT_TYPES, { error: '公文种类无效' }),
    otherTypeName: optionalTextSchema('公文种类名称', DOCUMENT_TYPE_NAME_MAX),
    purpose: z.enum(DOCUMENT_PURPOSES, { error: '公文内容性质无效' }),
    summary: optionalTextSchema('摘要', DOCUMENT_SUMMARY_MAX),
    coDepartmentIds: idListSchema('会办处室'),
    jointAgencyIds: idListSchema('联合发文机关'),
    catalogCategoryId: optionalIdSchema('公开目录分类无效'),
    forwardedFromId: optionalIdSchema('转发的公文无效'),
    body: z
      .string({ error: '正文须为文本' })
      .max(DOCUMENT_BODY_MAX, `正文最多 ${DOCUMENT_BODY_MAX} 个字符`)
      .default(''),
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
  .transform((value) => ({
    ...value,
    documentNumber: value.documentNumber ?? null,
    otherTypeName: value.otherTypeName ?? null,
    summary: value.summary ?? null,
    catalogCategoryId: value.catalogCategoryId ?? null,
    forwardedFromId: value.forwardedFromId ?? null,
  }));
export type DocumentDraft = z.output<typeof documentDraftSchema>;

/** A redacted version's text (SPEC M3: prepared at level 2, the non-disclosable parts removed). */
export const redactedBodySchema = z
  .string({ error: '正文须为文本' })
  .trim()
  .min(1, '请填写区分处理后的正文')
  .max(DOCUMENT_BODY_MAX, `正文最多 ${DOCUMENT_BODY_MAX} 个字符`);
