import { guideInputSchema } from '@gdp/domain';
import { Alert } from '@mui/material';
import { Create, Loading, SimpleForm, useGetList, useTranslate } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { GuideInputs } from './GuideInputs';
import { guideContentOf, type GuideVersion } from './guide-version.resource';

/** A new draft starts from the latest version's text: a revision edits what the public was told. */
export const GuideVersionCreate = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<GuideVersion>('guideVersions', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'versionNumber', order: 'DESC' },
  });
  if (isPending) return <Loading />;
  const latest = data?.[0];
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm
        defaultValues={latest ? guideContentOf(latest) : { office: {} }}
        validate={validateWith(guideInputSchema)}
        toolbar={<FormToolbar />}
      >
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('gdp.guide.draft_notice')}
        </Alert>
        <GuideInputs />
      </SimpleForm>
    </Create>
  );
};
