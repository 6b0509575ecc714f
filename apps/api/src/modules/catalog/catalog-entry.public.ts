import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CatalogSubjectKind } from '@gdp/domain';
import { CatalogSubjectKindEnum } from './catalog.enums.js';

/**
 * What external apps and the public see of a catalog entry: the published content and its public
 * metadata (条例 art. 12) — never the ids of the subject, its review, its content version or any person.
 */
@ObjectType({ description: '公开目录条目的分类' })
export class PublicCatalogEntryCategory {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: '公开目录条目的附件' })
export class PublicCatalogAttachment {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '文件名' })
  fileName: string;

  @Field(() => String, { description: '文件类型' })
  contentType: string;

  @Field(() => Int, { description: '大小（字节）' })
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256' })
  sha256: string;

  @Field(() => String, { description: '下载地址（相对于接口地址）' })
  url: string;
}

@ObjectType({ description: '此前发布的版本（已被更正）' })
export class PublicCatalogCorrection {
  @Field(() => Int, { description: '条目版本' })
  entryVersion: number;

  @Field(() => Date, { description: '发布时间' })
  publishedAt: Date;
}

@ObjectType({ description: '政府信息公开目录条目（公开）' })
export class PublicCatalogEntry {
  @Field(() => String, { description: '索引号' })
  indexNumber: string;

  @Field(() => Int, { description: '条目版本（更正后递增）' })
  entryVersion: number;

  @Field(() => String, { description: '标题' })
  title: string;

  @Field(() => String, { nullable: true, description: '内容概述' })
  summary: string | null;

  @Field(() => String, { description: '正文' })
  body: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber: string | null;

  @Field(() => PublicCatalogEntryCategory, { nullable: true, description: '公开目录分类' })
  category: PublicCatalogEntryCategory | null;

  @Field(() => String, { description: '发布机构' })
  departmentName: string;

  @Field(() => String, { description: '成文（生成）日期' })
  formedDate: string;

  @Field(() => Date, { description: '发布时间' })
  publishedAt: Date;

  @Field(() => CatalogSubjectKindEnum, { description: '信息类别' })
  subjectKind: CatalogSubjectKind;

  @Field(() => [PublicCatalogAttachment], { description: '附件' })
  attachments: PublicCatalogAttachment[];

  @Field(() => [PublicCatalogCorrection], { description: '此前发布的版本（按版本号）' })
  corrections: PublicCatalogCorrection[];
}

@ObjectType('PublicCatalogEntryPage', { description: '公开目录条目的一页' })
export class PublicCatalogEntryPage {
  @Field(() => [PublicCatalogEntry])
  items: PublicCatalogEntry[];

  @Field(() => Int, { description: '符合条件的条目数；超过上限时为上限（见 totalIsCapped）' })
  total: number;

  @Field(() => Boolean, { description: '条目数超过上限、total 只计到上限时为 true（界面可显示为“1000+”）' })
  totalIsCapped: boolean;
}

/** The download address of a published attachment (served by the public file route). */
export const publicFileUrl = (attachmentId: string): string => `/public/files/${attachmentId}`;
