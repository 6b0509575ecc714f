import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { defaultSortOf } from '../../providers/resource-definition';
import { EXTERNAL_AGENCY_KIND_CHOICES, externalAgencyKindLabel } from '../../shared/labels';
import { EXTERNAL_AGENCY_EXPORT_COLUMNS } from './external-agency.export';
import type { ExternalAgency } from './external-agency.resource';

const externalAgencyFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="机关名称" />,
  <SelectInput key="kind" source="kind" choices={EXTERNAL_AGENCY_KIND_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    trueLabel="gdp.status.active"
    falseLabel="gdp.status.inactive"
    nullLabel="全部"
    alwaysOn
  />,
];

const ExternalAgencyListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={EXTERNAL_AGENCY_EXPORT_COLUMNS} />
  </TopToolbar>
);

/**
 * By name (the API's default; the columns it can sort by sort). Contact persons and phones
 * are personal data: the list shows them only to those who keep the records; readers open a record.
 */
export const ExternalAgencyList = () => {
  const { canAccess: keepsRecords } = useCanAccess({ resource: 'externalAgencies', action: 'edit' });
  return (
    <List
      filters={externalAgencyFilters}
      actions={<ExternalAgencyListActions />}
      exporter={false}
      perPage={25}
      sort={defaultSortOf('externalAgencies')}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField<ExternalAgency>
          source="kind"
          render={(record) => externalAgencyKindLabel(record.kind)}
        />
        <TextField source="address" sortable={false} emptyText="—" />
        {keepsRecords && <TextField source="contactPerson" sortable={false} emptyText="—" />}
        {keepsRecords && <TextField source="phone" sortable={false} emptyText="—" />}
        <ActiveField source="isActive" />
        <ChinaDateField source="updatedAt" />
      </Datagrid>
    </List>
  );
};
