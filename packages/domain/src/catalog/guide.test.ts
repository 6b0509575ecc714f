import { describe, expect, it } from 'vitest';
import {
  catalogCategoryInputSchema,
  catalogParentProblem,
  guideInputSchema,
  GUIDE_TEXT_MAX,
} from './guide.js';

const office = {
  name: '某市某局办公室',
  address: '某市某区某路 1 号',
  officeHours: '工作日 9:00-12:00，13:30-17:30',
  telephone: '010-12345678',
  fax: '010-12345679',
  website: 'https://www.example.gov.cn',
  email: 'gk@example.gov.cn',
};
const guide = {
  classification: '按机构概况、政策文件、规划计划分类，按发布日期编排。',
  proactiveDisclosure: '通过门户网站、政务新媒体和查阅点获取。',
  applicationProcedure: '填写申请表，经网站、信函或当面提交；二十个工作日内答复。',
  office,
  otherText: '  ',
};

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('guideInputSchema', () => {
  it('accepts every part art. 12 requires; blank other text is no value', () => {
    const parsed = guideInputSchema.parse(guide);
    expect(parsed.otherText).toBeNull();
    expect(parsed.office.email).toBe('gk@example.gov.cn');
  });

  it('names each missing or malformed part in zh-CN', () => {
    const result = guideInputSchema.safeParse({
      ...guide,
      classification: ' ',
      office: { ...office, fax: 'abc', website: 'www.example.gov.cn', email: 'nobody', officeHours: '' },
    });
    expect(fieldErrors(result)).toEqual({
      classification: '请填写分类与编排体系',
      'office.officeHours': '请填写办公时间',
      'office.fax': '传真只能包含数字、空格和 + - ( )',
      'office.website': '网址须以 http:// 或 https:// 开头',
      'office.email': '电子邮箱格式不正确',
    });
  });

  it('limits the length of the texts', () => {
    const result = guideInputSchema.safeParse({
      ...guide,
      applicationProcedure: '字'.repeat(GUIDE_TEXT_MAX + 1),
    });
    expect(fieldErrors(result)).toEqual({
      applicationProcedure: `依申请公开的办理程序最多 ${GUIDE_TEXT_MAX} 个字符`,
    });
  });
});

describe('catalogCategoryInputSchema', () => {
  it('accepts a short code, a name, a sort order and an optional parent', () => {
    expect(
      catalogCategoryInputSchema.parse({ code: 'ZCWJ', name: '政策文件', sortOrder: 10, parentId: '' }),
    ).toEqual({
      code: 'ZCWJ',
      name: '政策文件',
      sortOrder: 10,
      parentId: null,
    });
  });

  it('refuses a code with other characters, a negative order and a malformed parent', () => {
    const result = catalogCategoryInputSchema.safeParse({
      code: '政策',
      name: '',
      sortOrder: -1,
      parentId: 'x',
    });
    expect(fieldErrors(result)).toEqual({
      code: '分类代码只能包含字母、数字、下划线和连字符',
      name: '请填写分类名称',
      sortOrder: '排序号不能小于 0',
      parentId: '上级分类无效',
    });
  });
});

describe('catalogParentProblem', () => {
  const top = { id: 'a', parentId: null };
  const child = { id: 'b', parentId: 'a' };
  it('allows a top-level parent and no parent', () => {
    expect(catalogParentProblem(null, top, false)).toBeNull();
    expect(catalogParentProblem('c', null, true)).toBeNull();
  });
  it('keeps the catalog at two levels', () => {
    expect(catalogParentProblem(null, child, false)).toMatch('最多两级');
    expect(catalogParentProblem('c', top, true)).toMatch('最多两级');
    expect(catalogParentProblem('a', top, false)).toBe('分类不能以自身为上级');
  });
});
