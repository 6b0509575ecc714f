import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import type { ReactNode } from 'react';
import { Form, SaveButton, useTranslate } from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import type { FormErrors } from '../../shared/zod-validation';

export interface ComplaintActionDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: (values: FormValues) => Promise<FormErrors | undefined>;
  validate: (values: FormValues) => FormErrors;
  defaultValues: FormValues;
  /** What the step means, from the rules (SPEC M14). */
  intro?: string;
  /** What must not be forgotten (e.g. a transfer carries no identity). */
  warning?: string;
  error: string | null;
  saveLabel: string;
  maxWidth?: 'sm' | 'md';
  children: ReactNode;
}

/** One workflow step as a react-admin form in a dialog: domain validation first, the API's answer after. */
export const ComplaintActionDialog = (props: ComplaintActionDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth={props.maxWidth ?? 'sm'}>
      <Form
        onSubmit={props.onSubmit as never}
        validate={props.validate}
        defaultValues={props.defaultValues}
        noValidate
      >
        <DialogTitle>{translate(props.title)}</DialogTitle>
        <DialogContent>
          {props.intro && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {props.intro}
            </Alert>
          )}
          {props.warning && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="complaint-action-warning">
              {props.warning}
            </Alert>
          )}
          {props.error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="complaint-action-error">
              {props.error}
            </Alert>
          )}
          {props.children}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={props.onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label={props.saveLabel} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
