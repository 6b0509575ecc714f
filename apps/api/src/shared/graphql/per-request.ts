import type { RequestContext } from '../../context.js';

const cached = new WeakMap<RequestContext, Map<string, unknown>>();

/**
 * One value per request under `key` — a module's DataLoaders, so that a page of records reads each related
 * kind in one statement, and nothing is shared between requests (the map dies with the context).
 */
export function perRequest<T>(context: RequestContext, key: string, create: () => T): T {
  let values = cached.get(context);
  if (!values) cached.set(context, (values = new Map()));
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
