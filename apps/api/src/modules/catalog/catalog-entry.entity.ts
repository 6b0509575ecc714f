import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import {
  CATALOG_ENTRY_STATES,
  CATALOG_ENTRY_SUMMARY_MAX,
  CATALOG_ENTRY_TITLE_MAX,
  CATALOG_SUBJECT_KINDS,
  CATALOG_WITHDRAWAL_REASON_MAX,
  DOCUMENT_NUMBER_MAX,
  INDEX_NUMBER_MAX,
  type CatalogEntryState,
  type CatalogSubjectKind,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CatalogEntryStateEnum, CatalogSubjectKindEnum } from './catalog.enums.js';

/**
 * One published version of an item in the public catalog (政府信息公开目录, 条例 art. 12): exactly the
 * approved content version the named publisher published, copied so the catalog answers without the
 * subject's module. A correction is a new row under the same index number; at most one row per index
 * number is PUBLISHED. Never deleted: a withdrawal keeps the row and its reason.
 */
@ObjectType({ description: '政府信息公开目录条目' })
@Entity('catalog_entry')
@Check('CHK_catalog_entry_state', oneOf('state', CATALOG_ENTRY_STATES))
@Check('CHK_catalog_entry_subject_kind', oneOf('subject_kind', CATALOG_SUBJECT_KINDS))
@Index('UQ_catalog_entry_index_version', ['indexNumber', 'entryVersion'], { unique: true })
@Index('UQ_catalog_entry_published', ['indexNumber'], { unique: true, where: `"state" = 'PUBLISHED'` })
@Index('IDX_catalog_entry_subject', ['subjectKind', 'subjectId'])
// One shown version per item: two first publications of one item racing would otherwise take two numbers.
@Index('UQ_catalog_entry_subject_published', ['subjectKind', 'subjectId'], {
  unique: true,
  where: `"state" = 'PUBLISHED'`,
})
@Index('IDX_catalog_entry_state_published', ['state', 'publishedAt'])
export class CatalogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '索引号（发布时编制；更正沿用原索引号）' })
  @Column('varchar', { length: INDEX_NUMBER_MAX })
  indexNumber: string;

  @Field(() => Int, { description: '条目版本（1 起；每次更正加 1）' })
  @Column('integer')
  entryVersion: number;

  @Field(() => CatalogEntryStateEnum, { description: '状态' })
  @Column('varchar', { length: 16 })
  state: CatalogEntryState;

  @Field(() => CatalogSubjectKindEnum, { description: '信息类别（公文、会议结果等）' })
  @Column('varchar', { length: 24 })
  subjectKind: CatalogSubjectKind;

  @Field(() => ID, { description: '所发布事项' })
  @Column('uuid')
  subjectId: string;

  @Field(() => ID, { description: '保密审查' })
  @Column('uuid')
  reviewId: string;

  @Field(() => ID, { description: '所发布的经审批内容版本' })
  @Column('uuid')
  contentVersionId: string;

  @Field(() => ID, { description: '发布机构（主办处室）' })
  @Column('uuid')
  owningDepartmentId: string;

  @Field(() => ID, { nullable: true, description: '公开目录分类' })
  @Column('uuid', { nullable: true })
  categoryId: string | null;

  @Field(() => String, { description: '标题' })
  @Column('varchar', { length: CATALOG_ENTRY_TITLE_MAX })
  title: string;

  @Field(() => String, { nullable: true, description: '内容概述' })
  @Column('varchar', { length: CATALOG_ENTRY_SUMMARY_MAX, nullable: true })
  summary: string | null;

  @Field(() => String, { description: '正文' })
  @Column('text')
  body: string;

  @Field(() => String, { nullable: true, description: '文号' })
  @Column('varchar', { length: DOCUMENT_NUMBER_MAX, nullable: true })
  documentNumber: string | null;

  @Field(() => String, { description: '成文（生成）日期' })
  @Column('date')
  formedDate: string;

  @Field(() => [ID], { description: '所发布的附件' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @Field(() => Date, { description: '发布时间' })
  @Column('timestamptz')
  publishedAt: Date;

  @Field(() => ID, { description: '信息发布人' })
  @Column('uuid')
  publisherId: string;

  @Field(() => Date, { nullable: true, description: '撤下时间' })
  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => ID, { nullable: true, description: '撤下人' })
  @Column('uuid', { nullable: true })
  withdrawnById: string | null;

  @Field(() => String, { nullable: true, description: '撤下理由' })
  @Column('varchar', { length: CATALOG_WITHDRAWAL_REASON_MAX, nullable: true })
  withdrawalReason: string | null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}
