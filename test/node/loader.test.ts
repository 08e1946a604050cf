/**
 * dist/cdn/loader.js on a plain page, in Chromium and Firefox: it defines only the elements the
 * page uses, and those added later, and downloads only their code and the data of the roles
 * they show. The same page measures what it downloaded, gzipped file by file as a server would
 * send it, against the budgets.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type Engine, type PageServer } from './page-harness.js';
import { allElementsBytes } from '../../scripts/sizes.js';

const { ELEMENT_TAGS } = await import('../../src/element-tags.js');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loader</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<script type="module" src="/dist/cdn/loader.js"></script>
</head><body><salary-band role-id="security-technician"></salary-band></body></html>`;

const KIB = 1024;
const ALL_ELEMENTS_BUDGET = 45 * KIB;
/** What a page with one salary band and the loader may download: loader, Lit, element, data. */
const SALARY_PAGE_BUDGET = 14 * KIB;

const kib = (bytes: number) => `${(bytes / KIB).toFixed(2)} KiB`;

/** The files under dist/cdn the page fetched, as paths relative to dist/cdn. */
async function fetched(page: Page): Promise<string[]> {
  const names = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  )) as string[];
  return [
    ...new Set(names.filter((name) => name.startsWith('/dist/cdn/')).map((name) => name.slice('/dist/cdn/'.length))),
  ];
}

async function waitReady(page: Page, selector: string): Promise<void> {
  await pollUntil(
    page,
    `${selector} ready`,
    (s: string) => (document.querySelector(s) as (Element & { state?: string }) | null)?.state === 'ready',
    { args: [selector] },
  );
}

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`dist/cdn/loader.js (${engine})`, () => {
    let server: PageServer;
    let browser: Browser;
    before(async () => {
      assert.ok(readFileSync('dist/cdn/loader.js').length > 0, 'npm test builds dist/cdn first');
      server = await serve({}, { '/loader.html': PAGE });
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('defines only the elements on the page, and those added later, loading only their code and data', async () => {
      const page = await newPage(browser);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await page.goto(`${server.url}/loader.html`, { waitUntil: 'load' });
        await waitReady(page, 'salary-band');
        const defined = (await page.evaluate(
          (tags: string[]) => tags.filter((tag) => customElements.get(tag)),
          [...ELEMENT_TAGS],
        )) as string[];
        assert.deepEqual(defined, ['salary-band']);
        let files = await fetched(page);
        assert.ok(files.includes('lazy/salary-band.js'), files.join(', '));
        const otherElements = ELEMENT_TAGS.filter((tag) => tag !== 'salary-band').map((tag) => `lazy/${tag}.js`);
        assert.deepEqual(
          files.filter((file) => otherElements.includes(file)),
          [],
        );
        const roleFiles = files.filter((file) => file.startsWith('roles/'));
        assert.deepEqual(roleFiles, ['roles/security-technician/salary.js']);
        assert.deepEqual(
          files.filter((file) => /validate|zod/.test(file)),
          [],
          'no validator',
        );

        // An element added later, deep inside new markup, is found, defined and given its data.
        await page.evaluate(() => {
          const box = document.createElement('div');
          box.innerHTML = '<section><role-faq role-id="security-engineer"></role-faq></section>';
          document.body.append(box);
        });
        await waitReady(page, 'role-faq');
        files = await fetched(page);
        assert.ok(files.includes('lazy/role-faq.js'));
        assert.deepEqual(
          files.filter((file) => file.startsWith('roles/')).sort(),
          ['roles/security-engineer/faq.js', 'roles/security-technician/salary.js'],
          'no data of sections no element shows',
        );
        assert.deepEqual(
          (await page.evaluate(
            (tags: string[]) => tags.filter((tag) => customElements.get(tag)),
            [...ELEMENT_TAGS],
          )) as string[],
          ['salary-band', 'role-faq'],
        );
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    if (engine === 'chromium') {
      test('budgets: what a salary-band page downloads, and all elements together', async () => {
        const page = await newPage(browser);
        try {
          await page.goto(`${server.url}/loader.html`, { waitUntil: 'load' });
          await waitReady(page, 'salary-band');
          // Everything the page fetched from the build: loader, Lit, the element, its data.
          const rows = (await fetched(page))
            .filter((file) => file.endsWith('.js'))
            .map((file) => [file, gzipSync(readFileSync(`dist/cdn/${file}`), { level: 9 }).length] as const)
            .sort((a, b) => b[1] - a[1]);
          const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
          const all = allElementsBytes();
          console.log(
            [
              'A page with one <salary-band role-id="security-technician"> and the loader downloads (gzip):',
              ...rows.map(([file, bytes]) => `  ${kib(bytes).padStart(10)}  ${file}`),
              `  ${kib(total).padStart(10)}  total (budget ${kib(SALARY_PAGE_BUDGET)})`,
              `All elements together, without role data: ${kib(all)} (budget ${kib(ALL_ELEMENTS_BUDGET)})`,
            ].join('\n'),
          );
          assert.ok(
            rows.some(([file]) => file === 'loader.js') && rows.some(([file]) => file.startsWith('lazy/base-')),
          );
          assert.ok(all <= ALL_ELEMENTS_BUDGET, `all elements: ${kib(all)} > ${kib(ALL_ELEMENTS_BUDGET)}`);
          // Code for other pages' needs stays off this one: supplied data and src, the error
          // view, subscribing to a <career-role>, and placing a job posting's offer.
          const elsewhere = [
            'lazy/role-remote-',
            'lazy/error-view-',
            'lazy/role-context-consumer-',
            'lazy/salary-offer-',
          ];
          for (const lazy of elsewhere) {
            assert.ok(!rows.some(([file]) => file.startsWith(lazy)), `${lazy}* was downloaded`);
          }
          assert.ok(total <= SALARY_PAGE_BUDGET, `salary-band page: ${kib(total)} > ${kib(SALARY_PAGE_BUDGET)}`);
        } finally {
          await page.close();
        }
      });
    }
  });
}
