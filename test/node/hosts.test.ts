/**
 * The package as users install it. `npm pack` makes the tarball; a copy of test/hosts installs
 * it with npm, next to React 19, Vue 3, Svelte 5, Angular, Vite, esbuild and webpack, in a folder
 * outside the repo.
 * Then:
 * - the React + Vite app type-checks under `strict` (a role read from JSON is `roleData`), builds
 *   and runs in Chromium; so do a Vue + Vite app, a Svelte + Vite app, an Angular app and a plain
 *   page with the loader;
 * - `import 'career-widgets'` registers every element after bundling with Vite, esbuild and
 *   webpack; `career-widgets/<tag>.js` registers only its element; `career-widgets/elements`
 *   registers none;
 * - what `career-widgets/salary-band.js` and one React wrapper add to a bundle stays within the
 *   budgets in test/hosts/budgets.json;
 * - the README's framework snippets are the apps' code.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type PageServer } from './page-harness.js';

const { ELEMENT_TAGS } = await import('../../src/registry.js');
const ROLE_FILE = 'data/roles/security-engineer.json';
const budgets = JSON.parse(readFileSync('test/hosts/budgets.json', 'utf8')) as Record<string, number>;

let host: string;
let install: { output: string; seconds: number };

/** A package as the host apps installed it. */
const fromHost = (name: string): unknown => createRequire(join(host, 'package.json'))(name);

/** Runs a command in the host folder; fails the test with its output when it fails. */
function sh(command: string, args: string[], cwd = host): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

before(() => {
  host = mkdtempSync(join(tmpdir(), 'cw-hosts-'));
  cpSync('test/hosts', host, { recursive: true });
  sh('npm', ['pack', '--silent', '--pack-destination', host], process.cwd());
  const tarball = readdirSync(host).find((name) => name.endsWith('.tgz'))!;
  const manifest = JSON.parse(readFileSync(join(host, 'package.json'), 'utf8'));
  manifest.dependencies['career-widgets'] = `file:./${tarball}`;
  writeFileSync(join(host, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const app of ['react', 'vue', 'svelte', 'angular', 'plain'])
    copyFileSync(ROLE_FILE, join(host, app, 'role.json'));
  const started = Date.now();
  const output = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  install = { output, seconds: (Date.now() - started) / 1000 };
  console.log(`host apps installed in ${install.seconds.toFixed(1)} s`);
});
after(() => {
  if (host) rmSync(host, { recursive: true, force: true });
});

test('installing the tarball prints no warning about career-widgets', () => {
  const ours = install.output.split('\n').filter((line) => /warn/i.test(line) && line.includes('career-widgets'));
  assert.deepEqual(ours, []);
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.equal(manifest.scripts[script], undefined, `no ${script} script`);
  }
});

