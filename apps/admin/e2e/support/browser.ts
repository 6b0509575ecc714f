import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM } from './paths.js';

/** Bounded waits: every Playwright action or wait gives up well before the test's own time limit. */
export const ACTION_TIMEOUT_MS = 15_000;
export const NAVIGATION_TIMEOUT_MS = 30_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser's own UI language (native date inputs, built-in messages), as on a Chinese desktop.
  '--lang=zh-CN',
];

export interface ConsoleBrowser {
  context: BrowserContext;
  /** The context's first tab. */
  page: Page;
  /** Uncaught page errors and console errors seen so far (reported; a failure's artifacts include them). */
  problems: string[];
  /** Screenshots of every open tab and the problems list into the artifacts folder. */
  captureFailure(testName: string): Promise<string | null>;
  /** The same for a test that passed (E2E_SCREENSHOTS=always, to review the pages). */
  capture(testName: string, outcome: string): Promise<string | null>;
  close(): Promise<void>;
}

const safeName = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/**
 * Debian's Chromium through playwright-core (never Playwright's browser download), headless, zh-CN, with
 * its own throwaway profile folder (launchPersistentContext: Playwright refuses --user-data-dir in args).
 */
export async function launchConsoleBrowser(label: string): Promise<ConsoleBrowser> {
  const { runDir, artifactsDir } = inject('e2e');
  const profileDir = await mkdtemp(path.join(runDir, `profile-${safeName(label)}-`));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    args: CHROMIUM_ARGS,
    timeout: NAVIGATION_TIMEOUT_MS,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`[pageerror] ${page.url()} ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`[console.error] ${page.url()} ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());

  let closed = false;
  async function capture(testName: string, outcome: string): Promise<string | null> {
    if (closed) return null;
    const prefix = `${safeName(label)}--${safeName(testName)}${outcome === 'failed' ? '' : `--${outcome}`}`;
    await mkdir(artifactsDir, { recursive: true });
    const notes = [`test: ${testName} (${outcome})`];
    for (const [index, tab] of context.pages().entries()) {
      const file = path.join(artifactsDir, `${prefix}--tab${index + 1}.png`);
      try {
        await tab.screenshot({ path: file, fullPage: true, timeout: 10_000 });
        notes.push(`tab ${index + 1}: ${tab.url()} → ${file}`);
      } catch (error) {
        notes.push(`tab ${index + 1}: ${tab.url()} (no screenshot: ${(error as Error).message})`);
      }
    }
    notes.push('', 'page problems:', ...(problems.length ? problems : ['(none)']));
    await writeFile(path.join(artifactsDir, `${prefix}.txt`), `${notes.join('\n')}\n`);
    if (outcome === 'failed') console.error(`Failure artifacts of "${testName}": ${artifactsDir}/${prefix}*`);
    return artifactsDir;
  }

  return {
    context,
    page,
    problems,
    captureFailure: (testName) => capture(testName, 'failed'),
    capture,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.race([
        context.close().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 20_000).unref()),
      ]);
      await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * For a describe block: one browser for its tests, closed after them (even when they fail), and a
 * screenshot of every tab when a test fails (timeouts included — afterEach sees the failed state).
 */
export function useConsoleBrowser(label: string): () => ConsoleBrowser {
  let browser: ConsoleBrowser | undefined;
  beforeAll(async () => {
    browser = await launchConsoleBrowser(label);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await browser?.captureFailure(task.name);
    else if (process.env.E2E_SCREENSHOTS === 'always') await browser?.capture(task.name, 'passed');
  });
  afterAll(async () => {
    if (browser && browser.problems.length > 0) {
      console.warn(`Page errors seen by "${label}":\n  ${browser.problems.join('\n  ')}`);
    }
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser did not start (see the beforeAll error)');
    return browser;
  };
}
