import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { shanghaiDateOf, type TaskKind } from '@gdp/domain';
import { requireMutationScope, staffIdOf, type RequestContext } from '../../src/context.js';
import { Access } from '../../src/shared/access/access.decorator.js';
import { calendarForRequest } from '../../src/modules/calendar/calendar.service.js';
import { Task } from '../../src/modules/task/task.entity.js';
import { TaskKindEnum } from '../../src/modules/task/task.enums.js';
import { presentTasks } from '../../src/modules/task/task.queries.js';
import { cancelTask, closeTask, openTask, taskAuditOf } from '../../src/modules/task/index.js';

/**
 * A test-only case module's use of the task registry: it opens and closes tasks for a fake case id through
 * the real API pipeline (access guard, one transaction, audit). Served only by test apps (`extraResolvers`).
 */
const STAFF = { session: true } as const;

async function presented(context: RequestContext, task: Task | null): Promise<Task | null> {
  if (!task) return null;
  const { manager } = requireMutationScope(context);
  const calendar = await calendarForRequest(context.req, manager);
  return presentTasks([task], calendar, shanghaiDateOf(context.services.clock.now()), context.actor)[0];
}

@Resolver()
export class TestTaskResolver {
  @Mutation(() => Task)
  @Access(STAFF)
  async testOpenTask(
    @Ctx() context: RequestContext,
    @Arg('kind', () => TaskKindEnum) kind: TaskKind,
    @Arg('title', () => String) title: string,
    @Arg('caseId', () => ID, { nullable: true }) caseId?: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId?: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string,
    @Arg('deadlineId', () => ID, { nullable: true }) deadlineId?: string,
    @Arg('dueDate', () => String, { nullable: true }) dueDate?: string,
  ) {
    const task = await openTask(
      requireMutationScope(context).manager,
      context.services.clock,
      {
        kind,
        caseId: caseId ?? randomUUID(),
        title,
        assigneeId,
        departmentId,
        deadlineId,
        dueDate,
        actorId: staffIdOf(context),
      },
      taskAuditOf(context),
    );
    return presented(context, task);
  }

  @Mutation(() => Task, { nullable: true })
  @Access(STAFF)
  async testCloseTask(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('kind', () => TaskKindEnum, { nullable: true }) kind?: TaskKind,
    @Arg('caseId', () => ID, { nullable: true }) caseId?: string,
  ) {
    const target = id ? { id } : { kind: kind!, caseId: caseId! };
    const task = await closeTask(
      requireMutationScope(context).manager,
      context.services.clock,
      target,
      staffIdOf(context),
      taskAuditOf(context),
    );
    return presented(context, task);
  }

  @Mutation(() => Task, { nullable: true })
  @Access(STAFF)
  async testCancelTask(
    @Ctx() context: RequestContext,
    @Arg('kind', () => TaskKindEnum) kind: TaskKind,
    @Arg('caseId', () => ID) caseId: string,
  ) {
    const task = await cancelTask(
      requireMutationScope(context).manager,
      context.services.clock,
      { kind, caseId },
      staffIdOf(context),
      taskAuditOf(context),
    );
    return presented(context, task);
  }
}
