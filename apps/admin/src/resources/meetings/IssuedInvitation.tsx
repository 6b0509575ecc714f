import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { PRINT_AREA_CLASS, printStyles } from '../applications/PrintLayout';
import type { InvitationIssue } from './meeting.resource';
import { InvitationLetterView } from './InvitationLetterView';

/**
 * The access code exists in clear only in the answer to inviting or reissuing: it is held here, in memory,
 * until the organizer closes the dialog — never stored, never in the URL, gone on reload.
 */
const IssuedInvitationContext = createContext<(issue: InvitationIssue) => void>(() => undefined);

export const useShowIssuedInvitation = () => useContext(IssuedInvitationContext);

export const IssuedInvitationProvider = ({ children }: { children: ReactNode }) => {
  const [issue, setIssue] = useState<InvitationIssue | null>(null);
  return (
    <IssuedInvitationContext.Provider value={setIssue}>
      {children}
      {issue && <IssuedInvitationDialog issue={issue} onClose={() => setIssue(null)} />}
    </IssuedInvitationContext.Provider>
  );
};

/** The letter with the code, printable now: only the letter reaches the paper. */
export const IssuedInvitationDialog = ({
  issue,
  onClose,
}: {
  issue: InvitationIssue;
  onClose: () => void;
}) => (
  <Dialog open onClose={onClose} fullWidth maxWidth="md">
    {printStyles}
    <DialogTitle className="gdp-no-print">邀请函 {issue.caseNumber}</DialogTitle>
    <DialogContent>
      <Alert severity="warning" className="gdp-no-print" sx={{ mb: 2 }}>
        查询码{' '}
        <Typography component="strong" sx={{ fontFamily: 'monospace', fontWeight: 'bold' }}>
          {issue.accessCode}
        </Typography>{' '}
        仅此一次显示：请现在打印邀请函或告知代表。关闭后只能重新发放（原查询码随即失效）。
      </Alert>
      <div className={PRINT_AREA_CLASS}>
        <InvitationLetterView letter={issue.letter} />
      </div>
    </DialogContent>
    <DialogActions className="gdp-no-print">
      <Button onClick={onClose}>关闭</Button>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
        打印
      </Button>
    </DialogActions>
  </Dialog>
);
