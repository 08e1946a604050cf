import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type Engine, type PageServer } from './page-harness.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html career-widgets";

const { ELEMENT_TAGS } = await import('../../src/registry.js');
const { roleAttributesHtml } = await import('../role-attributes.js');
const sections = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');

// Everything on the page comes from files: no inline script or style is allowed.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<script type="module" src="/test/node/csp-page.js"></script>
<script type="module" src="/dist/cdn/career-widgets.js"></script>
</head><body>
${sections.map((tag) => `<${tag} ${roleAttributesHtml(tag, 'security-technician')}></${tag}>`).join('\n')}
<salary-band role-id="security-technician" offer-min="50000" offer-max="56000" theme="dark"></salary-band>
<career-role role-id="security-engineer"><salary-band></salary-band><role-faq></role-faq></career-role>
<salary-band role-id="astronaut"></salary-band>
</body></html>`;

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`strict CSP (${engine})`, () => {
    let server: PageServer;
    let browser: Browser;
    before(async () => {
      assert.ok(readFileSync('dist/cdn/career-widgets.js').length > 0, 'npm test builds dist/cdn first');
      server = await serve({ 'content-security-policy': CSP }, { '/csp.html': PAGE });
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('every element renders with no violation and no error', async () => {
      const page = await newPage(browser);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.goto(`${server.url}/csp.html`, { waitUntil: 'load' });
      // Polled with evaluate: the CSP forbids the Function() that waitForFunction builds.
      await pollUntil(page, 'every element ready or failed', () =>
        [...document.querySelectorAll<HTMLElement & { state?: string }>('body *')].every(
          (el) => el.localName === 'career-role' || el.state === 'ready' || el.state === 'error',
        ),
      );
      const report = await page.evaluate(() => ({
        violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
        states: [...document.querySelectorAll<HTMLElement & { state?: string }>('body *')].map(
          (el) => `${el.localName}:${el.state}`,
        ),
        blank: [...document.querySelectorAll('body *')]
          .filter((el) => el.localName !== 'career-role' && !(el.shadowRoot?.textContent ?? '').trim())
          .map((el) => el.localName),
        salary: document.querySelector('salary-band')?.shadowRoot?.textContent?.includes('$60,000'),
        markerPosition: getComputedStyle(document.querySelector('salary-band')!.shadowRoot!.querySelector('.marker')!)
          .insetInlineStart,
      }));
      assert.deepEqual(report.violations, [], 'CSP violations');
      assert.deepEqual(problems, []);
      assert.deepEqual(report.blank, []);
      assert.equal(report.salary, true);
      assert.notEqual(report.markerPosition, 'auto', 'positions set through the CSSOM apply under the CSP');
      assert.ok(report.states.includes('salary-band:error'), 'an unknown role shows its error state');
      await page.close();
    });
  });
}
