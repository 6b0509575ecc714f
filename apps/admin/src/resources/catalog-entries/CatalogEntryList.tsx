import { CATALOG_ENTRY_STATE_LABELS, CATALOG_SUBJECT_KIND_LABELS } from '@gdp/domain';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  FilterButton,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { CATALOG_ENTRY_EXPORT_COLUMNS } from './catalog-entry.export';
import { ChinaDateField } from '../../shared/ChinaDateField';
import {
  CATALOG_ENTRY_STATE_CHOICES,
  CATALOG_SUBJECT_KIND_CHOICES,
  labelIn,
} from '../documents/document-labels';
import type { CatalogEntry } from './catalog-entry.resource';

export const catalogEntryStateLabel = labelIn(CATALOG_ENTRY_STATE_LABELS);
export const catalogSubjectKindLabel = labelIn(CATALOG_SUBJECT_KIND_LABELS);

const catalogEntryFilters = [
  <SearchInput key="search" source="search" alwaysOn placeholder="标题、文号或索引号" />,
  <SelectInput key="state" source="state" label="状态" choices={CATALOG_ENTRY_STATE_CHOICES} alwaysOn />,
  <SelectInput
    key="subjectKind"
    source="subjectKind"
    label="类别"
    choices={CATALOG_SUBJECT_KIND_CHOICES}
    alwaysOn
  />,
];

export const CatalogEntryList = () => (
  <List
    title="公开目录"
    filters={catalogEntryFilters}
    exporter={false}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButtons columns={CATALOG_ENTRY_EXPORT_COLUMNS} />
      </TopToolbar>
    }
    sort={defaultSortOf('catalogEntries')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="indexNumber" label="索引号" />
      <TextField source="title" label="标题" />
      <FunctionField<CatalogEntry>
        source="subjectKind"
        label="类别"
        render={(r) => catalogSubjectKindLabel(r.subjectKind)}
      />
      <ReferenceField
        source="categoryId"
        reference="catalogCategories"
        label="分类"
        link={false}
        emptyText="—"
      >
        <TextField source="name" />
      </ReferenceField>
      <FunctionField<CatalogEntry>
        source="state"
        label="状态"
        render={(r) => catalogEntryStateLabel(r.state)}
      />
      <ChinaDateField source="publishedAt" label="发布时间" />
      <NumberField source="entryVersion" label="版本" />
    </Datagrid>
  </List>
);
