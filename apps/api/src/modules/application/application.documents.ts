import type { EntityManager } from 'typeorm';
import { likePattern } from '../../shared/persistence/query-helpers.js';
import type { RequestedDocumentView } from './application.types.js';

/**
 * The bureau's documents as application handlers see them: enough to identify what is asked for (title,
 * number, department, attribute, joint issue) — never the content, which stays with the document's readers.
 * Only formed documents (signed, not discarded) are information the bureau holds.
 */
const VIEW_COLUMNS = `d.id, d.title, d.document_number AS "documentNumber", dep.name AS "departmentName", d.attribute,
  d.formed_date::text AS "formedDate", cardinality(d.joint_agency_ids) > 0 AS "jointlyIssued",
  (SELECT count(DISTINCT coalesce(a.applicant_fingerprint, a.id::text))::int
     FROM application_document ad JOIN application a ON a.id = ad.application_id
    WHERE ad.document_id = d.id AND ad.linked_at > coalesce(d.last_assessed_at, '-infinity')) AS "distinctApplicants"`;
const FORMED = `d.signed_at IS NOT NULL AND d.state <> 'DISCARDED'`;

export const CANDIDATES_LIMIT = 20;

/** Formed documents whose title or number contains `search`, newest first. */
export async function findDocumentCandidates(manager: EntityManager, search: string): Promise<RequestedDocumentView[]> {
  const text = search.trim();
  if (!text) return [];
  return (await manager.query(
    `SELECT ${VIEW_COLUMNS} FROM document d LEFT JOIN department dep ON dep.id = d.department_id
      WHERE ${FORMED} AND (d.title ILIKE $1 OR d.document_number ILIKE $1)
      ORDER BY d.signed_at DESC, d.id LIMIT ${CANDIDATES_LIMIT}`,
    [likePattern(text.slice(0, 100))],
  )) as RequestedDocumentView[];
}

/** The formed documents among `ids` (the others do not exist or are not information the bureau holds). */
export async function findFormedDocuments(manager: EntityManager, ids: readonly string[]): Promise<RequestedDocumentView[]> {
  if (ids.length === 0) return [];
  return (await manager.query(
    `SELECT ${VIEW_COLUMNS} FROM document d LEFT JOIN department dep ON dep.id = d.department_id
      WHERE ${FORMED} AND d.id = ANY($1::uuid[]) ORDER BY d.title, d.id`,
    [ids],
  )) as RequestedDocumentView[];
}

/** The documents an application is linked to, by title. */
export async function findRequestedDocuments(manager: EntityManager, applicationId: string): Promise<RequestedDocumentView[]> {
  return (await manager.query(
    `SELECT ${VIEW_COLUMNS} FROM application_document link JOIN document d ON d.id = link.document_id
       LEFT JOIN department dep ON dep.id = d.department_id
      WHERE link.application_id = $1 ORDER BY d.title, d.id`,
    [applicationId],
  )) as RequestedDocumentView[];
}
