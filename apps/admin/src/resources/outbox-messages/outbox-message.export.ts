import type { ExportColumn } from '../../shared/exporter';
import { caseKindLabel, noticeChannelLabel, outboxStateLabel } from '../../shared/labels';
import type { OutboxMessage } from './outbox-message.resource';

export const OUTBOX_MESSAGE_EXPORT_COLUMNS: ExportColumn<OutboxMessage>[] = [
  { source: 'createdAt' },
  { source: 'caseKind', value: (record) => (record.caseKind ? caseKindLabel(record.caseKind) : '') },
  { source: 'channel', value: (record) => noticeChannelLabel(record.channel) },
  { source: 'state', value: (record) => outboxStateLabel(record.state) },
  { source: 'attempts' },
  { source: 'lastError' },
  { source: 'nextAttemptAt' },
  { source: 'sentAt' },
  { source: 'providerMessageId' },
  { source: 'id' },
];
