import ListAltIcon from '@mui/icons-material/ListAlt';
import type { CatalogEntry } from './catalog-entry.resource';
import { CatalogEntryList } from './CatalogEntryList';
import { CatalogEntryShow } from './CatalogEntryShow';

/** No create or edit: entries are made by publishing a review and only withdrawn. */
export default {
  list: CatalogEntryList,
  show: CatalogEntryShow,
  icon: ListAltIcon,
  options: { label: '公开目录' },
  recordRepresentation: (record: CatalogEntry) => `${record.indexNumber} ${record.title}`,
};
