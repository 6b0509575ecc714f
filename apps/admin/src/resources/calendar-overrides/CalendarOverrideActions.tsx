import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { calendarOverrideChangeSchema, calendarOverrideInputSchema, shanghaiDateOf } from '@gdp/domain';
import { useState } from 'react';
import {
  Button,
  Confirm,
  DateInput,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  useCanAccess,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { FormValues } from '../../providers/resource-definition';
import { formatCalendarDate, toCalendarDate } from '../../shared/dates';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import type { CalendarChange, CalendarOverride, CalendarYear } from './calendar-override.resource';
import { OVERRIDE_KIND_CHOICES, currentYearOf } from './calendar-year';
import { useCalendarChangeReport } from './CalendarChangeReport';
import { useShownYear } from './useCalendarYear';

const RESOURCE = 'calendarOverrides';
const validateInput = validateWith(calendarOverrideInputSchema);
const validateChange = validateWith(calendarOverrideChangeSchema);

/** A failed call: the field errors for the form, the message (conflict, refusal) for the dialog. */
function submissionErrors(error: unknown): { fields?: FormErrors; message: string } {
  const body = (error as { body?: { errors?: FormErrors } }).body;
  return { fields: body?.errors, message: (error as Error).message };
}

/** After a change: the list and the year reload, and the page shows which deadlines moved. */
function useAfterChange() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const report = useCalendarChangeReport();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  return (titleKey: string, change: CalendarChange, options: Record<string, unknown> = {}) => {
    // An override entered for another year: show that year, where it now stands.
    if (Number(filterValues.year) !== change.year.year) {
      setFilters({ ...filterValues, year: change.year.year }, displayedFilters);
    }
    refresh();
    report(translate(titleKey, options), change);
  };
}

/** 2027年1月4日 放假（说明）: how dialogs and reports name an override. */
const describeOverride = (
  override: Pick<CalendarOverride, 'date' | 'kind' | 'note'>,
  translate: (key: string) => string,
) =>
  `${formatCalendarDate(override.date)} ${translate(`gdp.calendar.kind_short.${override.kind}`)}（${override.note}）`;

interface OverrideDialogProps {
  title: string;
  intro: string;
  defaultValues: FormValues;
  isNew: boolean;
  onClose: () => void;
  onSubmit: (values: FormValues) => Promise<FormErrors | undefined>;
  error: string | null;
}

/** The override's form: the date only when entering one (another date is another override). */
const OverrideDialog = (props: OverrideDialogProps) => {
  const translate = useTranslate();
  const validate = (values: FormValues) =>
    props.isNew
      ? validateInput({ ...values, date: toCalendarDate(values.date) ?? '' })
      : validateChange(values);
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm" data-testid="calendar-override-dialog">
      <Form
        onSubmit={props.onSubmit as never}
        validate={validate}
        defaultValues={props.defaultValues}
        noValidate
      >
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {props.intro}
          </Alert>
          {props.error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="calendar-override-error">
              {props.error}
            </Alert>
          )}
          <DateInput
            source="date"
            label="resources.calendarOverrides.fields.date"
            disabled={!props.isNew}
            sx={{ width: 240 }}
          />
          <SelectInput
            source="kind"
            label="resources.calendarOverrides.fields.kind"
            choices={OVERRIDE_KIND_CHOICES}
            sx={{ width: 240 }}
          />
          <TextInput
            source="note"
            label="resources.calendarOverrides.fields.note"
            helperText={translate('gdp.calendar.note_hint')}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={props.onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * A create/edit dialog's state and submission: the API's CalendarChange is reported (moved deadlines),
 * field errors go back to the form, any other refusal shows in the dialog.
 */
function useOverrideDialog(
  callFor: (values: FormValues) => { action: 'add' | 'change'; params: Record<string, unknown>; successKey: string },
) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const afterChange = useAfterChange();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: FormValues) {
    const { action, params, successKey } = callFor(values);
    setError(null);
    try {
      const change = await dataProvider.runAction<CalendarChange>(RESOURCE, action, params);
      setOpen(false);
      afterChange(successKey, change, {
        override: change.override ? describeOverride(change.override, translate) : '',
      });
      return undefined;
    } catch (caught) {
      const { fields, message } = submissionErrors(caught);
      setError(message);
      return fields;
    }
  }

  return { open, setOpen, error, setError, submit };
}

