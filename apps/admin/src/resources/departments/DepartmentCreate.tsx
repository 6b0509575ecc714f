import { departmentInputSchema } from '@gdp/domain';
import { Create, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={{ kind: 'DIVISION', sortOrder: 0 }}
      validate={validateWith(departmentInputSchema)}
      toolbar={<FormToolbar />}
    >
      <DepartmentInputs />
    </SimpleForm>
  </Create>
);
