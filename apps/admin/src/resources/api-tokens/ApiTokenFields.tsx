import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { tokenScopeLabel } from '../../shared/labels';
import { apiTokenStatus, type ApiToken } from './api-token.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

export const ApiTokenScopesField = (_props: FieldProps) => {
  const record = useRecordContext<ApiToken>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {record.scopes.map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={tokenScopeLabel(scope)} />
      ))}
    </Stack>
  );
};

const STATUS_COLORS = { valid: 'success', revoked: 'default', expired: 'warning' } as const;

export const ApiTokenStatusField = (_props: FieldProps) => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  if (!record) return null;
  const status = apiTokenStatus(record);
  return <Chip size="small" color={STATUS_COLORS[status]} label={translate(`gdp.status.${status}`)} />;
};
