/**
 * Load generator of the benchmark, run as a child process of run-bench.js (forked with an IPC channel)
 * so that autocannon never shares the event loop of the server under test.
 *
 * It receives one LoadJob, runs a warm-up (results discarded), then the measured run, recording every
 * response's latency itself (autocannon reports no p95), and answers with one LoadResult.
 */
import { createRequire } from 'node:module';

export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Every response body must equal this (autocannon counts the others as mismatches). */
  expectBody: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  completed: number;
  durationSeconds: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  /** A few mismatched bodies (shortened), to explain a failure. */
  mismatchSamples: string[];
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  requests: { average: number; total: number };
}

interface AutocannonTracker extends PromiseLike<AutocannonResult> {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void,
  ): void;
  on(event: 'reqMismatch', listener: (body: string) => void): void;
}

type Autocannon = (options: Record<string, unknown>) => AutocannonTracker;

// autocannon is CommonJS without type declarations.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const options = {
    url: job.url,
    method: job.method,
    headers: job.headers,
    body: job.body,
    connections: job.connections,
    pipelining: 1,
    timeout: 30,
    expectBody: job.expectBody,
  };
  if (job.warmupSeconds > 0) await autocannon({ ...options, duration: job.warmupSeconds });

  const latencies: number[] = [];
  const mismatchSamples: string[] = [];
  const tracker = autocannon({ ...options, duration: job.durationSeconds });
  tracker.on('response', (_client, _statusCode, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
  });
  tracker.on('reqMismatch', (body) => {
    if (mismatchSamples.length < 3) mismatchSamples.push(String(body).slice(0, 300));
  });
  const result = await tracker;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requestsPerSecond: result.requests.average,
    completed: result.requests.total,
    durationSeconds: result.duration,
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    mismatchSamples,
  };
}

// Child-process entry: one job per process.
if (process.send) {
  process.once('message', (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send!({ ok: true, result }, () => process.exit(0)),
      (error: unknown) =>
        process.send!(
          { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          () => process.exit(1),
        ),
    );
  });
}
