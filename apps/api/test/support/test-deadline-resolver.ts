import { randomUUID } from 'node:crypto';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { deadlineKindOf, hasPermission, type DeadlineKind } from '@gdp/domain';
import { requireMutationScope, staffIdOf, type RequestContext } from '../../src/context.js';
import { Access } from '../../src/shared/access/access.decorator.js';
import { Deadline } from '../../src/modules/deadline/deadline.entity.js';
import { DeadlineKindEnum } from '../../src/modules/deadline/deadline.enums.js';
import {
  cancelCaseDeadline,
  extendCaseDeadline,
  markDeadlineMet,
  markDeadlineMetByNotice,
  markOverdueDeadlines,
  restartCaseDeadline,
  resumeCaseDeadline,
  startCaseDeadline,
  suspendCaseDeadline,
  type DeadlineActor,
} from '../../src/modules/deadline/deadline.service.js';

/**
 * A test-only case kind's actions: the deadline service as a case module will drive it, through the real
 * API pipeline (access guard, one transaction, audit). Served only by test apps (`extraResolvers`).
 */
const STAFF = { session: true } as const;

const by = (context: RequestContext): DeadlineActor => ({ clock: context.services.clock, actorId: staffIdOf(context) });
const managerOf = (context: RequestContext) => requireMutationScope(context).manager;

@Resolver()
export class TestDeadlineResolver {
  @Mutation(() => Deadline)
  @Access(STAFF)
  testStartDeadline(
    @Ctx() context: RequestContext,
    @Arg('kind', () => DeadlineKindEnum) kind: DeadlineKind,
    @Arg('title', () => String) title: string,
    @Arg('caseId', () => ID, { nullable: true }) caseId?: string,
    @Arg('startDate', () => String, { nullable: true }) startDate?: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId?: string,
  ) {
    return startCaseDeadline(managerOf(context), by(context), {
      kind,
      caseId: caseId ?? randomUUID(),
      title,
      startDate,
      departmentId,
      assigneeId,
    });
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testSuspendDeadline(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('on', () => String) on: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return suspendCaseDeadline(managerOf(context), by(context), id, { on, reason });
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testResumeDeadline(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('on', () => String) on: string) {
    return resumeCaseDeadline(managerOf(context), by(context), id, { on });
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testRestartDeadline(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('from', () => String) from: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return restartCaseDeadline(managerOf(context), by(context), id, { from, reason });
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  async testExtendDeadline(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('byWorkingDays', () => Int) byWorkingDays: number,
    @Arg('withNotice', () => Boolean) withNotice: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    const manager = managerOf(context);
    const deadline = await manager.findOneByOrFail(Deadline, { id });
    const approver = deadlineKindOf(deadline.kind).extension?.approverPermission ?? null;
    return extendCaseDeadline(manager, by(context), id, {
      byWorkingDays,
      reason: reason ?? null,
      approverId: staffIdOf(context),
      approverHasPermission: approver !== null && hasPermission(context.actor, approver),
      noticeId: withNotice ? randomUUID() : null,
    });
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testMeetDeadline(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return markDeadlineMet(managerOf(context), by(context), id);
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testMeetDeadlineByNotice(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return markDeadlineMetByNotice(managerOf(context), context.services, id, randomUUID(), context.services.clock.now());
  }

  @Mutation(() => Deadline)
  @Access(STAFF)
  testCancelDeadline(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return cancelCaseDeadline(managerOf(context), by(context), id, reason);
  }

  @Mutation(() => Int)
  @Access(STAFF)
  testMarkOverdueDeadlines(@Ctx() context: RequestContext) {
    return markOverdueDeadlines(managerOf(context), context.services.clock);
  }
}
