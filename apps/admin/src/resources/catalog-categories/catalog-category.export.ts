import type { ExportColumn } from '../../shared/exporter';
import type { CatalogCategory } from './catalog-category.resource';

/** The catalog's categories in their order (the parent by its name). */
export const CATALOG_CATEGORY_EXPORT_COLUMNS: ExportColumn<CatalogCategory>[] = [
  { source: 'sortOrder' },
  { source: 'code' },
  { source: 'name' },
  { source: 'parentId', reference: 'catalogCategories' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.status.active' : 'gdp.status.inactive'),
  },
  { source: 'updatedAt' },
];
