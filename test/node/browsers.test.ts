/**
 * Driving the browsers: Firefox gets only the WebDriver BiDi commands that ESR 140 implements,
 * and a browser build that cannot be driven stops `npm test` with one message.
 *
 * ESR 140 answers "unknown command" to the `emulation` module's viewport-related commands
 * (puppeteer's `setViewport` sends `emulation.setScreenOrientationOverride`). The first test
 * makes the installed Firefox answer the same way, whatever its version, so the suite proves it
 * still works with such a build.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { CHROMIUM_TEST_ARGS, checkBrowsers, createTestPage, fitViewport, launchBrowser } from '../../scripts/browsers.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface BidiSession {
  send: (method: string, params: unknown) => Promise<unknown>;
}

/** Makes the page's BiDi session reject every `emulation.*` command as ESR 140 does. */
function answerLikeEsr140(page: Page): string[] {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { userContext: { browser: { session: BidiSession } } };
  };
  const session = frame.browsingContext.userContext.browser.session;
  const rejected: string[] = [];
  const send = session.send.bind(session);
  session.send = (method, params) => {
    if (method.startsWith('emulation.')) {
      rejected.push(method);
      return Promise.reject(new Error(`Protocol error (${method}): unknown command`));
    }
    return send(method, params);
  };
  return rejected;
}

describe('browser driving', () => {
  test('Firefox pages are sized with commands a browser without the emulation module accepts', async () => {
    const browser = await launchBrowser('firefox');
    try {
      const page = await createTestPage({ context: browser.defaultBrowserContext() });
      const rejected = answerLikeEsr140(page);
      // What web-test-runner does before every test file.
      await page.setViewport({ width: 800, height: 600 });
      await page.goto('data:text/html,<p>sized</p>');
      assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight]), [800, 600]);
      await fitViewport(page, { width: 640, height: 480 });
      assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight]), [640, 480]);
      assert.deepEqual(rejected, [], 'no emulation command was sent');

      // The simulation is faithful: puppeteer's own call fails on it, as it does on ESR 140.
      const plain = await browser.newPage();
      answerLikeEsr140(plain);
      await assert.rejects(
        plain.setViewport({ width: 800, height: 600 }),
        /unknown command/,
        "puppeteer's setViewport fails where the emulation module is missing",
      );
    } finally {
      await browser.close();
    }
  });

  test('leaving a page cancels its unanswered requests, in Chromium as the browser tests launch it', async () => {
    // A server that never answers /stall, and notes when the browser gives a request up.
    const open = new Set<string>();
    const server = createServer((request, response) => {
      if (request.url === '/') {
        response.setHeader('content-type', 'text/html');
        response.end('<!doctype html><title>Stall</title><link rel="icon" href="data:,">');
        return;
      }
      open.add(request.url!);
      request.on('close', () => open.delete(request.url!));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchBrowser('chromium', { args: CHROMIUM_TEST_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      await page.evaluate(() => void fetch('/stall').catch(() => {}));
      for (let i = 0; i < 100 && !open.has('/stall'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(open.has('/stall'), 'the request reached the server');
      // What web-test-runner does after each test file.
      await page.goto('about:blank');
      for (let i = 0; i < 100 && open.has('/stall'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual([...open], [], 'requests left open by the page it left');
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
  });

  test('a browser build that cannot be driven is named, with what to install', async () => {
    const saved = process.env.FIREFOX_PATH;
    process.env.FIREFOX_PATH = '/bin/false';
    try {
      await assert.rejects(checkBrowsers(['firefox']), (error: Error) => {
        assert.match(error.message, /cannot drive these browser builds/);
        assert.match(error.message, /firefox \(\/bin\/false\)/);
        assert.match(error.message, /apt-get install firefox-esr|FIREFOX_PATH/);
        return true;
      });
    } finally {
      if (saved === undefined) delete process.env.FIREFOX_PATH;
      else process.env.FIREFOX_PATH = saved;
    }
  });

  test('npm test stops at once with that one message, running no other step', () => {
    const result = spawnSync('node', ['scripts/test.js'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/bin/false', FIREFOX_PATH: '/bin/false' },
      timeout: 60_000,
    });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /cannot drive these browser builds:\n- chromium \(\/bin\/false\)[^\n]*\n[^\n]*chromium[^\n]*\n- firefox \(\/bin\/false\)/,
    );
    assert.doesNotMatch(result.stdout, /type check|browser tests/);
    assert.equal(result.stdout.trim().split('\n').at(-1), '0 passed, 1 failed, 0 skipped');
  });
});
