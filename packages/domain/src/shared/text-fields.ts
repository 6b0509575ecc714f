import { z } from 'zod';

/** Required free text, trimmed: `label` names the field in zh-CN messages. */
export const requiredTextSchema = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字符`);

/** Optional free text, trimmed; empty text is stored as no value (null). */
export const optionalTextSchema = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : value),
    z
      .string({ error: `${label}须为文本` })
      .max(max, `${label}最多 ${max} 个字符`)
      .nullish(),
  );

/** An optional telephone number: digits, spaces and + - ( ) only. */
export const optionalPhoneSchema = (label = '电话') =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : value),
    z
      .string({ error: `${label}须为文本` })
      .max(32, `${label}最多 32 个字符`)
      .regex(/^[0-9+\-() ]*$/, `${label}只能包含数字、空格和 + - ( )`)
      .nullish(),
  );

/** An optional reference to a record by its id. */
export const optionalIdSchema = (message: string) =>
  z.preprocess((value) => (value === '' ? null : value), z.guid(message).nullish());
