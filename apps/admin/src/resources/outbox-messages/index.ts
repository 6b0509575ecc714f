import OutboxIcon from '@mui/icons-material/Outbox';
import { OutboxMessageList } from './OutboxMessageList';
import type { OutboxMessage } from './outbox-message.resource';

/** Read-only: messages are created by notices and sent by the scheduled job; only a retry is offered. */
export default {
  list: OutboxMessageList,
  edit: undefined,
  create: undefined,
  show: undefined,
  icon: OutboxIcon,
  recordRepresentation: (record: OutboxMessage) => record.id,
};
