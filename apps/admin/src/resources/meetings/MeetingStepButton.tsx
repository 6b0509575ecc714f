import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Confirm, useCanAccess } from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import type { FormErrors } from '../../shared/zod-validation';
import { StepFormDialog } from '../documents/StepFormDialog';
import { useMeetingStep } from './useMeetingStep';

export interface MeetingStepButtonProps<TResult = unknown> {
  resource?: string;
  /** The resource definition's action (and access) name. */
  action: string;
  label: string;
  icon: ReactElement;
  /** The record the step acts on and the version the organizer saw. */
  id: string;
  version: number;
  successMessage: string;
  /** The form; without it the step is a confirmation of `confirmText`. */
  inputs?: ReactNode;
  confirmText?: string;
  /** What a confirmation sends (a form sends its values). */
  data?: FormValues;
  intro?: string;
  warning?: string;
  validate?: (values: FormValues) => FormErrors;
  defaultValues?: FormValues;
  maxWidth?: 'sm' | 'md';
  color?: 'primary' | 'error';
  onDone?: (result: TResult) => void;
}

const noErrors = () => ({});

/**
 * One step's button and its dialog (a form, or a confirmation), for users allowed the step's mutation —
 * the caller shows it only when the API offers the step (`availableActions`); the API checks again.
 */
export function MeetingStepButton<TResult = unknown>({
  resource = 'meetings',
  ...props
}: MeetingStepButtonProps<TResult>) {
  const { canAccess } = useCanAccess({ resource, action: props.action });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label={props.label} color={props.color} onClick={() => setOpen(true)}>
        {props.icon}
      </Button>
      {open && <StepDialog resource={resource} {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function StepDialog<TResult>({
  resource,
  onClose,
  ...props
}: MeetingStepButtonProps<TResult> & { resource: string; onClose: () => void }) {
  const { run, error, busy } = useMeetingStep<TResult>(
    {
      resource,
      action: props.action,
      id: props.id,
      version: props.version,
      successMessage: props.successMessage,
    },
    (result) => {
      onClose();
      props.onDone?.(result);
    },
  );
  if (!props.inputs) {
    return (
      <Confirm
        isOpen
        loading={busy}
        title={props.label}
        content={error ?? props.confirmText ?? props.label}
        confirm={props.label}
        onConfirm={() => void run(props.data ?? {})}
        onClose={onClose}
      />
    );
  }
  return (
    <StepFormDialog
      recordId={props.id}
      title={props.label}
      intro={props.intro}
      warning={props.warning}
      maxWidth={props.maxWidth}
      saveLabel={props.label}
      error={error}
      onClose={onClose}
      onSubmit={run}
      validate={props.validate ?? noErrors}
      defaultValues={props.defaultValues ?? {}}
    >
      {props.inputs}
    </StepFormDialog>
  );
}
