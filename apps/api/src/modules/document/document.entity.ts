import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import {
  ATTRIBUTE_RULES,
  CONTENT_VERSION_KINDS,
  DISCLOSURE_ATTRIBUTES,
  DOCUMENT_ACTIONS,
  DOCUMENT_NUMBER_MAX,
  DOCUMENT_PURPOSES,
  DOCUMENT_STATES,
  DOCUMENT_SUMMARY_MAX,
  DOCUMENT_TITLE_MAX,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_NAME_MAX,
  type AttributeRule,
  type ContentVersionKind,
  type DisclosureAttribute,
  type DocumentAction,
  type DocumentPurpose,
  type DocumentState,
  type DocumentType,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import {
  AttributeRuleEnum,
  ContentVersionKindEnum,
  DisclosureAttributeEnum,
  DocumentPurposeEnum,
  DocumentStateEnum,
  DocumentTypeEnum,
} from './document.enums.js';

/**
 * A document (公文/政府信息, SPEC M2) from drafting to publication. Its text and files live in content
 * versions; `currentContentVersionId` is the original being drafted or reviewed. Never deleted.
 */
@ObjectType({ description: '公文（政府信息）' })
@Entity('document')
@Check('CHK_document_type', oneOf('type', DOCUMENT_TYPES))
@Check('CHK_document_purpose', oneOf('purpose', DOCUMENT_PURPOSES))
@Check('CHK_document_state', oneOf('state', DOCUMENT_STATES))
@Check('CHK_document_attribute', oneOf('attribute', DISCLOSURE_ATTRIBUTES))
@Check('CHK_document_proposed_attribute', oneOf('proposed_attribute', DISCLOSURE_ATTRIBUTES))
@Check('CHK_document_attribute_rule', oneOf('attribute_rule', ATTRIBUTE_RULES))
@Index('IDX_document_department_updated', ['departmentId', 'updatedAt'])
@Index('IDX_document_state', ['state'])
export class Document {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '标题' })
  @Column('varchar', { length: DOCUMENT_TITLE_MAX })
  title: string;

  @Field(() => String, { nullable: true, description: '文号' })
  @Column('varchar', { length: DOCUMENT_NUMBER_MAX, nullable: true })
  documentNumber: string | null;

  @Field(() => DocumentTypeEnum, { description: '公文种类' })
  @Column('varchar', { length: 24 })
  type: DocumentType;

  @Field(() => String, { nullable: true, description: '种类为“其他”时的种类名称' })
  @Column('varchar', { length: DOCUMENT_TYPE_NAME_MAX, nullable: true })
  otherTypeName: string | null;

  @Field(() => DocumentPurposeEnum, { description: '内容性质（用于建议公开属性）' })
  @Column('varchar', { length: 32 })
  purpose: DocumentPurpose;

  @Field(() => String, { nullable: true, description: '摘要（公开目录的内容概述）' })
  @Column('varchar', { length: DOCUMENT_SUMMARY_MAX, nullable: true })
  summary: string | null;

  @Field(() => ID, { description: '主办（发文）处室' })
  @Column('uuid')
  departmentId: string;

  @Field(() => [ID], { description: '会办处室' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  coDepartmentIds: string[];

  @Field(() => [ID], { description: '联合发文的其他行政机关' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  jointAgencyIds: string[];

  @Field(() => ID, { nullable: true, description: '公开目录分类' })
  @Column('uuid', { nullable: true })
  catalogCategoryId: string | null;

  @Field(() => ID, { nullable: true, description: '转发的公文' })
  @Column('uuid', { nullable: true })
  forwardedFromId: string | null;

  @Field(() => DisclosureAttributeEnum, { nullable: true, description: '公开属性' })
  @Column('varchar', { length: 16, nullable: true })
  attribute: DisclosureAttribute | null;

  @Field(() => DisclosureAttributeEnum, { nullable: true, description: '确定时系统建议的公开属性' })
  @Column('varchar', { length: 16, nullable: true })
  proposedAttribute: DisclosureAttribute | null;

  @Field(() => AttributeRuleEnum, { nullable: true, description: '建议所依据的规则' })
  @Column('varchar', { length: 32, nullable: true })
  attributeRule: AttributeRule | null;

  @Field(() => String, { nullable: true, description: '公开属性的理由或依据（与建议不同时必填）' })
  @Column('text', { nullable: true })
  attributeReason: string | null;

  @Field(() => Boolean, { description: '公开属性与系统建议不同' })
  @Column('boolean', { default: false })
  isAttributeDeviation: boolean;

  @Field(() => DocumentStateEnum, { description: '状态' })
  @Column('varchar', { length: 24 })
  state: DocumentState;

  @Field(() => ID, { nullable: true, description: '当前原件版本' })
  @Column('uuid', { nullable: true })
  currentContentVersionId: string | null;

  @Field(() => ID, { description: '拟稿人' })
  @Column('uuid')
  drafterId: string;

  @Field(() => ID, { nullable: true, description: '签发人' })
  @Column('uuid', { nullable: true })
  signedById: string | null;

  @Field(() => Date, { nullable: true, description: '签发时间' })
  @Column('timestamptz', { nullable: true })
  signedAt: Date | null;

  @Field(() => String, { nullable: true, description: '成文日期（签发日，北京时间）' })
  @Column('date', { nullable: true })
  formedDate: string | null;

  @Field(() => Date, { nullable: true, description: '登记解密手续的时间' })
  @Column('timestamptz', { nullable: true })
  declassifiedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  declassifiedById: string | null;

  @Field(() => String, { nullable: true, description: '解密手续的文号或依据' })
  @Column('varchar', { length: 500, nullable: true })
  declassificationReference: string | null;

  @Field(() => Date, { nullable: true, description: '最近一次定期评估公开属性的时间（条例第十八条）' })
  @Column('timestamptz', { nullable: true })
  lastAssessedAt: Date | null;

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

/**
 * One version of a document's content: the original (a correction adds another) or a redacted version
 * for partial disclosure. Editable until a review decision names it (`sealedAt`); afterwards immutable,
 * except that state-secret content is removed (`contentRemovedAt`) and only the record stays.
 */
@ObjectType({ description: '公文内容版本' })
@Entity('document_content_version')
@Check('CHK_document_content_version_kind', oneOf('kind', CONTENT_VERSION_KINDS))
@Index('UQ_document_content_version_seq', ['documentId', 'seq'], { unique: true })
export class DocumentContentVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  documentId: string;

  @Field(() => Int, { description: '版本序号' })
  @Column('integer')
  seq: number;

  @Field(() => ContentVersionKindEnum, { description: '原件或区分处理后版本' })
  @Column('varchar', { length: 16 })
  kind: ContentVersionKind;

  @Field(() => ID, { nullable: true, description: '区分处理所依据的原件版本' })
  @Column('uuid', { nullable: true })
  basedOnId: string | null;

  /** Null once removed (state secret). Resolved through an access check, not exposed as a column. */
  @Column('text', { nullable: true })
  body: string | null;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: '送审后锁定的时间（此后不可修改）' })
  @Column('timestamptz', { nullable: true })
  sealedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '涉及国家秘密、内容已从本系统删除的时间' })
  @Column('timestamptz', { nullable: true })
  contentRemovedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  contentRemovedById: string | null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;
}

