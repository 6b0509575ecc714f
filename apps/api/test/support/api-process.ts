import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { TEST_ENCRYPTION_KEY } from './test-app.js';

/** Replicas as deployed: `node apps/api/dist/main.js` processes on one PostgreSQL (tests of cross-replica behaviour). */
export const API_MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');
const START_TIMEOUT_MS = 60_000;

export interface ApiProcess {
  pid: number;
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  url: string;
  output: string[];
  stop(): Promise<void>;
}

/** `node apps/api/dist/main.js` as deployed, on an ephemeral port; resolves once it logs its URL. */
export async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const output: string[] = [];
  let url = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.removeListener('exit', killOnExit);
      resolve();
    }),
  );
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API process did not start:\n${output.join('\n')}`)),
      START_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (line.includes('"url"')) {
        url = (JSON.parse(line) as { url: string }).url;
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`API process exited before it started:\n${output.join('\n')}`));
    });
  });
  return {
    pid: child.pid!,
    url,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The environment of a replica on `databaseUrl`, with the tests' encryption key and no scheduled jobs unless asked. */
export const replicaEnvironment = (
  databaseUrl: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  TZ: 'UTC',
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  DATA_ENCRYPTION_KEYS: `${TEST_ENCRYPTION_KEY.id}:${TEST_ENCRYPTION_KEY.key.toString('base64')}`,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  DEMO_MODE: 'false',
  ADMIN_DIST: '/nonexistent',
  JOBS_ENABLED: 'false',
  ...extra,
});
