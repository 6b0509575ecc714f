import { reportCorrectionSchema } from '@gdp/domain';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SummarizeIcon from '@mui/icons-material/Summarize';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Form,
  SaveButton,
  TextInput,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { FormValues } from '../../providers/resource-definition';
import { formatCalendarDate } from '../../shared/dates';
import { correctionOrderActionLabel } from '../../shared/labels';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import type { CorrectionOrder } from './correction-order.resource';

function submissionErrors(error: unknown): { fields?: FormErrors; message: string } {
  const body = (error as { body?: { errors?: FormErrors } }).body;
  return { fields: body?.errors, message: (error as Error).message };
}

/** The domain's rule and message for the report (the API applies the same). */
const validateReport = validateWith(reportCorrectionSchema);

const ReportDialog = ({ order, onClose }: { order: CorrectionOrder; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  async function submit(values: FormValues) {
    setError(null);
    try {
      await dataProvider.runAction('correctionOrders', 'report', {
        id: order.id,
        version: order.version,
        text: values.text,
      });
      notify('gdp.correction_orders.reported', { type: 'success' });
      onClose();
      refresh();
      return undefined;
    } catch (caught) {
      const { fields, message } = submissionErrors(caught);
      setError(message);
      return fields;
    }
  }
  return (
    // Clicks inside bubble through React's tree to the list row (its rowClick): they stop here.
    <Dialog open onClose={onClose} onClick={(event) => event.stopPropagation()} fullWidth maxWidth="sm">
      <Form onSubmit={submit as never} validate={validateReport} noValidate>
        <DialogTitle>
          {translate('gdp.correction_orders.report_title', { caseNumber: order.caseNumber })}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.correctionOrders.fields.requirement')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{order.requirement}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('gdp.correction_orders.due_on', { date: formatCalendarDate(order.dueDate) })}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <TextInput
            source="text"
            label="resources.correctionOrders.fields.reportText"
            helperText="gdp.correction_orders.report_hint"
            multiline
            minRows={4}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label={correctionOrderActionLabel('REPORT')} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** 报告整改 (reportCorrection): the ordered department's head, when the API offers REPORT on the order. */
export const ReportCorrectionButton = () => {
  const order = useRecordContext<CorrectionOrder>();
  const { canAccess } = useCanAccess({ resource: 'correctionOrders', action: 'report', record: order });
  const [open, setOpen] = useState(false);
  if (!order || !canAccess || !order.availableActions.includes('REPORT')) return null;
  return (
    <>
      <Button
        label={correctionOrderActionLabel('REPORT')}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <SummarizeIcon />
      </Button>
      {open && <ReportDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
};

/** 核实完成 (verifyCorrection): the complaint handler confirms the reported correction. */
export const VerifyCorrectionButton = () => {
  const order = useRecordContext<CorrectionOrder>();
  const { canAccess } = useCanAccess({ resource: 'correctionOrders', action: 'verify', record: order });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!order || !canAccess || !order.availableActions.includes('VERIFY')) return null;
  async function verify() {
    if (!order) return;
    setBusy(true);
    try {
      await dataProvider.runAction('correctionOrders', 'verify', { id: order.id, version: order.version });
      notify('gdp.correction_orders.verified', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        label={correctionOrderActionLabel('VERIFY')}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <FactCheckIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={correctionOrderActionLabel('VERIFY')}
        content={translate('gdp.correction_orders.verify_confirm', { caseNumber: order.caseNumber })}
        onConfirm={() => void verify()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
