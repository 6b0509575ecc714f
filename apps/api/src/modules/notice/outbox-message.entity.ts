import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { OUTBOX_CHANNELS, OUTBOX_STATES, outboxActionsFor, type CaseKind, type OutboxAction, type OutboxChannel, type OutboxState } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CaseKindEnum } from '../deadline/deadline.enums.js';
import { Notice } from './notice.entity.js';
import { NoticeChannelEnum, OutboxActionEnum, OutboxStateEnum } from './notice.enums.js';

/**
 * A notice to be sent by SMS or e-mail. It holds delivery state only: the address and the text stay on
 * the notice (the address encrypted) and are read only at the moment of sending.
 */
@ObjectType({ description: '发送队列消息（仅发送状态，不含地址和内容）' })
@Entity('outbox_message')
@Check('CHK_outbox_message_channel', oneOf('channel', OUTBOX_CHANNELS))
@Check('CHK_outbox_message_state', oneOf('state', OUTBOX_STATES))
@Check('CHK_outbox_message_attempts', '"attempts" >= 0')
@Index('IDX_outbox_message_due', ['state', 'nextAttemptAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: '告知记录' })
  @Index('IDX_outbox_message_notice')
  @Column('uuid')
  noticeId: string;

  @ManyToOne(() => Notice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Relation<Notice>;

  @Field(() => NoticeChannelEnum, { description: '发送方式' })
  @Column('varchar', { length: 16 })
  channel: OutboxChannel;

  @Field(() => OutboxStateEnum, { description: '状态' })
  @Column('varchar', { length: 16 })
  state: OutboxState;

  @Field(() => Int, { description: '已尝试次数' })
  @Column('integer', { default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: '下次尝试时间' })
  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true, description: '最近一次失败原因（不含地址）' })
  @Column('varchar', { length: 200, nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: '发送成功时间' })
  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: '服务商消息编号' })
  @Column('varchar', { length: 200, nullable: true })
  providerMessageId: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  /** The notice's case kind, joined in by the outbox listing (not a column of this table). */
  @Field(() => CaseKindEnum, { nullable: true, description: '案件类型' })
  caseKind?: CaseKind;

  @Field(() => [OutboxActionEnum], { description: '当前可执行的操作' })
  get availableActions(): OutboxAction[] {
    return outboxActionsFor(this.state);
  }
}
