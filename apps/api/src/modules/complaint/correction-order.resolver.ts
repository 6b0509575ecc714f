import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, availableCorrectionOrderActions, type CorrectionOrderAction } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { CorrectionOrderActionEnum } from './complaint.enums.js';
import { caseNumberOf, findCorrectionOrder, findCorrectionOrders } from './complaint.queries.js';
import { CorrectionOrderFilter, CorrectionOrderPage } from './complaint.types.js';
import { CorrectionOrder } from './correction-order.entity.js';
import { reportCorrection } from './use-cases/report-correction.js';
import { verifyCorrection } from './use-cases/verify-correction.js';

/**
 * Orders to correct (责令改正): complaint readers see all; a department head sees their department's — the
 * requirement, the due date and the case number, nothing else of the complaint.
 */
@Resolver(() => CorrectionOrder)
export class CorrectionOrderResolver {
  @Query(() => CorrectionOrderPage, { description: '责令改正事项（处室负责人只见本处室的）' })
  @Access(ACCESS_RULES['Query.correctionOrders'])
  correctionOrders(
    @Ctx() context: RequestContext,
    @Arg('filter', () => CorrectionOrderFilter, { nullable: true }) filter?: CorrectionOrderFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('correctionOrders') })
    sort?: SortInput,
  ) {
    return findCorrectionOrders(context.services.db.dataSource.manager, context.actor, filter, page, sort);
  }

  @Query(() => CorrectionOrder, { description: '责令改正事项' })
  @Access(ACCESS_RULES['Query.correctionOrder'])
  correctionOrder(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findCorrectionOrder(context.services.db.dataSource.manager, context.actor, id);
  }

  @Mutation(() => CorrectionOrder, { description: '报告整改情况（被责令处室负责人；须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.reportCorrection'])
  reportCorrection(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('text', () => String, { description: '整改情况' }) text: string,
  ) {
    return reportCorrection(context, id, version, { text });
  }

  @Mutation(() => CorrectionOrder, { description: '核实整改完成（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.verifyCorrection'])
  verifyCorrection(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return verifyCorrection(context, id, version);
  }

  @FieldResolver(() => String, { description: '案件编号（被责令处室可见的唯一案件信息）' })
  async caseNumber(@Root() order: CorrectionOrder, @Ctx() context: RequestContext): Promise<string> {
    return order.caseNumber ?? caseNumberOf(context.services.db.dataSource.manager, order.complaintId);
  }

  @FieldResolver(() => [CorrectionOrderActionEnum], { description: '当前用户现在可执行的操作' })
  availableActions(@Root() order: CorrectionOrder, @Ctx() context: RequestContext): CorrectionOrderAction[] {
    return availableCorrectionOrderActions(order, context.actor);
  }
}
