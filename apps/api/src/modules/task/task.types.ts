import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TaskKind, TaskState } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { StaffNotification, Task } from './task.entity.js';
import { TaskKindEnum, TaskStateEnum } from './task.enums.js';

export const TaskPage = PageOf(Task, 'TaskPage');
export const StaffNotificationPage = PageOf(StaffNotification, 'StaffNotificationPage');

@InputType({ description: '我的待办筛选' })
export class MyTaskFilter {
  @Field(() => TaskStateEnum, { nullable: true, description: '状态（不填：全部）' })
  state?: TaskState;

  @Field(() => TaskKindEnum, { nullable: true })
  kind?: TaskKind;

  @Field(() => String, { nullable: true, description: '截止日不晚于（YYYY-MM-DD）' })
  dueBefore?: string;

  @Field(() => Boolean, { nullable: true, description: '是：只看已逾期的待办理事项；否：排除它们' })
  overdue?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType({ description: '待办总览筛选（限于本人可查看的处室）' })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: '承办处室' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: '承办人' })
  assigneeId?: string;

  @Field(() => Boolean, { nullable: true, description: '是：只看尚未分派（在处室待分派）的' })
  unassigned?: boolean;

  @Field(() => TaskStateEnum, { nullable: true, description: '状态（不填：全部）' })
  state?: TaskState;

  @Field(() => TaskKindEnum, { nullable: true })
  kind?: TaskKind;

  @Field(() => Boolean, { nullable: true, description: '是：只看已逾期的待办理事项；否：排除它们' })
  overdue?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType({ description: '通知筛选' })
export class StaffNotificationFilter {
  @Field(() => Boolean, { nullable: true, description: '只看未读' })
  unreadOnly?: boolean;
}

@ObjectType({ description: '标记已读的结果' })
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: '本次标记为已读的条数' })
  marked: number;

  @Field(() => Int, { description: '仍未读的条数' })
  unread: number;
}
