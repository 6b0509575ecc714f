import { badInput } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { countUnreadNotifications } from '../task.queries.js';
import type { MarkNotificationsReadResult } from '../task.types.js';

const MAX_IDS = 500;

/**
 * Marks the caller's own notifications read: the listed ones, or all. Ids of anyone else's notifications
 * are ignored (they are not the caller's to mark, and whether they exist is not revealed).
 */
export async function markNotificationsRead(
  context: RequestContext,
  ids: string[] | null | undefined,
  all: boolean | null | undefined,
): Promise<MarkNotificationsReadResult> {
  const { manager } = requireMutationScope(context);
  if (context.actor.kind !== 'staff') return { marked: 0, unread: 0 };
  const userId = context.actor.userId;
  if (!all && (!ids || ids.length === 0)) {
    throw badInput('NOTIFICATION.NOTHING_TO_MARK', '请选择要标记为已读的通知', { ids: ['请选择通知'] });
  }
  if (!all && ids && ids.length > MAX_IDS) {
    throw badInput('NOTIFICATION.TOO_MANY', `一次最多标记 ${MAX_IDS} 条`, {
      ids: [`一次最多标记 ${MAX_IDS} 条`],
    });
  }
  const now = context.services.clock.now();
  // An UPDATE answers [rows, affected count].
  const [, marked] = (
    all
      ? await manager.query(
          `UPDATE staff_notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`,
          [userId, now],
        )
      : await manager.query(
          `UPDATE staff_notification SET read_at = $2
          WHERE user_id = $1 AND read_at IS NULL AND id = ANY($3::uuid[])`,
          [userId, now, (ids ?? []).filter(isUuid)],
        )
  ) as [unknown, number];
  return { marked, unread: await countUnreadNotifications(manager, userId) };
}
