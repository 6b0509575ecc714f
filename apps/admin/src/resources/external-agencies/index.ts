import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { ExternalAgencyCreate } from './ExternalAgencyCreate';
import { ExternalAgencyEdit } from './ExternalAgencyEdit';
import { ExternalAgencyList } from './ExternalAgencyList';
import { ExternalAgencyShow } from './ExternalAgencyShow';
import type { ExternalAgency } from './external-agency.resource';

export default {
  list: ExternalAgencyList,
  edit: ExternalAgencyEdit,
  create: ExternalAgencyCreate,
  show: ExternalAgencyShow,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: ExternalAgency) => record.name,
};
