/** Notices to people outside the system and their SMS / e-mail outbox (SPEC §2.3a): what other modules use. */
export { Notice } from './notice.entity.js';
export { OutboxMessage } from './outbox-message.entity.js';
export { RecordNoticeInput } from './notice.types.js';
export {
  recordNotice,
  recordNoticeInMutation,
  noticeAddressAad,
  type RecordNoticeOptions,
  type RecordedNotice,
} from './use-cases/record-notice.js';
export { deliverPendingOutbox, OUTBOX_SEND_LEASE_MINUTES, type OutboxDeliverySummary } from './use-cases/deliver-pending-outbox.js';
export { createOutboxAdapters, OutboxSendError, type OutboxAdapter, type OutboxAdapters, type OutboxSendRequest } from './outbox/outbox-adapter.js';
