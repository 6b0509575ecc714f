import {
  DomainError,
  assertTaskRoutable,
  availableTaskActions,
  badInput,
  canBeAssignedTask,
  shanghaiDateOf,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { callerScope, isInScope } from '../../../shared/access/department-scope.js';
import { notFound, staleVersion } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { calendarForRequest } from '../../calendar/calendar.service.js';
import { Task } from '../task.entity.js';
import { notifyStaff } from '../task.notifications.js';
import { presentTasks } from '../task.queries.js';
import { activeTaskViewer } from '../task.recipients.js';
import { taskAuditOf } from '../task.service.js';

const LABEL = '待办';

/**
 * Hands an open task to another member of its department, or back to the department's queue
 * (`assigneeId` null): TASK_ASSIGN within the caller's departments, bureau-wide for the two offices.
 * The new assignee is told (新待办), the previous one too (待办转交).
 */
export async function reassignTask(
  context: RequestContext,
  id: string,
  version: number,
  assigneeId: string | null,
): Promise<Task> {
  const { manager } = requireMutationScope(context);
  const { actor } = context;
  const task = isUuid(id)
    ? await manager
        .getRepository(Task)
        .createQueryBuilder('task')
        .setLock('pessimistic_write')
        .where('task.id = :id', { id })
        .getOne()
    : null;
  // Outside the caller's departments the task does not exist for them, whatever version they name.
  if (!task || !isInScope(callerScope(actor, 'TASK_ASSIGN'), task.departmentId)) throw notFound(LABEL);
  if (task.version !== version) throw staleVersion(LABEL);
  if (task.state !== 'OPEN') {
    throw new DomainError('INVALID_TRANSITION', 'TASK.NOT_OPEN', '该待办已办结或已撤销，不能再分派', {
      allowedActions: availableTaskActions(task, actor.kind === 'staff' ? actor.grants : []),
    });
  }

  if (assigneeId === null) {
    if (task.assigneeId === null) {
      throw badInput('TASK.ALREADY_IN_QUEUE', '该待办尚未分派，已在处室待分派', {
        assigneeId: ['请选择承办人'],
      });
    }
    assertTaskRoutable({ kind: task.kind, assigneeId: null, departmentId: task.departmentId });
  } else {
    if (assigneeId === task.assigneeId) {
      throw badInput('TASK.SAME_ASSIGNEE', '该待办已由所选人员承办', {
        assigneeId: ['该待办已由所选人员承办'],
      });
    }
    const candidate = isUuid(assigneeId) ? await activeTaskViewer(manager, assigneeId) : null;
    if (!candidate || !canBeAssignedTask(candidate, task)) {
      const message = task.departmentId
        ? '承办人须为该处室在岗、可办理此类待办的工作人员'
        : '承办人须为在岗、可办理此类待办的工作人员';
      throw badInput('TASK.ASSIGNEE_INVALID', message, { assigneeId: [message] });
    }
  }

  const before = { ...task };
  const now = context.services.clock.now();
  Object.assign(task, {
    assigneeId,
    assignedAt: now,
    assignedById: actor.kind === 'staff' ? actor.userId : null,
  });
  await manager.save(task);
  taskAuditOf(context)(task.id, before, task);

  const today = shanghaiDateOf(now);
  if (assigneeId) await notifyStaff(manager, [assigneeId], task, 'TASK_ASSIGNED', today, now, 'RESURFACE');
  if (before.assigneeId) {
    await notifyStaff(manager, [before.assigneeId], task, 'TASK_REASSIGNED', today, now, 'RESURFACE');
  }
  const calendar = await calendarForRequest(context.req, manager);
  return presentTasks([task], calendar, today, actor)[0];
}
