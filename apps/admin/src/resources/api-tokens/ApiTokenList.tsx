import { CreateButton, Datagrid, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { API_TOKEN_EXPORT_COLUMNS } from './api-token.export';
import { ApiTokenScopesField, ApiTokenStatusField } from './ApiTokenFields';

const ApiTokenListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={API_TOKEN_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Newest first, as the API lists them (it takes no filter or sort for tokens). */
export const ApiTokenList = () => (
  <List actions={<ApiTokenListActions />} exporter={false} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <TextField source="prefix" sortable={false} />
      <ApiTokenScopesField source="scopes" sortable={false} />
      <NumberField source="rateLimitPerMinute" sortable={false} />
      <ApiTokenStatusField source="status" sortable={false} />
      <ChinaDateField source="lastUsedAt" sortable={false} emptyText="从未使用" />
      <ChinaDateField source="createdAt" sortable={false} />
    </Datagrid>
  </List>
);
