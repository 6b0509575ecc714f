import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../src/context.js';
import { Notice, RecordNoticeInput, recordNoticeInMutation } from '../../src/modules/notice/index.js';
import { Access } from '../../src/shared/access/access.decorator.js';

/**
 * Records a notice as a case module will: through the real API pipeline (access guard, one transaction,
 * audit). Served only by test apps (`extraResolvers`); case modules bring their own root fields.
 */
@Resolver()
export class TestNoticeResolver {
  @Mutation(() => Notice)
  @Access({ session: true })
  async testRecordNotice(@Ctx() context: RequestContext, @Arg('input', () => RecordNoticeInput) input: RecordNoticeInput) {
    return (await recordNoticeInMutation(context, input)).notice;
  }
}
