import { LinearProgress } from '@mui/material';
import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { NEW_TOPIC, validateMeetingForm } from './meeting-forms';
import { MeetingInputs } from './MeetingInputs';

/** 新建会议: the organizer's own department first (the API scopes MEETING_MANAGE to it), one topic to fill. */
export const MeetingCreate = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Create redirect="show" mutationMode="pessimistic" title="新建会议">
      <SimpleForm
        defaultValues={{ departmentId: identity?.departmentId ?? null, topics: [{ ...NEW_TOPIC }] }}
        validate={validateMeetingForm}
        toolbar={<FormToolbar />}
      >
        <MeetingInputs />
      </SimpleForm>
    </Create>
  );
};