test('npx career-widgets import oews runs from the installed package', () => {
  // A made-up fixture table (test/node/fixtures/oews), never part of the package.
  const table = join(process.cwd(), 'test/node/fixtures/oews/fixture_all_data_M_2024.csv');
  const args = ['--no-install', 'career-widgets', 'import', 'oews', table, '--occ', '99-0003', '--id', 'fixture-role'];
  const result = spawnSync('npx', [...args, '--top-code', '239200'], { cwd: host, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const role = JSON.parse(result.stdout) as { salary: { central: unknown; note: string } };
  assert.deepEqual(role.salary.central, { kind: 'median', amount: 68640 });
  assert.match(role.salary.note, /2,080 hours/);
  const failed = spawnSync('npx', args, { cwd: host, encoding: 'utf8' });
  assert.equal(failed.status, 1);
  assert.equal(failed.stdout, '');
  assert.match(failed.stderr, /row 11, column H_PCT90: is top-coded/);
});

describe('host apps in Chromium', () => {
  let server: PageServer;
  let browser: Browser;
  before(async () => {
    server = await serve({}, {}, host);
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the host folder; collects console errors, page errors and failed requests. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await newPage(browser);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  /** Builds test/hosts/<app> with its Vite config, as its developer would; returns its page. */
  function viteApp(app: string): string {
    sh('node_modules/.bin/vite', [
      'build',
      '--config',
      `${app}/vite.config.js`,
      '--base',
      `/out/${app}/`,
      '--outDir',
      join(host, 'out', app),
    ]);
    return `/out/${app}/index.html`;
  }

  /** The app shows a salary band from the JSON role and a ladder at step 2, and hears both loads. */
  async function expectApp(path: string): Promise<void> {
    const { page, problems } = await open(path);
    try {
      const seen = await pollUntil(
        page,
        `${path}: both elements shown and both loads heard`,
        () => {
          const band = document.querySelector('salary-band') as (HTMLElement & { state?: string }) | null;
          const ladder = document.querySelector('career-ladder') as (HTMLElement & { state?: string }) | null;
          return {
            defined: ['salary-band', 'career-ladder'].map((tag) => Boolean(customElements.get(tag))),
            states: [band?.state, ladder?.state],
            band: band?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
            step: ladder?.shadowRoot?.querySelector('[aria-current="step"] [part~="marker"]')?.textContent?.trim(),
            loads: (window as unknown as { hostLoads?: { roleId: string; source: string }[] }).hostLoads ?? [],
          };
        },
        { until: (value) => value.states.every((state) => state === 'ready') && value.loads.length >= 2 },
      );
      assert.deepEqual(seen.defined, [true, true]);
      assert.match(seen.band, /\$105,934/, 'the salary band shows the JSON role’s average');
      assert.match(seen.band, /Security Engineer/);
      assert.equal(seen.step, '2', 'current="2" highlights the step labelled 2');
      assert.deepEqual(seen.loads.map(({ roleId, source }) => `${roleId} from ${source}`).sort(), [
        'security-engineer from role-data',
        'security-technician from role-id',
      ]);
      await page.waitForNetworkIdle({ idleTime: 100, timeout: 8_000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  }

  test('React 19 + Vite: type-checks under strict, builds, registers its elements and hears cw-load', async () => {
    sh('node_modules/.bin/tsc', ['-p', 'react/tsconfig.json']);
    await expectApp(viteApp('react'));
  });

  test('Vue 3 + Vite: builds, registers its elements, sets roleData and hears cw-load', async () => {
    await expectApp(viteApp('vue'));
  });

  test('Svelte 5 + Vite: builds, registers its elements, sets roleData and hears cw-load', async () => {
    await expectApp(viteApp('svelte'));
  });

  test('Angular (compiled in the browser, bundled by esbuild): binds roleData and (cw-load)', async () => {
    const esbuild = fromHost('esbuild') as typeof import('esbuild');
    await esbuild.build({
      absWorkingDir: host,
      entryPoints: ['angular/main.ts'],
      bundle: true,
      format: 'esm',
      outdir: join(host, 'out/angular'),
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      logLevel: 'error',
    });
    await expectApp('/angular/index.html');
  });

  test('a plain page with the loader', async () => {
    await expectApp('/plain/index.html');
  });

  test('server rendering from the installed package: career-widgets/ssr, npx career-widgets render, and a Vite app that hydrates them', async () => {
    const band = sh('node', [
      '--input-type=module',
      '-e',
      "import { renderElement } from 'career-widgets/ssr';\n" +
        "process.stdout.write(await renderElement('salary-band', { roleId: 'security-engineer' }));",
    ]);
    assert.match(band, /^<salary-band ssr role-id="security-engineer"><template [^>]*shadowrootmode="open"><style>/);
    const ladder = sh('npx', ['--no-install', 'career-widgets', 'render', 'career-ladder', '--role-id', 'security-technician']);
    assert.match(ladder, /^<career-ladder ssr role-id="security-technician">/);
    sh('node_modules/.bin/vite', ['build', '--config', 'bundles/vite.config.js', '--outDir', join(host, 'out/vite')]);
    const name = '/server-rendered.html';
    writeFileSync(
      join(host, name),
      `<!doctype html><html lang="en"><head><title>server rendered</title></head><body><h1>Roles</h1>${band}${ladder}
<script type="module" src="/out/vite/hydrate.js"></script></body></html>`,
    );
    const { page, problems } = await open(name);
    try {
      const seen = await pollUntil(
        page,
        'both elements hydrated',
        () =>
          ['salary-band', 'career-ladder'].map((tag) => {
            const el = document.querySelector(tag) as (HTMLElement & { state?: string }) | null;
            // The server's <style> stays only if the element took over its markup: rendering
            // afresh would have emptied the shadow root.
            return `${tag}: ${el?.state} ${el?.shadowRoot?.querySelectorAll('style').length}`;
          }),
        { until: (states) => states.every((state) => state.includes('ready')) },
      );
      assert.deepEqual(seen, ['salary-band: ready 1', 'career-ladder: ready 1']);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  /** The tags a bundle registered, after it ran alone on a page. */
  async function registeredBy(script: string, module: boolean): Promise<string[]> {
    const name = `/page-${Math.random().toString(36).slice(2)}.html`;
    const html = `<!doctype html><html lang="en"><head><title>bundle</title></head><body>
<script ${module ? 'type="module" ' : ''}src="${script}"></script></body></html>`;
    writeFileSync(join(host, name), html);
    const { page, problems } = await open(name);
    try {
      // A page's scripts, modules included, have run by its load event.
      const { tags, ran } = await page.evaluate(
        (all: string[]) => ({
          tags: all.filter((tag) => customElements.get(tag)),
          ran: customElements.get('salary-band') !== undefined || 'hostClass' in window,
        }),
        [...ELEMENT_TAGS],
      );
      assert.ok(ran, `${script} ran`);
      assert.deepEqual(problems, []);
      return tags;
    } finally {
      await page.close();
    }
  }

  const bundlers: Record<string, { build: () => Promise<void>; module: boolean }> = {
    'Vite (Rolldown)': {
      module: true,
      build: async () => {
        sh('node_modules/.bin/vite', [
          'build',
          '--config',
          'bundles/vite.config.js',
          '--outDir',
          join(host, 'out/vite'),
        ]);
      },
    },
    esbuild: {
      module: true,
      build: async () => {
        const esbuild = fromHost('esbuild') as typeof import('esbuild');
        await esbuild.build({
          absWorkingDir: host,
          entryPoints: ['bundles/all.js', 'bundles/one.js', 'bundles/none.js', 'bundles/react-one.js'],
          define: { 'process.env.NODE_ENV': '"production"' },
          bundle: true,
          format: 'esm',
          outdir: join(host, 'out/esbuild'),
          logLevel: 'error',
        });
      },
    },
    'webpack 5': {
      module: false,
      build: async () => {
        const webpack = fromHost('webpack') as (
          config: object,
          done: (error: Error | null, stats?: { hasErrors(): boolean; toString(): string }) => void,
        ) => void;
        await new Promise<void>((resolve, reject) =>
          webpack(
            {
              mode: 'production',
              context: host,
              entry: {
                all: './bundles/all.js',
                one: './bundles/one.js',
                none: './bundles/none.js',
                'react-one': './bundles/react-one.js',
              },
              output: { path: join(host, 'out/webpack'), filename: '[name].js' },
              performance: { hints: false },
              // Production mode's tree-shaking and sideEffects rules, without the minifier's time.
              optimization: { minimize: false },
            },
            (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString())) : resolve()),
          ),
        );
      },
    },
  };

  for (const [bundler, { build, module }] of Object.entries(bundlers)) {
    test(`${bundler}: career-widgets registers all ${ELEMENT_TAGS.length} elements, <tag>.js and one React wrapper only their own, elements none`, async () => {
      await build();
      const dir = `/out/${bundler.split(' ')[0]!.toLowerCase()}`;
      assert.deepEqual(await registeredBy(`${dir}/all.js`, module), [...ELEMENT_TAGS]);
      assert.deepEqual(await registeredBy(`${dir}/one.js`, module), ['salary-band']);
      assert.deepEqual(await registeredBy(`${dir}/none.js`, module), []);
      // career-widgets/react holds every wrapper; a bundle that uses one registers one element.
      assert.deepEqual(await registeredBy(`${dir}/react-one.js`, module), ['salary-band']);
    });
  }
});

test('what one element and one React wrapper add to a bundle stays within budget', async () => {
  const esbuild = fromHost('esbuild') as typeof import('esbuild');
  /**
   * Gzipped bytes of a minified, code-split bundle of `entry`, as an app's production build ships
   * it: the entry and the chunks it imports statically, which load with the page. What loads on
   * demand (role data, validation) is left out.
   */
  const size = async (entry: string) => {
    const result = await esbuild.build({
      absWorkingDir: host,
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      outdir: join(host, 'out/sizes'),
      write: false,
      metafile: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      jsx: 'automatic',
      logLevel: 'error',
    });
    const outputs = result.metafile!.outputs;
    const byPath = new Map(result.outputFiles!.map((file) => [file.path, file.contents]));
    const [start] = Object.entries(outputs).find(([, output]) => output.entryPoint === entry)!;
    const loaded = new Set<string>();
    for (const queue = [start]; queue.length > 0;) {
      const file = queue.pop()!;
      if (loaded.has(file)) continue;
      loaded.add(file);
      for (const imported of outputs[file]!.imports)
        if (imported.kind === 'import-statement') queue.push(imported.path);
    }
    return [...loaded].reduce((sum, file) => sum + gzipSync(byPath.get(join(host, file))!).length, 0);
  };
  const element = await size('bundles/one.js');
  const all = await size('bundles/all.js');
  const reactAlone = await size('bundles/react-none.js');
  const wrapper = (await size('bundles/react-one.js')) - reactAlone;
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB (${bytes} B)`;
  console.log(
    `gzip: career-widgets/salary-band.js adds ${kb(element)}; one React wrapper (SalaryBand) adds ${kb(wrapper)} ` +
      `(ratio ${(wrapper / element).toFixed(2)}); all ${ELEMENT_TAGS.length} elements ${kb(all)}`,
  );
  assert.ok(element <= budgets['career-widgets/salary-band.js']!, `salary-band.js adds ${element} B`);
  assert.ok(wrapper <= budgets['career-widgets/react SalaryBand']!, `the SalaryBand wrapper adds ${wrapper} B`);
  assert.ok(wrapper < all * 0.75, 'one wrapper costs far less than every element');
});

test("the README's framework snippets are the host apps' code", () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const file of [
    'react/App.tsx',
    'vue/App.vue',
    'vue/vite.config.js',
    'svelte/App.svelte',
    'angular/app.component.ts',
    'plain/index.html',
  ]) {
    const source = readFileSync(join('test/hosts', file), 'utf8');
    const region = source.match(/(?:\/\/|<!--) #region readme(?: -->)?\n([\s\S]*?)\n\s*(?:\/\/|<!--) #endregion/)?.[1];
    assert.ok(region, `${file} marks a readme region`);
    const snippet = region
      .split('\n')
      .map((line) => line.replace(new RegExp(`^${region.match(/^\s*/)![0]}`), ''))
      .join('\n');
    assert.ok(readme.includes(snippet), `README.md shows ${file}'s snippet:\n${snippet}`);
  }
});
