import { NumberInput, SelectInput, TextInput } from 'react-admin';
import { DEPARTMENT_KIND_CHOICES } from '../../shared/labels';

/** The fields of DepartmentInput, shared by create and edit. */
export const DepartmentInputs = () => (
  <>
    <TextInput source="code" helperText="2–32 位大写字母、数字或下划线，以字母开头" sx={{ width: 320 }} />
    <TextInput source="name" sx={{ width: 320 }} />
    <SelectInput source="kind" choices={DEPARTMENT_KIND_CHOICES} sx={{ width: 320 }} />
    <NumberInput source="sortOrder" min={0} max={9999} step={1} sx={{ width: 320 }} />
    <TextInput source="phone" sx={{ width: 320 }} />
  </>
);
