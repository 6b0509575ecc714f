import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES, APPLICATION_PRIVACY_NOTICE } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { findApplicationStatus } from './application.queries.js';
import { ApplicationStatus, ApplicationSubmission, ExternalApplicationInput } from './application.types.js';
import { submitApplication } from './use-cases/submit-application.js';

/** What external apps may do with applications (token scope applications:submit): submit one, read their own. */
@Resolver()
export class ApplicationSubmissionResolver {
  @Query(() => String, { description: '政府信息公开申请隐私声明（提交前向申请人展示）' })
  @Access(ACCESS_RULES['Query.applicationPrivacyNotice'])
  applicationPrivacyNotice(): string {
    return APPLICATION_PRIVACY_NOTICE;
  }

  @Mutation(() => ApplicationSubmission, {
    description: '提交政府信息公开申请；返回案件编号和查询码（查询码仅此一次显示）。同一幂等键 24 小时内重放返回首次结果',
  })
  @Access(ACCESS_RULES['Mutation.submitApplication'])
  submitApplication(
    @Ctx() context: RequestContext,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Arg('input', () => ExternalApplicationInput) input: ExternalApplicationInput,
  ) {
    return submitApplication(context, idempotencyKey, input);
  }

  @Query(() => ApplicationStatus, { description: '凭案件编号和查询码查看申请办理情况、告知和答复书' })
  @Access(ACCESS_RULES['Query.applicationStatus'])
  applicationStatus(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
  ) {
    return findApplicationStatus(context, caseNumber, accessCode);
  }
}
