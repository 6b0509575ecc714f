import DescriptionIcon from '@mui/icons-material/Description';
import type { Document } from './document.resource';
import { DocumentCreate } from './DocumentCreate';
import { DocumentEdit } from './DocumentEdit';
import { DocumentList } from './DocumentList';
import { DocumentShow } from './DocumentShow';

export default {
  list: DocumentList,
  create: DocumentCreate,
  edit: DocumentEdit,
  show: DocumentShow,
  icon: DescriptionIcon,
  options: { label: '公文' },
  recordRepresentation: (record: Document) => record.title,
};
