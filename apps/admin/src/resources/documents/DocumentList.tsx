import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DOCUMENT_TYPE_LABELS } from '@gdp/domain';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { DOCUMENT_EXPORT_COLUMNS } from './document.export';
import { ChinaDateField } from '../../shared/ChinaDateField';
import {
  attributeLabel,
  DISCLOSURE_ATTRIBUTE_CHOICES,
  documentStateLabel,
  DOCUMENT_STATE_CHOICES,
  DOCUMENT_TYPE_CHOICES,
  labelIn,
} from './document-labels';
import type { Document } from './document.resource';

const documentFilters = [
  <SearchInput key="search" source="search" alwaysOn placeholder="标题或文号" />,
  <SelectInput key="state" source="state" label="状态" choices={DOCUMENT_STATE_CHOICES} alwaysOn />,
  <SelectInput
    key="attribute"
    source="attribute"
    label="公开属性"
    choices={DISCLOSURE_ATTRIBUTE_CHOICES}
    alwaysOn
  />,
  <SelectInput key="type" source="type" label="文种" choices={DOCUMENT_TYPE_CHOICES} />,
];

const typeLabel = labelIn(DOCUMENT_TYPE_LABELS);

/** The documents of the user's departments (the leadership office sees all), latest worked on first. */
export const DocumentList = () => (
  <List
    title="公文"
    filters={documentFilters}
    actions={
      <TopToolbar>
        <CreateButton label="起草公文" />
        <ExportButtons columns={DOCUMENT_EXPORT_COLUMNS} />
      </TopToolbar>
    }
    exporter={false}
    sort={defaultSortOf('documents')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" label="标题" />
      <TextField source="documentNumber" label="文号" emptyText="—" sortable={false} />
      <FunctionField<Document>
        source="type"
        label="文种"
        render={(record) => (record.type === 'OTHER' && record.otherTypeName) || typeLabel(record.type)}
      />
      <FunctionField<Document>
        source="state"
        label="状态"
        render={(record) => documentStateLabel(record.state)}
      />
      <FunctionField<Document>
        source="attribute"
        label="公开属性"
        sortable={false}
        render={(record) => attributeLabel(record.attribute)}
      />
      <ReferenceField source="departmentId" reference="departments" label="主办处室" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <ChinaDateField source="updatedAt" label="更新时间" />
    </Datagrid>
  </List>
);
