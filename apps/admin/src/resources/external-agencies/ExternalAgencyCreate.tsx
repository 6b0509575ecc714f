import { externalAgencyInputSchema } from '@gdp/domain';
import { Create, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { ExternalAgencyInputs } from './ExternalAgencyInputs';

export const ExternalAgencyCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={{ kind: 'PEER' }}
      validate={validateWith(externalAgencyInputSchema)}
      toolbar={<FormToolbar />}
    >
      <ExternalAgencyInputs />
    </SimpleForm>
  </Create>
);
