/**
 * The example pages, as `npm start` serves them (Vite): each opens in Chromium and Firefox,
 * every career-widgets element on it renders (ready, with text), and nothing reaches the
 * console as an error, whether an exception, a failed request or a console.error.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, pollUntil, type Engine } from './page-harness.js';

const EXAMPLES = readdirSync('examples')
  .filter((file) => file.endsWith('.html'))
  .sort();

let vite: ViteDevServer;
let base: string;

before(async () => {
  vite = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, strictPort: false, open: false, host: '127.0.0.1' },
  });
  await vite.listen();
  base = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
after(async () => {
  await vite?.close();
});

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`example pages (${engine})`, () => {
    let browser: Browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
    });

    test('there is an example for the job board, the school, the script tag and the index', () => {
      for (const page of ['index.html', 'job-board.html', 'school-program.html', 'script-tag.html']) {
        assert.ok(EXAMPLES.includes(page), page);
      }
    });

    for (const example of EXAMPLES) {
      test(`${example} renders every element with no console error`, async () => {
        const page = await newPage(browser);
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
        });
        page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
        try {
          await page.goto(`${base}/examples/${example}`, { waitUntil: 'load', timeout: 60_000 });
          // Every career-widgets element, at any depth of shadow roots, with its state and text.
          const report = await pollUntil(
            page,
            `${example}: every element ready or failed`,
            () => {
              // No named inner functions: the code runs in the page, without the test's helpers.
              const found: (HTMLElement & { state?: unknown })[] = [];
              const roots: (Document | ShadowRoot)[] = [document];
              for (let root = roots.pop(); root; root = roots.pop()) {
                for (const el of root.querySelectorAll<HTMLElement>('*')) {
                  if ('state' in el && el.localName.includes('-')) found.push(el);
                  if (el.shadowRoot) roots.push(el.shadowRoot);
                }
              }
              return found.map((el) => ({
                tag: el.localName,
                state: String(el.state),
                text:
                  el.localName === 'career-role' ? 'provider' : (el.shadowRoot?.textContent ?? '').trim().slice(0, 40),
              }));
            },
            {
              until: (found) =>
                found.length > 0 &&
                found.every((item) => item.tag === 'career-role' || item.state === 'ready' || item.state === 'error'),
            },
          );
          assert.ok(report.length > 0, 'the page holds career-widgets elements');
          const notReady = report.filter((item) => item.state !== 'ready');
          assert.deepEqual(notReady, [], 'every element shows its role');
          const blank = report.filter((item) => item.text === '');
          assert.deepEqual(blank, [], 'no element is blank');
          // Late requests and their logs arrive before the console is judged.
          await page.waitForNetworkIdle({ idleTime: 100, timeout: 8_000 });
          assert.deepEqual(problems, []);
          console.log(`${example} (${engine}): ${report.length} elements ready`);
        } finally {
          await page.close();
        }
      });
    }
  });
}
