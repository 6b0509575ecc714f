import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ADMIN_DIST, API_MAIN, CREATE_USER_CLI, REPO_ROOT } from './paths.js';

/** The built API (its package folder resolves its own dependencies, e.g. reflect-metadata). */
const API_ROOT = path.join(REPO_ROOT, 'apps/api');
const API_DIST = path.join(API_ROOT, 'dist');

const SERVER_START_TIMEOUT_MS = 90_000;
const CLI_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 20_000;

/**
 * The environment of the server and the CLI: an allow-list, so a developer's DATABASE_URL, DEMO_MODE or
 * LOGIN_* settings never leak into the suite — it always runs on a fresh embedded database, defaults for
 * the lockout policy, no demo data.
 */
function serverEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'SYSTEMROOT'];
  // Their temporary files (the embedded database's socket folder) live in the run's folder, removed with it.
  const tmpDir = path.join(path.dirname(dataDir), 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  return {
    ...Object.fromEntries(
      keep.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]]),
    ),
    TMPDIR: tmpDir,
    TZ: process.env.TZ ?? 'UTC',
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DEMO_MODE: 'false',
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_DIST,
  };
}

export interface StaffAccount {
  username: string;
  name: string;
  roles: string[];
  /** The one-time initial password the CLI printed. */
  initialPassword: string;
}

/**
 * `node apps/api/dist/cli/create-user.js`: runs the migrations on the data folder, creates the account and
 * prints the initial password at the end of its last line (`…：<password>`). The server must not be
 * running (the embedded database is locked by one process at a time).
 */
export async function createUserWithCli(
  dataDir: string,
  account: { username: string; name: string; roles: string[]; department?: string },
): Promise<StaffAccount> {
  const args = [CREATE_USER_CLI, '--username', account.username, '--name', account.name];
  for (const role of account.roles) args.push('--role', role);
  if (account.department) args.push('--department', account.department);
  const { code, stdout, stderr } = await run(
    process.execPath,
    args,
    serverEnvironment(dataDir),
    CLI_TIMEOUT_MS,
  );
  if (code !== 0) {
    throw new Error(`create-user.js exited with ${code} for ${account.username}:\n${stderr || stdout}`);
  }
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  const match = /[：:]\s*(\S+)\s*$/.exec(lastLine);
  if (!match)
    throw new Error(`create-user.js printed no initial password for ${account.username}: ${lastLine}`);
  return { username: account.username, name: account.name, roles: account.roles, initialPassword: match[1] };
}

/**
 * A department written straight into the data folder through the built API's own entity (the console's
 * way needs a system administrator's first sign-in and TOTP enrolment, which `console.e2e.ts` tests). Runs
 * the migrations first; like the CLI, only while the server is not running. Accounts of the department are
 * then created with `createUserWithCli(…, { department: code })`.
 */
export async function createDepartmentInDatabase(
  dataDir: string,
  department: { code: string; name: string },
): Promise<{ code: string; name: string }> {
  await runInDatabase(
    dataDir,
    `
      const { departmentInputSchema } = await import('@gdp/domain');
      const { Department } = await import(dist + '/modules/organisation/department.entity.js');
      const input = departmentInputSchema.parse({ ...JSON.parse(process.env.E2E_INPUT), kind: 'DIVISION', sortOrder: 0 });
      const now = new Date();
      await manager.insert(Department, { ...input, phone: null, isActive: true, createdAt: now, updatedAt: now });
    `,
    department,
    `Creating the department ${department.code}`,
  );
  return department;
}

/** An active external agency (其他行政机关) written straight into the data folder, like a department. */
export async function createExternalAgencyInDatabase(
  dataDir: string,
  agency: { name: string; address: string },
) {
  await runInDatabase(
    dataDir,
    `
      const { ExternalAgency } = await import(dist + '/modules/external-agency/external-agency.entity.js');
      const input = JSON.parse(process.env.E2E_INPUT);
      const now = new Date();
      await manager.insert(ExternalAgency, {
        name: input.name, kind: 'PEER', contactPerson: null, phone: null, address: input.address, notes: null,
        isActive: true, createdAt: now, updatedAt: now,
      });
    `,
    agency,
    `Creating the external agency ${agency.name}`,
  );
  return agency;
}

/**
 * An API token for an external app, written straight into the data folder through the built API's own
 * entity and hashing (the console's way needs a security administrator's TOTP), on behalf of `createdBy`
 * (a username). Like the CLI, only while the server is not running. Returns the secret token.
 */
