import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { COMPLAINT_INTAKE_CHANNEL_CHOICES, COMPLAINT_VIOLATION_KIND_CHOICES } from '../../shared/labels';

/**
 * The sealed part of an intake: the complainant's identity and the material as written. The API encrypts
 * it at rest and shows it only through the audited reveal — never to the department complained about, never
 * in a transfer, a list or an export (SPEC M14 [seed §11-5]).
 */
export const ComplaintSealedInputs = () => {
  const translate = useTranslate();
  return (
    <Box
      data-testid="complaint-sealed-section"
      sx={{
        border: 2,
        borderColor: 'warning.main',
        borderRadius: 1,
        p: 2,
        mt: 2,
        maxWidth: 720,
        width: '100%',
      }}
    >
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
        <LockIcon color="warning" />
        <Typography variant="h6">{translate('gdp.complaints.sealed_title')}</Typography>
      </Stack>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('gdp.complaints.sealed_notice')}
      </Alert>
      <TextInput source="sealed.name" label="resources.complaints.fields.sealed.name" fullWidth />
      <TextInput source="sealed.workplace" label="resources.complaints.fields.sealed.workplace" fullWidth />
      <TextInput source="sealed.address" label="resources.complaints.fields.sealed.address" fullWidth />
      <TextInput source="sealed.phone" label="resources.complaints.fields.sealed.phone" fullWidth />
      <TextInput source="sealed.email" label="resources.complaints.fields.sealed.email" fullWidth />
      <TextInput
        source="sealed.content"
        label="resources.complaints.fields.sealed.content"
        helperText={translate('gdp.complaints.sealed_content_hint')}
        multiline
        minRows={5}
        fullWidth
      />
    </Box>
  );
};

/** The fields of ComplaintIntakeInput: the case's facts, the handler's summary, then the sealed part. */
export const ComplaintInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <SelectInput source="violationKind" choices={COMPLAINT_VIOLATION_KIND_CHOICES} sx={{ width: 480 }} />
      <SelectInput source="channel" choices={COMPLAINT_INTAKE_CHANNEL_CHOICES} sx={{ width: 240 }} />
      <DateTimeInput
        source="receivedAt"
        helperText={translate('gdp.complaints.received_at_hint')}
        sx={{ width: 240 }}
      />
      <ReferenceInput source="concernedDepartmentId" reference="departments" perPage={100}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q) => ({ q })}
          helperText={translate('gdp.complaints.concerned_department_hint')}
          sx={{ width: 360 }}
        />
      </ReferenceInput>
      <TextInput
        source="summary"
        multiline
        minRows={4}
        helperText={translate('gdp.complaints.summary_hint')}
        sx={{ maxWidth: 720 }}
        fullWidth
      />
      <BooleanInput source="isAnonymous" helperText={translate('gdp.complaints.anonymous_hint')} />
      <BooleanInput source="wantsReply" />
      <BooleanInput source="issueAccessCode" helperText={translate('gdp.complaints.access_code_hint')} />
      <ComplaintSealedInputs />
    </>
  );
};
