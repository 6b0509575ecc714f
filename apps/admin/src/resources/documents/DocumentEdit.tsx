import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { DocumentInputs } from './DocumentInputs';

/** The body is edited with the draft (`body` is the current content's text, see the resource). */
export const DocumentEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    actions={
      <TopToolbar>
        <ListButton />
        <ShowButton />
      </TopToolbar>
    }
  >
    <SimpleForm toolbar={<FormToolbar />} resetOptions={KEEP_EDITS_ON_REFRESH}>
      <RecordVersion />
      <DocumentInputs />
    </SimpleForm>
  </Edit>
);
