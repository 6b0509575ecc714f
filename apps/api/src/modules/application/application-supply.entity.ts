import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { APPLICATION_LIMITS, NOTICE_CHANNELS, type NoticeChannel } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { Application } from './application.entity.js';

export const SUPPLY_VERSION_KINDS = ['ORIGINAL', 'REDACTED'] as const;
export type SupplyVersionKind = (typeof SUPPLY_VERSION_KINDS)[number];

/**
 * What a reply supplies to the applicant (SPEC M6), as it passes the confidentiality review (subject kind
 * APPLICATION_REPLY): the handler's ORIGINAL (the information or its description, files), and for a partial
 * disclosure the REDACTED version the holding department's confidentiality officer prepares at level 2.
 * A version a decision was taken on is sealed; the applicant reads only the approved one, through their code.
 */
@ObjectType({ description: '依申请公开提供的信息（送保密审查的版本）' })
@Entity('application_supply_version')
@Check('CHK_application_supply_version_kind', oneOf('kind', SUPPLY_VERSION_KINDS))
@Check('CHK_application_supply_version_notice_channel', oneOf('notice_channel', NOTICE_CHANNELS))
@Index('IDX_application_supply_version_application', ['applicationId', 'createdAt'])
export class ApplicationSupplyVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  applicationId: string;

  @ManyToOne(() => Application, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Field(() => String, { description: 'ORIGINAL：送审原件；REDACTED：区分处理后的版本' })
  @Column('varchar', { length: 16 })
  kind: SupplyVersionKind;

  @Field(() => ID, { nullable: true, description: '区分处理所依据的原件' })
  @Column('uuid', { nullable: true })
  basedOnId: string | null;

  @Field(() => ID, { description: '信息所在处室（保密审查的主办处室）' })
  @Column('uuid')
  holdingDepartmentId: string;

  @Field(() => String, { description: '提供的信息（或其说明）' })
  @Column('text')
  text: string;

  /** The handler's explanation for the reply letter (ORIGINAL only); not shown to reviewers as content. */
  @Column('varchar', { length: APPLICATION_LIMITS.replyText, nullable: true })
  replyText: string | null;

  /** How the reply is told to the applicant once supplied (ORIGINAL only). */
  @Column('varchar', { length: 16, nullable: true })
  noticeChannel: NoticeChannel | null;

  @Field(() => Date, { nullable: true, description: '审查决定后锁定的时间' })
  @Column('timestamptz', { nullable: true })
  sealedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;
}

/** A file supplied with a version (base64 uploads, typed by content). */
@ObjectType({ description: '提供给申请人的文件' })
@Entity('application_supply_file')
@Index('IDX_application_supply_file_version', ['versionId'])
export class ApplicationSupplyFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  versionId: string;

  @ManyToOne(() => ApplicationSupplyVersion, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<ApplicationSupplyVersion>;

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
}
