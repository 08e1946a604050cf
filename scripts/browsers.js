/**
 * The browsers the test suite drives: Chromium and Firefox, installed on the machine, and how
 * to drive them.
 *
 * Set CHROME_PATH or FIREFOX_PATH to point at a browser anywhere. Otherwise the usual system
 * locations are searched; when a browser is missing and this runs as root on a system with
 * apt-get, Debian's `chromium` and `firefox-esr` packages are installed.
 *
 * Both engines are driven through puppeteer-core: Chromium over the DevTools protocol, Firefox
 * over WebDriver BiDi. Firefox is sent only commands that ESR 140 already implements: its
 * viewport is set with `browsingContext.setViewport` alone (see `fitViewport`), never through
 * puppeteer's `setViewport`, which also sends `emulation.setScreenOrientationOverride` (unknown
 * to ESR 140). `checkBrowsers()` opens each engine once before any test, so a build that cannot
 * be driven stops the run with one message instead of failing every test.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

/** Flags for headless Chromium on a container or CI machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Flags the browser tests add for Chromium. --expose-gc lets the leak test collect garbage before
 * it counts live elements. Between test files, web-test-runner sends its page to about:blank;
 * with the back/forward cache on, Chromium keeps the old document, and its unanswered requests
 * (to the test server's /__cw/stall), alive for up to a minute. Six of them use up every
 * connection to the server, and a later file's fetches wait in a queue until they time out.
 * Without the cache, leaving the page cancels them (test/node/browsers.test.ts).
 */
export const CHROMIUM_TEST_ARGS = ['--js-flags=--expose-gc', '--disable-features=BackForwardCache'];

/** The size every test page starts with, in both engines. */
export const VIEWPORT = { width: 800, height: 600 };

const CANDIDATES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
};

/** The executable of `name`, or undefined when none is installed. */
export function findBrowser(name) {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((path) => existsSync(path));
}

function canInstallWithApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns `{ chromium, firefox }` executables, installing Debian's packages when possible.
 * Throws an Error whose message says how to point the suite at a browser when it cannot.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  const missing = Object.keys(CANDIDATES).filter((name) => !findBrowser(name));
  if (missing.length > 0 && canInstallWithApt()) {
    const packages = missing.map((name) => CANDIDATES[name].apt);
    log(`Installing ${packages.join(' and ')} with apt-get (needed for the browser tests)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const found = { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
  const still = Object.entries(found)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  if (still.length > 0) {
    const hints = still
      .map((name) => `  ${CANDIDATES[name].env}=/path/to/${name}   (or install the "${CANDIDATES[name].apt}" package)`)
      .join('\n');
    throw new Error(
      `The browser tests need ${still.join(' and ')}, and none was found.\n` +
        `Install it, or point the suite at an installed browser:\n${hints}`,
    );
  }
  return found;
}

/**
 * puppeteer-core launch options for `engine` at `executablePath`. Firefox gets no default
 * viewport: puppeteer would set it through a command older ESR builds reject, so pages are
 * sized with `fitViewport` instead.
 *
 * `network: false` stops puppeteer following the page's requests (its `request` and `response`
 * events), for a caller that never reads them, such as the test runner: the work is done in the
 * test server's process, for every request of every test file. In Firefox it also grew with the
 * run: over WebDriver BiDi puppeteer keeps listeners for every request it has seen on a page
 * until the request completes, and runs them all on each network event; a request the page
 * abandons never completes, so on a page used for many test files they piled up.
 */
export function launchOptions(engine, executablePath, { args = [], network = true } = {}) {
  return engine === 'chromium'
    ? { executablePath, headless: true, args: [...CHROMIUM_ARGS, ...args], defaultViewport: VIEWPORT, networkEnabled: network }
    : { browser: 'firefox', executablePath, headless: true, args, defaultViewport: null, networkEnabled: network };
}

/**
 * Sets a page's viewport with the commands its engine supports: puppeteer's own `setViewport`
 * over the DevTools protocol, and WebDriver BiDi's `browsingContext.setViewport` alone in Firefox.
 */
export async function fitViewport(page, { width, height }) {
  if (page.browser().protocol !== 'webDriverBiDi') {
    await page.setViewport({ width, height });
    return;
  }
  await page.mainFrame().browsingContext.setViewport({ viewport: { width, height }, devicePixelRatio: null });
}

/** A new page of `browser`, sized to `viewport` in either engine. */
export async function openPage(browser, viewport = VIEWPORT) {
  const page = await browser.newPage();
  await fitViewport(page, viewport);
  return page;
}

/** Launches `engine` (found by `findBrowser`) through puppeteer-core. */
export async function launchBrowser(engine, options) {
  const executablePath = findBrowser(engine);
  if (!executablePath) throw new Error(`${engine} not found (set ${CANDIDATES[engine].env})`);
  return puppeteer.launch(launchOptions(engine, executablePath, options));
}

const WHAT_TO_INSTALL = {
  chromium: 'Install a current Chromium (Debian: apt-get install chromium) or set CHROME_PATH to one.',
  firefox:
    'Install a current Firefox ESR, 140 or later (Debian: apt-get install firefox-esr), or set FIREFOX_PATH to one.',
};

/**
 * Opens each engine once: launches it, sizes a page, loads it and reads it back. Resolves to
 * `{ chromium, firefox }`, each `{ path, version }`. Rejects with one message naming every build
 * that cannot be driven, and what to install instead.
 */
export async function checkBrowsers(engines = ['chromium', 'firefox']) {
  const found = {};
  const problems = [];
  for (const engine of engines) {
    const path = findBrowser(engine);
    let browser;
    try {
      if (!path) throw new Error('not found');
      browser = await puppeteer.launch({ ...launchOptions(engine, path), timeout: 60_000 });
      const version = await browser.version();
      try {
        const page = await openPage(browser);
        await page.goto('data:text/html,<p>ready</p>');
        const seen = await page.evaluate(() => [innerWidth, innerHeight, document.body.textContent]);
        const expected = [VIEWPORT.width, VIEWPORT.height, 'ready'];
        if (JSON.stringify(seen) !== JSON.stringify(expected)) {
          throw new Error(`a test page measured ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
        }
      } catch (error) {
        throw new Error(`${version} started but could not be driven: ${firstLine(error)}`);
      }
      found[engine] = { path, version };
    } catch (error) {
      problems.push(`- ${engine} (${path ?? 'not installed'}): ${firstLine(error)}\n  ${WHAT_TO_INSTALL[engine]}`);
    } finally {
      await browser?.close().catch(() => {});
    }
  }
  if (problems.length > 0) {
    throw new Error(`The browser tests cannot drive these browser builds:\n${problems.join('\n')}`);
  }
  return found;
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}

/**
 * web-test-runner's `createPage` for both engines. The runner sizes every page with
 * `page.setViewport`; in Firefox that call goes through `fitViewport`, so only commands the
 * browser supports are sent.
 */
export async function createTestPage({ context }) {
  const page = await context.newPage();
  if (page.browser().protocol === 'webDriverBiDi') {
    page.setViewport = (viewport) => fitViewport(page, viewport);
  }
  return page;
}
