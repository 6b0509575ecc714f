import { AutocompleteInput, ReferenceInput, TextInput } from 'react-admin';

/** The fields of UserInput, shared by create and edit (the username cannot change after creation). */
export const UserInputs = ({ isEdit = false }: { isEdit?: boolean }) => (
  <>
    <TextInput
      source="username"
      // Read-only, not disabled: a disabled field is left out of the submitted form, and the API checks it.
      readOnly={isEdit}
      helperText={isEdit ? '用户名创建后不能修改' : '3–32 位小写字母、数字或 . _ -，以字母开头'}
      sx={{ width: 360 }}
    />
    <TextInput source="displayName" sx={{ width: 360 }} />
    <ReferenceInput source="departmentId" reference="departments" filter={{ isActive: true }} perPage={100}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q) => ({ q })}
        sx={{ width: 360 }}
        emptyText="未归属处室"
      />
    </ReferenceInput>
    <TextInput source="phone" sx={{ width: 360 }} />
    <TextInput source="email" type="email" sx={{ width: 360 }} />
  </>
);
