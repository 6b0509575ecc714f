import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { NUMBERED_CASE_KINDS, requiredTextSchema, type AccessRule, type CaseKind } from '@gdp/domain';
import { requireMutationScope, type RequestContext } from '../../src/context.js';
import { Access } from '../../src/shared/access/access.decorator.js';
import { recordChange } from '../../src/shared/audit/record-change.js';
import {
  CitizenCode,
  issueCaseNumber,
  issueCitizenCode,
  reissueCitizenCode,
  verifyCitizenCode,
} from '../../src/shared/citizen-code/index.js';
import { notFound } from '../../src/shared/errors/app-errors.js';
import { withIdempotency } from '../../src/shared/idempotency/index.js';
import { isUuid } from '../../src/shared/persistence/query-helpers.js';
import { parseInput } from '../../src/shared/validation/parse-input.js';

/**
 * A test-only kind of case: what a case module's external submission and citizen read will do with the
 * shared citizen-code and idempotency services, through the real pipeline (access guard, one transaction,
 * audit). It creates nothing but the code rows. Served only by test apps (`extraResolvers`).
 */
const SUBMITTERS: AccessRule = { scopes: ['applications:submit'] };
const STAFF: AccessRule = { session: true };

const submissionSchema = z.object({
  title: requiredTextSchema('标题', 100),
  kind: z.enum(NUMBERED_CASE_KINDS as [CaseKind, ...CaseKind[]], { error: '案件类别无效' }),
});

@ObjectType('TestCaseSubmission')
class TestCaseSubmission {
  @Field(() => ID)
  caseId: string;

  @Field(() => String)
  caseNumber: string;

  @Field(() => String)
  accessCode: string;
}

@ObjectType('TestCaseReference')
class TestCaseReference {
  @Field(() => String)
  caseKind: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => String)
  caseNumber: string;
}

@Resolver()
export class TestCaseResolver {
  @Mutation(() => TestCaseSubmission)
  @Access(SUBMITTERS)
  testSubmitCase(
    @Ctx() context: RequestContext,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Arg('title', () => String) title: string,
    @Arg('kind', () => String, { nullable: true }) kind?: string,
  ): Promise<TestCaseSubmission> {
    const payload = { title, kind: kind ?? 'APPLICATION' };
    return withIdempotency(context, idempotencyKey, 'testSubmitCase', payload, async () => {
      const input = parseInput(submissionSchema, payload);
      const { manager } = requireMutationScope(context);
      const { clock } = context.services;
      const caseId = randomUUID();
      const caseNumber = await issueCaseNumber(manager, input.kind, clock.now());
      const { accessCode, citizenCode } = await issueCitizenCode(
        manager,
        clock,
        input.kind,
        caseId,
        caseNumber,
      );
      recordChange(context, 'CitizenCode', citizenCode.id, null, citizenCode);
      return { caseId, caseNumber, accessCode };
    });
  }

  @Query(() => TestCaseReference)
  @Access(SUBMITTERS)
  testReadCase(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('kind', () => String, { nullable: true }) kind?: string,
  ): Promise<TestCaseReference> {
    return verifyCitizenCode(context, caseNumber, accessCode, { caseKind: kind as CaseKind | undefined });
  }

  /** A citizen acting on their case (accepting an invitation, withdrawing an application): inside a mutation. */
  @Mutation(() => TestCaseReference)
  @Access(SUBMITTERS)
  testActOnCase(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
  ): Promise<TestCaseReference> {
    return verifyCitizenCode(context, caseNumber, accessCode);
  }

  @Mutation(() => TestCaseSubmission)
  @Access(STAFF)
  async testReissueCode(
    @Ctx() context: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
  ): Promise<TestCaseSubmission> {
    const { manager } = requireMutationScope(context);
    const latest = isUuid(caseId)
      ? await manager.findOne(CitizenCode, { where: { caseId }, order: { issuedAt: 'DESC' } })
      : null;
    if (!latest) throw notFound('案件');
    const issued = await reissueCitizenCode(manager, context.services.clock, latest.caseKind, caseId);
    if (issued.revoked)
      recordChange(
        context,
        'CitizenCode',
        issued.revoked.after.id,
        issued.revoked.before,
        issued.revoked.after,
      );
    recordChange(context, 'CitizenCode', issued.citizenCode.id, null, issued.citizenCode);
    return { caseId, caseNumber: issued.citizenCode.caseNumber, accessCode: issued.accessCode };
  }
}
