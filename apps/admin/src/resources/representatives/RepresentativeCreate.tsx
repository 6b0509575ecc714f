import { representativeSchema } from '@gdp/domain';
import { Create, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { RepresentativeDuplicateWarning, useDuplicateRefusal } from './RepresentativeDuplicateWarning';
import { RepresentativeInputs } from './RepresentativeInputs';

export const validateRepresentative = validateWith(representativeSchema);

/** 登记社会代表: a likely duplicate is shown and registered only after 确认不是同一人. */
export const RepresentativeCreate = () => {
  const { duplicates, mutationOptions } = useDuplicateRefusal();
  return (
    <Create redirect="show" mutationMode="pessimistic" mutationOptions={mutationOptions} title="登记社会代表">
      <SimpleForm
        defaultValues={{ type: 'STAKEHOLDER' }}
        validate={validateRepresentative}
        toolbar={<FormToolbar />}
      >
        <RepresentativeDuplicateWarning duplicates={duplicates} />
        <RepresentativeInputs />
      </SimpleForm>
    </Create>
  );
};
