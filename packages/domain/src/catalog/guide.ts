import { z } from 'zod';
import { optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * The public guide (政府信息公开指南, SPEC M5; 条例 art. 12): kept by the general office as versioned
 * content. Art. 12 requires every part below except `otherText`; each publication is a new version and
 * older versions are kept, so what the public was told on a given day can be shown later.
 */
export const GUIDE_TEXT_MAX = 10000;
export const GUIDE_LINE_MAX = 200;

/** Loose but strict enough to catch typing slips; the office's own contact data, not personal data. */
const contactPhoneSchema = (label: string) =>
  requiredTextSchema(label, 32).regex(/^[0-9+\-() ]+$/, `${label}只能包含数字、空格和 + - ( )`);

export const guideOfficeSchema = z.object({
  name: requiredTextSchema('政府信息公开工作机构名称', 100),
  address: requiredTextSchema('办公地址', GUIDE_LINE_MAX),
  officeHours: requiredTextSchema('办公时间', GUIDE_LINE_MAX),
  telephone: contactPhoneSchema('联系电话'),
  fax: contactPhoneSchema('传真'),
  website: requiredTextSchema('网址', GUIDE_LINE_MAX).regex(
    /^https?:\/\/\S+$/i,
    '网址须以 http:// 或 https:// 开头',
  ),
  email: requiredTextSchema('电子邮箱', 100).pipe(z.email('电子邮箱格式不正确')),
});
export type GuideOffice = z.output<typeof guideOfficeSchema>;

export const guideInputSchema = z.object({
  classification: requiredTextSchema('分类与编排体系', GUIDE_TEXT_MAX),
  proactiveDisclosure: requiredTextSchema('主动公开的获取方式', GUIDE_TEXT_MAX),
  applicationProcedure: requiredTextSchema('依申请公开的办理程序', GUIDE_TEXT_MAX),
  office: guideOfficeSchema,
  otherText: optionalTextSchema('其他说明', GUIDE_TEXT_MAX),
});
export type GuideInput = z.output<typeof guideInputSchema>;

/** Labels of the guide's parts, in the order the guide presents them. */
export const GUIDE_PART_LABELS = {
  classification: '分类与编排体系',
  proactiveDisclosure: '获取方式·主动公开',
  applicationProcedure: '获取方式·依申请公开',
  office: '政府信息公开工作机构',
  otherText: '其他说明',
} as const satisfies Record<keyof GuideInput, string>;

/**
 * Categories of the public catalog (政府信息公开目录分类). At most one level of nesting: a category with
 * a parent cannot itself be a parent (the portal shows the catalog as a two-level tree).
 */
export const CATALOG_CATEGORY_CODE_MAX = 32;
export const CATALOG_CATEGORY_NAME_MAX = 100;

export const catalogCategoryInputSchema = z.object({
  code: requiredTextSchema('分类代码', CATALOG_CATEGORY_CODE_MAX).regex(
    /^[A-Za-z0-9_-]+$/,
    '分类代码只能包含字母、数字、下划线和连字符',
  ),
  name: requiredTextSchema('分类名称', CATALOG_CATEGORY_NAME_MAX),
  sortOrder: z
    .number({ error: '排序号须为整数' })
    .int('排序号须为整数')
    .min(0, '排序号不能小于 0')
    .max(9999, '排序号不能大于 9999'),
  parentId: z.preprocess((value) => (value === '' ? null : value), z.guid('上级分类无效').nullish()),
});
export type CatalogCategoryInput = z.output<typeof catalogCategoryInputSchema>;

/** Why a category cannot take the parent asked for (null when it can). */
export function catalogParentProblem(
  selfId: string | null,
  parent: { id: string; parentId: string | null } | null,
  selfHasChildren: boolean,
): string | null {
  if (!parent) return null;
  if (selfId !== null && parent.id === selfId) return '分类不能以自身为上级';
  if (parent.parentId !== null) return '上级分类本身已是下级分类：目录最多两级';
  if (selfHasChildren) return '该分类已有下级分类，不能再设上级：目录最多两级';
  return null;
}
