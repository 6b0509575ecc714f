import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { StaffChange } from './staff-change.entity.js';
import { findStaffChange, findStaffChanges } from './staff-change.queries.js';
import { StaffChangeFilter, StaffChangeInput, StaffChangePage } from './staff-change.types.js';
import { createStaffChange } from './use-cases/create-staff-change.js';
import { updateStaffChange } from './use-cases/update-staff-change.js';

/** No delete: staff changes are ledger records; corrections are updates. */
@Resolver()
export class StaffChangeResolver {
  @Query(() => StaffChangePage, { description: '人员变动台账（默认按变动日期倒序）' })
  @Access(ACCESS_RULES['Query.staffChanges'])
  staffChanges(
    @Ctx() context: RequestContext,
    @Arg('filter', () => StaffChangeFilter, { nullable: true }) filter?: StaffChangeFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('staffChanges') }) sort?: SortInput,
  ) {
    return findStaffChanges(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => StaffChange, { description: '人员变动记录' })
  @Access(ACCESS_RULES['Query.staffChange'])
  staffChange(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findStaffChange(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => StaffChange, { description: '登记人员变动' })
  @Access(ACCESS_RULES['Mutation.createStaffChange'])
  createStaffChange(
    @Ctx() context: RequestContext,
    @Arg('input', () => StaffChangeInput) input: StaffChangeInput,
  ) {
    return createStaffChange(context, input);
  }

  @Mutation(() => StaffChange, { description: '更正人员变动记录（须提供当前版本号；台账记录不可删除）' })
  @Access(ACCESS_RULES['Mutation.updateStaffChange'])
  updateStaffChange(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StaffChangeInput) input: StaffChangeInput,
  ) {
    return updateStaffChange(context, id, version, input);
  }
}
