import { Typography } from '@mui/material';
import {
  EditButton,
  FunctionField,
  ListButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { externalAgencyKindLabel } from '../../shared/labels';
import type { ExternalAgency } from './external-agency.resource';

const ExternalAgencyShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <ActiveToggleButton />
  </TopToolbar>
);

const PersonalDataNote = () => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" data-testid="personal-data-note">
      {translate('gdp.personal_data.notice')}
    </Typography>
  );
};

export const ExternalAgencyShow = () => (
  <Show actions={<ExternalAgencyShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <FunctionField<ExternalAgency>
        source="kind"
        render={(record) => externalAgencyKindLabel(record.kind)}
      />
      <TextField source="address" emptyText="—" />
      <TextField source="contactPerson" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <PersonalDataNote />
      <ActiveField source="isActive" />
      <NumberField source="version" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
