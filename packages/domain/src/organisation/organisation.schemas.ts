import { z } from 'zod';
import { DEPARTMENT_KINDS } from './department.js';

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字符`);

export const departmentInputSchema = z.object({
  code: z
    .string({ error: '请填写处室代码' })
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/, '处室代码须为 2–32 位大写字母、数字或下划线，以字母开头'),
  name: trimmed('处室名称', 64),
  kind: z.enum(DEPARTMENT_KINDS, { error: '处室类型无效' }),
  sortOrder: z.number({ error: '排序须为整数' }).int('排序须为整数').min(0, '排序不能为负数').max(9999, '排序最大为 9999'),
  phone: z
    .string({ error: '电话须为文本' })
    .trim()
    .max(32, '电话最多 32 个字符')
    .regex(/^[0-9+\-() ]*$/, '电话只能包含数字、空格和 + - ( )')
    .nullish(),
});

export const usernameSchema = z
  .string({ error: '请填写用户名' })
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名须为 3–32 位小写字母、数字或 . _ -，以字母开头');

export const userInputSchema = z.object({
  username: usernameSchema,
  displayName: trimmed('姓名', 32),
  departmentId: z.guid('处室无效').nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{0,32}$/, '电话格式不正确')
    .nullish(),
  email: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : value),
    z.email('电子邮箱格式不正确').max(128, '电子邮箱最多 128 个字符').nullish(),
  ),
});
