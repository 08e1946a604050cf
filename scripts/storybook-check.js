/**
 * `npm run test:storybook`: renders every story of the static Storybook in headless Chromium
 * and fails on anything wrong.
 *
 *   1. builds storybook-static/ (`npm run build-storybook`), unless --no-build;
 *   2. serves it on a free local port (node:http);
 *   3. lists every story and docs page from storybook-static/index.json;
 *   4. shows each story and waits for Storybook to report it rendered (its `storyRendered`
 *      event), then for its career-widgets elements to finish updating (`updateComplete`) and
 *      to stop loading (their `cw-load` or `cw-error` event), unless the story expects them to
 *      stay loading (`parameters.cw.expect`: ready, absent, shown, loading, error or unset);
 *   5. fails a story on a console error, a page error, a failed request, a Storybook render
 *      error, no element rendered, an element in the wrong state, or any axe-core violation
 *      (colour contrast included) in the story root;
 *   6. opens each docs page, waits for Storybook's `docsRendered` event and for every story on
 *      it to render and settle the same way, and fails it on console or page errors, or when an
 *      element's API table misses an attribute, property, method, event, CSS part or CSS
 *      property of custom-elements.json.
 *
 * Every story and every docs page is one test, checked once. Nothing waits a fixed time: each
 * wait ends on the signal it waits for, or fails at its time limit.
 *
 * Prints one line per failure and per skipped story (a story skips only with a reason in
 * `parameters.cw.skip`), then `N passed, N failed, N skipped` alone on the last line; exits 1 on
 * a failure. When the build or the setup fails, that counts as one failed test.
 *
 * Options: --no-build  use the existing storybook-static/
 *          --jobs N    stories checked at once (default 2)
 *          --filter S  only stories and docs pages whose id contains S
 *          --screenshots DIR  also save a PNG of each story there
 *          --fresh     open every story and docs page on a fresh page (slower; by default the
 *                      stories and docs page of one file share a page, switched as Storybook's
 *                      UI switches them)
 *          --times     print how long each test took, in ms: for a story, open or switch,
 *                      settle, axe; for a docs page, open, settle (STORYBOOK_CHECK_TIMES=1 too)
 * Chromium: CHROME_PATH, else the usual system paths (scripts/browsers.js).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser, launchOptions } from './browsers.js';

const STATIC_DIR = resolve('storybook-static');
/** How long opening a page, or Storybook rendering a story or docs page, may take. */
const STORY_TIMEOUT_MS = 15_000;
/** How long a story's elements may take to finish updating and loading. */
const SETTLE_TIMEOUT_MS = 8_000;

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
const times = argv.includes('--times') || Boolean(process.env.STORYBOOK_CHECK_TIMES);

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
    fail('build: npm run build-storybook failed');
  }
  console.log(`storybook-check: built in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`);
}
if (!existsSync(join(STATIC_DIR, 'index.json'))) {
  fail(`build: ${join(STATIC_DIR, 'index.json')} is missing; run without --no-build`);
}

const index = JSON.parse(readFileSync(join(STATIC_DIR, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !filter || entry.id.includes(filter));
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
if (entries.length === 0) fail(`index: no stories${filter ? ` match --filter ${filter}` : ''}`);

const chromium = findBrowser('chromium');
if (!chromium) fail('browser: no Chromium found; set CHROME_PATH=/path/to/chromium');

/** axe-core, served by the check's own server so Chromium caches its compiled code. */
const AXE_PATH = '/__storybook-check__/axe.min.js';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
if (screenshots) mkdirSync(screenshots, { recursive: true });

const server = await serve(STATIC_DIR);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ ...launchOptions('chromium', chromium), protocolTimeout: 60_000 });
// "StorybookTestRunner" in the user agent tells Storybook a test runner drives the page, as its
// own test runner's does: it then stops CSS animations at their end instead of waiting for them
// to finish, so every story is measured in the same still state.
const userAgent = `${await browser.userAgent()} StorybookTestRunner`;