export async function createApiTokenInDatabase(
  dataDir: string,
  token: { name: string; scopes: string[]; createdBy: string },
): Promise<string> {
  const stdout = await runInDatabase(
    dataDir,
    `
      const { User } = await import(dist + '/modules/organisation/user.entity.js');
      const { ApiToken } = await import(dist + '/modules/api-token/api-token.entity.js');
      const { API_TOKEN_PREFIX, generateSecretToken, sha256Hex } = await import(dist + '/modules/auth/credentials.js');
      const input = JSON.parse(process.env.E2E_INPUT);
      const creator = await manager.findOneByOrFail(User, { username: input.createdBy });
      const secret = generateSecretToken(API_TOKEN_PREFIX);
      await manager.insert(ApiToken, {
        name: input.name, prefix: secret.slice(0, 12), tokenHash: sha256Hex(secret), scopes: input.scopes,
        rateLimitPerMinute: 600, createdById: creator.id, createdAt: new Date(), expiresAt: null,
        lastUsedAt: null, revokedAt: null, revokedById: null,
      });
      // The child's stdout is how the secret reaches the test (a throwaway token of a throwaway data folder).
      console.log('TOKEN ' + secret);
    `,
    token,
    `Creating the API token ${token.name}`,
  );
  const match = /^TOKEN (\S+)$/m.exec(stdout);
  if (!match) throw new Error(`Creating the API token ${token.name} printed no token:\n${stdout}`);
  return match[1];
}

/**
 * Runs `body` against the data folder with the built API's database (migrations first): `dist`, `manager`
 * and process.env.E2E_INPUT (`input` as JSON) are in scope. Answers the script's output.
 */
async function runInDatabase(dataDir: string, body: string, input: object, what: string): Promise<string> {
  const script = `
    import 'reflect-metadata';
    const dist = ${JSON.stringify(pathToFileURL(API_DIST).href)};
    const { loadConfig } = await import(dist + '/config.js');
    const { openDatabase, runPendingMigrations } = await import(dist + '/db/database.js');
    const { ENTITIES } = await import(dist + '/db/entities.js');
    const { MIGRATIONS } = await import(dist + '/db/migrations/index.js');
    const { createLogger } = await import(dist + '/logger.js');
    const config = loadConfig();
    const logger = createLogger('warn');
    const database = await openDatabase({
      databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, migrations: MIGRATIONS,
      statementTimeoutMs: 60000, logger,
    });
    try {
      await runPendingMigrations(database, logger);
      const manager = database.dataSource.manager;
      ${body}
    } finally {
      await database.close();
    }
  `;
  const { code, stdout, stderr } = await run(
    process.execPath,
    ['--input-type=module', '--eval', script],
    { ...serverEnvironment(dataDir), E2E_INPUT: JSON.stringify(input) },
    CLI_TIMEOUT_MS,
    API_ROOT,
  );
  if (code !== 0) throw new Error(`${what} failed (${code}):\n${stderr || stdout}`);
  return stdout;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, cwd = REPO_ROOT) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${path.basename(args[0] ?? command)} did not finish within ${timeoutMs} ms:\n${stdout}${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  logFile: string;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * `node apps/api/dist/main.js` on an ephemeral loopback port; resolves with the URL from its start-up log
 * line (`{"url": …, "msg": "政务公开管理平台已启动"}`). Every output line goes to `logFile`.
 */
export async function startServer(dataDir: string, logFile: string): Promise<RunningServer> {
  const log = createWriteStream(logFile, { flags: 'a' });
  log.on('error', () => undefined); // a lost log line must not fail the run
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: serverEnvironment(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(log, { end: false });
  // Last resort if the runner exits without its teardown (the teardown's SIGTERM is the normal way).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      process.removeListener('exit', killOnExit);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const recent: string[] = [];
    const fail = (message: string) =>
      reject(new Error(`${message}\n--- server output (last lines) ---\n${recent.join('\n')}`));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`The API server did not report its URL within ${SERVER_START_TIMEOUT_MS} ms`);
    }, SERVER_START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (!log.writableEnded) log.write(`${line}\n`);
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (!line.includes('"url"')) return;
      try {
        const entry = JSON.parse(line) as { url?: unknown };
        if (typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a JSON log line
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(`The API server exited (${code}) before it started`);
    });
  });
  let stopping: Promise<void> | null = null;
  return {
    url: url.replace(/\/$/, ''),
    pid: child.pid!,
    logFile,
    stop: () => (stopping ??= stopProcess(child, exited, log)),
  };
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>, log: WriteStream): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_GRACE_MS))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  child.stderr?.unpipe(log);
  await new Promise<void>((resolve) => log.end(resolve));
}
