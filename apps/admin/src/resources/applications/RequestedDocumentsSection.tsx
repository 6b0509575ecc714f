import LinkIcon from '@mui/icons-material/Link';
import {
  Alert,
  Autocomplete,
  Box,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { formatCalendarDate } from '../../shared/dates';
import { HeaderRow, Section } from '../../shared/ShowSection';
import { attributeLabel } from '../documents/document-labels';
import type { Application, RequestedDocument } from './application.resource';
import { useApplicationStep } from './useApplicationStep';

const LINK_ACTION = 'LINK_DOCUMENTS';

const documentLabel = (document: RequestedDocument) =>
  document.documentNumber ? `${document.title}（${document.documentNumber}）` : document.title;

/** Formed documents by title or number, asked for as the handler types (the last answer wins). */
function useDocumentCandidates(search: string): { options: RequestedDocument[]; error: string | null } {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [options, setOptions] = useState<RequestedDocument[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const text = search.trim();
    if (!text) return setOptions([]);
    let current = true;
    const timer = setTimeout(() => {
      dataProvider
        .runAction<RequestedDocument[]>('applications', 'documentCandidates', { search: text })
        .then((found) => current && (setOptions(found), setError(null)))
        .catch((caught: Error) => current && setError(caught.message));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [dataProvider, search]);
  return { options, error };
}

const LinkDocumentsDialog = ({ application, onClose }: { application: Application; onClose: () => void }) => {
  const [chosen, setChosen] = useState<RequestedDocument[]>(application.requestedDocuments ?? []);
  const [search, setSearch] = useState('');
  const { options, error: searchError } = useDocumentCandidates(search);
  const { run, error, busy } = useApplicationStep(application, LINK_ACTION, onClose);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="link-documents-dialog">
      <DialogTitle>关联所申请的文件 · {application.caseNumber}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          按标题或文号查找本局已签发的文件。多个申请人申请同一依申请公开文件的，系统提请其主办处室研究纳入主动公开（《政府信息公开条例》第四十四条）；与其他机关联合发文的信息，本局负有公开义务，不能答复“本机关不掌握”。
        </Typography>
        <Autocomplete
          multiple
          options={options}
          value={chosen}
          filterOptions={(all) => all}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          getOptionLabel={documentLabel}
          onChange={(_event, value) => setChosen(value)}
          onInputChange={(_event, value, reason) => reason === 'input' && setSearch(value)}
          noOptionsText={search.trim() ? '没有找到已签发的文件' : '请输入标题或文号'}
          renderOption={(props, option) => (
            <li {...props} key={option.id}>
              <Box>
                <Typography variant="body2">{documentLabel(option)}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {[option.departmentName, option.attribute ? attributeLabel(option.attribute) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
            </li>
          )}
          renderInput={(params) => (
            <TextField {...params} label="所申请的文件" placeholder="输入标题或文号查找" />
          )}
        />
        {(error ?? searchError) && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error ?? searchError}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>取消</MuiButton>
        <MuiButton
          variant="contained"
          disabled={busy}
          onClick={() => void run({ documentIds: chosen.map((document) => document.id) })}
        >
          保存
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

const LinkDocumentsButton = ({ application }: { application: Application }) => {
  const { canAccess } = useCanAccess({
    resource: 'applications',
    action: 'linkDocuments',
    record: application,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess || !application.availableActions?.includes(LINK_ACTION)) return null;
  return (
    <>
      <Button label="关联所申请的文件" onClick={() => setOpen(true)}>
        <LinkIcon />
      </Button>
      {open && <LinkDocumentsDialog application={application} onClose={() => setOpen(false)} />}
    </>
  );
};

/**
 * The bureau's documents the application asks for: what tells the reply that the bureau holds the
 * information (seed §3-1), and how many distinct applicants asked for each (条例 art. 44).
 */
export const RequestedDocumentsSection = () => {
  const application = useRecordContext<Application>();
  if (!application || application.description === undefined) return null;
  const documents = application.requestedDocuments ?? [];
  const canLink = application.availableActions?.includes(LINK_ACTION);
  if (documents.length === 0 && !canLink) return null;
  return (
    <Section
      title="所申请的本局文件"
      testId="application-requested-documents"
      actions={<LinkDocumentsButton application={application} />}
    >
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          尚未关联。查明申请所涉及的本局文件后请关联，以便统计多人申请的信息。
        </Typography>
      ) : (
        <Table size="small">
          <HeaderRow headers={['文件', '主办处室', '公开属性', '成文日期', '申请人数']} />
          <TableBody>
            {documents.map((document) => (
              <TableRow key={document.id}>
                <TableCell>
                  {documentLabel(document)}
                  {document.jointlyIssued && (
                    <Chip size="small" label="联合发文" color="info" variant="outlined" sx={{ ml: 1 }} />
                  )}
                </TableCell>
                <TableCell>{document.departmentName ?? '—'}</TableCell>
                <TableCell>{document.attribute ? attributeLabel(document.attribute) : '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(document.formedDate)}</TableCell>
                <TableCell>{document.distinctApplicants}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