/** 登记调整: a day off or a make-up working day of the year shown (createCalendarOverride). */
export const AddCalendarOverrideButton = () => {
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'create' });
  const translate = useTranslate();
  const year = useShownYear();
  const { open, setOpen, error, setError, submit } = useOverrideDialog((values) => ({
    action: 'add',
    params: { data: values },
    successKey: 'gdp.calendar.added',
  }));
  if (!canAccess) return null;
  const today = shanghaiDateOf(new Date());

  return (
    <>
      <Button label="gdp.calendar.add" onClick={() => (setError(null), setOpen(true))}>
        <AddIcon />
      </Button>
      {open && (
        <OverrideDialog
          isNew
          title={translate('gdp.calendar.add')}
          intro={translate('gdp.calendar.add_intro')}
          defaultValues={{
            date: currentYearOf(today) === year ? today : `${year}-01-01`,
            kind: 'OFF',
            note: '',
          }}
          onClose={() => setOpen(false)}
          onSubmit={submit}
          error={error}
        />
      )}
    </>
  );
};

/** 修改: the kind or note of an active override, at the version shown (updateCalendarOverride). */
export const EditCalendarOverrideButton = () => {
  const override = useRecordContext<CalendarOverride>();
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'edit', record: override });
  const translate = useTranslate();
  const { open, setOpen, error, setError, submit } = useOverrideDialog((values) => ({
    action: 'change',
    params: { id: override?.id, version: override?.version, data: values },
    successKey: 'gdp.calendar.changed',
  }));
  if (!override || !canAccess || !override.isActive) return null;

  return (
    <>
      <Button label="ra.action.edit" onClick={() => (setError(null), setOpen(true))}>
        <EditIcon />
      </Button>
      {open && (
        <OverrideDialog
          isNew={false}
          title={translate('gdp.calendar.edit', { date: formatCalendarDate(override.date) })}
          intro={translate('gdp.calendar.edit_intro')}
          defaultValues={{ date: override.date, kind: override.kind, note: override.note }}
          onClose={() => setOpen(false)}
          onSubmit={submit}
          error={error}
        />
      )}
    </>
  );
};

/** 撤销: the day follows the official (or derived) arrangement again; the override is kept, inactive. */
export const RemoveCalendarOverrideButton = () => {
  const override = useRecordContext<CalendarOverride>();
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'remove', record: override });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const afterChange = useAfterChange();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!override || !canAccess || !override.isActive) return null;

  async function confirm() {
    if (!override) return;
    setBusy(true);
    try {
      const change = await dataProvider.runAction<CalendarChange>(RESOURCE, 'remove', {
        id: override.id,
        version: override.version,
      });
      setOpen(false);
      afterChange('gdp.calendar.removed', change, { override: describeOverride(override, translate) });
    } catch (error) {
      setOpen(false);
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button label="gdp.calendar.remove" color="error" onClick={() => setOpen(true)} disabled={busy}>
        <UndoIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="gdp.calendar.remove"
        content="gdp.calendar.remove_confirm"
        translateOptions={{ override: describeOverride(override, translate) }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/**
 * 确认该年安排: the State Council's arrangement for a provisional year has been entered as overrides; the
 * year stops being provisional and its deadlines lose the 暂定 flag. Offered only while the year is provisional.
 */
export const ConfirmCalendarYearButton = ({ year }: { year: CalendarYear }) => {
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'confirmYear' });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const afterChange = useAfterChange();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!canAccess || !year.isProvisional || year.hasOfficialData) return null;

  async function confirm() {
    setBusy(true);
    try {
      const change = await dataProvider.runAction<CalendarChange>(RESOURCE, 'confirmYear', {
        year: year.year,
      });
      setOpen(false);
      afterChange('gdp.calendar.year_confirmed', change, { year: year.year });
    } catch (error) {
      setOpen(false);
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        label="gdp.calendar.confirm_year"
        variant="contained"
        color="warning"
        onClick={() => setOpen(true)}
        disabled={busy}
      >
        <EventAvailableIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="gdp.calendar.confirm_year_title"
        content="gdp.calendar.confirm_year_content"
        translateOptions={{ year: year.year }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
