import type { EntityManager } from 'typeorm';
import { proactiveProposalDue, proactiveProposalTitle } from '@gdp/domain';
import type { Clock } from '../../clock.js';
import { openTask } from '../task/index.js';

/**
 * 条例 art. 44: information several applicants asked for may be made proactive. Each time an application is
 * linked to documents, those that are 依申请公开 and have now been asked for by the configured number of
 * distinct applicants since they were last assessed (an applicant is one identity — the keyed fingerprint of
 * the ID number or credit code; a case without one counts alone) get a task for their department's head:
 * re-determining the attribute or confirming it (document-steps.ts) closes it and starts counting again.
 * Returns the ids of the documents a task was opened for.
 */
export async function proposeRepeatedlyRequestedDocuments(
  manager: EntityManager,
  clock: Clock,
  documentIds: readonly string[],
  threshold: number,
): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const rows = (await manager.query(
    `SELECT d.id, d.title, d.department_id, d.attribute,
            (SELECT count(DISTINCT coalesce(a.applicant_fingerprint, a.id::text))::int
               FROM application_document ad JOIN application a ON a.id = ad.application_id
              WHERE ad.document_id = d.id AND ad.linked_at > coalesce(d.last_assessed_at, '-infinity')) AS applicants
       FROM document d
      WHERE d.id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM task t WHERE t.kind = 'DOCUMENT_PROACTIVE_PROPOSAL' AND t.case_id = d.id AND t.state = 'OPEN')
      ORDER BY d.id`,
    [documentIds],
  )) as Array<{ id: string; title: string; department_id: string; attribute: 'PROACTIVE' | 'ON_APPLICATION' | 'NOT_DISCLOSED' | null; applicants: number }>;
  const proposed: string[] = [];
  for (const row of rows) {
    if (!proactiveProposalDue(row.attribute, row.applicants, threshold)) continue;
    await openTask(manager, clock, {
      kind: 'DOCUMENT_PROACTIVE_PROPOSAL',
      caseId: row.id,
      title: proactiveProposalTitle(row.title, row.applicants),
      departmentId: row.department_id,
      actorId: null,
    });
    proposed.push(row.id);
  }
  return proposed;
}
