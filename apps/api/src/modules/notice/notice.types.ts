import { Field, ID, InputType } from 'type-graphql';
import type { CaseKind, NoticeChannel, NoticeRecipientKind, OutboxState } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { CaseKindEnum } from '../deadline/deadline.enums.js';
import { NoticeChannelEnum, NoticeRecipientKindEnum, OutboxStateEnum } from './notice.enums.js';
import { OutboxMessage } from './outbox-message.entity.js';

export const OutboxMessagePage = PageOf(OutboxMessage, 'OutboxMessagePage');

@InputType()
export class OutboxMessageFilter {
  @Field(() => OutboxStateEnum, { nullable: true })
  state?: OutboxState;

  @Field(() => NoticeChannelEnum, { nullable: true })
  channel?: NoticeChannel;
}

/**
 * A notice as case modules take it from staff (validated by the domain's noticeInputSchema). The case
 * link usually comes from the module's own record; modules that let staff type it reuse this input.
 */
@InputType({ description: '登记告知' })
export class RecordNoticeInput {
  @Field(() => CaseKindEnum)
  caseKind: CaseKind;

  @Field(() => ID)
  caseId: string;

  @Field(() => NoticeRecipientKindEnum)
  recipientKind: NoticeRecipientKind;

  @Field(() => String, { description: '收件人引用（案件中的标识，不是姓名）' })
  recipientRef: string;

  @Field(() => NoticeChannelEnum, { nullable: true, description: '告知方式（默认系统内告知）' })
  channel?: NoticeChannel | null;

  @Field(() => String, { nullable: true, description: '联系地址（手机号、邮箱、邮寄地址等；加密保存）' })
  contactAddress?: string | null;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  content: string;

  @Field(() => String, { nullable: true, description: '送达凭证' })
  proof?: string | null;

  @Field(() => ID, { nullable: true, description: '因本告知而办结的办理时限' })
  deadlineId?: string | null;
}
