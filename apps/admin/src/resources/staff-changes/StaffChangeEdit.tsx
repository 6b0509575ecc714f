import { staffChangeInputSchema } from '@gdp/domain';
import { Alert } from '@mui/material';
import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar, useTranslate } from 'react-admin';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { StaffChangeInputs } from './StaffChangeInputs';

const StaffChangeEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

const CorrectionNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('gdp.staff_changes.correction_notice')}
    </Alert>
  );
};

/** A correction of a ledger record (audited); optimistic locking as everywhere. No delete. */
export const StaffChangeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<StaffChangeEditActions />}>
    <SimpleForm
      validate={validateWith(staffChangeInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <CorrectionNotice />
      <RecordVersion />
      <StaffChangeInputs />
    </SimpleForm>
  </Edit>
);
