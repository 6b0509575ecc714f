import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

export const CopyButton = ({ text, label = 'gdp.action.copy' }: { text: string; label?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      notify('gdp.action.copied', { type: 'success' });
    } catch {
      notify('gdp.action.copy_failed', { type: 'warning' });
    }
  }
  return (
    <Button size="small" variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
      {translate(label)}
    </Button>
  );
};
