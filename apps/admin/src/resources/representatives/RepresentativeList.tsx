import { Typography } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { ContactField, EligibilityField, RepresentativeStateField } from './RepresentativeFields';
import {
  REPRESENTATIVE_STATE_CHOICES,
  REPRESENTATIVE_TYPE_CHOICES,
  representativeTypeLabel,
} from './representative-labels';
import { REPRESENTATIVE_EXPORT_COLUMNS } from './representative.export';
import type { Representative } from './representative.resource';

const representativeFilters = [
  <SearchInput key="search" source="search" alwaysOn placeholder="姓名、单位或专业领域" />,
  <SelectInput
    key="type"
    source="type"
    label="代表类别"
    choices={REPRESENTATIVE_TYPE_CHOICES}
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
  <SelectInput key="state" source="state" label="状态" choices={REPRESENTATIVE_STATE_CHOICES} alwaysOn />,
  <BooleanInput key="invitable" source="invitable" label="仅列出可以邀请的（在册且资格审核符合）" />,
];

const RepresentativeListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="登记社会代表" />
    <ExportButtons columns={REPRESENTATIVE_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** 社会代表名册 by name; the contact column only for the registry's keepers (the API answers null to others). */
export const RepresentativeList = () => {
  const { canAccess: keepsRegistry } = useCanAccess({ resource: 'representatives', action: 'edit' });
  return (
    <List
      filters={representativeFilters}
      actions={<RepresentativeListActions />}
      exporter={false}
      perPage={25}
      empty={false}
      sort={defaultSortOf('representatives')}
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        empty={
          <Typography sx={{ p: 2 }} color="text.secondary" data-testid="representatives-empty">
            名册中没有符合条件的社会代表
          </Typography>
        }
      >
        <TextField source="name" label="姓名" />
        <FunctionField
          source="type"
          label="代表类别"
          render={(record: Representative) => representativeTypeLabel(record.type)}
        />
        <TextField source="organisation" label="工作单位" sortable={false} emptyText="—" />
        <EligibilityField source="eligibilityOutcome" label="资格审核" sortable={false} />
        <RepresentativeStateField source="state" label="状态" />
        {keepsRegistry && <ContactField source="contact" label="联系方式" sortable={false} />}
      </Datagrid>
    </List>
  );
};
