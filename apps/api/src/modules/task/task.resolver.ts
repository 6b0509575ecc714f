import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import { staffIdOf, type RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { calendarForRequest } from '../calendar/calendar.service.js';
import { Task } from './task.entity.js';
import { countUnreadNotifications, findMyNotifications, findMyTasks, findTasks } from './task.queries.js';
import {
  MarkNotificationsReadResult,
  MyTaskFilter,
  StaffNotificationFilter,
  StaffNotificationPage,
  TaskFilter,
  TaskPage,
} from './task.types.js';
import { markNotificationsRead } from './use-cases/mark-notifications-read.js';
import { reassignTask } from './use-cases/reassign-task.js';

@Resolver()
export class TaskResolver {
  @Query(() => TaskPage, {
    description: '我的待办：分派给我的，以及我可以办理的本处室待分派事项（默认最紧急的在前）',
  })
  @Access(ACCESS_RULES['Query.myTasks'])
  async myTasks(
    @Ctx() context: RequestContext,
    @Arg('filter', () => MyTaskFilter, { nullable: true }) filter?: MyTaskFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('myTasks') })
    sort?: SortInput,
  ) {
    const manager = context.services.db.dataSource.manager;
    const calendar = await calendarForRequest(context.req, manager);
    return findMyTasks(manager, context.actor, context.services.clock, calendar, filter, page, sort);
  }

  @Query(() => TaskPage, { description: '待办总览（限于本人可查看的处室）' })
  @Access(ACCESS_RULES['Query.tasks'])
  async tasks(
    @Ctx() context: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('tasks') }) sort?: SortInput,
  ) {
    const manager = context.services.db.dataSource.manager;
    const calendar = await calendarForRequest(context.req, manager);
    return findTasks(manager, context.actor, context.services.clock, calendar, filter, page, sort);
  }

  @Mutation(() => Task, { description: '分派待办给本处室的工作人员，或退回处室待分派（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.reassignTask'])
  reassignTask(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('assigneeId', () => ID, { nullable: true, description: '承办人；为空则退回处室待分派' })
    assigneeId?: string | null,
  ) {
    return reassignTask(context, id, version, assigneeId ?? null);
  }

  @Query(() => StaffNotificationPage, { description: '我的通知（最新的在前）' })
  @Access(ACCESS_RULES['Query.myNotifications'])
  myNotifications(
    @Ctx() context: RequestContext,
    @Arg('filter', () => StaffNotificationFilter, { nullable: true }) filter?: StaffNotificationFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const userId = staffIdOf(context);
    if (!userId) return { items: [], total: 0 };
    return findMyNotifications(context.services.db.dataSource.manager, userId, filter, page);
  }

  @Query(() => Int, { description: '我的未读通知数' })
  @Access(ACCESS_RULES['Query.unreadNotificationCount'])
  unreadNotificationCount(@Ctx() context: RequestContext) {
    const userId = staffIdOf(context);
    return userId ? countUnreadNotifications(context.services.db.dataSource.manager, userId) : 0;
  }

  @Mutation(() => MarkNotificationsReadResult, { description: '将我的通知标记为已读：指定的几条，或全部' })
  @Access(ACCESS_RULES['Mutation.markNotificationsRead'])
  markNotificationsRead(
    @Ctx() context: RequestContext,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[],
    @Arg('all', () => Boolean, { nullable: true, description: '全部标记为已读' }) all?: boolean,
  ) {
    return markNotificationsRead(context, ids, all);
  }
}
