import type { EntityManager } from 'typeorm';
import type { CalendarDate, StaffNotificationKind } from '@gdp/domain';
import type { Task } from './task.entity.js';

/**
 * How a repeated notification (same person, task, kind and day) is taken: a reminder is sent once
 * (`ONCE`: a scheduled run twice creates one); an event such as a task handed back to someone again the
 * same day shows up again as unread (`RESURFACE`).
 */
export type NotificationRepeat = 'ONCE' | 'RESURFACE';

/** Notifies each of `userIds` about `task`; returns how many notifications were created or resurfaced. */
export async function notifyStaff(
  manager: EntityManager,
  userIds: readonly string[],
  task: Pick<Task, 'id' | 'title'>,
  kind: StaffNotificationKind,
  onDate: CalendarDate,
  now: Date,
  repeat: NotificationRepeat,
): Promise<number> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return 0;
  const onConflict =
    repeat === 'ONCE'
      ? 'DO NOTHING'
      : 'DO UPDATE SET read_at = NULL, created_at = EXCLUDED.created_at, title = EXCLUDED.title';
  const rows: unknown[] = await manager.query(
    `INSERT INTO staff_notification (user_id, kind, task_id, title, on_date, created_at)
     SELECT recipient, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS recipient
     ON CONFLICT (user_id, task_id, kind, on_date) ${onConflict}
     RETURNING id`,
    [recipients, kind, task.id, task.title, onDate, now],
  );
  return rows.length;
}
