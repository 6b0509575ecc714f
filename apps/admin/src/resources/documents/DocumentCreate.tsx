import { Create, SimpleForm } from 'react-admin';
import { useSignedInUser } from '../../auth/useSignedInUser';
import { FormToolbar } from '../../shared/FormToolbar';
import { DocumentInputs } from './DocumentInputs';

/** A new draft in the drafter's own department unless another is chosen (the API checks the grant). */
export const DocumentCreate = () => {
  const me = useSignedInUser();
  if (!me) return null;
  return (
    <Create redirect="show" title="起草公文">
      <SimpleForm
        toolbar={<FormToolbar />}
        defaultValues={{
          departmentId: me.departmentId ?? null,
          body: '',
          coDepartmentIds: [],
          jointAgencyIds: [],
        }}
      >
        <DocumentInputs withDepartment />
      </SimpleForm>
    </Create>
  );
};
