import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { ExternalAgency } from './external-agency.entity.js';
import { findExternalAgencies, findExternalAgency } from './external-agency.queries.js';
import { ExternalAgencyFilter, ExternalAgencyInput, ExternalAgencyPage } from './external-agency.types.js';
import { createExternalAgency } from './use-cases/create-external-agency.js';
import { setExternalAgencyActive } from './use-cases/set-external-agency-active.js';
import { updateExternalAgency } from './use-cases/update-external-agency.js';

@Resolver()
export class ExternalAgencyResolver {
  @Query(() => ExternalAgencyPage, { description: '其他行政机关列表（默认按名称排序）' })
  @Access(ACCESS_RULES['Query.externalAgencies'])
  externalAgencies(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ExternalAgencyFilter, { nullable: true }) filter?: ExternalAgencyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('externalAgencies') }) sort?: SortInput,
  ) {
    return findExternalAgencies(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => ExternalAgency, { description: '其他行政机关' })
  @Access(ACCESS_RULES['Query.externalAgency'])
  externalAgency(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findExternalAgency(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => ExternalAgency, { description: '登记其他行政机关' })
  @Access(ACCESS_RULES['Mutation.createExternalAgency'])
  createExternalAgency(
    @Ctx() context: RequestContext,
    @Arg('input', () => ExternalAgencyInput) input: ExternalAgencyInput,
  ) {
    return createExternalAgency(context, input);
  }

  @Mutation(() => ExternalAgency, { description: '修改其他行政机关（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.updateExternalAgency'])
  updateExternalAgency(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ExternalAgencyInput) input: ExternalAgencyInput,
  ) {
    return updateExternalAgency(context, id, version, input);
  }

  @Mutation(() => ExternalAgency, { description: '启用或停用其他行政机关' })
  @Access(ACCESS_RULES['Mutation.setExternalAgencyActive'])
  setExternalAgencyActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    return setExternalAgencyActive(context, id, version, isActive);
  }
}
