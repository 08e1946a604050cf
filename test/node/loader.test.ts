/**
 * dist/cdn/loader.js on a plain page, in Chromium and Firefox: it defines only the elements the
 * page uses, and those added later, and downloads only their code and the data of the roles
 * they show. The budgets are size-limit's (package.json, `npm run size`); the same page checks
 * that its salary-band scenario names exactly the files a browser downloads.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { Browser, Page } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type Engine, type PageServer } from './page-harness.js';

const { ELEMENT_TAGS } = await import('../../src/registry.js');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loader</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<script type="module" src="/dist/cdn/loader.js"></script>
</head><body><salary-band role-id="security-technician"></salary-band></body></html>`;

interface SizeScenario {
  name: string;
  path: string | string[];
  limit: string;
}
const SCENARIOS = (JSON.parse(readFileSync('package.json', 'utf8')) as { 'size-limit': SizeScenario[] })['size-limit'];
const SALARY_PAGE = SCENARIOS.find((scenario) => scenario.name.includes('<salary-band'))!;

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
        // Role files: roles/<id>/<part>-<hash>.js, the role's core (id, title, sources) and the part.
        const dataOf = (list: string[]) =>
          list.filter((file) => file.startsWith('roles/')).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
        assert.deepEqual(dataOf(files).sort(), ['roles/security-technician/core', 'roles/security-technician/salary']);
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
          dataOf(files).sort(),
          [
            'roles/security-engineer/core',
            'roles/security-engineer/faq',
            'roles/security-technician/core',
            'roles/security-technician/salary',
          ],
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
      test('budgets: size-limit measures what a salary-band page downloads, and every element', async () => {
        const page = await newPage(browser);
        try {
          await page.goto(`${server.url}/loader.html`, { waitUntil: 'load' });
          await waitReady(page, 'salary-band');
          // The scenario's files are the files the page fetched: no more, no fewer.
          const downloaded = (await fetched(page))
            .filter((file) => file.endsWith('.js'))
            .map((file) => `dist/cdn/${file}`);
          const measured = globSync([SALARY_PAGE.path].flat());
          assert.deepEqual([...new Set(measured)].sort(), downloaded.sort());
          // Code for other pages' needs stays off this one: supplied data and src (with the
          // validator), and subscribing to a <career-role>.
          for (const lazy of ['lazy/role-remote-', 'lazy/validate-', 'lazy/role-context-consumer-']) {
            assert.ok(!downloaded.some((file) => file.includes(lazy)), `${lazy}* was downloaded`);
          }
          const report = JSON.parse(execFileSync('node_modules/.bin/size-limit', ['--json'], { encoding: 'utf8' })) as {
            name: string;
            size: number;
            sizeLimit: number;
            passed: boolean;
          }[];
          console.log(
            report
              .map((r) => `${r.name}: ${(r.size / 1024).toFixed(2)} KiB of ${(r.sizeLimit / 1024).toFixed(2)} KiB`)
              .join('\n'),
          );
          assert.equal(report.length, SCENARIOS.length);
          for (const result of report)
            assert.ok(result.passed, `${result.name}: ${result.size} B > ${result.sizeLimit} B`);
        } finally {
          await page.close();
        }
      });
    }
  });
}
