import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { ApiTokenCreate } from './ApiTokenCreate';
import { ApiTokenList } from './ApiTokenList';
import { ApiTokenShow } from './ApiTokenShow';
import type { ApiToken } from './api-token.resource';

/** No edit: the API has no updateApiToken — revoke and create a new token instead. */
export default {
  list: ApiTokenList,
  edit: undefined,
  create: ApiTokenCreate,
  show: ApiTokenShow,
  icon: VpnKeyIcon,
  recordRepresentation: (record: ApiToken) => `${record.name}（${record.prefix}…）`,
};
