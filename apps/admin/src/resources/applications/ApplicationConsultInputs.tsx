import {
  APPLICATION_CONSULTATION_USES,
  consultationLetterSchema,
  needsContactAddress,
  NOTICE_CHANNEL_LABELS,
  NOTICE_CHANNELS,
  type NoticeChannel,
} from '@gdp/domain';
import {
  ArrayInput,
  AutocompleteArrayInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { FormValues } from '../../providers/resource-definition';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { toConsultInput } from './application-forms';
import { consultationUseLabel } from './application-labels';

const wide = { width: '100%' } as const;
const USE_CHOICES = APPLICATION_CONSULTATION_USES.map((use) => ({
  id: use,
  name: consultationUseLabel(use),
}));
/** A third party has no access code: the letter goes by a channel that reaches them. */
const THIRD_PARTY_CHANNEL_CHOICES = NOTICE_CHANNELS.filter((channel) => channel !== 'IN_SYSTEM').map(
  (channel) => ({ id: channel, name: NOTICE_CHANNEL_LABELS[channel] }),
);
const validateLetter = validateWith(consultationLetterSchema);

/** The letter (facts, the bureau's opinion and basis) and at least one consultee of the chosen kind. */
export function validateConsult(values: FormValues): FormErrors {
  const input = toConsultInput(values);
  const errors: FormErrors = { ...validateLetter(input) };
  if (!input.use) errors.use = '请选择征求意见的情形';
  if (input.use === 'APPLICATION_JOINT_AGENCY' && input.agencyIds.length === 0)
    errors.agencyIds = '请选择至少一个行政机关';
  if (input.use === 'APPLICATION_THIRD_PARTY') {
    const rows = (Array.isArray(values.thirdParties) ? values.thirdParties : []) as FormValues[];
    if (input.thirdParties.length === 0) errors.thirdParties = '请填写至少一个第三方';
    const rowErrors: FormErrors = {};
    rows.forEach((row, index) => {
      const problems: FormErrors = {};
      if (!row?.name || !String(row.name).trim()) problems.name = '请填写第三方名称或姓名';
      if (!row?.channel) problems.channel = '请选择送达方式';
      else if (needsContactAddress(row.channel as NoticeChannel) && !String(row.contactAddress ?? '').trim())
        problems.contactAddress = '请填写联系地址';
      if (Object.keys(problems).length > 0) rowErrors[String(index)] = problems;
    });
    if (Object.keys(rowErrors).length > 0 && input.thirdParties.length > 0) errors.thirdParties = rowErrors;
  }
  return errors;
}

/**
 * 征求意见: a third party whose rights disclosure may harm (art. 32), or the other agencies of a jointly made
 * document (art. 34). Third parties are named with how the letter reaches them; the applicant's identity
 * is never told to them.
 */
export const ApplicationConsultInputs = () => {
  const use = useWatch({ name: 'use' });
  return (
    <>
      <RadioButtonGroupInput source="use" label="征求意见的情形" choices={USE_CHOICES} />
      {use === 'APPLICATION_JOINT_AGENCY' ? (
        <ReferenceArrayInput source="agencyIds" reference="externalAgencies" perPage={100}>
          <AutocompleteArrayInput
            label="共同制作的行政机关"
            optionText="name"
            filterToQuery={(q) => ({ q })}
            sx={wide}
          />
        </ReferenceArrayInput>
      ) : (
        <ArrayInput source="thirdParties" label="第三方" helperText="不向第三方透露申请人身份">
          <SimpleFormIterator inline disableReordering disableClear>
            <TextInput source="name" label="第三方名称或姓名" sx={{ minWidth: 220 }} />
            <SelectInput
              source="channel"
              label="送达方式"
              choices={THIRD_PARTY_CHANNEL_CHOICES}
              sx={{ width: 160 }}
            />
            <TextInput source="contactAddress" label="联系地址" sx={{ minWidth: 240 }} />
          </SimpleFormIterator>
        </ArrayInput>
      )}
      <TextInput source="basicFacts" label="拟公开政府信息基本情况" multiline minRows={3} sx={wide} />
      <TextInput source="opinion" label="本机关的意见" multiline minRows={2} sx={wide} />
      <TextInput source="basis" label="意见的依据" multiline minRows={2} sx={wide} />
    </>
  );
};
