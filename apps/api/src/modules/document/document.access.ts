import type { EntityManager } from 'typeorm';
import {
  ACCESS_RULES,
  isFineGrainedPermission,
  type Actor,
  type DepartmentScope,
  type RolePermission,
} from '@gdp/domain';
import { callerScope } from '../../shared/access/department-scope.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { Document } from './document.entity.js';

export const DOCUMENT_LABEL = '公文';

/** The permissions through which someone reads a department's documents: Query.documents' own rule. */
const READING_PERMISSIONS = (ACCESS_RULES['Query.documents'].permissions ?? []).filter(
  (permission): permission is RolePermission => !isFineGrainedPermission(permission),
);

/** The departments whose documents (and reviews) the caller reads: the union over the chain's permissions. */
export function documentReaderScope(actor: Actor): DepartmentScope {
  const departments = new Set<string>();
  for (const permission of READING_PERMISSIONS) {
    const scope = callerScope(actor, permission);
    if (scope === 'ALL') return 'ALL';
    for (const id of scope) departments.add(id);
  }
  return [...departments];
}

/** A document is read in its own department and in the departments that co-handle it. */
export const documentDepartmentsOf = (
  document: Pick<Document, 'departmentId' | 'coDepartmentIds'>,
): string[] => [document.departmentId, ...document.coDepartmentIds];

export const mayReadDocument = (
  scope: DepartmentScope,
  document: Pick<Document, 'departmentId' | 'coDepartmentIds'>,
) => scope === 'ALL' || documentDepartmentsOf(document).some((id) => scope.includes(id));

/** The document if the caller may read it; otherwise NOT_FOUND (another department's documents are not there). */
export async function findReadableDocument(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<Document> {
  if (!isUuid(id)) throw notFound(DOCUMENT_LABEL);
  const document = await manager.findOneBy(Document, { id });
  if (!document || !mayReadDocument(documentReaderScope(actor), document)) throw notFound(DOCUMENT_LABEL);
  return document;
}
