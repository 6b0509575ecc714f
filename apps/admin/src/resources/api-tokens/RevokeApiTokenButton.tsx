import BlockIcon from '@mui/icons-material/Block';
import { ConfirmedActionButton } from '../../shared/ConfirmedActionButton';
import type { ApiToken } from './api-token.resource';

/** `revokeApiToken(id, version)`: the token stops working at once; the record stays for the audit. */
export const RevokeApiTokenButton = () => (
  <ConfirmedActionButton<ApiToken>
    resource="apiTokens"
    action="revoke"
    isDone={(token) => Boolean(token.revokedAt)}
    label="gdp.api_tokens.revoke"
    icon={<BlockIcon />}
    color="error"
    successMessage="gdp.api_tokens.revoked"
    title="gdp.api_tokens.revoke"
    content="gdp.api_tokens.revoke_confirm"
    translateOptions={(token) => ({ name: token.name })}
  />
);
