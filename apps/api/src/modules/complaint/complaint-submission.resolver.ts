import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES, COMPLAINT_PRIVACY_NOTICE } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { findComplaintStatus } from './complaint.queries.js';
import { ComplaintStatus, ComplaintSubmission, ExternalComplaintInput } from './complaint.types.js';
import { submitComplaint } from './use-cases/submit-complaint.js';

/** What external apps may do with complaints (token scope complaints:submit): submit one, read their own. */
@Resolver()
export class ComplaintSubmissionResolver {
  @Query(() => String, { description: '投诉举报隐私声明（提交前向投诉举报人展示）' })
  @Access(ACCESS_RULES['Query.complaintPrivacyNotice'])
  complaintPrivacyNotice(): string {
    return COMPLAINT_PRIVACY_NOTICE;
  }

  @Mutation(() => ComplaintSubmission, {
    description:
      '提交投诉举报（可匿名）；返回案件编号和查询码（查询码仅此一次显示）。同一幂等键 24 小时内重放返回首次结果',
  })
  @Access(ACCESS_RULES['Mutation.submitComplaint'])
  submitComplaint(
    @Ctx() context: RequestContext,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Arg('input', () => ExternalComplaintInput) input: ExternalComplaintInput,
  ) {
    return submitComplaint(context, idempotencyKey, input);
  }

  @Query(() => ComplaintStatus, { description: '凭案件编号和查询码查看投诉举报办理情况、告知和答复' })
  @Access(ACCESS_RULES['Query.complaintStatus'])
  complaintStatus(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
  ) {
    return findComplaintStatus(context, caseNumber, accessCode);
  }
}
