import GavelIcon from '@mui/icons-material/Gavel';
import { RuleCreate } from './RuleCreate';
import { RuleEdit } from './RuleEdit';
import { RuleList } from './RuleList';
import { RuleShow } from './RuleShow';
import type { Rule } from './rule.resource';

export default {
  list: RuleList,
  edit: RuleEdit,
  create: RuleCreate,
  show: RuleShow,
  icon: GavelIcon,
  recordRepresentation: (record: Rule) => record.title,
};
