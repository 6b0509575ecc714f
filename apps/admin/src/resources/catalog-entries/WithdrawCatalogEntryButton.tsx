import RemoveCircleIcon from '@mui/icons-material/RemoveCircle';
import { CATALOG_ENTRY_ACTION_LABELS } from '@gdp/domain';
import { useState } from 'react';
import { Button, TextInput, useCanAccess, useRecordContext } from 'react-admin';
import { StepFormDialog } from '../documents/StepFormDialog';
import { useWorkflowStep } from '../documents/useWorkflowStep';
import type { CatalogEntry } from './catalog-entry.resource';

const WithdrawDialog = ({ entry, onClose }: { entry: CatalogEntry; onClose: () => void }) => {
  const { run, error } = useWorkflowStep('catalogEntries', 'withdraw', onClose, '已撤下');
  return (
    <StepFormDialog
      recordId={entry.id}
      title="撤下公开目录条目"
      warning="撤下后公众将不能再查阅此条目。"
      saveLabel={CATALOG_ENTRY_ACTION_LABELS.WITHDRAW}
      error={error}
      onClose={onClose}
      onSubmit={(data) => run({ id: entry.id, version: entry.version, reason: String(data.reason ?? '') })}
      validate={() => ({})}
      defaultValues={{ reason: '' }}
    >
      <TextInput source="reason" label="撤下理由" multiline minRows={3} sx={{ width: '100%' }} />
    </StepFormDialog>
  );
};

/** Shown only when the API offers WITHDRAW for the entry. */
export const WithdrawCatalogEntryButton = () => {
  const entry = useRecordContext<CatalogEntry>();
  const { canAccess } = useCanAccess({ resource: 'catalogEntries', action: 'withdraw', record: entry });
  const [open, setOpen] = useState(false);
  if (!entry || !canAccess || !entry.availableActions.includes('WITHDRAW')) return null;
  return (
    <>
      <Button label={CATALOG_ENTRY_ACTION_LABELS.WITHDRAW} color="error" onClick={() => setOpen(true)}>
        <RemoveCircleIcon />
      </Button>
      {open && <WithdrawDialog entry={entry} onClose={() => setOpen(false)} />}
    </>
  );
};

const EmergencyWithdrawDialog = ({ entry, onClose }: { entry: CatalogEntry; onClose: () => void }) => {
  const { run, error } = useWorkflowStep('catalogEntries', 'emergencyWithdraw', onClose, '已紧急撤下');
  return (
    <StepFormDialog
      recordId={entry.id}
      title={CATALOG_ENTRY_ACTION_LABELS.EMERGENCY_WITHDRAW}
      warning="用于信息泄露等紧急情况：立即从所有公开渠道撤下该索引号下的条目，无须等待其他人员。"
      saveLabel={CATALOG_ENTRY_ACTION_LABELS.EMERGENCY_WITHDRAW}
      error={error}
      onClose={onClose}
      onSubmit={(data) => run({ indexNumber: entry.indexNumber, reason: String(data.reason ?? '') })}
      validate={() => ({})}
      defaultValues={{ reason: '' }}
    >
      <TextInput source="reason" label="撤下理由" multiline minRows={3} sx={{ width: '100%' }} />
    </StepFormDialog>
  );
};

/** The leadership office's emergency withdrawal of a published entry (a leak, seed §4-5). */
export const EmergencyWithdrawCatalogEntryButton = () => {
  const entry = useRecordContext<CatalogEntry>();
  const { canAccess } = useCanAccess({
    resource: 'catalogEntries',
    action: 'emergencyWithdraw',
    record: entry,
  });
  const [open, setOpen] = useState(false);
  if (!entry || !canAccess || !entry.availableActions.includes('EMERGENCY_WITHDRAW')) return null;
  return (
    <>
      <Button
        label={CATALOG_ENTRY_ACTION_LABELS.EMERGENCY_WITHDRAW}
        color="error"
        variant="contained"
        onClick={() => setOpen(true)}
      >
        <RemoveCircleIcon />
      </Button>
      {open && <EmergencyWithdrawDialog entry={entry} onClose={() => setOpen(false)} />}
    </>
  );
};
