import FolderIcon from '@mui/icons-material/Folder';
import { CatalogCategoryCreate } from './CatalogCategoryCreate';
import { CatalogCategoryEdit } from './CatalogCategoryEdit';
import { CatalogCategoryList } from './CatalogCategoryList';
import { CatalogCategoryShow } from './CatalogCategoryShow';
import type { CatalogCategory } from './catalog-category.resource';

export default {
  list: CatalogCategoryList,
  edit: CatalogCategoryEdit,
  create: CatalogCategoryCreate,
  show: CatalogCategoryShow,
  icon: FolderIcon,
  recordRepresentation: (record: CatalogCategory) => `${record.code} ${record.name}`,
};
