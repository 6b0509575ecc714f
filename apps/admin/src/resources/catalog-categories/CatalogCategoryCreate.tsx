import { catalogCategoryInputSchema } from '@gdp/domain';
import { Create, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { CatalogCategoryInputs } from './CatalogCategoryInputs';

export const CatalogCategoryCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={{ sortOrder: 0 }}
      validate={validateWith(catalogCategoryInputSchema)}
      toolbar={<FormToolbar />}
    >
      <CatalogCategoryInputs />
    </SimpleForm>
  </Create>
);
