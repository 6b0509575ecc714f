import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { Representative } from './representative.resource';
import { RepresentativeCreate } from './RepresentativeCreate';
import { RepresentativeEdit } from './RepresentativeEdit';
import { RepresentativeList } from './RepresentativeList';
import { RepresentativeShow } from './RepresentativeShow';

export default {
  list: RepresentativeList,
  create: RepresentativeCreate,
  edit: RepresentativeEdit,
  show: RepresentativeShow,
  icon: RecordVoiceOverIcon,
  options: { label: '社会代表名册' },
  recordRepresentation: (record: Representative) => record.name,
};
