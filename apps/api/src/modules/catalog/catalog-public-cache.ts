import type { EntityManager } from 'typeorm';

/**
 * Cache of public catalog answers, correct across API replicas without any message between them.
 *
 * `catalog_state.stamp` is bumped in the same transaction as every publication, correction and
 * withdrawal. Each public request first reads the stamp (one primary-key read) and looks its answer up
 * under that stamp; an answer computed after reading stamp S is at least as new as S (read committed), so
 * once a change commits, the next request on any replica reads a newer stamp and can never be answered
 * from before the change. Bumping takes the stamp row's lock until commit, so catalog changes serialise
 * (they are rare; reads are not blocked).
 */
export async function bumpPublicCatalogStamp(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE catalog_state SET stamp = stamp + 1 WHERE id = 1`);
}

export async function readPublicCatalogStamp(manager: EntityManager): Promise<bigint> {
  const rows = (await manager.query(`SELECT stamp FROM catalog_state WHERE id = 1`)) as Array<{
    stamp: string | number;
  }>;
  return BigInt(rows[0]?.stamp ?? 0);
}

/** Answers kept per replica; the oldest goes first when full. */
const MAX_CACHED_ANSWERS = 2_000;

interface AnswerCache {
  stamp: bigint;
  answers: Map<string, unknown>;
}

/** One cache per running app (keyed by its services object), never shared between instances. */
const caches = new WeakMap<object, AnswerCache>();

/**
 * The answer for `key` as of the catalog's current stamp: from this replica's cache, or computed by
 * `compute` and kept. Failures are not kept.
 */
export async function cachedPublicAnswer<T>(
  owner: object,
  manager: EntityManager,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const stamp = await readPublicCatalogStamp(manager);
  let cache = caches.get(owner);
  if (!cache || cache.stamp < stamp) {
    // A newer stamp makes every kept answer stale.
    cache = { stamp, answers: new Map() };
    caches.set(owner, cache);
  }
  if (cache.stamp === stamp && cache.answers.has(key)) {
    const answer = cache.answers.get(key) as T;
    // Refresh its place: the map's order is the eviction order.
    cache.answers.delete(key);
    cache.answers.set(key, answer);
    return answer;
  }
  const answer = await compute();
  // A request that read an older stamp than the cache's (a change committed meanwhile) keeps nothing.
  const current = caches.get(owner);
  if (current?.stamp === stamp) {
    if (current.answers.size >= MAX_CACHED_ANSWERS)
      current.answers.delete(current.answers.keys().next().value!);
    current.answers.set(key, answer);
  }
  return answer;
}
