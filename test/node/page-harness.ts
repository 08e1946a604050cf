/**
 * A small harness for tests that need control over a whole page: a static server on loopback
 * for the repo (with headers of the test's choosing), and Chromium or Firefox through
 * puppeteer-core, using the browsers `npm test` found and the launch options of the whole suite.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, openPage, type Engine } from '../../scripts/browsers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface PageServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves files under `root` (the repo); `pages` answers extra paths with HTML of its own. */
export async function serve(
  headers: Record<string, string>,
  pages: Record<string, string> = {},
  root = process.cwd(),
): Promise<PageServer> {
  const server: Server = createServer(async (request, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (path === '/favicon.ico') {
      // Browsers ask for it unprompted; answering keeps their consoles free of 404s.
      response.statusCode = 204;
      response.end();
      return;
    }
    if (pages[path] !== undefined) {
      response.setHeader('content-type', TYPES['.html']!);
      response.end(pages[path]);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.statusCode = 403;
      response.end();
      return;
    }
    try {
      const body = await readFile(file);
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type { Engine };

/** Launches `engine` through puppeteer-core with the options the whole suite uses. */
export function launch(engine: Engine): Promise<Browser> {
  return launchBrowser(engine);
}

/** A new page, 800 × 600 unless told otherwise, sized with commands its engine supports. */
export function newPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  return openPage(browser, viewport);
}

/**
 * Evaluates `read` in the page, every 50 ms, until `until` accepts its answer (by default, until
 * it is truthy), and returns that answer; fails after `timeout` ms with `what` and the last
 * answer. Unlike puppeteer's `waitForFunction`, it builds no `Function()` in the page, so it
 * works under a strict CSP.
 */
export async function pollUntil<T, A extends unknown[]>(
  page: Page,
  what: string,
  read: (...args: A) => T,
  {
    timeout = 8_000,
    args = [] as unknown as A,
    until = Boolean,
  }: { timeout?: number; args?: A; until?: (value: T) => boolean } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(read as (...args: unknown[]) => T, ...args)) as T;
    if (until(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeout} ms (last seen: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
