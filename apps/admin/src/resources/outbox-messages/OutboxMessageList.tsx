import { Datagrid, FunctionField, List, NumberField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import {
  caseKindLabel,
  noticeChannelLabel,
  OUTBOX_CHANNEL_CHOICES,
  OUTBOX_STATE_CHOICES,
  outboxStateLabel,
} from '../../shared/labels';
import { OUTBOX_MESSAGE_EXPORT_COLUMNS } from './outbox-message.export';
import type { OutboxMessage } from './outbox-message.resource';
import { RetryOutboxMessageButton } from './RetryOutboxMessageButton';

const outboxMessageFilters = [
  <SelectInput key="state" source="state" choices={OUTBOX_STATE_CHOICES} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={OUTBOX_CHANNEL_CHOICES} alwaysOn />,
];

const OutboxMessageListActions = () => (
  <TopToolbar>
    <ExportButtons columns={OUTBOX_MESSAGE_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** SYSTEM_ADMIN only. Newest first (the API's one order); failed messages can be put back in the queue. */
export const OutboxMessageList = () => (
  <List
    filters={outboxMessageFilters}
    actions={<OutboxMessageListActions />}
    exporter={false}
    perPage={25}
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <ChinaDateField source="createdAt" sortable={false} />
      <FunctionField<OutboxMessage>
        source="caseKind"
        sortable={false}
        render={(record) => (record.caseKind ? caseKindLabel(record.caseKind) : '—')}
      />
      <FunctionField<OutboxMessage>
        source="channel"
        sortable={false}
        render={(record) => noticeChannelLabel(record.channel)}
      />
      <FunctionField<OutboxMessage>
        source="state"
        sortable={false}
        render={(record) => outboxStateLabel(record.state)}
      />
      <NumberField source="attempts" sortable={false} />
      <TextField source="lastError" sortable={false} emptyText="—" />
      <ChinaDateField source="nextAttemptAt" sortable={false} emptyText="—" />
      <ChinaDateField source="sentAt" sortable={false} emptyText="—" />
      <RetryOutboxMessageButton />
    </Datagrid>
  </List>
);
