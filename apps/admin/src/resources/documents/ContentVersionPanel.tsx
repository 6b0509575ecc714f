import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  IconButton,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ContentVersionFieldsFragment } from '../../graphql/generated/graphql';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { formatSize, readFileAsBase64 } from './document-content';
import { stepErrorMessage } from '../../shared/useRecordStep';

/**
 * One content version: its text and files. Content removed after a state-secret confirmation is never shown
 * (the API no longer has it); an editable version takes uploads and removals.
 */
export const ContentVersionPanel = ({
  content,
  title,
  testId,
}: {
  content: ContentVersionFieldsFragment | null | undefined;
  title: string;
  testId?: string;
}) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { canAccess: canUpload } = useCanAccess({ resource: 'documents', action: 'uploadAttachment' });
  if (!content) return null;
  const removed = Boolean(content.contentRemovedAt);
  const editable = content.isEditable && !removed && canUpload;

  async function upload(file: File) {
    if (!content) return;
    setError(null);
    setBusy(true);
    try {
      await dataProvider.runAction('documents', 'uploadAttachment', {
        contentVersionId: content.id,
        fileName: file.name,
        contentBase64: await readFileAsBase64(file),
      });
      notify(`已上传 ${file.name}`, { type: 'success' });
      refresh();
    } catch (caught) {
      setError(stepErrorMessage(caught));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function remove(id: string, fileName: string) {
    setError(null);
    try {
      await dataProvider.runAction('documents', 'removeAttachment', { id });
      notify(`已删除 ${fileName}`, { type: 'success' });
      refresh();
    } catch (caught) {
      setError(stepErrorMessage(caught));
    }
  }

  const attachments = content.attachments.filter((attachment) => !attachment.removedAt);
  return (
    <Box data-testid={testId} sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      {removed ? (
        <Alert severity="info">内容已删除</Alert>
      ) : (
        <>
          <Typography
            component="pre"
            variant="body2"
            sx={{
              whiteSpace: 'pre-wrap',
              fontFamily: 'inherit',
              bgcolor: 'action.hover',
              p: 1.5,
              borderRadius: 1,
            }}
          >
            {content.body || '（无正文）'}
          </Typography>
          <List dense>
            {attachments.map((attachment) => (
              <ListItem
                key={attachment.id}
                secondaryAction={
                  editable ? (
                    <IconButton
                      aria-label={`删除 ${attachment.fileName}`}
                      onClick={() => void remove(attachment.id, attachment.fileName)}
                    >
                      <DeleteIcon />
                    </IconButton>
                  ) : null
                }
              >
                <ListItemIcon>
                  <AttachFileIcon />
                </ListItemIcon>
                <ListItemText
                  primary={
                    attachment.url ? (
                      <Link href={attachment.url} target="_blank" rel="noopener">
                        {attachment.fileName}
                      </Link>
                    ) : (
                      attachment.fileName
                    )
                  }
                  secondary={`${attachment.contentType} · ${formatSize(attachment.sizeBytes)}`}
                />
              </ListItem>
            ))}
          </List>
          {editable && (
            <>
              <input
                ref={input}
                type="file"
                hidden
                data-testid="attachment-file-input"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void upload(file);
                }}
              />
              <Button label="上传附件" disabled={busy} onClick={() => input.current?.click()}>
                <UploadFileIcon />
              </Button>
            </>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="attachment-error">
              {error}
            </Alert>
          )}
        </>
      )}
    </Box>
  );
};
