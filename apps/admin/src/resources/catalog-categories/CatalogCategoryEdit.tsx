import { catalogCategoryInputSchema } from '@gdp/domain';
import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { CatalogCategoryInputs } from './CatalogCategoryInputs';

const CatalogCategoryEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton />
  </TopToolbar>
);

/** Pessimistic save with the record's version: a stale version is refused and the form keeps what was typed. */
export const CatalogCategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<CatalogCategoryEditActions />}>
    <SimpleForm
      validate={validateWith(catalogCategoryInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <RecordVersion />
      <CatalogCategoryInputs />
    </SimpleForm>
  </Edit>
);
