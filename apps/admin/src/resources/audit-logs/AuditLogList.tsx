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
import { ACTION_CHOICES } from '../../shared/audit-labels';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { AUDIT_ENTITY_TYPE_CHOICES, AUDIT_OUTCOME_CHOICES } from '../../shared/labels';
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
  <SelectInput key="outcome" source="outcome" choices={AUDIT_OUTCOME_CHOICES} alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={AUDIT_ENTITY_TYPE_CHOICES} />,
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

/** AUDITOR only. Newest first (the API's default); every search is itself audited by the API. */
export const AuditLogList = () => (
  <List
    filters={auditLogFilters}
    actions={<AuditLogListActions />}
    exporter={false}
    perPage={50}
    sort={defaultSortOf('auditLogs')}
  >
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      sx={{ '& .RaDatagrid-headerCell': { whiteSpace: 'nowrap' } }}
    >
      <TextField source="seq" />
      <ChinaDateField source="at" />
      <AuditActorField source="actorName" />
      <AuditActionField source="action" />
      <AuditOutcomeField source="outcome" />
      <AuditEntityField source="entityType" />
      <TextField source="ip" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
