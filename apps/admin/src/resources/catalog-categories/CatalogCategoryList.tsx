import {
  CreateButton,
  Datagrid,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceField,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { CATALOG_CATEGORY_EXPORT_COLUMNS } from './catalog-category.export';

const catalogCategoryFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="代码或名称" />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    trueLabel="gdp.status.active"
    falseLabel="gdp.status.inactive"
    nullLabel="全部"
    alwaysOn
  />,
];

const CatalogCategoryListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={CATALOG_CATEGORY_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** In the catalog's order (排序号, the API's default). */
export const CatalogCategoryList = () => (
  <List
    filters={catalogCategoryFilters}
    actions={<CatalogCategoryListActions />}
    exporter={false}
    perPage={50}
    sort={defaultSortOf('catalogCategories')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="sortOrder" />
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField
        source="parentId"
        reference="catalogCategories"
        link="show"
        sortable={false}
        emptyText="—"
      >
        <TextField source="name" />
      </ReferenceField>
      <ActiveField source="isActive" />
      <ChinaDateField source="updatedAt" />
    </Datagrid>
  </List>
);
