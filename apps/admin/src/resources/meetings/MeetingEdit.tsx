import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { VersionNote } from './VersionNote';
import { validateMeetingForm } from './meeting-forms';
import { MeetingInputs } from './MeetingInputs';

const MeetingEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

/**
 * Pessimistic save with the meeting's version; existing topics keep their ids (invitations to them stay), new
 * ones are created. The API refuses the edit once the meeting is under way.
 */
export const MeetingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<MeetingEditActions />}>
    <SimpleForm validate={validateMeetingForm} toolbar={<FormToolbar />} resetOptions={KEEP_EDITS_ON_REFRESH}>
      <VersionNote />
      <MeetingInputs />
    </SimpleForm>
  </Edit>
);
