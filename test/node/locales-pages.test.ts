/**
 * Every distribution speaks every locale, and fetches a locale's strings only for a page that
 * uses it. Built files (npm test builds dist/ first), in Chromium and Firefox:
 * - the script-tag loader: an English page fetches no strings; a German one fetches exactly the
 *   German strings of the base and of its element (size-limit's German scenario), and a page
 *   that switches to French fetches the French ones; the words of percentiles, areas and months
 *   come only for a band whose data has them;
 * - the all-in-one bundle, and the npm build bundled by an app (esbuild), in French and Spanish;
 * - server rendering (`career-widgets/ssr` and the `render` command) in the requested language,
 *   taken over by the loader without a word of English in between.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { globSync } from 'tinyglobby';
import type { Browser, Page } from 'puppeteer-core';
import { builtSsr, launch, newPage, pollUntil, serve, type Engine, type PageServer } from './page-harness.js';
import { EXAMPLE_SALARY_ROLE } from '../fixtures/salary-example.js';

const { renderElement } = await builtSsr();

interface SizeScenario {
  name: string;
  path: string | string[];
}
const SCENARIOS = (JSON.parse(readFileSync('package.json', 'utf8')) as { 'size-limit': SizeScenario[] })['size-limit'];
/** The files of a size-limit scenario, as paths under dist/cdn. */
const filesOf = (match: string) =>
  globSync([SCENARIOS.find((scenario) => scenario.name.includes(match))!.path].flat())
    .map((file) => file.slice('dist/cdn/'.length))
    .sort();
const ENGLISH_PAGE = filesOf('<salary-band');
const GERMAN_STRINGS = filesOf('German');

const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Languages</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
const LOADER = '<script type="module" src="/dist/cdn/loader.js"></script>';
const BAND = '<salary-band role-id="security-technician"></salary-band>';

/** The JavaScript files under dist/cdn the page fetched, relative to it. */
async function fetched(page: Page): Promise<string[]> {
  const names = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  )) as string[];
  return [...new Set(names.filter((name) => /^\/dist\/cdn\/.+\.js$/.test(name)).map((name) => name.slice(10)))].sort();
}

/** Built file names without their content hash: `locales/de/base-Ab12Cd34.js` → `locales/de/base`. */
const unhashed = (files: string[]) => files.map((file) => file.replace(/-[\w-]{8}\.js$/, ''));

/** The strings files under dist/cdn/locales the page fetched, without their hashes. */
async function stringsFetched(page: Page): Promise<string[]> {
  return unhashed((await fetched(page)).filter((file) => file.startsWith('locales/')));
}

/** The heading of the first `selector`, once it is ready and the heading matches `expected`. */
function headingOf(page: Page, expected: RegExp, selector = 'salary-band'): Promise<string> {
  return pollUntil(
    page,
    `${selector}'s heading to match ${expected}`,
    (s: string) => {
      const el = document.querySelector(s) as (Element & { state?: string }) | null;
      return el?.state === 'ready' ? (el.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '') : '';
    },
    { args: [selector], until: (text: string) => expected.test(text.replace(/\s+/g, ' ').trim()) },
  );
}

