import {
  EditButton,
  FunctionField,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { staffChangeKindLabel } from '../../shared/labels';
import type { StaffChange } from './staff-change.resource';

/** No delete or deactivate: a ledger record is corrected by editing it. */
const StaffChangeShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton label="gdp.staff_changes.correct" />
  </TopToolbar>
);

export const StaffChangeShow = () => (
  <Show actions={<StaffChangeShowActions />}>
    <SimpleShowLayout>
      <CalendarDateField source="effectiveDate" />
      <FunctionField<StaffChange> source="kind" render={(record) => staffChangeKindLabel(record.kind)} />
      <TextField source="personName" />
      <ReferenceField source="userId" reference="users" emptyText="gdp.staff_changes.no_user" />
      <ReferenceField
        source="departmentId"
        reference="departments"
        emptyText="gdp.staff_changes.bureau_level"
      />
      <TextField source="documentNumber" emptyText="—" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ReferenceField source="recordedById" reference="users" />
      <ChinaDateField source="recordedAt" />
      <ReferenceField source="updatedById" reference="users" emptyText="—" />
      <ChinaDateField source="updatedAt" />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);
