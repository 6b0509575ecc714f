import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITY_TYPES, isAuditEntityType } from './audit-log.js';
import { FIELD_SENSITIVITY, sensitivityOf } from './sensitivity.js';

describe('audit entity types', () => {
  // An audit row's changes are masked field by field by the record's classification: a type without one
  // would have every field treated as personal, and its diffs would say nothing.
  it.each(AUDIT_ENTITY_TYPES)('%s has a sensitivity classification', (entityType) => {
    expect(Object.hasOwn(FIELD_SENSITIVITY, entityType)).toBe(true);
    // Its key (id; seq for the audit log; year for a confirmed calendar year) names the row in the clear.
    expect(['id', 'seq', 'year'].some((key) => sensitivityOf(entityType, key) === 'PUBLIC')).toBe(true);
  });

  it.each([
    ['Department', true],
    ['RuleVersion', true],
    ['AuditLog', true],
    ['department', false],
    ['LoginAttempt', false],
    ['toString', false],
    ['', false],
  ] as const)('isAuditEntityType(%j) → %s', (value, expected) => {
    expect(isAuditEntityType(value)).toBe(expected);
  });
});