// Stories of one file share a page, and its docs page comes last on it: the first is opened by
// URL, the others are switched to the way Storybook's own UI does it (setCurrentStory), which
// skips reloading the preview. Each file starts on a fresh page, so files never affect one
// another. --fresh opens every story and docs page anew.
const files = [];
for (const story of stories) {
  const file = fresh ? story.id : story.importPath;
  if (files.at(-1)?.key === file) files.at(-1).stories.push(story);
  else files.push({ key: file, stories: [story] });
}
for (const docs of docsPages) {
  const file = fresh ? undefined : files.find((candidate) => candidate.key === docs.importPath);
  if (file) file.stories.push(docs);
  else files.push({ key: docs.id, stories: [docs] });
}
// The biggest files first, so the workers finish together.
files.sort((a, b) => b.stories.length - a.stories.length);

/** Everything each element's docs must list, from custom-elements.json: tag → names. */
const apiNames = readApiNames();

console.log(
  `storybook-check: ${stories.length} stories in ${new Set(stories.map((story) => story.importPath)).size} files ` +
    `and ${docsPages.length} docs pages, ` +
    `${jobs} at a time, ${(await browser.version()).replace('/', ' ')}`,
);

/** Test ids by outcome; a test is a story or a docs page. */
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
          const check = story.type === 'docs' ? checkDocs : checkStory;
          const result = await check(tab, story, i === 0);
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

const docsIds = new Set(docsPages.map((docs) => docs.id));
const countOf = (ids, docs) => ids.filter((id) => docsIds.has(id) === docs).length;
console.log(
  `storybook-check: stories ${countOf(passed, false)} passed, ${countOf(failures, false)} failed, ` +
    `${countOf(skipped, false)} skipped; docs pages ${countOf(passed, true)} passed, ${countOf(failures, true)} failed; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${passed.length} passed, ${failures.length} failed, ${skipped.length} skipped`);
process.exit(failures.length > 0 ? 1 : 0);

/** Stops on a problem that keeps every test from running (build, index, browser): one failed test. */
function fail(problem) {
  console.log(`FAIL ${problem}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

/**
 * A page in a window of its own (never a hidden tab, which gets no frames), reporting into
 * `tab.problems`, with Storybook's render events recorded from the start (`recordSignals`).
 */
async function openTab() {
  const page = await browser.newPage({ type: 'window' });
  await page.setViewport({ width: 1000, height: 800 });
  await page.setUserAgent({ userAgent });
  await page.evaluateOnNewDocument(recordSignals);
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
    }
    const [outcome] = await Promise.all([
      page.evaluate(showStory, story.id, !first, STORY_TIMEOUT_MS),
      first && page.addScriptTag({ url: `${origin}${AXE_PATH}` }),
    ]);
    lap();

    // Storybook's error display, when it shows one, says more than the event.
    const renderError = await page.evaluate(() => {
      const shown = (name) => document.body.classList.contains(name);
      if (!shown('sb-show-errordisplay') && !shown('sb-show-nopreview')) return undefined;
      const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
      return [text('#error-message'), text('#error-stack').split('\n')[0]].filter(Boolean).join(' — ') || 'no preview';
    });
    if (renderError || outcome) {
      problems.push(renderError ? `Storybook render error: ${renderError}` : outcome);
      return { problems: [...problems] };
    }

    const cw = await page.evaluate(() => JSON.parse(document.documentElement.dataset.cwCheck ?? '{}'));
    if (cw.skip) return { skip: cw.skip, problems };

    const settled = await page.evaluate(settle, cw.expect ?? 'ready', SETTLE_TIMEOUT_MS);
    problems.push(...settled.problems);
    lap();
    for (const violation of await page.evaluate(runAxe)) problems.push(`axe ${violation}`);
    lap();
    if (times) printTimes(story.id, laps);

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
async function checkDocs(tab, docs, first) {
  const { page } = tab;
  const laps = [Date.now()];
  const lap = () => laps.push(Date.now());
  const problems = (tab.problems = []);
  try {
    if (first) {
      const url = `${origin}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    }
    const outcome = await page.evaluate(showDocs, docs.id, !first, STORY_TIMEOUT_MS);
    lap();
    if (outcome) problems.push(outcome);
    else {
      // Its stories' elements settle before the page counts as checked: errors they log count.
      const settled = await page.evaluate(settle, undefined, SETTLE_TIMEOUT_MS);
      problems.push(...settled.problems);
      lap();
      const tag = docs.title.split('/').at(-1);
      const expected = apiNames.get(tag) ?? [];
      const listed = await page.evaluate(() =>
        document.querySelector('#storybook-docs .sbdocs-content')
          ? [...document.querySelectorAll('#storybook-docs .docblock-argstable tbody tr td:first-child')].map((cell) =>
              cell.textContent.replace(/\*$/, '').trim(),
            )
          : undefined,
      );
      if (!listed) problems.push('the docs page did not render');
      else {
        const missing = expected.filter((name) => !listed.includes(name));
        if (missing.length > 0) problems.push(`the API table of <${tag}> does not list: ${missing.join(', ')}`);
      }
      if (times) printTimes(docs.id, laps);
    }
  } catch (error) {
    problems.push(`check error: ${error.message.split('\n')[0]}`);
  }
  return { problems: [...problems] };
}

