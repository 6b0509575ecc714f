import { LIST_SORTING, type AccessRule, type SortableList, type SortOrder } from '@gdp/domain';
import type { GraphQLGateway } from './graphql-gateway';

/** react-admin's sort: a field of the list's records and a direction. */
export interface ListSortRequest {
  field: string;
  order: string;
}

/** One page request as the API takes it: pages from 1, at most MAX_PER_PAGE rows, in react-admin's sort. */
export interface ListRequest {
  filter: Record<string, unknown>;
  page: number;
  perPage: number;
  sort?: ListSortRequest | null;
}

export interface Page<TRecord> {
  items: TRecord[];
  total: number;
}

/** Form values as react-admin hands them to create/update. */
export type FormValues = Record<string, unknown>;

/** The API's largest page (PageInput.perPage). */
export const MAX_PER_PAGE = 100;

/**
 * How one react-admin resource maps onto the API's grammar: which typed documents answer each call and
 * how a record (form values) becomes the API's input. The generic data provider reads only this.
 *
 * `access` names, per console action, who may do it; `authProvider.canAccess` decides with the domain's
 * `decideAccess`, so menus, buttons and pages follow the one permission matrix (the API still enforces).
 */
export interface ResourceDefinition<TRecord extends object = object> {
  /** The field the API identifies records by, when it is not `id` (the audit log's `seq`). */
  idField?: string;
  access: Readonly<Record<string, AccessRule>>;
  list?(api: GraphQLGateway, request: ListRequest): Promise<Page<TRecord>>;
  one?(api: GraphQLGateway, id: string): Promise<TRecord>;
  /** Several records by id (the API's `ids` filter); without it getMany asks `one` for each. */
  many?(api: GraphQLGateway, ids: string[]): Promise<TRecord[]>;
  create?(api: GraphQLGateway, data: FormValues): Promise<TRecord>;
  /** Optimistic locking: the record's `version` as it was loaded goes back with the input. */
  update?(api: GraphQLGateway, id: string, data: FormValues, previousData: TRecord): Promise<TRecord>;
  /** What react-admin's delete means here: records are deactivated or revoked, never deleted. */
  deactivate?(api: GraphQLGateway, record: TRecord): Promise<TRecord>;
  /** Workflow mutations and other calls of the resource (`setActive`, `grantRole`, `export`…). */
  actions?: Readonly<Record<string, ResourceAction>>;
}

/** `params: never` lets each action declare its own parameter type. */
export type ResourceAction = (api: GraphQLGateway, params: never) => Promise<unknown>;

export const defineResource = <TRecord extends object>(definition: ResourceDefinition<TRecord>) => definition;

/**
 * Keeps the keys the API's filter input knows and drops empty values react-admin may leave behind; the
 * API validates the values themselves.
 */
export function pickFilter<TFilter extends object>(
  filter: Record<string, unknown>,
  keys: ReadonlyArray<keyof TFilter & string>,
): TFilter {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    picked[key] = typeof value === 'string' ? value.trim() : value;
  }
  return picked as TFilter;
}

/**
 * react-admin's sort → the list's `sort` argument when the API can sort that list by the field (the
 * domain's LIST_SORTING); otherwise null, and the API keeps the list's default order. react-admin's own
 * default (`id`) and unsortable columns thus never reach the API as a refused sort.
 */
export function sortFor(
  list: SortableList,
  sort: ListSortRequest | null | undefined,
): { field: string; order: SortOrder } | null {
  if (!sort) return null;
  const fields: readonly string[] = LIST_SORTING[list].fields;
  if (!fields.includes(sort.field)) return null;
  return { field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

/** The list's default order as react-admin's `sort` prop: the column the API sorts by when asked nothing. */
export const defaultSortOf = (list: SortableList): { field: string; order: SortOrder } => ({
  ...LIST_SORTING[list].defaultSort,
});

/** Optional text: empty strings become null, as the API's inputs expect. */
export const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export const requiredText = (value: unknown): string => (typeof value === 'string' ? value : '');

export function versionOf(data: FormValues, previousData: object): number {
  // The form's version: the one the user saw. A refresh (keeping the user's edits) moves it forward.
  const version = data.version ?? (previousData as { version?: unknown }).version;
  if (typeof version !== 'number') throw new Error('记录缺少版本号，无法保存');
  return version;
}

/** Splits a list of ids into the API's largest pages. */
export function chunked<T>(items: readonly T[], size = MAX_PER_PAGE): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/** getMany through a list query's `ids` filter, one API page per chunk of ids. */
export async function manyByIds<T>(
  ids: readonly string[],
  fetchPage: (part: string[], perPage: number) => Promise<{ items: T[] }>,
): Promise<T[]> {
  const pages = await Promise.all(chunked(ids).map((part) => fetchPage(part, part.length)));
  return pages.flatMap((page) => page.items);
}
