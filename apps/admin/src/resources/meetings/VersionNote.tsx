import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The version an edit form sends back (optimistic locking). */
export const VersionNote = () => {
  const record = useRecordContext<{ version?: number }>();
  if (!record) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="record-version">
      版本：{String(record.version ?? '')}
    </Typography>
  );
};
