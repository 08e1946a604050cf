/**
 * `npm run test:storybook`: renders every story of the static Storybook in headless Chromium
 * and fails on anything wrong.
 *
 *   1. builds storybook-static/ (`npm run build-storybook`), unless --no-build;
 *   2. serves it on a free local port (node:http);
 *   3. lists every story from storybook-static/index.json;
 *   4. opens each story's iframe and waits until its career-widgets elements reach the state the
 *      story expects (`parameters.cw.expect`: ready, absent, loading, error or unset);
 *   5. fails a story on a console error, a page error, a Storybook render error, an element in the
 *      wrong state, or any axe-core violation (colour contrast included) in the story root;
 *   6. opens each docs page and fails it on console or page errors, or when an element's API
 *      table misses an attribute, property, method, event, CSS part or CSS property of
 *      custom-elements.json.
 *
 * Prints one line per failure and per skipped story (a story skips only with a reason in
 * `parameters.cw.skip`), then `N passed, N failed` alone on the last line; exits 1 on a failure.
 *
 * Options: --no-build  use the existing storybook-static/
 *          --jobs N    stories checked at once (default 2)
 *          --filter S  only stories whose id contains S
 *          --screenshots DIR  also save a PNG of each story there
 *          --fresh     open every story on a fresh page (slower; by default the stories of one
 *                      file share a page, switched as Storybook's UI switches them)
 *          --times     print how long each story took: open or switch, settle, axe (ms)
 * Chromium: CHROME_PATH, else the usual system paths (scripts/browsers.js).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './browsers.js';

const STATIC_DIR = resolve('storybook-static');
const STORY_TIMEOUT_MS = 15_000;
/** How long a story's elements may take to reach their expected states. */
const SETTLE_TIMEOUT_MS = 8_000;
/** How long the expected states must hold before the story counts as settled. */
const STABLE_MS = 300;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const build = !argv.includes('--no-build');
const jobs = Math.max(1, Number(option('--jobs') ?? 2) || 2);
const filter = option('--filter');
const screenshots = option('--screenshots');
const fresh = argv.includes('--fresh');
const times = argv.includes('--times');

const started = Date.now();

if (build) {
  console.log('storybook-check: building the static Storybook…');
  const buildStarted = Date.now();
  // Quiet unless it fails: the build lists every chunk it writes.
  const result = spawnSync('npm', ['run', '--silent', 'build-storybook'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  for (const line of output.split('\n')) if (/leaving out/.test(line)) console.log(line);
  if (result.status !== 0) {
    console.log(output.split('\n').slice(-80).join('\n'));
    finish(0, 1, 'build: npm run build-storybook failed');
  }
  console.log(`storybook-check: built in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`);
}
if (!existsSync(join(STATIC_DIR, 'index.json'))) {
  finish(0, 1, `build: ${join(STATIC_DIR, 'index.json')} is missing; run without --no-build`);
}

const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !filter || entry.id.includes(filter));
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
if (entries.length === 0) finish(0, 1, `index: no stories${filter ? ` match --filter ${filter}` : ''}`);

const chromium = findBrowser('chromium');
if (!chromium) finish(0, 1, 'browser: no Chromium found; set CHROME_PATH=/path/to/chromium');

/** axe-core, served by the check's own server so Chromium caches its compiled code. */
const AXE_PATH = '/__storybook-check__/axe.min.js';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
if (screenshots) mkdirSync(screenshots, { recursive: true });

const server = await serve(STATIC_DIR);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: CHROMIUM_ARGS,
  protocolTimeout: 60_000,
});

// Stories of one file share a page: the first is opened by URL, the others are switched to the
// way Storybook's own UI does it (setCurrentStory), which skips reloading the preview. Each file
// starts on a fresh page, so files never affect one another. --fresh opens every story anew.
const files = [];
for (const story of stories) {
  const file = fresh ? story.id : story.importPath;
  if (files.at(-1)?.key === file) files.at(-1).stories.push(story);
  else files.push({ key: file, stories: [story] });
}
// The biggest files first, so the workers finish together; then each docs page on its own.
files.sort((a, b) => b.stories.length - a.stories.length);
for (const docs of docsPages) files.push({ key: docs.id, stories: [docs] });

/** Everything each element's docs must list, from custom-elements.json: tag → names. */
const apiNames = readApiNames();

console.log(
  `storybook-check: ${stories.length} stories in ${new Set(stories.map((story) => story.importPath)).size} files ` +
    `and ${docsPages.length} docs pages, ` +
    `${jobs} at a time, ${(await browser.version()).replace('/', ' ')}`,
);

const passed = [];
const failures = [];
const skipped = [];
let next = 0;
try {
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, async () => {
      while (next < files.length) {
        const file = files[next++];
        const tab = await openTab();
        for (const [i, story] of file.stories.entries()) {
          const result = story.type === 'docs' ? await checkDocs(tab, story) : await checkStory(tab, story, i === 0);
          if (result.skip) {
            skipped.push(story.id);
            console.log(`skipped ${story.id}: ${result.skip}`);
          } else if (result.problems.length === 0) {
            passed.push(story.id);
          } else {
            failures.push(story.id);
            for (const problem of result.problems) console.log(`FAIL ${story.id}: ${problem}`);
          }
        }
        await tab.page.close().catch(() => {});
      }
    }),
  );
} finally {
  await browser.close();
  server.close();
}

