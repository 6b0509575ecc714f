import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import {
  Alert,
  Autocomplete,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { taskKindLabel } from '../../shared/labels';
import type { Task } from './task.resource';

interface UserChoice {
  id: string;
  username: string;
  displayName: string;
}

/**
 * 分派: hands an open task to an active member of its department, or back to the department's queue. Shown
 * when the API offers REASSIGN for the task; the API checks the assignee (department, eligibility).
 */
export const ReassignTaskButton = () => {
  const task = useRecordContext<Task>();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'reassign', record: task });
  const [open, setOpen] = useState(false);
  if (!task || !canAccess || !task.availableActions.includes('REASSIGN')) return null;
  return (
    <>
      <Button
        label="gdp.tasks.reassign"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <PersonAddAlt1Icon />
      </Button>
      {open && <ReassignTaskDialog task={task} onClose={() => setOpen(false)} />}
    </>
  );
};

const ReassignTaskDialog = ({ task, onClose }: { task: Task; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [assignee, setAssignee] = useState<UserChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data: users = [], isPending } = useGetList<UserChoice>('users', {
    filter: { isActive: true, ...(task.departmentId ? { departmentId: task.departmentId } : {}) },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'displayName', order: 'ASC' },
  });
  const choices = users.filter((user) => user.id !== task.assigneeId);

  async function reassign(assigneeId: string | null) {
    setBusy(true);
    setError(null);
    try {
      await dataProvider.runAction('tasks', 'reassign', { id: task.id, version: task.version, assigneeId });
      notify(assigneeId ? 'gdp.tasks.reassigned' : 'gdp.tasks.returned_to_queue', { type: 'success' });
      refresh();
      onClose();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" onClick={(event) => event.stopPropagation()}>
      <DialogTitle>{translate('gdp.tasks.reassign_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">
            {taskKindLabel(task.kind)}：{task.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(task.departmentId ? 'gdp.tasks.reassign_hint' : 'gdp.tasks.reassign_hint_bureau')}
          </Typography>
          <Autocomplete<UserChoice>
            options={choices}
            loading={isPending}
            value={assignee}
            onChange={(_event, value) => setAssignee(value)}
            getOptionLabel={(user) => `${user.displayName}（${user.username}）`}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            renderInput={(params) => (
              <MuiTextField {...params} label={translate('gdp.tasks.assignee')} size="small" />
            )}
            noOptionsText={translate('gdp.tasks.no_candidates')}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {task.assigneeId && (
          <MuiButton onClick={() => reassign(null)} disabled={busy} sx={{ mr: 'auto' }}>
            {translate('gdp.tasks.return_to_queue')}
          </MuiButton>
        )}
        <MuiButton onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton
          variant="contained"
          onClick={() => assignee && reassign(assignee.id)}
          disabled={busy || !assignee}
        >
          {translate('gdp.tasks.reassign')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
