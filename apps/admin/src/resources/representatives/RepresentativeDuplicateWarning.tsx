import { Alert, AlertTitle, Box, Button, Link } from '@mui/material';
import { useState } from 'react';
import { useNotify, useSaveContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../providers/resource-definition';
import { likelyDuplicatesOf, type DuplicateMatch } from './representative.resource';

/**
 * The create/edit pages' handling of a refused save: a likely duplicate (same phone, e-mail, or name at the
 * same organisation) lists the entries the API named; any other error is notified as usual.
 */
export function useDuplicateRefusal() {
  const notify = useNotify();
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const onError = (error: unknown) => {
    const found = likelyDuplicatesOf(error);
    if (found) setDuplicates(found);
    else notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
  };
  return { duplicates, mutationOptions: { onError } };
}

/** The matches, each opening in a new tab (the form stays), and 确认不是同一人 resubmitting with the confirmation. */
export const RepresentativeDuplicateWarning = ({ duplicates }: { duplicates: DuplicateMatch[] | null }) => {
  const { handleSubmit } = useFormContext<FormValues>();
  const { save, saving } = useSaveContext();
  if (!duplicates) return null;
  const confirm = handleSubmit((values) => save?.({ ...values, confirmNotDuplicate: true }));
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2, width: '100%', maxWidth: 720 }}
      data-testid="representative-duplicates"
      action={
        <Button color="warning" variant="outlined" disabled={saving} onClick={() => void confirm()}>
          确认不是同一人
        </Button>
      }
    >
      <AlertTitle>名册中已有可能是同一人的社会代表</AlertTitle>
      {duplicates.map((match) => (
        <Box key={match.id}>
          <Link href={`#/representatives/${match.id}/show`} target="_blank" rel="noopener">
            {match.name}
          </Link>
          {match.organisation ? `（${match.organisation}）` : ''}
        </Box>
      ))}
      <Box sx={{ mt: 1 }}>
        核对后如确认不是同一人，请点击“确认不是同一人”保存；是同一人的，请修改已有条目。
      </Box>
    </Alert>
  );
};