/** With --times, one line per test: the milliseconds between its laps. */
function printTimes(id, laps) {
  console.log(
    `time ${id}: ${laps
      .slice(1)
      .map((t, i) => t - laps[i])
      .join(' ')}`,
  );
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
 * In the page, before any of its scripts (evaluateOnNewDocument): records Storybook's render
 * events from the moment its channel exists, and the elements' `cw-load` and `cw-error`, so no
 * signal is missed however early it comes. `window.__cwCheck.events` lists what happened;
 * `window.__cwCheck.next()` resolves on the next signal.
 */
function recordSignals() {
  const events = [];
  let waiting = [];
  const record = (name, detail) => {
    events.push({ name, detail });
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  };
  const describe = {
    storyRendered: (id) => id,
    docsRendered: (id) => id,
    storyErrored: (error) => `${error?.title ?? ''} ${error?.description ?? ''}`.trim(),
    storyThrewException: (error) => `${error?.message ?? error}`,
    storyMissing: (specifier) => (specifier === undefined ? undefined : String(specifier)),
    // Only to wake the waits: a story render on a docs page may end without storyRendered.
    storyRenderPhaseChanged: (change) => change?.newPhase,
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    enumerable: true,
    get: () => channel,
    set(value) {
      if (value === channel) return;
      channel = value;
      for (const [name, detail] of Object.entries(describe)) value?.on?.(name, (arg) => record(name, detail(arg)));
    },
  });
  for (const name of ['cw-load', 'cw-error']) document.addEventListener(name, () => record(name), true);
  window.__cwCheck = { events, next: () => new Promise((resolve) => waiting.push(resolve)) };
}

/**
 * In the page: resolves once Storybook rendered `storyId`: the story the page opened with, or,
 * with `show`, another one it switches to through Storybook's channel, as its UI does. Returns a
 * problem when it failed or took longer than `timeoutMs`.
 */