/** A file of a content version; its bytes are in file storage under `storageKey`. */
@ObjectType({ description: '附件' })
@Entity('document_attachment')
@Index('IDX_document_attachment_version', ['contentVersionId'])
export class DocumentAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  contentVersionId: string;

  @Field(() => String, { description: '文件名' })
  @Column('varchar', { length: 200 })
  fileName: string;

  @Field(() => String, { description: '文件类型（按内容识别）' })
  @Column('varchar', { length: 100 })
  contentType: string;

  @Field(() => Int, { description: '大小（字节）' })
  @Column('integer')
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256' })
  @Column('char', { length: 64 })
  sha256: string;

  @Column('varchar', { length: 200 })
  storageKey: string;

  @Field(() => ID)
  @Column('uuid')
  uploadedById: string;

  @Field(() => Date)
  @Column('timestamptz')
  uploadedAt: Date;

  @Field(() => Date, { nullable: true, description: '文件内容已删除的时间（国家秘密）' })
  @Column('timestamptz', { nullable: true })
  removedAt: Date | null;

  /** A publication copy: the file as published, its metadata stripped (修订、批注、作者、EXIF…). */
  @Field(() => ID, { nullable: true, description: '公开用清理副本所依据的附件' })
  @Column('uuid', { nullable: true })
  sanitizedFromId: string | null;

  @Field(() => [String], { description: '公开前清理掉的内容（修订记录、批注、文档属性等）' })
  @Column('text', { array: true, default: () => "'{}'" })
  removedMetadata: string[];
}

/** One step of a document's history (its timeline): drafting, attribute, signing, review, publication. */
@ObjectType({ description: '公文办理记录' })
@Entity('document_event')
@Check(
  'CHK_document_event_action',
  oneOf('action', [...DOCUMENT_ACTIONS, 'CREATE', 'REVIEW', 'PUBLISH', 'WITHDRAW', 'REMOVE_CONTENT']),
)
@Index('IDX_document_event_document', ['documentId', 'id'])
export class DocumentEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  documentId: string;

  /** A document action, or CREATE / REVIEW (a review step moved it) / PUBLISH / WITHDRAW / REMOVE_CONTENT. */
  @Field(() => String, { description: '事项' })
  @Column('varchar', { length: 32 })
  action: DocumentAction | 'CREATE' | 'REVIEW' | 'PUBLISH' | 'WITHDRAW' | 'REMOVE_CONTENT';

  @Field(() => DocumentStateEnum, { nullable: true })
  @Column('varchar', { length: 24, nullable: true })
  fromState: DocumentState | null;

  @Field(() => DocumentStateEnum)
  @Column('varchar', { length: 24 })
  toState: DocumentState;

  @Field(() => DisclosureAttributeEnum, { nullable: true })
  @Column('varchar', { length: 16, nullable: true })
  fromAttribute: DisclosureAttribute | null;

  @Field(() => DisclosureAttributeEnum, { nullable: true })
  @Column('varchar', { length: 16, nullable: true })
  toAttribute: DisclosureAttribute | null;

  @Field(() => String, { nullable: true, description: '说明' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
