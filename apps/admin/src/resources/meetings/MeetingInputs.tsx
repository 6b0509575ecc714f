import { MEETING_LIMITS } from '@gdp/domain';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { NEW_TOPIC } from './meeting-forms';
import { TOPIC_CATEGORY_CHOICES } from './meeting-labels';

const wide = { width: '100%', maxWidth: 720 } as const;

/**
 * Seed §6-2: a topic is open to representatives only in one of the four categories; a topic without them has
 * neither a category nor seats (the form hides both, and nothing hidden is sent).
 */
const TopicRepresentativeInputs = () => (
  <FormDataConsumer<{ representativesMayAttend?: boolean }>>
    {({ scopedFormData }) =>
      scopedFormData?.representativesMayAttend ? (
        <>
          <SelectInput
            source="category"
            label="议题类别"
            choices={TOPIC_CATEGORY_CHOICES}
            helperText="局制度第六条第二项：邀请社会代表列席的议题须属以下事项之一"
            sx={wide}
          />
          <NumberInput
            source="seats"
            label="本议题席位数"
            min={1}
            max={MEETING_LIMITS.seats}
            step={1}
            helperText="留空表示不限"
            sx={{ width: 220 }}
          />
        </>
      ) : null
    }
  </FormDataConsumer>
);

/** The fields of MeetingInput, shared by create and edit; the topics in their order. */
export const MeetingInputs = () => (
  <>
    <TextInput source="title" label="会议名称" sx={wide} />
    <ReferenceInput source="departmentId" reference="departments" filter={{ isActive: true }} perPage={100}>
      <AutocompleteInput label="承办处室" optionText="name" sx={{ width: 360 }} />
    </ReferenceInput>
    <DateTimeInput source="startsAt" label="会议开始时间" sx={{ width: 260 }} />
    <DateTimeInput source="plannedEndsAt" label="预计结束时间" sx={{ width: 260 }} />
    <TextInput source="place" label="会议地点" sx={wide} />
    <NumberInput
      source="seats"
      label="全会社会代表席位数"
      min={1}
      max={MEETING_LIMITS.seats}
      step={1}
      helperText="留空表示不限；席位已满时新的邀请列入候补，有人谢绝或被撤回时依次递补"
      sx={{ width: 320 }}
    />
    <ArrayInput source="topics" label="议题">
      <SimpleFormIterator
        inline={false}
        disableReordering={false}
        getItemLabel={(index) => `议题 ${index + 1}`}
      >
        <TextInput source="title" label="议题名称" sx={wide} />
        <TextInput source="description" label="议题说明" multiline minRows={2} sx={wide} />
        <BooleanInput
          source="representativesMayAttend"
          label="邀请社会代表列席该议题"
          defaultValue={NEW_TOPIC.representativesMayAttend}
        />
        <TopicRepresentativeInputs />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
