/** What other modules use of the task registry (SPEC §2.3c). */
export {
  cancelTask,
  closeCalendarConfirmationTask,
  closeTask,
  createDueNotifications,
  ensureCalendarConfirmationTask,
  openTask,
  reassignOpenTasksOf,
  syncTaskDueDates,
  taskAuditOf,
  type CalendarConfirmationResult,
  type CalendarYearFacts,
  type DueNotificationCounts,
  type OpenTaskInput,
  type TaskAudit,
  type TaskTarget,
} from './task.service.js';
export { StaffNotification, Task } from './task.entity.js';
