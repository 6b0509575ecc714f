import { ListButton, NumberField, Show, Tab, TabbedShowLayout, TextField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ApiTokenScopesField, ApiTokenStatusField } from './ApiTokenFields';
import { ApiTokenUsage } from './ApiTokenUsage';
import { RevokeApiTokenButton } from './RevokeApiTokenButton';

const ApiTokenShowActions = () => (
  <TopToolbar>
    <ListButton />
    <RevokeApiTokenButton />
  </TopToolbar>
);

export const ApiTokenShow = () => (
  <Show actions={<ApiTokenShowActions />}>
    <TabbedShowLayout>
      <Tab label="resources.apiTokens.name">
        <TextField source="name" />
        <TextField source="prefix" />
        <ApiTokenScopesField source="scopes" />
        <NumberField source="rateLimitPerMinute" />
        <ApiTokenStatusField source="status" />
        <ChinaDateField source="createdAt" />
        <ChinaDateField source="expiresAt" emptyText="长期有效" />
        <ChinaDateField source="lastUsedAt" emptyText="从未使用" />
        <ChinaDateField source="revokedAt" emptyText="—" />
      </Tab>
      <Tab label="gdp.api_tokens.usage" path="usage">
        <ApiTokenUsage />
      </Tab>
    </TabbedShowLayout>
  </Show>
);
