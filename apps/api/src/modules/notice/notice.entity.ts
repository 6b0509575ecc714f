import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import {
  CASE_KINDS,
  NOTICE_CHANNELS,
  NOTICE_CONTENT_MAX,
  NOTICE_PROOF_MAX,
  NOTICE_RECIPIENT_KINDS,
  NOTICE_RECIPIENT_REF_MAX,
  NOTICE_SUBJECT_MAX,
  type CaseKind,
  type NoticeChannel,
  type NoticeRecipientKind,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CaseKindEnum } from '../deadline/deadline.enums.js';
import { User } from '../organisation/user.entity.js';
import { NoticeChannelEnum, NoticeRecipientKindEnum } from './notice.enums.js';

/**
 * A notice to someone outside the system (SPEC §2.3a): the system's memory of having told them. A record
 * of fact — never edited or deleted (the database refuses both). The person is named by reference only;
 * the contact address is stored encrypted (bound to this row's id) and shown only masked.
 */
@ObjectType({ description: '告知记录（对系统外人员的告知；只增不改）' })
@Entity('notice')
@Check('CHK_notice_case_kind', oneOf('case_kind', CASE_KINDS))
@Check('CHK_notice_recipient_kind', oneOf('recipient_kind', NOTICE_RECIPIENT_KINDS))
@Check('CHK_notice_channel', oneOf('channel', NOTICE_CHANNELS))
@Check('CHK_notice_address_pair', '("contact_address_cipher" IS NULL) = ("contact_address_masked" IS NULL)')
@Index('IDX_notice_case', ['caseKind', 'caseId', 'sentAt'])
export class Notice {
  /** Chosen before the insert: the encrypted address is bound to it. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => CaseKindEnum)
  @Column('varchar', { length: 24 })
  caseKind: CaseKind;

  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @Field(() => NoticeRecipientKindEnum, { description: '收件人类型' })
  @Column('varchar', { length: 24 })
  recipientKind: NoticeRecipientKind;

  @Field(() => String, { description: '收件人引用（案件中的标识，不是姓名）' })
  @Column('varchar', { length: NOTICE_RECIPIENT_REF_MAX })
  recipientRef: string;

  @Field(() => NoticeChannelEnum, { description: '告知方式' })
  @Column('varchar', { length: 16 })
  channel: NoticeChannel;

  /** AES-256-GCM ciphertext (see shared/crypto/field-encryption.ts); never a GraphQL field. */
  @Column('text', { nullable: true })
  contactAddressCipher: string | null;

  @Field(() => String, { nullable: true, description: '联系地址（已脱敏，如 138****5678）' })
  @Column('varchar', { length: 160, nullable: true })
  contactAddressMasked: string | null;

  @Field(() => String, { description: '告知标题' })
  @Column('varchar', { length: NOTICE_SUBJECT_MAX })
  subject: string;

  @Field(() => String, { description: '告知内容' })
  @Column('varchar', { length: NOTICE_CONTENT_MAX })
  content: string;

  @Field(() => Date, { description: '告知时间（登记时间）' })
  @Column('timestamptz')
  sentAt: Date;

  @Field(() => ID, { nullable: true, description: '告知人（系统自动告知时为空）' })
  @Column('uuid', { nullable: true })
  senderId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_id' })
  sender?: Relation<User>;

  @Field(() => String, { nullable: true, description: '送达凭证（回执号、签收记录等）' })
  @Column('varchar', { length: NOTICE_PROOF_MAX, nullable: true })
  proof: string | null;

  @Field(() => ID, { nullable: true, description: '因本告知而办结的办理时限' })
  @Column('uuid', { nullable: true })
  deadlineId: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Boolean, { description: '是否登记了联系地址' })
  get hasContactAddress(): boolean {
    return this.contactAddressCipher !== null && this.contactAddressCipher !== undefined;
  }
}
