import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { ExternalAgency } from './external-agency.entity.js';
import { findExternalAgencies, findExternalAgency } from './external-agency.queries.js';
import { ExternalAgencyFilter, ExternalAgencyInput, ExternalAgencyPage } from './external-agency.types.js';
import { createExternalAgency } from './use-cases/create-external-agency.js';
import { setExternalAgencyActive } from './use-cases/set-external-agency-active.js';
import { updateExternalAgency } from './use-cases/update-external-agency.js';

const READ = Access({ permissions: ['AGENCY_READ', 'AGENCY_MANAGE'] });
const MANAGE = Access({ permissions: ['AGENCY_MANAGE'] });

@Resolver()
export class ExternalAgencyResolver {
  @Query(() => ExternalAgencyPage, { description: '其他行政机关列表（按名称排序）' })
  @READ
  externalAgencies(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ExternalAgencyFilter, { nullable: true }) filter?: ExternalAgencyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findExternalAgencies(context.services.db.dataSource.manager, filter, page);
  }

  @Query(() => ExternalAgency, { description: '其他行政机关' })
  @READ
  externalAgency(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findExternalAgency(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => ExternalAgency, { description: '登记其他行政机关' })
  @MANAGE
  createExternalAgency(
    @Ctx() context: RequestContext,
    @Arg('input', () => ExternalAgencyInput) input: ExternalAgencyInput,
  ) {
    return createExternalAgency(context, input);
  }

  @Mutation(() => ExternalAgency, { description: '修改其他行政机关（须提供当前版本号）' })
  @MANAGE
  updateExternalAgency(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ExternalAgencyInput) input: ExternalAgencyInput,
  ) {
    return updateExternalAgency(context, id, version, input);
  }

  @Mutation(() => ExternalAgency, { description: '启用或停用其他行政机关' })
  @MANAGE
  setExternalAgencyActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    return setExternalAgencyActive(context, id, version, isActive);
  }
}
