import LockIcon from '@mui/icons-material/Lock';
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatChinaDateTime } from '../../shared/dates';
import { roleLabel } from '../../shared/labels';
import type { User } from './user.resource';

export const UserRolesField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<User>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {record.roles.map((grant) => (
        <Chip key={grant.id} size="small" variant="outlined" label={roleLabel(grant.role)} />
      ))}
    </Stack>
  );
};

/** 已锁定（至 …） while sign-in failures keep the account locked. */
export const UserLockField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record?.lockedUntil) return <span>—</span>;
  return (
    <Chip
      size="small"
      color="error"
      icon={<LockIcon />}
      label={`${translate('gdp.status.locked')}（${formatChinaDateTime(record.lockedUntil)}）`}
    />
  );
};
