import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { calendarForRequest } from './calendar.service.js';
import { describeCalendarYear, findCalendarOverrides, yearArgument } from './calendar.queries.js';
import {
  CalendarChange,
  CalendarOverrideChangeInput,
  CalendarOverrideFilter,
  CalendarOverrideInput,
  CalendarOverridePage,
  CalendarYear,
} from './calendar.types.js';
import { confirmCalendarYear } from './use-cases/confirm-calendar-year.js';
import { createCalendarOverride } from './use-cases/create-calendar-override.js';
import { removeCalendarOverride, updateCalendarOverride } from './use-cases/update-calendar-override.js';

@Resolver()
export class CalendarResolver {
  @Query(() => CalendarYear, { description: '某年的工作日安排：放假日、调休上班日和是否待确认' })
  @Access(ACCESS_RULES['Query.workingDayCalendar'])
  async workingDayCalendar(@Ctx() context: RequestContext, @Arg('year', () => Int) year: number) {
    const manager = context.services.db.dataSource.manager;
    return describeCalendarYear(manager, await calendarForRequest(context, manager), yearArgument(year));
  }

  @Query(() => CalendarOverridePage, { description: '本局的节假日调整（默认按日期）' })
  @Access(ACCESS_RULES['Query.calendarOverrides'])
  calendarOverrides(
    @Ctx() context: RequestContext,
    @Arg('filter', () => CalendarOverrideFilter, { nullable: true }) filter?: CalendarOverrideFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('calendarOverrides') }) sort?: SortInput,
  ) {
    return findCalendarOverrides(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Mutation(() => CalendarChange, { description: '登记放假日或调休上班日；计时中的时限随之重算' })
  @Access(ACCESS_RULES['Mutation.createCalendarOverride'])
  createCalendarOverride(
    @Ctx() context: RequestContext,
    @Arg('input', () => CalendarOverrideInput) input: CalendarOverrideInput,
  ) {
    return createCalendarOverride(context, input);
  }

  @Mutation(() => CalendarChange, { description: '修改节假日调整（须提供当前版本号）；时限随之重算' })
  @Access(ACCESS_RULES['Mutation.updateCalendarOverride'])
  updateCalendarOverride(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CalendarOverrideChangeInput) input: CalendarOverrideChangeInput,
  ) {
    return updateCalendarOverride(context, id, version, input);
  }

  @Mutation(() => CalendarChange, { description: '撤销节假日调整（该日恢复官方安排）；时限随之重算' })
  @Access(ACCESS_RULES['Mutation.removeCalendarOverride'])
  removeCalendarOverride(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return removeCalendarOverride(context, id, version);
  }

  @Mutation(() => CalendarChange, { description: '确认某年的国务院办公厅安排已全部录入：该年不再是暂定' })
  @Access(ACCESS_RULES['Mutation.confirmCalendarYear'])
  confirmCalendarYear(@Ctx() context: RequestContext, @Arg('year', () => Int) year: number) {
    return confirmCalendarYear(context, year);
  }
}
