import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, deadlineStatus } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { calendarForRequest } from '../calendar/calendar.service.js';
import { Deadline, DeadlineEvent } from './deadline.entity.js';
import { findDeadline, findDeadlineEvents, findDeadlines, isDeadlineOverdue, summarizeDeadlines } from './deadline.queries.js';
import { toDomain, todayOf } from './deadline.service.js';
import { DeadlineFilter, DeadlinePage, DeadlineSummary } from './deadline.types.js';

@Resolver(() => Deadline)
export class DeadlineResolver {
  @Query(() => DeadlinePage, { description: '办理时限总览（默认：计时中，按截止日）；处室负责人只见本处室' })
  @Access(ACCESS_RULES['Query.deadlines'])
  async deadlines(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeadlineFilter, { nullable: true }) filter?: DeadlineFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('deadlines') }) sort?: SortInput,
  ) {
    const manager = context.services.db.dataSource.manager;
    const calendar = await calendarForRequest(context, manager);
    return findDeadlines(manager, context.actor, calendar, context.services.clock, filter, page, sort);
  }

  @Query(() => Deadline, { description: '办理时限（含变动记录）' })
  @Access(ACCESS_RULES['Query.deadline'])
  deadline(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findDeadline(context.services.db.dataSource.manager, context.actor, id);
  }

  @Query(() => DeadlineSummary, { description: '计时中的时限统计：合计、按处室、按承办人' })
  @Access(ACCESS_RULES['Query.deadlineSummary'])
  async deadlineSummary(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DeadlineFilter, { nullable: true }) filter?: DeadlineFilter,
  ) {
    const manager = context.services.db.dataSource.manager;
    const calendar = await calendarForRequest(context, manager);
    return summarizeDeadlines(manager, context.actor, calendar, context.services.clock, filter);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '剩余工作日（截止日当天为 0，逾期为负；暂停中为恢复后尚需的工作日；已办结为空）',
  })
  async workingDaysLeft(@Root() deadline: Deadline, @Ctx() context: RequestContext): Promise<number | null> {
    if (deadline.state !== 'OPEN') return null;
    const calendar = await calendarForRequest(context, context.services.db.dataSource.manager);
    return deadlineStatus(calendar, toDomain(deadline), todayOf(context.services.clock)).workingDaysLeft;
  }

  @FieldResolver(() => Boolean, { description: '已逾期（计时中且今天已过截止日）' })
  isOverdue(@Root() deadline: Deadline, @Ctx() context: RequestContext): boolean {
    return isDeadlineOverdue(deadline, todayOf(context.services.clock));
  }

  @FieldResolver(() => [DeadlineEvent], { description: '变动记录（按时间）' })
  events(@Root() deadline: Deadline, @Ctx() context: RequestContext) {
    return findDeadlineEvents(context.services.db.dataSource.manager, deadline.id);
  }
}
