/**
 * The callers of the public catalog benchmark, run in a worker thread of run-catalog-bench.js so that
 * building requests and reading answers never takes turns with the server under test on its event loop.
 *
 * It receives one CallerJob through workerData, keeps `connections` requests in flight for `seconds`,
 * and posts one CallerResult.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PublicCatalogQuery } from '../modules/catalog/catalog-public-search.js';
import { benchQuery, type Kind } from './catalog-bench-queries.js';

export interface CallerJob {
  /** The API's GraphQL endpoint (with `token`) or the raw handler. */
  target: 'api' | 'raw';
  url: string;
  token?: string;
  kind: Kind;
  connections: number;
  seconds: number;
  /** Number of the first request (see benchQuery); the result says where the next run goes on from. */
  counter: number;
}

export interface CallerResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  counter: number;
}

const QUERY = `query($f: PublicCatalogEntryFilter, $p: PageInput) { publicCatalogEntries(filter: $f, page: $p) { total totalIsCapped items { indexNumber entryVersion title summary body documentNumber category { id name } departmentName formedDate publishedAt subjectKind corrections { entryVersion publishedAt } } } }`;

/** One request through the API as an external caller; any error answer fails the run. */
export async function callApi(url: string, token: string, query: PublicCatalogQuery): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: QUERY,
      variables: {
        f: { categoryId: query.categoryId, search: query.search },
        p: { page: query.offset / query.limit + 1, perPage: query.limit },
      },
    }),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 300));
}

async function callRaw(url: string, query: PublicCatalogQuery): Promise<void> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(query) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(text.slice(0, 300));
}

export async function runCallers(job: CallerJob): Promise<CallerResult> {
  let counter = job.counter;
  const send = (query: PublicCatalogQuery) =>
    job.target === 'api' ? callApi(job.url, job.token!, query) : callRaw(job.url, query);
  const latencies: number[] = [];
  const until = Date.now() + job.seconds * 1000;
  await Promise.all(
    Array.from({ length: job.connections }, async () => {
      while (Date.now() < until) {
        const query = benchQuery(job.kind, counter++);
        const started = performance.now();
        await send(query);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return {
    requests: latencies.length,
    rps: latencies.length / job.seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    counter,
  };
}

if (parentPort && workerData) {
  const port = parentPort;
  runCallers(workerData as CallerJob).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
}
