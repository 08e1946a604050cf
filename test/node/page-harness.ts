/**
 * A small harness for tests that need control over a whole page: a static server on loopback
 * for the repo (with headers of the test's choosing), and Chromium or Firefox through
 * puppeteer-core, using the browsers `npm test` found and the launch options of the whole suite.
 */
import type { Page } from 'puppeteer-core';
import { launchBrowser, openPage, type Engine } from '../../scripts/browsers.js';
import { serveFiles, type PageServer } from '../../scripts/static-server.js';

export type { PageServer };

/** Serves files under `root` (the repo), with `headers`; `pages` answers extra paths with HTML. */
export function serve(
  headers: Record<string, string>,
  pages: Record<string, string> = {},
  root = process.cwd(),
): Promise<PageServer> {
  return serveFiles(pages, { headers, root });
}

export type { Engine };

/** Browsers launched, and pages opened, as the whole suite does it (scripts/browsers.js). */
export { launchBrowser as launch, openPage as newPage };

/**
 * Evaluates `read` in the page, every 50 ms, until `until` accepts its answer (by default, until
 * it is truthy), and returns that answer; fails after `timeout` ms with `what` and the last
 * answer (`read` may be an expression, as a string). A navigation in between (a reload) is waited out, as with `waitForFunction`; unlike
 * it, this builds no `Function()` in the page, so it works under a strict CSP.
 */
export async function pollUntil<T, A extends unknown[]>(
  page: Page,
  what: string,
  read: ((...args: A) => T) | string,
  {
    timeout = 8_000,
    args = [] as unknown as A,
    until = Boolean,
  }: { timeout?: number; args?: A; until?: (value: T) => boolean } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value: T | undefined;
  for (;;) {
    try {
      value = (typeof read === 'string' ? await page.evaluate(read) : await page.evaluate(read as (...args: unknown[]) => T, ...args)) as T;
      if (until(value)) return value;
    } catch (error) {
      // The page navigated (a dev server reloads it after optimising a dependency): read the new one.
      if (!/context was destroyed|navigat/i.test(String(error))) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeout} ms (last seen: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Response headers under which a page runs no script at all, as with JavaScript disabled. */
export const NO_SCRIPT = { 'content-security-policy': "script-src 'none'" } as const;

/** `career-widgets/ssr` as the package ships it: dist/ssr.js (npm test builds dist/ first). */
export async function builtSsr(): Promise<typeof import('../../src/ssr/index.js')> {
  const built = '../../dist/ssr.js';
  return (await import(built)) as typeof import('../../src/ssr/index.js');
}
