import PeopleIcon from '@mui/icons-material/People';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';
import type { User } from './user.resource';

export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  show: UserShow,
  icon: PeopleIcon,
  recordRepresentation: (record: User) => `${record.displayName}（${record.username}）`,
};
