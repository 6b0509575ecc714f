import {
  AutocompleteInput,
  Datagrid,
  DateTimeInput,
  FilterButton,
  List,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { ACTION_CHOICES, ENTITY_TYPES, OUTCOMES } from '../../shared/audit-labels';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { AUDIT_LOG_EXPORT_COLUMNS } from './audit-log.export';
import { AuditActionField, AuditActorField, AuditEntityField, AuditOutcomeField } from './AuditLogFields';
import { AuditLogExportButton, VerifyAuditChainButton } from './AuditLogToolbar';

const auditLogFilters = [
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn />,
  <AutocompleteInput
    key="action"
    source="action"
    choices={ACTION_CHOICES}
    translateChoice={false}
    alwaysOn
    sx={{ minWidth: 280 }}
  />,
  <SelectInput
    key="outcome"
    source="outcome"
    choices={OUTCOMES.map((id) => ({ id, name: `gdp.outcome.${id}` }))}
    alwaysOn
  />,
  <SelectInput
    key="entityType"
    source="entityType"
    choices={ENTITY_TYPES.map((id) => ({ id, name: `gdp.entity.${id}` }))}
  />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorId" source="actorId" />,
];

const AuditLogListActions = () => (
  <TopToolbar>
    <FilterButton />
    <VerifyAuditChainButton />
    <AuditLogExportButton />
    <ExportButtons columns={AUDIT_LOG_EXPORT_COLUMNS} formats={['xlsx']} />
  </TopToolbar>
);

/** AUDITOR only. Newest first (the API orders by sequence); every search is itself audited by the API. */
export const AuditLogList = () => (
  <List filters={auditLogFilters} actions={<AuditLogListActions />} exporter={false} perPage={50}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="seq" sortable={false} />
      <ChinaDateField source="at" sortable={false} />
      <AuditActorField source="actorName" sortable={false} />
      <AuditActionField source="action" sortable={false} />
      <AuditOutcomeField source="outcome" sortable={false} />
      <AuditEntityField source="entityType" sortable={false} />
      <TextField source="ip" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
