import ApartmentIcon from '@mui/icons-material/Apartment';
import { DepartmentCreate } from './DepartmentCreate';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';
import type { Department } from './department.resource';

export default {
  list: DepartmentList,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  show: DepartmentShow,
  icon: ApartmentIcon,
  recordRepresentation: (record: Department) => record.name,
};
