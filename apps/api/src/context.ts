import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { Actor, AuditEntityType } from '@gdp/domain';
import type { AppServices } from './services.js';
import type { AuditChange } from './shared/audit/audit-diff.js';

/** State of one mutation's transaction: its manager and what its audit record will say. */
export interface MutationScope {
  manager: EntityManager;
  changes: AuditChange[];
  /** Overrides of the audit record's subject when the mutation touched no entity (e.g. login). */
  subject?: { entityType: AuditEntityType; entityId: string | null };
  /** Work that must persist even though the mutation fails (e.g. counting a failed login). */
  onFailure: Array<(manager: EntityManager) => Promise<void>>;
  /** Work outside the database that may happen only once the mutation has committed (deleting stored files). */
  afterCommit?: Array<() => Promise<void>>;
}

export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string;
  actor: Actor;
  /** Why the request is anonymous although it carried a credential (expired session…). */
  credentialProblem?: { reason: string; message: string };
  sessionId?: string;
  services: AppServices;
  req: Request;
  res: Response;
  signal: AbortSignal;
  mutation?: MutationScope;
}

export function requireMutationScope(context: RequestContext): MutationScope {
  if (!context.mutation) throw new Error('mutation scope missing: use cases run inside a root mutation');
  return context.mutation;
}

/** The signed-in member of staff's user id, or null for a token or nobody. */
export const staffIdOf = (context: RequestContext): string | null =>
  context.actor.kind === 'staff' ? context.actor.userId : null;
