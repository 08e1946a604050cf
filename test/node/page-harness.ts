/**
 * A small harness for tests that need control over a whole page: a static server on loopback
 * for the repo (with headers of the test's choosing), and Chromium or Firefox through
 * puppeteer-core, using the browsers `npm test` found.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.js';

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

/** Serves files under the repo root; `pages` answers extra paths with HTML of its own. */
export async function serve(headers: Record<string, string>, pages: Record<string, string> = {}): Promise<PageServer> {
  const root = process.cwd();
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

export type Engine = 'chromium' | 'firefox';

export async function launch(engine: Engine): Promise<Browser> {
  const executablePath = findBrowser(engine);
  if (!executablePath)
    throw new Error(`${engine} not found (set ${engine === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'})`);
  return engine === 'chromium'
    ? puppeteer.launch({
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      })
    : puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}
