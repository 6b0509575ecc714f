import { Labeled, ListButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { JsonField } from '../../shared/JsonField';
import {
  AuditActionField,
  AuditActorField,
  AuditEntityField,
  AuditErrorCodeField,
  AuditOutcomeField,
} from './AuditLogFields';

const AuditLogShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** One audit row; values are masked by the API's sensitivity classification, shown as readable JSON. */
export const AuditLogShow = () => (
  <Show actions={<AuditLogShowActions />}>
    <SimpleShowLayout>
      <TextField source="seq" />
      <ChinaDateField source="at" />
      <AuditActorField source="actorName" />
      <TextField source="actorId" emptyText="—" />
      <AuditActionField source="action" />
      <AuditOutcomeField source="outcome" />
      <AuditErrorCodeField source="errorCode" />
      <AuditEntityField source="entityType" />
      <Labeled source="changes" fullWidth>
        <JsonField source="changes" />
      </Labeled>
      <TextField source="ip" emptyText="—" />
      <TextField source="requestId" emptyText="—" />
      <TextField source="hash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
    </SimpleShowLayout>
  </Show>
);
