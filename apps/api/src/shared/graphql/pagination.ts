import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '@gdp/domain';

export const MAX_PER_PAGE = 100;

@InputType({ description: '分页（页码从 1 开始）' })
export class PageInput {
  @Field(() => Int, { defaultValue: 1 })
  page: number;

  @Field(() => Int, { defaultValue: 25, description: `每页条数，最多 ${MAX_PER_PAGE}` })
  perPage: number;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(page: PageInput | undefined): PageWindow {
  const number = page?.page ?? 1;
  const perPage = page?.perPage ?? 25;
  if (!Number.isInteger(number) || number < 1 || number > 100_000) {
    throw badInput('PAGE.INVALID', '页码无效', { page: ['页码须为 1 到 100000 之间的整数'] });
  }
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw badInput('PAGE.INVALID', '每页条数无效', { perPage: [`每页条数须为 1 到 ${MAX_PER_PAGE} 之间的整数`] });
  }
  return { offset: (number - 1) * perPage, limit: perPage };
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** A page type with items and total, as external apps and the console's data provider expect. */
export function PageOf<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(name)
  class PageType {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    total: number;
  }
  return PageType;
}
