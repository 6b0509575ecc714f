import {
  CheckboxGroupInput,
  DateTimeInput,
  NumberInput,
  TextInput,
  minValue,
  maxValue,
  number,
  required,
} from 'react-admin';
import { TOKEN_SCOPE_CHOICES } from '../../shared/labels';

/** The fields of ApiTokenInput (tokens are created, never edited: revoke and create a new one). */
export const ApiTokenInputs = () => (
  <>
    <TextInput source="name" validate={required()} sx={{ width: 360 }} />
    <CheckboxGroupInput source="scopes" choices={TOKEN_SCOPE_CHOICES} validate={required()} row={false} />
    <NumberInput
      source="rateLimitPerMinute"
      validate={[required(), number(), minValue(1), maxValue(100_000)]}
      step={1}
      sx={{ width: 360 }}
    />
    <DateTimeInput source="expiresAt" helperText="留空表示长期有效" sx={{ width: 360 }} />
  </>
);
