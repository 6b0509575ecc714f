import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { DEFAULT_NOTICE_CHANNEL, inviteSchema } from '@gdp/domain';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
} from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { representativeTypeLabel } from '../representatives/representative-labels';
import type { Representative } from '../representatives/representative.resource';
import { toInviteInput } from './meeting-forms';
import { meetingActionLabel, NOTICE_CHANNEL_CHOICES, topicCategoryLabel } from './meeting-labels';
import type { InvitationIssue, Meeting } from './meeting.resource';
import { useShowIssuedInvitation } from './IssuedInvitation';
import { MeetingStepButton } from './MeetingStepButton';

const validateInviteInput = validateWith(inviteSchema);

/** The domain's invite rules on what is sent; 按议题 with no topic ticked would silently mean the whole meeting. */
export function validateInvite(values: FormValues): FormErrors {
  const errors = validateInviteInput(toInviteInput(values));
  if (values.wholeMeeting === false && toInviteInput(values).topicIds.length === 0) {
    return { ...errors, topicIds: '请选择邀请列席的议题' };
  }
  return errors;
}

const representativeOption = (representative: Representative) =>
  `${representative.name}（${representativeTypeLabel(representative.type)}${
    representative.organisation ? `，${representative.organisation}` : ''
  }）`;

/** Only representatives in use whose eligibility check is 符合 can be invited (the API's `invitable`). */
const InviteInputs = ({ meeting }: { meeting: Meeting }) => {
  const openTopics = (meeting.topics ?? []).filter((topic) => topic.representativesMayAttend);
  return (
    <>
      <ReferenceInput
        source="representativeId"
        reference="representatives"
        filter={{ invitable: true }}
        perPage={50}
      >
        <AutocompleteInput
          label="社会代表"
          optionText={representativeOption}
          filterToQuery={(search: string) => ({ search })}
          helperText="仅列出在册且资格审核符合列席条件的代表"
          sx={{ width: '100%' }}
        />
      </ReferenceInput>
      <BooleanInput source="wholeMeeting" label="列席全部邀请社会代表的议题" />
      <FormDataConsumer<{ wholeMeeting?: boolean }>>
        {({ formData }) =>
          formData.wholeMeeting === false ? (
            <CheckboxGroupInput
              source="topicIds"
              label="邀请列席的议题"
              row={false}
              choices={openTopics.map((topic) => ({
                id: topic.id,
                name: `${topic.title}（${topicCategoryLabel(topic.category)}${topic.seats ? `，${topic.seats} 席` : ''}）`,
              }))}
            />
          ) : null
        }
      </FormDataConsumer>
      <SelectInput
        source="noticeChannel"
        label="告知方式"
        choices={NOTICE_CHANNEL_CHOICES}
        sx={{ width: 320 }}
      />
    </>
  );
};

/** 邀请: when seats are full the invitation is waitlisted (候补); the letter with the code is shown once. */
export const InviteButton = ({ meeting }: { meeting: Meeting }) => {
  const showIssued = useShowIssuedInvitation();
  return (
    <MeetingStepButton<InvitationIssue>
      action="invite"
      label={meetingActionLabel('INVITE')}
      icon={<PersonAddIcon />}
      id={meeting.id}
      version={meeting.version}
      successMessage={`${meeting.caseNumber}：邀请已发出`}
      intro="席位已满时列入候补，有人谢绝或被撤回时按邀请顺序递补。邀请函和查询码仅在发出时显示一次。"
      validate={validateInvite}
      defaultValues={{ wholeMeeting: true, topicIds: [], noticeChannel: DEFAULT_NOTICE_CHANNEL }}
      inputs={<InviteInputs meeting={meeting} />}
      onDone={showIssued}
    />
  );
};
