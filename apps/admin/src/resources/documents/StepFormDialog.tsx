import { RecordContextProvider } from 'react-admin';
import { ComplaintActionDialog, type ComplaintActionDialogProps } from '../complaints/ComplaintActionDialog';

/**
 * A workflow step's form in a dialog on a record's page. react-admin's form would start from the page's
 * record (its null fields over the step's defaults) and reset whenever it reloads; the form sees only the
 * record's id, so the step's defaults hold and what the user typed survives a reload (e.g. after preparing
 * a redacted version).
 */
export const StepFormDialog = ({ recordId, ...props }: ComplaintActionDialogProps & { recordId: string }) => (
  <RecordContextProvider value={{ id: recordId }}>
    <ComplaintActionDialog {...props} />
  </RecordContextProvider>
);
