import type { DataProvider, GetListResult, Identifier, RaRecord } from 'react-admin';
import { contractHttpError } from './graphql-errors';
import type { GraphQLGateway } from './graphql-gateway';
import {
  MAX_PER_PAGE,
  type ListRequest,
  type ListSortRequest,
  type Page,
  type ResourceDefinition,
} from './resource-definition';

/** react-admin's data provider plus the resources' workflow mutations (`runAction`). */
export interface ConsoleDataProvider extends DataProvider {
  runAction<TResult = unknown>(resource: string, action: string, params?: object): Promise<TResult>;
}

export type ResourceRegistry = Readonly<Record<string, ResourceDefinition>>;

const unsupported = (resource: string, call: string) =>
  contractHttpError({
    message: `“${resource}”不支持此操作（${call}）`,
    extensions: { code: 'FORBIDDEN', reason: 'CONSOLE.UNSUPPORTED' },
  });

/** The largest page size ≤ the API's limit that divides perPage, so every window starts on a page boundary. */
export function apiPageSize(perPage: number): number {
  for (let size = Math.min(perPage, MAX_PER_PAGE); size > 1; size -= 1) if (perPage % size === 0) return size;
  return 1;
}

/**
 * The one mapping of react-admin's calls onto the API's grammar: lists are `<plural>(filter, page, sort)` →
 * `{ items, total }`, records `<singular>(id)`, writes `create<X>(input)` / `update<X>(id, version, input)`,
 * delete is deactivation. What each resource sends is in its definition (resources/<name>/*.resource.ts).
 */
export function createDataProvider(api: GraphQLGateway, registry: ResourceRegistry): ConsoleDataProvider {
  const definitionOf = (resource: string): ResourceDefinition => {
    const definition = Object.hasOwn(registry, resource) ? registry[resource] : undefined;
    if (!definition) throw unsupported(resource, 'resource');
    return definition;
  };
  const toRecord = (definition: ResourceDefinition, item: object): RaRecord => {
    const key = (item as Record<string, unknown>)[definition.idField ?? 'id'];
    return { ...item, id: String(key) } as RaRecord;
  };

  /** A react-admin window (any perPage, e.g. 1000 for exports) as consecutive API pages of ≤ 100 rows. */
  async function fetchWindow(
    definition: ResourceDefinition,
    resource: string,
    request: ListRequest,
  ): Promise<Page<object>> {
    if (!definition.list) throw unsupported(resource, 'getList');
    if (request.perPage <= MAX_PER_PAGE) return definition.list(api, request);
    const size = apiPageSize(request.perPage);
    const firstPage = ((request.page - 1) * request.perPage) / size + 1;
    const items: object[] = [];
    let total = 0;
    for (let index = 0; index < request.perPage / size; index += 1) {
      const page = await definition.list(api, {
        filter: request.filter,
        page: firstPage + index,
        perPage: size,
        sort: request.sort,
      });
      total = page.total;
      items.push(...page.items);
      if (page.items.length < size || (firstPage + index) * size >= total) break;
    }
    return { items, total };
  }

  async function getOne(resource: string, id: Identifier): Promise<RaRecord> {
    const definition = definitionOf(resource);
    if (!definition.one) throw unsupported(resource, 'getOne');
    return toRecord(definition, await definition.one(api, String(id)));
  }

  async function getList(
    resource: string,
    filter: object,
    page: number,
    perPage: number,
    sort?: ListSortRequest,
  ): Promise<GetListResult> {
    const definition = definitionOf(resource);
    const result = await fetchWindow(definition, resource, { filter: { ...filter }, page, perPage, sort });
    return { data: result.items.map((item) => toRecord(definition, item)), total: result.total };
  }

  const provider: ConsoleDataProvider = {
    getList: (resource, params) =>
      getList(
        resource,
        params.filter ?? {},
        params.pagination?.page ?? 1,
        params.pagination?.perPage ?? 25,
        params.sort,
      ),

    getOne: async (resource, params) => ({ data: await getOne(resource, params.id) }) as never,

    async getMany(resource, params) {
      const definition = definitionOf(resource);
      const ids = [...new Set(params.ids.map(String))];
      if (ids.length === 0) return { data: [] as never[] };
      if (definition.many) {
        const found = await definition.many(api, ids);
        return { data: found.map((item) => toRecord(definition, item)) } as never;
      }
      const settled = await Promise.allSettled(ids.map((id) => getOne(resource, id)));
      return {
        data: settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
      } as never;
    },

    getManyReference: (resource, params) =>
      getList(
        resource,
        { ...params.filter, [params.target]: params.id },
        params.pagination?.page ?? 1,
        params.pagination?.perPage ?? 25,
        params.sort,
      ),

    async create(resource, params) {
      const definition = definitionOf(resource);
      if (!definition.create) throw unsupported(resource, 'create');
      return { data: toRecord(definition, await definition.create(api, params.data)) } as never;
    },

    async update(resource, params) {
      const definition = definitionOf(resource);
      if (!definition.update) throw unsupported(resource, 'update');
      const updated = await definition.update(api, String(params.id), params.data, params.previousData ?? {});
      return { data: toRecord(definition, updated) } as never;
    },

    updateMany: async (resource) => {
      throw unsupported(resource, 'updateMany');
    },

    async delete(resource, params) {
      const definition = definitionOf(resource);
      if (!definition.deactivate) throw unsupported(resource, 'delete');
      const record = params.previousData ?? (await getOne(resource, params.id));
      return { data: toRecord(definition, await definition.deactivate(api, record)) } as never;
    },

    deleteMany: async (resource) => {
      throw unsupported(resource, 'deleteMany');
    },

    async runAction<TResult>(resource: string, action: string, params: object = {}) {
      const run = definitionOf(resource).actions?.[action];
      if (!run) throw unsupported(resource, action);
      return (await run(api, params as never)) as TResult;
    },
  };
  return provider;
}
