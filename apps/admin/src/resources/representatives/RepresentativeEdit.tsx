import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { VersionNote } from '../meetings/VersionNote';
import { validateRepresentative } from './RepresentativeCreate';
import { RepresentativeDuplicateWarning, useDuplicateRefusal } from './RepresentativeDuplicateWarning';
import { RepresentativeInputs } from './RepresentativeInputs';

const RepresentativeEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton />
  </TopToolbar>
);

/** Pessimistic save with the entry's version; a change making it look like another entry asks for confirmation. */
export const RepresentativeEdit = () => {
  const { duplicates, mutationOptions } = useDuplicateRefusal();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={mutationOptions}
      redirect="show"
      actions={<RepresentativeEditActions />}
    >
      <SimpleForm
        validate={validateRepresentative}
        toolbar={<FormToolbar />}
        resetOptions={KEEP_EDITS_ON_REFRESH}
      >
        <VersionNote />
        <RepresentativeDuplicateWarning duplicates={duplicates} />
        <RepresentativeInputs />
      </SimpleForm>
    </Edit>
  );
};