const checkedDocs = docsPages.filter((docs) => !skipped.includes(docs.id)).length;
console.log(
  `storybook-check: checked ${passed.length + failures.length - checkedDocs} stories and ${checkedDocs} docs pages` +
    `${skipped.length ? ` (skipped ${skipped.length}, reasons above)` : ''} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
finish(passed.length, failures.length);

/** Prints a setup problem, if any, and the summary line, and exits. */
function finish(passedCount, failedCount, problem) {
  if (problem) console.log(`FAIL ${problem}`);
  console.log(`${passedCount} passed, ${failedCount} failed`);
  process.exit(failedCount > 0 ? 1 : 0);
}

/** A page in a window of its own (never a hidden tab, which gets no frames), reporting into `tab.problems`. */
async function openTab() {
  const page = await browser.newPage({ type: 'window' });
  await page.setViewport({ width: 1000, height: 800 });
  const tab = { page, problems: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url ? ` (${message.location().url.replace(origin, '')})` : '';
      tab.problems.push(`console error: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Requests cut off by leaving the page are not the story's fault.
    if (reason !== 'net::ERR_ABORTED')
      tab.problems.push(`request failed: ${request.url().replace(origin, '')} ${reason}`);
  });
  return tab;
}

/** Renders one story (opening the page when `first`) and returns its problems, or why it is skipped. */
async function checkStory(tab, story, first) {
  const { page } = tab;
  const laps = [Date.now()];
  const lap = () => laps.push(Date.now());
  const problems = (tab.problems = []);
  try {
    if (first) {
      // a11y.manual: the addon's own axe run stays off; this check runs axe itself, once.
      const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
      await page.waitForFunction(() => /\bsb-show-(main|errordisplay|nopreview)\b/.test(document.body.className), {
        timeout: STORY_TIMEOUT_MS,
      });
      await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
    } else {
      const outcome = await page.evaluate(switchStory, story.id, STORY_TIMEOUT_MS);
      if (outcome) problems.push(outcome);
    }
    lap();

    const renderError = await page.evaluate(() => {
      const shown = (name) => document.body.classList.contains(name);
      if (!shown('sb-show-errordisplay') && !shown('sb-show-nopreview')) return undefined;
      const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
      return [text('#error-message'), text('#error-stack').split('\n')[0]].filter(Boolean).join(' — ') || 'no preview';
    });
    if (renderError) {
      problems.push(`Storybook render error: ${renderError}`);
      return { problems: [...problems] };
    }

    const cw = await page.evaluate(() => JSON.parse(document.documentElement.dataset.cwCheck ?? '{}'));
    if (cw.skip) return { skip: cw.skip, problems };

    problems.push(...(await page.evaluate(waitForStates, cw.expect ?? 'ready', SETTLE_TIMEOUT_MS, STABLE_MS)));
    lap();
    for (const violation of await page.evaluate(runAxe)) problems.push(`axe ${violation}`);
    lap();
    if (process.env.STORYBOOK_CHECK_TIMES)
      console.log(
        story.id,
        times
          .slice(1)
          .map((t, i) => t - times[i])
          .join(' '),
      );

    if (screenshots) await page.screenshot({ path: join(screenshots, `${story.id}.png`), fullPage: true });
  } catch (error) {
    problems.push(`check error: ${error.message.split('\n')[0]}`);
  }
  return { problems: [...problems] };
}

/**
 * Opens a docs page: fails on console and page errors, and, for an element's page, on any
 * attribute, property, method, event, CSS part or CSS property of the manifest that its
 * API table does not list. (No axe here: the docs page is Storybook's UI; the stories on it
 * are checked one by one.)
 */
