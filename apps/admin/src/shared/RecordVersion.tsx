import { Typography } from '@mui/material';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/** Shows the version an edit form will send back (optimistic locking). */
export const RecordVersion = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="record-version">
      {translate(`resources.${resource}.fields.version`)}：{String(record.version)}
    </Typography>
  );
};
