import { guideInputSchema } from '@gdp/domain';
import { Alert } from '@mui/material';
import {
  Edit,
  ListButton,
  ShowButton,
  SimpleForm,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { GuideInputs } from './GuideInputs';
import { PublishGuideButton } from './PublishGuideButton';
import type { GuideVersion } from './guide-version.resource';

const GuideVersionEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <PublishGuideButton />
  </TopToolbar>
);

/** A published version is frozen: the form says so (the API refuses the save with CONFLICT). */
const FrozenNotice = () => {
  const record = useRecordContext<GuideVersion>();
  const translate = useTranslate();
  if (!record?.publishedAt) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      {translate('gdp.guide.frozen')}
    </Alert>
  );
};

/** The draft, saved with the version the editor saw (optimistic locking). */
export const GuideVersionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<GuideVersionEditActions />}>
    <SimpleForm
      validate={validateWith(guideInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <FrozenNotice />
      <RecordVersion />
      <GuideInputs />
    </SimpleForm>
  </Edit>
);
