import { Field, ID, InputType, Int } from 'type-graphql';
import type { CatalogEntryState, CatalogSubjectKind } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { CatalogCategory } from './catalog-category.entity.js';
import { CatalogEntry } from './catalog-entry.entity.js';
import { CatalogEntryStateEnum, CatalogSubjectKindEnum } from './catalog.enums.js';
import { GuideVersion } from './guide-version.entity.js';

export const GuideVersionPage = PageOf(GuideVersion, 'GuideVersionPage');
export const CatalogCategoryPage = PageOf(CatalogCategory, 'CatalogCategoryPage');
export const CatalogEntryPage = PageOf(CatalogEntry, 'CatalogEntryPage');

@InputType({ description: '政府信息公开工作机构' })
export class GuideOfficeInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String)
  officeHours: string;

  @Field(() => String)
  telephone: string;

  @Field(() => String)
  fax: string;

  @Field(() => String)
  website: string;

  @Field(() => String)
  email: string;
}

@InputType({ description: '政府信息公开指南内容' })
export class GuideInput {
  @Field(() => String)
  classification: string;

  @Field(() => String)
  proactiveDisclosure: string;

  @Field(() => String)
  applicationProcedure: string;

  @Field(() => GuideOfficeInput)
  office: GuideOfficeInput;

  @Field(() => String, { nullable: true })
  otherText?: string | null;
}

@InputType()
export class GuideVersionFilter {
  @Field(() => Boolean, { nullable: true, description: '是否已发布' })
  isPublished?: boolean;
}

@InputType({ description: '政府信息公开目录分类' })
export class CatalogCategoryInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class CatalogCategoryFilter {
  @Field(() => String, { nullable: true, description: '代码或名称包含' })
  q?: string;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => ID, { nullable: true, description: '上级分类' })
  parentId?: string;

  @Field(() => Boolean, { nullable: true, description: '只看顶级分类' })
  topLevelOnly?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType()
export class CatalogEntryFilter {
  @Field(() => CatalogSubjectKindEnum, { nullable: true, description: '信息类别' })
  subjectKind?: CatalogSubjectKind;

  @Field(() => ID, { nullable: true, description: '公开目录分类（含其下级分类）' })
  categoryId?: string;

  @Field(() => CatalogEntryStateEnum, { nullable: true })
  state?: CatalogEntryState;

  @Field(() => ID, { nullable: true, description: '发布机构（主办处室）' })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: '标题、概述或索引号包含' })
  search?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType()
export class PublicCatalogEntryFilter {
  @Field(() => ID, { nullable: true, description: '公开目录分类（含其下级分类）' })
  categoryId?: string;

  @Field(() => CatalogSubjectKindEnum, { nullable: true, description: '信息类别' })
  subjectKind?: CatalogSubjectKind;

  @Field(() => String, { nullable: true, description: '标题或内容概述包含（最多 100 个字符；只有 1–2 个字符时只检索标题）' })
  search?: string;

  @Field(() => String, { nullable: true, description: '发布日期起（YYYY-MM-DD，含）' })
  publishedFrom?: string;

  @Field(() => String, { nullable: true, description: '发布日期止（YYYY-MM-DD，含）' })
  publishedTo?: string;
}