/** The npm build as an app bundles it (esbuild, code splitting), in a folder of its own. */
const app = mkdtempSync(join(tmpdir(), 'cw-locales-app-'));
await build({
  stdin: { contents: `import './dist/define/salary-band.js';`, resolveDir: process.cwd() },
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: join(app, 'out'),
  logLevel: 'error',
});

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`languages in the built files (${engine})`, () => {
    let server: PageServer;
    let appServer: PageServer;
    let browser: Browser;
    before(async () => {
      const german = await renderElement('salary-band', { roleId: 'security-technician', lang: 'de' });
      server = await serve(
        {},
        {
          '/en.html': page('en', BAND + LOADER),
          '/de.html': page('de', BAND + LOADER),
          '/example-role.json': JSON.stringify(EXAMPLE_SALARY_ROLE),
          '/de-figures.html': page('de', '<salary-band src="/example-role.json" location="US-CO"></salary-band>' + LOADER),
          '/bundle.html': page('fr', BAND, '<script type="module" src="/dist/cdn/career-widgets.js"></script>'),
          '/ssr.html': page(
            'de',
            german,
            `<script>
              window.__english = false;
              window.addLoader = () => {
                const band = document.querySelector('salary-band');
                window.__heading = band.shadowRoot.querySelector('h2');
                new MutationObserver(() => {
                  if (/Security Technician salary|Median salary/.test(band.shadowRoot.textContent)) window.__english = true;
                }).observe(band.shadowRoot, { subtree: true, childList: true, characterData: true });
                const script = document.createElement('script');
                script.type = 'module';
                script.src = '/dist/cdn/loader.js';
                document.head.append(script);
              };
            </script>`,
          ),
        },
      );
      appServer = await serve({}, { '/es.html': page('es', BAND, '<script type="module" src="/out/stdin.js"></script>') }, app);
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      await appServer?.close();
    });

    test('the loader: no strings for English, exactly its own for German, and French after a switch', async () => {
      assert.ok(GERMAN_STRINGS.some((file) => file.startsWith('locales/de/salary-band-')), GERMAN_STRINGS.join(', '));
      const tab = await newPage(browser);
      try {
        await tab.goto(`${server.url}/en.html`, { waitUntil: 'load' });
        assert.equal(await headingOf(tab, /salary$/), 'Security Technician salary');
        assert.deepEqual(await fetched(tab), ENGLISH_PAGE);

        await tab.goto(`${server.url}/de.html`, { waitUntil: 'load' });
        await headingOf(tab, /^Gehalt: Security Technician$/);
        assert.deepEqual(await fetched(tab), [...ENGLISH_PAGE, ...GERMAN_STRINGS].sort());

        await tab.evaluate(() => (document.documentElement.lang = 'fr-CA'));
        await headingOf(tab, /^Salaire : Security Technician$/);
        const french = (await fetched(tab)).filter((file) => !ENGLISH_PAGE.includes(file) && !GERMAN_STRINGS.includes(file));
        assert.deepEqual(unhashed(french), ['locales/fr/base', 'locales/fr/salary-band']);
      } finally {
        await tab.close();
      }
    });

    test('the loader: the words of percentiles, areas and months come only with a band that has them', async () => {
      const tab = await newPage(browser);
      try {
        await tab.goto(`${server.url}/de-figures.html`, { waitUntil: 'load' });
        await headingOf(tab, /^Gehalt: Example Analyst$/);
        assert.deepEqual(await stringsFetched(tab), ['locales/de/base', 'locales/de/salary-band', 'locales/de/salary-band.figures']);
        // Not one of them in the German scenario, which a band without these figures loads.
        assert.ok(!GERMAN_STRINGS.some((file) => file.includes('salary-band.figures')), GERMAN_STRINGS.join(', '));
        const text = await tab.evaluate(() =>
          document.querySelector('salary-band')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
        );
        for (const words of ['Gebiet', 'Colorado', '25. Perzentil', 'Stand: Mai 2024']) assert.ok(text.includes(words), `${words} in: ${text}`);
        for (const words of ['Area', 'percentile']) assert.ok(!text.includes(words), `${words} in: ${text}`);
      } finally {
        await tab.close();
      }
    });

    test('the all-in-one bundle in French, and the npm build bundled by an app in Spanish', async () => {
      const tab = await newPage(browser);
      try {
        await tab.goto(`${server.url}/bundle.html`, { waitUntil: 'load' });
        await headingOf(tab, /^Salaire : Security Technician$/);
        assert.deepEqual(await stringsFetched(tab), ['locales/fr/base', 'locales/fr/salary-band']);
        await tab.goto(`${appServer.url}/es.html`, { waitUntil: 'load' });
        await headingOf(tab, /^Salario: Security Technician$/);
        const median = await tab.evaluate(
          () => document.querySelector('salary-band')!.shadowRoot!.querySelector('.central dd')!.textContent,
        );
        assert.match(median!, /^60\.000\sUS\$$/);
      } finally {
        await tab.close();
      }
    });

    test('a server-rendered German element is taken over with no English in between', async () => {
      const tab = await newPage(browser);
      try {
        await tab.goto(`${server.url}/ssr.html`, { waitUntil: 'load' });
        await tab.evaluate(() => (window as unknown as { addLoader(): void }).addLoader());
        await pollUntil(tab, 'the band to be defined and ready', () =>
          (document.querySelector('salary-band') as Element & { state?: string }).state === 'ready',
        );
        await headingOf(tab, /^Gehalt: Security Technician$/);
        const kept = await tab.evaluate(() => {
          const band = document.querySelector('salary-band')!;
          const w = window as unknown as { __heading: Element; __english: boolean };
          return { same: band.shadowRoot!.querySelector('h2') === w.__heading, english: w.__english };
        });
        assert.deepEqual(kept, { same: true, english: false });
      } finally {
        await tab.close();
      }
    });
  });
}

describe('server rendering in the requested language', () => {
  after(() => rmSync(app, { recursive: true, force: true }));
  /** Markup without Lit's markers and with its white space folded, as a reader gets it. */
  const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ');

  test('renderElement writes the page’s language, or the element’s own lang, words and numbers', async () => {
    const guide = text(await renderElement('career-guide', { roleId: 'security-technician', lang: 'de' }));
    // The role's title is marked as English inside the German heading.
    assert.ok(guide.includes('<span lang="en">Security Technician</span>: Karriereleitfaden'), guide.slice(0, 3000));
    // Every section inside the guide is German too.
    for (const words of ['Gehalt: ', 'Karriereweg: ', 'Fragen zu ', 'Schwerpunkt:', '60.000 $']) {
      assert.ok(guide.includes(words), words);
    }
    const own = await renderElement('salary-band', { roleId: 'security-technician', lang: 'de', attributes: { lang: 'es-MX' } });
    assert.match(own, /^<salary-band ssr role-id="security-technician" lang="es-MX">/);
    assert.ok(text(own).includes('Salario: '));
    assert.ok(!own.includes('Gehalt'));
    const english = await renderElement('salary-band', { roleId: 'security-technician' });
    assert.ok(english.includes('Security Technician salary'));
    assert.ok(!/ lang=/.test(english.slice(0, english.indexOf('</template>'))), 'no marks in English');
  });

  test('career-widgets render --lang writes the element in that language', () => {
    const result = spawnSync(
      'node',
      ['bin/career-widgets.js', 'render', 'salary-band', '--role-id', 'security-technician', '--lang', 'fr'],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.ok(text(result.stdout).includes('Salaire : <span lang="en">Security Technician</span>'));
    assert.match(result.stdout, /60\s000\s\$US/);
  });
});
