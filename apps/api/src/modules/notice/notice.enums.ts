import {
  NOTICE_CHANNELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_RECIPIENT_KINDS,
  NOTICE_RECIPIENT_KIND_LABELS,
  OUTBOX_ACTIONS,
  OUTBOX_ACTION_LABELS,
  OUTBOX_STATES,
  OUTBOX_STATE_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const NoticeChannelEnum = enumFrom('NoticeChannel', NOTICE_CHANNELS, NOTICE_CHANNEL_LABELS);
export const NoticeRecipientKindEnum = enumFrom('NoticeRecipientKind', NOTICE_RECIPIENT_KINDS, NOTICE_RECIPIENT_KIND_LABELS);
export const OutboxStateEnum = enumFrom('OutboxState', OUTBOX_STATES, OUTBOX_STATE_LABELS);
export const OutboxActionEnum = enumFrom('OutboxAction', OUTBOX_ACTIONS, OUTBOX_ACTION_LABELS);
