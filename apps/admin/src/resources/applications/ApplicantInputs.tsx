import { APPLICATION_LIMITS, isOrganisationApplicant, type ApplicantType } from '@gdp/domain';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { SelectInput, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { ORGANISATION_FIELDS, PERSON_FIELDS } from './application-forms';
import { APPLICANT_ID_TYPE_CHOICES, APPLICANT_TYPE_CHOICES } from './application-labels';

const L = APPLICATION_LIMITS;
const field = (name: string) => `applicant.${name}`;

/**
 * The applicant (条例 art. 29): a natural person gives a name and an identity document; a legal person or
 * other organisation its name, credit code and a contact person. Switching the type clears the other kind's
 * fields, so nothing typed for one kind is sent (and refused by the domain) for the other.
 */
export const ApplicantInputs = () => {
  const { setValue } = useFormContext();
  const applicantType = useWatch({ name: field('applicantType') }) as ApplicantType | undefined;
  const isOrganisation = applicantType ? isOrganisationApplicant(applicantType) : false;
  const clearFields = (names: readonly string[]) =>
    names.forEach((name) => setValue(field(name), null, { shouldDirty: true }));
  return (
    <Box
      data-testid="applicant-block"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, my: 1, maxWidth: 720, width: '100%' }}
    >
      <Typography variant="h6" gutterBottom>
        申请人
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        申请人信息属个人信息，仅用于办理本件申请；证件号码加密保存，列表和导出中遮掩显示。
      </Alert>
      <SelectInput
        source={field('applicantType')}
        label="申请人类型"
        choices={APPLICANT_TYPE_CHOICES}
        onChange={(event) => {
          const next = event?.target?.value as ApplicantType | undefined;
          if (!next) return;
          clearFields(isOrganisationApplicant(next) ? PERSON_FIELDS : ORGANISATION_FIELDS);
        }}
        sx={{ width: 240 }}
      />
      {applicantType &&
        (isOrganisation ? (
          <Stack data-testid="applicant-organisation">
            <TextInput
              source={field('organisationName')}
              label="单位名称"
              fullWidth
              inputProps={{ maxLength: L.organisationName }}
            />
            <TextInput
              source={field('creditCode')}
              label="统一社会信用代码"
              helperText="18 位；没有的可不填"
              inputProps={{ maxLength: L.creditCode }}
              sx={{ width: 320 }}
            />
            <TextInput
              source={field('contactPerson')}
              label="联系人"
              inputProps={{ maxLength: L.contactPerson }}
              sx={{ width: 320 }}
            />
          </Stack>
        ) : (
          <Stack data-testid="applicant-person">
            <TextInput
              source={field('name')}
              label="姓名"
              inputProps={{ maxLength: L.name }}
              sx={{ width: 320 }}
            />
            <Stack direction="row" spacing={2} flexWrap="wrap">
              <SelectInput
                source={field('idType')}
                label="身份证件类型"
                choices={APPLICANT_ID_TYPE_CHOICES}
                sx={{ width: 260 }}
              />
              <TextInput
                source={field('idNumber')}
                label="身份证件号码"
                inputProps={{ maxLength: L.idNumber, autoComplete: 'off' }}
                sx={{ width: 320 }}
              />
            </Stack>
          </Stack>
        ))}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        联系方式（至少填写一种）
      </Typography>
      <Stack direction="row" spacing={2} flexWrap="wrap">
        <TextInput source={field('phone')} label="联系电话" sx={{ width: 240 }} />
        <TextInput
          source={field('email')}
          label="电子邮箱"
          inputProps={{ maxLength: L.email }}
          sx={{ width: 320 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} flexWrap="wrap">
        <TextInput
          source={field('postalAddress')}
          label="通信地址"
          inputProps={{ maxLength: L.postalAddress }}
          sx={{ flex: 1, minWidth: 320 }}
        />
        <TextInput
          source={field('postalCode')}
          label="邮政编码"
          inputProps={{ maxLength: L.postalCode }}
          sx={{ width: 160 }}
        />
      </Stack>
    </Box>
  );
};
