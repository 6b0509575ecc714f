import type { EntityManager } from 'typeorm';

/**
 * Cache of public catalog answers, correct across API replicas without any message between them.
 *
 * `catalog_state.stamp` is bumped in the same transaction as every publication, correction and
 * withdrawal. An answer is kept under the stamp its first statement read (CATALOG_STAMP_COLUMN: the same
 * snapshot as the answer, so the answer is at least as new as that stamp). A kept answer is only given
 * after reading the current stamp (one primary-key read) and finding it unchanged, so once a change
 * commits, the next request on any replica reads a newer stamp and can never be answered from before the
 * change. An answer not kept costs no stamp read of its own: its statement reads the stamp with it.
 * Bumping takes the stamp row's lock until commit, so catalog changes serialise (they are rare; reads are
 * not blocked).
 */
export async function bumpPublicCatalogStamp(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE catalog_state SET stamp = stamp + 1 WHERE id = 1`);
}

/** A column for the first statement of an answer: the stamp, read in the answer's own snapshot. */
export const CATALOG_STAMP_COLUMN = `(SELECT stamp FROM catalog_state WHERE id = 1) AS "catalogStamp"`;

/** The stamp read through CATALOG_STAMP_COLUMN; null when the statement gave no row to read it from. */
export function stampOf(rows: unknown[]): bigint | null {
  const stamp = (rows[0] as { catalogStamp?: string | number | null } | undefined)?.catalogStamp;
  return stamp === undefined || stamp === null ? null : BigInt(stamp);
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
 * `compute` and kept under the stamp it read (an answer without one is not kept). Failures are not kept.
 */
export async function cachedPublicAnswer<T>(
  owner: object,
  manager: EntityManager,
  key: string,
  compute: () => Promise<{ answer: T; stamp: bigint | null }>,
): Promise<T> {
  if (caches.get(owner)?.answers.has(key)) {
    const stamp = await readPublicCatalogStamp(manager);
    const cache = caches.get(owner);
    if (cache?.stamp === stamp && cache.answers.has(key)) {
      const answer = cache.answers.get(key) as T;
      // Refresh its place: the map's order is the eviction order.
      cache.answers.delete(key);
      cache.answers.set(key, answer);
      return answer;
    }
  }
  const { answer, stamp } = await compute();
  if (stamp === null) return answer;
  let current = caches.get(owner);
  if (!current || current.stamp < stamp) {
    // A newer stamp makes every kept answer stale.
    current = { stamp, answers: new Map() };
    caches.set(owner, current);
  }
  // An answer read before a change that another request has already seen (an older stamp) is not kept.
  if (current.stamp === stamp) {
    if (current.answers.size >= MAX_CACHED_ANSWERS)
      current.answers.delete(current.answers.keys().next().value!);
    current.answers.set(key, answer);
  }
  return answer;
}
