import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { closeTask, openTask, taskAuditOf } from '../task/index.js';
import type { Document } from './document.entity.js';

/**
 * 条例 art. 18: information the bureau does not disclose is re-assessed periodically, and what may now be
 * disclosed is disclosed. A scheduled job opens a task for the department's head (or the leadership office)
 * on each formed 依申请公开 / 不予公开 document not assessed for `intervalMonths`; re-determining the
 * attribute or confirming it closes the task and starts the period again.
 */
export async function openDueReassessments(
  manager: EntityManager,
  clock: Clock,
  intervalMonths: number,
): Promise<number> {
  const due = (await manager.query(
    `SELECT d.id, d.title, d.department_id FROM document d
      WHERE d.attribute IN ('ON_APPLICATION', 'NOT_DISCLOSED')
        AND d.state IN ('SIGNED', 'WITHHELD', 'PUBLISHED_REDACTED')
        AND COALESCE(d.last_assessed_at, d.signed_at) <= $1::timestamptz - make_interval(months => $2)
        AND NOT EXISTS (SELECT 1 FROM task t WHERE t.kind = 'DOCUMENT_REASSESSMENT' AND t.case_id = d.id AND t.state = 'OPEN')
      ORDER BY d.signed_at, d.id
      LIMIT 500`,
    [clock.now(), intervalMonths],
  )) as Array<{ id: string; title: string; department_id: string }>;
  for (const document of due) {
    await openTask(manager, clock, {
      kind: 'DOCUMENT_REASSESSMENT',
      caseId: document.id,
      title: `定期评估：${document.title}`.slice(0, 200),
      departmentId: document.department_id,
      actorId: null,
    });
  }
  return due.length;
}

/**
 * The document was assessed now (re-determined or confirmed): its periodic re-assessment task and its art. 44
 * proposal close, and both periods start again.
 */
export async function recordAssessment(context: RequestContext, document: Document): Promise<void> {
  const { manager } = requireMutationScope(context);
  document.lastAssessedAt = context.services.clock.now();
  for (const kind of ['DOCUMENT_REASSESSMENT', 'DOCUMENT_PROACTIVE_PROPOSAL'] as const) {
    await closeTask(manager, context.services.clock, { kind, caseId: document.id }, staffIdOf(context), taskAuditOf(context));
  }
}
