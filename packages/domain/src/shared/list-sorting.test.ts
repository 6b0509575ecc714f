import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { LIST_SORTING, SORT_ORDERS, checkListSort, type SortableList } from './list-sorting.js';

const LISTS = Object.keys(LIST_SORTING) as SortableList[];

describe('LIST_SORTING', () => {
  it('covers the lists the console pages through', () => {
    expect([...LISTS].sort()).toEqual(
      [
        'apiTokens',
        'applications',
        'auditLogs',
        'calendarOverrides',
        'catalogCategories',
        'catalogEntries',
        'guideVersions',
        'complaints',
        'consultations',
        'correctionOrders',
        'documents',
        'reviews',
        'deadlines',
        'departments',
        'externalAgencies',
        'meetings',
        'myAuditLogs',
        'myTasks',
        'representatives',
        'rules',
        'staffChanges',
        'tasks',
        'users',
      ].sort(),
    );
  });

  it.each(LISTS)('%s: fields named once; the default sort is one of them', (list) => {
    const { fields, defaultSort } = LIST_SORTING[list];
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields as readonly string[]).toContain(defaultSort.field);
    expect(SORT_ORDERS).toContain(defaultSort.order);
  });
});

describe('checkListSort', () => {
  const table = LISTS.flatMap((list) =>
    LIST_SORTING[list].fields.flatMap((field) => SORT_ORDERS.map((order) => [list, field, order] as const)),
  );

  it.each(table)('%s accepts %s %s', (list, field, order) => {
    expect(checkListSort(list, { field, order })).toEqual({ field, order });
  });

  it.each(LISTS)('%s: no sort asked for is null (the default order applies)', (list) => {
    expect(checkListSort(list, null)).toBeNull();
    expect(checkListSort(list, undefined)).toBeNull();
  });

  const refused: Array<[SortableList, string]> = [
    ['departments', 'phone'],
    ['departments', 'department.name'],
    ['users', 'email'],
    ['users', 'passwordHash'],
    ['users', 'lockedUntil'],
    ['rules', 'status'],
    ['apiTokens', 'tokenHash'],
    ['myAuditLogs', 'actorName'],
    ['auditLogs', 'changes'],
    ['staffChanges', 'NAME'],
    ['externalAgencies', ''],
    ['externalAgencies', 'toString'],
    ['rules', 'title; DROP TABLE rule'],
  ];

  it.each(refused)('%s refuses %j: BAD_USER_INPUT naming the fields it can sort by', (list, field) => {
    let error: unknown;
    try {
      checkListSort(list, { field, order: 'ASC' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe('BAD_USER_INPUT');
    expect(domainError.reason).toBe('SORT.FIELD_NOT_ALLOWED');
    expect(domainError.message).toMatch(/^不能按“.*”排序，可排序的字段为：/);
    for (const allowed of LIST_SORTING[list].fields) expect(domainError.message).toContain(allowed);
    expect(domainError.fields).toEqual({ 'sort.field': [domainError.message] });
  });

  it('shortens a long field name in the message', () => {
    expect(() => checkListSort('rules', { field: 'x'.repeat(500), order: 'ASC' })).toThrow(
      /^不能按“x{64}…”排序/,
    );
  });

  it('refuses an order other than ASC or DESC', () => {
    expect(() => checkListSort('rules', { field: 'title', order: 'asc' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'SORT.ORDER_INVALID' }),
    );
  });
});
