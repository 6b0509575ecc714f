import type { AuditEntityType } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { diffRecords } from './audit-diff.js';

/** Adds an entity's before/after to the audit record of the running mutation. */
export function recordChange(
  context: RequestContext,
  entityType: AuditEntityType,
  entityId: string | null,
  before: object | null,
  after: object | null,
): void {
  requireMutationScope(context).changes.push(
    diffRecords(entityType, entityId, before as Record<string, unknown> | null, after as Record<string, unknown> | null),
  );
}
