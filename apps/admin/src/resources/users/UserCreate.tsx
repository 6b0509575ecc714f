import { checkPasswordPolicy, userInputSchema } from '@gdp/domain';
import { Create, PasswordInput, SimpleForm, useTranslate } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { UserInputs } from './UserInputs';

const validateUser = validateWith(userInputSchema);

/** The domain's field rules plus its password policy for the initial password. */
export function validateNewUser(values: Record<string, unknown>): FormErrors {
  const errors = validateUser(values);
  const password = typeof values.initialPassword === 'string' ? values.initialPassword : '';
  const violations = checkPasswordPolicy(password, {
    username: typeof values.username === 'string' ? values.username : '',
  });
  if (violations.length > 0) errors.initialPassword = violations.join('；');
  return errors;
}

export const UserCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm validate={validateNewUser} toolbar={<FormToolbar />}>
        <UserInputs />
        <PasswordInput
          source="initialPassword"
          autoComplete="new-password"
          helperText={translate('gdp.users.initial_password_hint')}
          sx={{ width: 360 }}
        />
      </SimpleForm>
    </Create>
  );
};