async function checkDocs(tab, docs) {
  const { page } = tab;
  const problems = (tab.problems = []);
  try {
    const url = `${origin}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    const tag = docs.title.split('/').at(-1);
    const expected = apiNames.get(tag) ?? [];
    const listed = await page.evaluate(
      async (wanted, timeoutMs) => {
        const deadline = Date.now() + timeoutMs;
        const names = () =>
          [...document.querySelectorAll('#storybook-docs .docblock-argstable tbody tr td:first-child')].map((cell) =>
            cell.textContent.replace(/\*$/, '').trim(),
          );
        while (Date.now() < deadline) {
          const content = document.querySelector('#storybook-docs .sbdocs-content');
          if (content && (wanted === 0 || names().length > 0)) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        await new Promise((done) => setTimeout(done, 300));
        return document.querySelector('#storybook-docs .sbdocs-content') ? names() : undefined;
      },
      expected.length,
      STORY_TIMEOUT_MS,
    );
    if (!listed) problems.push('the docs page did not render');
    else {
      const missing = expected.filter((name) => !listed.includes(name));
      if (missing.length > 0) problems.push(`the API table of <${tag}> does not list: ${missing.join(', ')}`);
    }
  } catch (error) {
    problems.push(`check error: ${error.message.split('\n')[0]}`);
  }
  return { problems: [...problems] };
}

/** tag → the names of its attributes, public properties and methods, events, CSS parts and properties. */
function readApiNames() {
  const names = new Map();
  if (!existsSync('custom-elements.json')) return names;
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
      const members = (declaration.members ?? [])
        .filter((member) => !member.static && !member.privacy && !member.name.startsWith('#'))
        .filter((member) => !(declaration.attributes ?? []).some((attribute) => attribute.fieldName === member.name))
        .map((member) => member.name);
      names.set(declaration.tagName, [
        ...new Set([
          ...attributes,
          ...members,
          ...(declaration.events ?? []).map((event) => event.name),
          ...(declaration.cssParts ?? []).map((part) => part.name),
          ...(declaration.cssProperties ?? []).map((property) => property.name),
        ]),
      ]);
    }
  }
  return names;
}

/**
 * In the page: shows another story through Storybook's channel, as its UI does, and resolves
 * once it rendered; returns a problem when it failed.
 */
function switchStory(storyId, timeoutMs) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!channel) return Promise.resolve('Storybook channel not found');
  document.documentElement.removeAttribute('data-cw-check');
  return new Promise((resolve) => {
    const events = {
      storyRendered: () => undefined,
      storyErrored: (error) => `Storybook render error: ${error?.title ?? ''} ${error?.description ?? ''}`.trim(),
      storyThrewException: (error) => `Storybook render error: ${error?.message ?? error}`,
      storyMissing: () => `story ${storyId} missing`,
    };
    const handlers = {};
    const done = (outcome) => {
      clearTimeout(timer);
      for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler);
      resolve(outcome);
    };
    for (const [name, describe] of Object.entries(events)) {
      handlers[name] = (...args) => done(describe(...args));
      channel.on(name, handlers[name]);
    }
    const timer = setTimeout(() => done(`story did not render within ${timeoutMs / 1000} s`), timeoutMs);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/**
 * In the page: waits until every career-widgets element in the story root (shadow roots
 * included) shows the expected state for `stableMs`; returns the problems once `timeoutMs` pass.
 */
async function waitForStates(expect, timeoutMs, stableMs) {
  const root = document.querySelector('#storybook-root');
  const isWidget = (element) => Boolean(customElements.get(element.localName)?.cwVersion);
  const collect = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (isWidget(element)) found.push(element);
      if (element.shadowRoot) collect(element.shadowRoot, found);
    }
    return found;
  };
  const observed = (element) =>
    element.state === 'ready' && element.shadowRoot?.querySelector('.state-absent') ? 'absent' : element.state;
  const expected = (element) =>
    typeof expect === 'string' ? expect : (expect[element.localName] ?? expect['*'] ?? 'ready');
  const matches = (element) => {
    const want = expected(element);
    const have = observed(element);
    return want === have || (want === 'shown' && (have === 'ready' || have === 'absent'));
  };
  const describe = (element) =>
    `<${element.localName}${element.getAttribute('role-id') ? ` role-id="${element.getAttribute('role-id')}"` : ''}>`;

  const deadline = Date.now() + timeoutMs;
  let since;
  let elements = [];
  for (;;) {
    elements = root ? collect(root) : [];
    await Promise.all(elements.map((element) => element.updateComplete));
    const ok = elements.length > 0 && elements.every(matches);
    if (ok) {
      since ??= Date.now();
      if (Date.now() - since >= stableMs) break;
    } else {
      since = undefined;
    }
    if (Date.now() > deadline) {
      if (elements.length === 0) return ['no career-widgets element rendered in #storybook-root'];
      return elements
        .filter((element) => !matches(element))
        .map((element) => `${describe(element)} is "${observed(element)}", expected "${expected(element)}"`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  // Let layout and fonts settle before axe measures colours and sizes.
  await document.fonts?.ready;
  await new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(done));
    setTimeout(done, 500);
  });
  return [];
}

/** In the page: axe-core on the story root; one line per violation and node. */
async function runAxe() {
  const results = await window.axe.run(
    { include: ['#storybook-root'] },
    { resultTypes: ['violations'], rules: { region: { enabled: false } } },
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.map((t) => [t].flat().join(' >>> ')).join(', ')}` +
        (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').trim()}` : ''),
    ),
  );
}

/** A static file server for `dir` on a free port of 127.0.0.1. */
function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.map': 'application/json',
  };
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === AXE_PATH) {
      response.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'max-age=3600' }).end(axeSource);
      return;
    }
    if (path === '/favicon.ico') {
      // Chromium asks for it on every page; Storybook ships favicon.svg.
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // Cached for the run: Chromium then reuses the parsed and compiled bundles on every story.
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
