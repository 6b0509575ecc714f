import type { ExportColumn } from '../../shared/exporter';
import { tokenScopeLabel } from '../../shared/labels';
import { apiTokenStatus, type ApiToken } from './api-token.resource';

export const API_TOKEN_EXPORT_COLUMNS: ExportColumn<ApiToken>[] = [
  { source: 'name' },
  { source: 'prefix' },
  { source: 'scopes', value: (record) => record.scopes.map(tokenScopeLabel) },
  { source: 'rateLimitPerMinute' },
  { source: 'status', value: (record, { translate }) => translate(`gdp.status.${apiTokenStatus(record)}`) },
  { source: 'createdAt' },
  { source: 'expiresAt' },
  { source: 'lastUsedAt' },
  { source: 'revokedAt' },
];
