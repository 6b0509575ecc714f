import { shanghaiDateOf, staffChangeInputSchema } from '@gdp/domain';
import { Create, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { StaffChangeInputs } from './StaffChangeInputs';

export const StaffChangeCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={() => ({ effectiveDate: shanghaiDateOf(new Date()), kind: 'TRANSFER_IN' })}
      validate={validateWith(staffChangeInputSchema)}
      toolbar={<FormToolbar />}
    >
      <StaffChangeInputs />
    </SimpleForm>
  </Create>
);
