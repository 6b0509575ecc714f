import {
  AutocompleteArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { DOCUMENT_PURPOSE_CHOICES, DOCUMENT_TYPE_CHOICES } from './document-labels';

const wide = { width: '100%' } as const;

/** The draft's fields, shared by create and edit; the API validates them with the domain's schema. */
export const DocumentInputs = ({ withDepartment = false }: { withDepartment?: boolean }) => (
  <>
    {withDepartment && (
      <ReferenceInput source="departmentId" reference="departments" perPage={100}>
        <AutocompleteInput
          label="主办处室"
          optionText="name"
          filterToQuery={(q) => ({ q })}
          sx={{ minWidth: 320 }}
        />
      </ReferenceInput>
    )}
    <TextInput source="title" label="标题" sx={wide} />
    <TextInput source="documentNumber" label="文号" sx={{ minWidth: 320 }} />
    <SelectInput source="type" label="文种" choices={DOCUMENT_TYPE_CHOICES} sx={{ minWidth: 240 }} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.type === 'OTHER' ? (
          <TextInput source="otherTypeName" label="其他文种名称" sx={{ minWidth: 320 }} />
        ) : null
      }
    </FormDataConsumer>
    <SelectInput
      source="purpose"
      label="公文用途"
      choices={DOCUMENT_PURPOSE_CHOICES}
      sx={{ minWidth: 400 }}
    />
    <TextInput source="summary" label="摘要" multiline minRows={2} sx={wide} />
    <ReferenceArrayInput source="coDepartmentIds" reference="departments" perPage={100}>
      <AutocompleteArrayInput label="会办处室" optionText="name" filterToQuery={(q) => ({ q })} sx={wide} />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="jointAgencyIds" reference="externalAgencies" perPage={100}>
      <AutocompleteArrayInput
        label="联合发文机关"
        optionText="name"
        filterToQuery={(q) => ({ q })}
        sx={wide}
      />
    </ReferenceArrayInput>
    <ReferenceInput source="catalogCategoryId" reference="catalogCategories" perPage={100}>
      <AutocompleteInput
        label="公开目录分类"
        optionText="name"
        filterToQuery={(q) => ({ q })}
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
    <ReferenceInput source="forwardedFromId" reference="documents" perPage={50}>
      <AutocompleteInput
        label="转发的公文"
        optionText="title"
        filterToQuery={(search) => ({ search })}
        sx={{ minWidth: 400 }}
      />
    </ReferenceInput>
    <TextInput source="body" label="正文" multiline minRows={8} sx={wide} />
  </>
);
