import { Field, InputType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  LIST_SORTING,
  SORT_ORDERS,
  SORT_ORDER_LABELS,
  checkListSort,
  type SortField,
  type SortOrder,
  type SortableList,
} from '@gdp/domain';
import { enumFrom } from './domain-enum.js';

export const SortOrderEnum = enumFrom('SortOrder', SORT_ORDERS, SORT_ORDER_LABELS);

@InputType({
  description:
    '排序：按列表可排序的某个字段升序或降序（字段见各列表说明）；值相同的记录之间保持列表的默认顺序',
})
export class SortInput {
  @Field(() => String, { description: '字段名，与列表项的字段同名，如 name' })
  field: string;

  @Field(() => SortOrderEnum)
  order: SortOrder;
}

/** The description of a list's `sort` argument: the fields it sorts by and its default order, from the domain. */
export function sortDescription(list: SortableList): string {
  const { fields, defaultSort } = LIST_SORTING[list];
  return `排序，可按：${fields.join('、')}；默认按 ${defaultSort.field} ${SORT_ORDER_LABELS[defaultSort.order]}`;
}

/** One key of an ORDER BY: a query-builder column (`alias.property`) and its direction. */
export type OrderKey = readonly [column: string, order: SortOrder];

export interface ListOrder {
  list: SortableList;
  /** The column of each field the list sorts by. */
  columns: Readonly<Record<string, string>>;
  defaultOrder: readonly OrderKey[];
}

/**
 * How one list sorts in SQL: the column of each field the domain lets it sort by, and its default order —
 * which begins with the domain's default sort and ends with a unique column, so that it also breaks ties
 * after a chosen field (pages never overlap, whatever the sort).
 */
export function listOrder<List extends SortableList>(
  list: List,
  columns: Readonly<Record<SortField<List>, string>>,
  defaultOrder: readonly OrderKey[],
): ListOrder {
  const { field, order } = LIST_SORTING[list].defaultSort;
  const [first] = defaultOrder;
  if (!first || first[0] !== columns[field as SortField<List>] || first[1] !== order) {
    throw new Error(`${list}: the default order must begin with ${field} ${order}, as the domain says`);
  }
  return { list, columns, defaultOrder };
}

/** The ORDER BY keys of one page: the client's sort (checked against the list's fields), then the default order. */
export function orderKeys(
  order: ListOrder,
  sort: { field: string; order: string } | null | undefined,
): readonly OrderKey[] {
  const chosen = checkListSort(order.list, sort);
  if (!chosen) return order.defaultOrder;
  const column = order.columns[chosen.field];
  return [[column, chosen.order], ...order.defaultOrder.filter(([other]) => other !== column)];
}

/**
 * Orders a list query. Still one statement for the page (and one for the count): sorting only changes its
 * ORDER BY, on columns of the list's own table.
 */
export function orderBySort<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  order: ListOrder,
  sort: { field: string; order: string } | null | undefined,
): SelectQueryBuilder<Entity> {
  query.orderBy();
  for (const [column, direction] of orderKeys(order, sort)) query.addOrderBy(column, direction);
  return query;
}
