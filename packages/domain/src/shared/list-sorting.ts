import { badInput } from './domain-error.js';

export const SORT_ORDERS = ['ASC', 'DESC'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SORT_ORDER_LABELS: Record<SortOrder, string> = { ASC: '升序', DESC: '降序' };

/**
 * The fields each list of the API can be sorted by (named as the GraphQL fields of its items), and the
 * order it has when none is asked for. Keys are the lists' root query fields. After a chosen field the
 * API keeps the list's default order (which ends in a unique key), so equal values never make pages overlap.
 */
export const LIST_SORTING = {
  departments: {
    fields: ['sortOrder', 'code', 'name', 'kind', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'sortOrder', order: 'ASC' },
  },
  users: {
    fields: ['username', 'displayName', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'username', order: 'ASC' },
  },
  externalAgencies: {
    fields: ['name', 'kind', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'name', order: 'ASC' },
  },
  calendarOverrides: {
    fields: ['date', 'kind', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'date', order: 'ASC' },
  },
  deadlines: {
    fields: ['dueDate', 'startDate', 'kind', 'caseKind', 'state', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'dueDate', order: 'ASC' },
  },
  staffChanges: {
    fields: ['effectiveDate', 'kind', 'personName', 'documentNumber', 'recordedAt', 'updatedAt'],
    defaultSort: { field: 'effectiveDate', order: 'DESC' },
  },
  catalogCategories: {
    fields: ['sortOrder', 'code', 'name', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'sortOrder', order: 'ASC' },
  },
  guideVersions: {
    fields: ['versionNumber', 'publishedAt', 'createdAt'],
    defaultSort: { field: 'versionNumber', order: 'DESC' },
  },
  // Catalog entries: the latest publication first.
  catalogEntries: {
    fields: ['publishedAt', 'indexNumber', 'title', 'formedDate', 'state', 'subjectKind', 'entryVersion'],
    defaultSort: { field: 'publishedAt', order: 'DESC' },
  },
  rules: {
    fields: ['title', 'issuingBody', 'category', 'documentNumber', 'isActive', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'title', order: 'ASC' },
  },
  apiTokens: {
    fields: ['name', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt', 'rateLimitPerMinute'],
    defaultSort: { field: 'createdAt', order: 'DESC' },
  },
  auditLogs: {
    fields: ['seq', 'at', 'actorKind', 'actorName', 'action', 'outcome', 'entityType'],
    defaultSort: { field: 'seq', order: 'DESC' },
  },
  myAuditLogs: {
    fields: ['seq', 'at', 'action', 'outcome', 'entityType'],
    defaultSort: { field: 'seq', order: 'DESC' },
  },
  // Tasks (SPEC §2.3c): the most urgent first; tasks without a due date (suspended) last.
  myTasks: {
    fields: ['dueDate', 'kind', 'title', 'state', 'createdAt'],
    defaultSort: { field: 'dueDate', order: 'ASC' },
  },
  tasks: {
    fields: ['dueDate', 'kind', 'title', 'state', 'createdAt', 'departmentId', 'assigneeId'],
    defaultSort: { field: 'dueDate', order: 'ASC' },
  },
  // Complaints (M14): the newest first; orders to correct by their due date.
  complaints: {
    fields: ['receivedAt', 'caseNumber', 'violationKind', 'channel', 'state', 'outcome', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'receivedAt', order: 'DESC' },
  },
  correctionOrders: {
    fields: ['dueDate', 'state', 'departmentId', 'createdAt', 'updatedAt'],
    defaultSort: { field: 'dueDate', order: 'ASC' },
  },
  // Documents and reviews (M2, M3): the latest worked on first.
  documents: {
    fields: ['updatedAt', 'createdAt', 'title', 'state', 'type', 'departmentId', 'formedDate'],
    defaultSort: { field: 'updatedAt', order: 'DESC' },
  },
  reviews: {
    fields: ['updatedAt', 'createdAt', 'state', 'subjectKind', 'owningDepartmentId'],
    defaultSort: { field: 'updatedAt', order: 'DESC' },
  },
  // Applications (M6): the newest received first; the reply due date to work the most urgent.
  applications: {
    fields: ['receivedDate', 'caseNumber', 'channel', 'applicantType', 'state', 'replyDueDate', 'closedDate', 'updatedAt'],
    defaultSort: { field: 'receivedDate', order: 'DESC' },
  },
  // Consultations (M4): the latest sent first.
  consultations: {
    fields: ['sentAt', 'updatedAt', 'state', 'use'],
    defaultSort: { field: 'sentAt', order: 'DESC' },
  },
  // Meetings (M8): the latest first; the registry of representatives by name.
  meetings: {
    fields: ['startsAt', 'caseNumber', 'title', 'state', 'departmentId', 'createdAt'],
    defaultSort: { field: 'startsAt', order: 'DESC' },
  },
  representatives: {
    fields: ['name', 'type', 'state', 'createdAt'],
    defaultSort: { field: 'name', order: 'ASC' },
  },
} as const satisfies Record<
  string,
  { fields: readonly string[]; defaultSort: { field: string; order: SortOrder } }
>;

export type SortableList = keyof typeof LIST_SORTING;
export type SortField<List extends SortableList> = (typeof LIST_SORTING)[List]['fields'][number];

export interface ListSort<Field extends string = string> {
  field: Field;
  order: SortOrder;
}

/**
 * A client's sort for one list, checked against the list's fields; null when none was asked for (the
 * list's default order applies). A field the list cannot be sorted by is BAD_USER_INPUT naming those it can.
 */
export function checkListSort<List extends SortableList>(
  list: List,
  sort: { field: string; order: string } | null | undefined,
): ListSort<SortField<List>> | null {
  if (!sort) return null;
  const fields: readonly string[] = LIST_SORTING[list].fields;
  if (!fields.includes(sort.field)) {
    const named = sort.field.length > 64 ? `${sort.field.slice(0, 64)}…` : sort.field;
    const message = `不能按“${named}”排序，可排序的字段为：${fields.join('、')}`;
    throw badInput('SORT.FIELD_NOT_ALLOWED', message, { 'sort.field': [message] });
  }
  if (!(SORT_ORDERS as readonly string[]).includes(sort.order)) {
    const message = `排序方向须为 ${SORT_ORDERS.join(' 或 ')}`;
    throw badInput('SORT.ORDER_INVALID', message, { 'sort.order': [message] });
  }
  return { field: sort.field as SortField<List>, order: sort.order as SortOrder };
}