async function showStory(storyId, show, timeoutMs) {
  const check = window.__cwCheck;
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!check || (show && !channel)) return 'Storybook channel not found';
  const from = show ? check.events.length : 0;
  if (show) {
    document.documentElement.removeAttribute('data-cw-check');
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }
  const outcome = () => {
    for (const { name, detail } of check.events.slice(from)) {
      if (name === 'storyRendered' && detail === storyId) return { problem: undefined };
      if (name === 'storyErrored' || name === 'storyThrewException')
        return { problem: `Storybook render error: ${detail}` };
      if (name === 'storyMissing') return { problem: `story ${storyId} missing` };
    }
    return undefined;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = outcome();
    if (found) return found.problem;
    const left = deadline - Date.now();
    if (left <= 0) return `story did not render within ${timeoutMs / 1000} s`;
    let timer;
    await Promise.race([check.next(), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
  }
}

/**
 * In the page: resolves once Storybook rendered the docs page `docsId` (the page opened with it,
 * or, with `show`, switched to it) and every story on it (one render per `.docs-story` block);
 * returns a problem when that failed or took longer than `timeoutMs`.
 */
async function showDocs(docsId, show, timeoutMs) {
  const check = window.__cwCheck;
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!check || (show && !channel)) return 'Storybook channel not found';
  const from = show ? check.events.length : 0;
  if (show) channel.emit('setCurrentStory', { storyId: docsId, viewMode: 'docs' });
  const finished = ['completed', 'afterEach', 'finished', 'errored', 'aborted'];
  const outcome = () => {
    const events = check.events.slice(from);
    if (events.some(({ name }) => name === 'storyMissing')) return { problem: `docs page ${docsId} missing` };
    const error = events.find(({ name }) => name === 'storyErrored' || name === 'storyThrewException');
    if (error) return { problem: `Storybook render error: ${error.detail}` };
    if (!events.some(({ name, detail }) => name === 'docsRendered' && detail === docsId)) return undefined;
    const blocks = document.querySelectorAll('#storybook-docs .docs-story').length;
    const renders = window.__STORYBOOK_PREVIEW__.storyRenders;
    return renders.length >= blocks && renders.every((render) => finished.includes(render.phase))
      ? { problem: undefined }
      : undefined;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = outcome();
    if (found) return found.problem;
    const left = deadline - Date.now();
    if (left <= 0) return `the docs page did not render within ${timeoutMs / 1000} s`;
    let timer;
    await Promise.race([check.next(), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
  }
}

/**
 * In the page: waits until the career-widgets elements (shadow roots included) have finished
 * updating and none is loading unless expected to, then returns one problem per element not in
 * its expected state. With `expect`, the elements are the story root's; without, they are those
 * of every story on a docs page, each judged by its own story's `parameters.cw.expect`.
 *
 * Waits only on the elements' own signals: `updateComplete` (which also covers an element
 * finding its `<career-role>`), and `cw-load` or `cw-error`, fired once a load settles and
 * shows. An element expected to stay loading counts as settled once it renders loading.
 */
async function settle(expect, timeoutMs) {
  const check = window.__cwCheck;
  const groups =
    expect === undefined
      ? window.__STORYBOOK_PREVIEW__.storyRenders
          .filter((render) => render.canvasElement?.isConnected)
          .map((render) => ({ root: render.canvasElement, expect: render.story?.parameters?.cw?.expect ?? 'ready' }))
      : [{ root: document.querySelector('#storybook-root'), expect }];
  const isWidget = (element) => Boolean(customElements.get(element.localName)?.cwVersion);
  const collect = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (isWidget(element)) found.push(element);
      if (element.shadowRoot) collect(element.shadowRoot, found);
    }
    return found;
  };
  const widgets = () =>
    groups.flatMap((group) => (group.root ? collect(group.root).map((element) => ({ element, group })) : []));
  const observed = ({ element }) =>
    element.state === 'ready' && element.shadowRoot?.querySelector('.state-absent') ? 'absent' : element.state;
  const expected = ({ element, group }) =>
    typeof group.expect === 'string' ? group.expect : (group.expect[element.localName] ?? group.expect['*'] ?? 'ready');
  const matches = (item) => {
    const want = expected(item);
    const have = observed(item);
    return want === have || (want === 'shown' && (have === 'ready' || have === 'absent'));
  };
  const loading = (item) => item.element.state === 'loading' && expected(item) !== 'loading';
  const describe = ({ element }) =>
    `<${element.localName}${element.getAttribute('role-id') ? ` role-id="${element.getAttribute('role-id')}"` : ''}>`;

  const deadline = Date.now() + timeoutMs;
  let timer;
  const timeLeft = () => new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))));
  let items = widgets();
  try {
    for (;;) {
      await Promise.race([Promise.all(items.map(({ element }) => element.updateComplete)), timeLeft()]);
      clearTimeout(timer);
      const now = widgets();
      // An update can render new elements (a <career-guide>'s sections) or start another one.
      const changed = now.length !== items.length || now.some((item, i) => item.element !== items[i].element);
      items = now;
      if (Date.now() >= deadline) break;
      if (changed || items.some(({ element }) => element.isUpdatePending)) continue;
      if (!items.some(loading)) break;
      // Some element is loading: its cw-load or cw-error tells when that ends.
      await Promise.race([check.next(), timeLeft()]);
      clearTimeout(timer);
    }
  } finally {
    clearTimeout(timer);
  }
  await document.fonts?.ready;
  if (expect === undefined) {
    return {
      problems: items.filter(loading).map((item) => `${describe(item)} still loading after ${timeoutMs / 1000} s`),
    };
  }
  if (items.length === 0) return { problems: ['no career-widgets element rendered in #storybook-root'] };
  return {
    problems: items
      .filter((item) => !matches(item))
      .map((item) => `${describe(item)} is "${observed(item)}", expected "${expected(item)}"`),
  };
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
