/**
 * Server-rendered disclosures work without script. `career-widgets render` writes each element
 * whose content sits behind disclosures; the page is served with a CSP that lets no script run,
 * and each engine must show every disclosure closed with all its text in the page, and open it
 * with a click and with Enter on its summary.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { launch, newPage, serve, type Engine, type PageServer, NO_SCRIPT } from './page-harness.js';
import { loadRole } from './role-fixtures.js';

const role = loadRole('security-technician');
const paragraphs = (...keys: ('educationLevel' | 'pathIntoRole' | 'requiredEducation' | 'licensing')[]) =>
  keys.flatMap((key) => role[key]!.paragraphs);

/** Each element, with the texts that must be in its closed disclosures. */
const ELEMENTS = {
  'career-ladder': role.careerTiers!.tiers.map((tier) => tier.description),
  'role-overview': role.responsibilities!.items.slice(5),
  'education-path': [
    ...paragraphs('educationLevel', 'pathIntoRole', 'requiredEducation', 'licensing'),
    ...role.certifications!.items.map((item) => item.name),
  ],
  'job-market': [
    ...(['globalOutlook', 'challenges', 'growthPaths', 'industryTrends'] as const).flatMap(
      (key) => role[key]!.paragraphs,
    ),
    ...role.relatedTerms!.items.flatMap((item) => [item.term, item.description]),
  ],
} as const;
type Tag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as Tag[];

/** The packaged command's HTML for a tag (npm test builds dist/ first). */
function rendered(tag: Tag): string {
  const result = spawnSync('node', ['bin/career-widgets.js', 'render', tag, '--role-id', 'security-technician'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** What the page shows of the element's disclosures. */
function disclosures(page: Page, tag: Tag) {
  return page.evaluate((name) => {
    const root = document.querySelector(name)!.shadowRoot!;
    return {
      scripts: document.scripts.length,
      defined: customElements.get(name) !== undefined,
      details: [...root.querySelectorAll('details')].map((details) => ({
        open: details.open,
        summary: details.firstElementChild?.localName,
        text: (details.textContent ?? '').replace(/\s+/g, ' ').trim(),
        shown: [...details.children].slice(1).map((child) => child.checkVisibility()),
      })),
    };
  }, tag);
}

/** The summaries of the element's disclosures, in order. */
async function summaries(page: Page, tag: Tag): Promise<ElementHandle<Element>[]> {
  const list = await page.evaluateHandle(
    (name) => [...document.querySelector(name)!.shadowRoot!.querySelectorAll('details > summary')],
    tag,
  );
  const properties = await list.getProperties();
  await list.dispose();
  return [...properties.values()].map((handle) => handle.asElement()!) as ElementHandle<Element>[];
}

describe('server-rendered disclosures (the HTML)', () => {
  for (const tag of TAGS) {
    test(`${tag}: closed <details>, no hidden content or aria-expanded`, () => {
      const html = rendered(tag);
      assert.ok(/<details[\s>]/.test(html), 'has <details>');
      assert.doesNotMatch(html, /<details[^>]*\sopen/, 'every <details> is closed');
      assert.doesNotMatch(html, /\shidden[\s>=]/, 'nothing is hidden with the hidden attribute');
      assert.doesNotMatch(html, /aria-expanded|aria-controls/);
    });
  }
});

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`server-rendered disclosures without script (${engine})`, () => {
    let server: PageServer;
    let browser: Browser;
    before(async () => {
      const pages = Object.fromEntries(
        TAGS.map((tag) => [
          `/${tag}.html`,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title></head><body>${rendered(tag)}</body></html>`,
        ]),
      );
      // No script may run: the page is what a reader with JavaScript turned off gets.
      server = await serve(NO_SCRIPT, pages);
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const tag of TAGS) {
      test(`${tag}: every text is in its closed disclosures, which open by click and by Enter`, async () => {
        const page = await newPage(browser);
        await page.goto(`${server.url}/${tag}.html`, { waitUntil: 'load' });
        const closed = await disclosures(page, tag);
        assert.equal(closed.scripts, 0);
        assert.equal(closed.defined, false, 'the element is not defined: no script ran');
        assert.ok(closed.details.length > 0);
        for (const details of closed.details) {
          assert.equal(details.open, false);
          assert.equal(details.summary, 'summary');
          assert.ok(
            details.shown.every((shown) => !shown),
            'the content of a closed disclosure is not rendered',
          );
        }
        const inside = closed.details.map((details) => details.text).join(' ');
        for (const text of ELEMENTS[tag]) assert.ok(inside.includes(text.replace(/\s+/g, ' ')), `${tag}: ${text}`);

        const [first, ...others] = await summaries(page, tag);
        await first!.click();
        const clicked = await disclosures(page, tag);
        assert.equal(clicked.details[0]!.open, true);
        assert.ok(clicked.details[0]!.shown.every(Boolean), 'the content of an open disclosure is rendered');
        const last = others.at(-1) ?? first!;
        await last.focus();
        await page.keyboard.press('Enter');
        const states = (await disclosures(page, tag)).details.map((details) => details.open);
        if (others.length === 0) assert.deepEqual(states, [false], 'Enter closes the one disclosure again');
        else
          assert.deepEqual(
            states,
            closed.details.map((_, i) => i === 0 || i === others.length),
          );
        await page.close();
      });
    }
  });
}
