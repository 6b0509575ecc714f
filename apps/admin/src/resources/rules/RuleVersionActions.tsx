import EventBusyIcon from '@mui/icons-material/EventBusy';
import PostAddIcon from '@mui/icons-material/PostAdd';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import {
  checkNextRuleVersion,
  checkRuleRepealDate,
  isDomainError,
  ruleRepealInputSchema,
  ruleVersionInputSchema,
  shanghaiDateOf,
} from '@gdp/domain';
import { useState, type ReactNode } from 'react';
import {
  Button,
  DateInput,
  Form,
  SaveButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { FormValues } from '../../providers/resource-definition';
import { formatCalendarDate, toCalendarDate } from '../../shared/dates';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { latestVersionOf, type Rule } from './rule.resource';
import { RuleVersionInputs } from './RuleInputs';

const validateVersion = validateWith(ruleVersionInputSchema);
const validateRepeal = validateWith(ruleRepealInputSchema);

/** Runs a domain check (checkNextRuleVersion, checkRuleRepealDate) and returns its field errors. */
function domainFieldErrors(check: () => void): FormErrors {
  try {
    check();
    return {};
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return Object.fromEntries(
      Object.entries(error.fields ?? { root: [error.message] }).map(([field, messages]) => [
        field,
        messages.join('；'),
      ]),
    );
  }
}

/** A failed workflow call: the field errors for the form, the message for the dialog's alert. */
function submissionErrors(error: unknown): { fields?: FormErrors; message: string } {
  const body = (error as { body?: { errors?: FormErrors } }).body;
  return { fields: body?.errors, message: (error as Error).message };
}

interface RuleDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (values: FormValues) => Promise<FormErrors | undefined>;
  validate: (values: FormValues) => FormErrors;
  defaultValues: FormValues;
  error: string | null;
  intro: string;
  saveLabel: string;
  maxWidth: 'sm' | 'md';
  children: ReactNode;
  extraActions?: ReactNode;
}

/** A react-admin form in a dialog: domain validation before sending, the API's answer after. */
const RuleDialog = (props: RuleDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth={props.maxWidth}>
      <Form
        onSubmit={props.onSubmit as never}
        validate={props.validate}
        defaultValues={props.defaultValues}
        noValidate
      >
        <DialogTitle>{translate(props.title)}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {props.intro}
          </Alert>
          {props.error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="rule-dialog-error">
              {props.error}
            </Alert>
          )}
          {props.children}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={props.onClose}>{translate('ra.action.cancel')}</MuiButton>
          {props.extraActions}
          <SaveButton label={props.saveLabel} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * 新增版本 (addRuleVersion): a revision of the text. It may not take effect before the latest version
 * (the domain's checkNextRuleVersion, checked here and by the API); it becomes current on its date.
 * The form starts from the latest text, which is what a revision edits.
 */
export const AddRuleVersionButton = () => {
  const rule = useRecordContext<Rule>();
  const { canAccess } = useCanAccess({ resource: 'rules', action: 'addVersion', record: rule });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!rule || !canAccess || !rule.versions) return null;
  const latest = latestVersionOf(rule);
  const today = shanghaiDateOf(new Date());

  const validate = (values: FormValues): FormErrors => {
    const errors = validateVersion(values);
    if (Object.keys(errors).length > 0 || !latest) return errors;
    return domainFieldErrors(() =>
      checkNextRuleVersion(latest, { effectiveDate: toCalendarDate(values.effectiveDate) ?? '' }),
    );
  };

  async function submit(values: FormValues) {
    if (!rule) return undefined;
    setError(null);
    try {
      await dataProvider.runAction('rules', 'addVersion', { ruleId: rule.id, data: values });
      notify('gdp.rules.version_added', { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (caught) {
      const { fields, message } = submissionErrors(caught);
      setError(message);
      return fields;
    }
  }

  return (
    <>
      <Button label="gdp.rules.add_version" onClick={() => setOpen(true)}>
        <PostAddIcon />
      </Button>
      {open && (
        <RuleDialog
          open
          maxWidth="md"
          title="gdp.rules.add_version"
          saveLabel="gdp.rules.add_version"
          intro={
            latest
              ? translate('gdp.rules.add_version_intro', {
                  number: latest.versionNumber,
                  date: formatCalendarDate(latest.effectiveDate),
                })
              : translate('gdp.rules.add_version_first')
          }
          error={error}
          onClose={() => setOpen(false)}
          onSubmit={submit}
          validate={validate}
          defaultValues={{
            effectiveDate: latest && latest.effectiveDate > today ? latest.effectiveDate : today,
            text: latest?.text ?? '',
          }}
        >
          <RuleVersionInputs />
        </RuleDialog>
      )}
    </>
  );
};

/**
 * 设定废止日期 (setRuleRepealDate): ends the latest version from a date — the rule stays in the library
 * with status 已废止 from then; a repeal recorded by mistake can be cleared. Sends the rule's version.
 */
export const RuleRepealDateButton = () => {
  const rule = useRecordContext<Rule>();
  const { canAccess } = useCanAccess({ resource: 'rules', action: 'setRepealDate', record: rule });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!rule || !canAccess || !rule.versions) return null;
  const latest = latestVersionOf(rule);
  if (!latest) return null;

  const validate = (values: FormValues): FormErrors => {
    const repealDate = toCalendarDate(values.repealDate);
    if (!repealDate) return { repealDate: translate('gdp.rules.repeal_date_required') };
    const errors = validateRepeal({ repealDate });
    if (Object.keys(errors).length > 0) return errors;
    return domainFieldErrors(() => checkRuleRepealDate(latest, repealDate));
  };

  async function save(repealDate: string | null) {
    if (!rule) return undefined;
    setError(null);
    setBusy(true);
    try {
      await dataProvider.runAction('rules', 'setRepealDate', {
        id: rule.id,
        version: rule.version,
        repealDate,
      });
      notify(repealDate ? 'gdp.rules.repeal_date_set' : 'gdp.rules.repeal_date_cleared', {
        type: 'success',
      });
      setOpen(false);
      refresh();
      return undefined;
    } catch (caught) {
      const { fields, message } = submissionErrors(caught);
      setError(message);
      return fields;
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button label="gdp.rules.set_repeal_date" onClick={() => setOpen(true)}>
        <EventBusyIcon />
      </Button>
      {open && (
        <RuleDialog
          open
          maxWidth="sm"
          title="gdp.rules.set_repeal_date"
          saveLabel="ra.action.save"
          intro={translate('gdp.rules.repeal_intro', {
            number: latest.versionNumber,
            date: formatCalendarDate(latest.effectiveDate),
          })}
          error={error}
          onClose={() => setOpen(false)}
          onSubmit={(values) => save(toCalendarDate(values.repealDate))}
          validate={validate}
          defaultValues={{ repealDate: latest.repealDate ?? shanghaiDateOf(new Date()) }}
          extraActions={
            latest.repealDate ? (
              <MuiButton color="warning" disabled={busy} onClick={() => void save(null)}>
                {translate('gdp.rules.clear_repeal_date')}
              </MuiButton>
            ) : undefined
          }
        >
          <DateInput source="repealDate" label="resources.rules.fields.repealDate" sx={{ width: 240 }} />
        </RuleDialog>
      )}
    </>
  );
};
