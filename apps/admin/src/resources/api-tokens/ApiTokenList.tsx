import { CreateButton, Datagrid, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { API_TOKEN_EXPORT_COLUMNS } from './api-token.export';
import { ApiTokenScopesField, ApiTokenStatusField } from './ApiTokenFields';

const ApiTokenListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={API_TOKEN_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Newest first (the API's default); the columns the API can sort by (the domain's LIST_SORTING) sort. */
export const ApiTokenList = () => (
  <List actions={<ApiTokenListActions />} exporter={false} perPage={25} sort={defaultSortOf('apiTokens')}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="prefix" sortable={false} />
      <ApiTokenScopesField source="scopes" sortable={false} />
      <NumberField source="rateLimitPerMinute" />
      <ApiTokenStatusField source="status" sortable={false} />
      <ChinaDateField source="lastUsedAt" emptyText="从未使用" />
      <ChinaDateField source="createdAt" />
    </Datagrid>
  </List>
);
