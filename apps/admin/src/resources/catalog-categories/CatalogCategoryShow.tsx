import {
  EditButton,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { ChinaDateField } from '../../shared/ChinaDateField';

const CatalogCategoryShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <ActiveToggleButton />
  </TopToolbar>
);

export const CatalogCategoryShow = () => (
  <Show actions={<CatalogCategoryShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <NumberField source="sortOrder" />
      <ReferenceField source="parentId" reference="catalogCategories" link="show" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ActiveField source="isActive" />
      <NumberField source="version" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
