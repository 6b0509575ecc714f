import { ACCESS_RULES, decideAccess, guideInputSchema, type Actor, type Role } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { toCatalogCategoryInput } from '../catalog-categories/catalog-category.resource';
import {
  guideContentOf,
  guideVersionResource,
  toGuideInput,
  type GuideVersion,
} from './guide-version.resource';

const staff = (role: Role): Actor => ({
  kind: 'staff',
  userId: 'u',
  username: 'u',
  stage: 'FULL',
  grants: [{ role, departmentId: role === 'DRAFTER' ? 'd' : null }],
  permissions: [],
});

const published: GuideVersion = {
  __typename: 'GuideVersion',
  id: 'g1',
  versionNumber: 1,
  classification: '按类别编排',
  proactiveDisclosure: '门户网站',
  applicationProcedure: '提交申请表',
  office: {
    __typename: 'GuideOffice',
    name: '办公室',
    address: '人民路 1 号',
    officeHours: '工作日',
    telephone: '0572-1',
    fax: '0572-2',
    website: 'https://example.gov.cn',
    email: 'gk@example.gov.cn',
  },
  otherText: null,
  publishedAt: '2026-11-26T02:00:00.000Z',
  publishedById: 'u',
  createdById: 'u',
  version: 2,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
} as GuideVersion;

describe('guide versions in the console', () => {
  it('a new draft starts from the latest text and goes back as a valid GuideInput', () => {
    const input = toGuideInput(guideContentOf(published));
    expect(input).toEqual({
      classification: '按类别编排',
      proactiveDisclosure: '门户网站',
      applicationProcedure: '提交申请表',
      office: {
        name: '办公室',
        address: '人民路 1 号',
        officeHours: '工作日',
        telephone: '0572-1',
        fax: '0572-2',
        website: 'https://example.gov.cn',
        email: 'gk@example.gov.cn',
      },
      otherText: null,
    });
    expect(guideInputSchema.safeParse(input).success).toBe(true);
  });

  it('only the general office drafts and publishes; every member of staff reads', () => {
    const { access } = guideVersionResource;
    expect(decideAccess(access.publish!, staff('GENERAL_OFFICE'))).toBe('ALLOW');
    expect(decideAccess(access.publish!, staff('DRAFTER'))).toBe('FORBIDDEN');
    expect(decideAccess(access.list!, staff('DRAFTER'))).toBe('ALLOW');
    expect(access.create).toBe(ACCESS_RULES['Mutation.createGuideDraft']);
  });

  it('a category form becomes a CatalogCategoryInput; no parent is null', () => {
    expect(
      toCatalogCategoryInput({ code: ' ZCWJ ', name: '政策文件', sortOrder: '10', parentId: '' }),
    ).toEqual({
      code: 'ZCWJ',
      name: '政策文件',
      sortOrder: 10,
      parentId: null,
    });
  });
});
