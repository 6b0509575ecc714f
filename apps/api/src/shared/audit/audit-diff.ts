import { maskField, type AuditEntityType } from '@gdp/domain';

export interface AuditChange {
  entityType: AuditEntityType;
  entityId: string | null;
  /** Per changed field, the masked values before and after. */
  fields: Record<string, { from?: unknown; to?: unknown }>;
}

const comparable = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? JSON.stringify(value) : value;

/**
 * The changed fields between two states of one record, each value masked by the sensitivity
 * classification, so audit rows never hold what logs and exports may not.
 */
export function diffRecords(
  entityType: AuditEntityType,
  entityId: string | null,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChange {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const fields: AuditChange['fields'] = {};
  for (const key of keys) {
    if (key === 'version' || key === 'updatedAt') continue;
    const from = before?.[key];
    const to = after?.[key];
    if (before && after && comparable(from) === comparable(to)) continue;
    const entry: { from?: unknown; to?: unknown } = {};
    if (before) entry.from = maskField(entityType, key, comparable(from) ?? null);
    if (after) entry.to = maskField(entityType, key, comparable(to) ?? null);
    fields[key] = entry;
  }
  return { entityType, entityId, fields };
}
