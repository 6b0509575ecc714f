import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (apps/admin/e2e/support → ../../../..). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
export const CREATE_USER_CLI = path.join(REPO_ROOT, 'apps/api/dist/cli/create-user.js');
/** The built console the server serves; E2E_ADMIN_DIST tests another build of it. */
export const ADMIN_DIST = path.resolve(process.env.E2E_ADMIN_DIST ?? path.join(REPO_ROOT, 'apps/admin/dist'));
export const ADMIN_INDEX = path.join(ADMIN_DIST, 'index.html');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The suite runs the built server and console: say so plainly when a build or Chromium is missing. */
export function assertPrerequisites(): void {
  const missing = [
    [API_MAIN, 'the API build (apps/api/dist/main.js)'],
    [CREATE_USER_CLI, 'the user CLI build (apps/api/dist/cli/create-user.js)'],
    [ADMIN_INDEX, `the console build (${ADMIN_INDEX})`],
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Browser tests need a build first — missing ${missing.map(([, what]) => what).join(', ')}. ` +
        'Run `npx -y pnpm@12.4.2 run build` at the repository root.',
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's: apt-get install -y chromium fonts-noto-cjk ` +
        '(scripts/test-all.sh does this when run as root), or set E2E_CHROMIUM.',
    );
  }
}
