/**
 * A server-rendered `<salary-band>` read with JavaScript blocked, in Chromium and Firefox: its
 * layout comes from the markup and the styles alone. For each bundled role with a salary, with
 * and without an offer, at 320 and 1000 px: every tick, the marker and the offer stand at their
 * places on the track, every label is centred on its place (or kept inside the band at its
 * ends), inside the band, and no two labels overlap. Needs `npm run build` (dist/ssr.js).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, serve, type Engine, type PageServer, builtSsr, NO_SCRIPT } from './page-harness.js';
import type { Role } from '../../src/data/schema.js';
import { BUNDLED_ROLE_IDS } from '../../src/data/role-ids.js';

const { renderElement } = await builtSsr();

const WITH_SALARY = BUNDLED_ROLE_IDS.filter(
  (id) => (JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Role).salary,
);
const OFFERS = { none: {}, offer: { 'offer-min': 50000, 'offer-max': 56000 } };
const cases = WITH_SALARY.flatMap((roleId) =>
  Object.entries(OFFERS).map(([offered, attributes]) => ({ roleId, attributes, key: `${roleId} ${offered}` })),
);
const body = (
  await Promise.all(
    cases.map(async ({ roleId, attributes, key }) => `<div data-case="${key}">${await renderElement('salary-band', { roleId, attributes })}</div>`),
  )
).join('\n');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Salary bands</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/cdn/career-widgets.css"></head>
<body><main><h1>Salaries</h1>${body}</main></body></html>`;

interface Found {
  labels: number;
  marks: number;
  problems: string[];
}

/** Reads each case's band in the page and lists what is out of place. */
const READ = `(() => {
  const box = (node) => node.getBoundingClientRect();
  const at = (node) => parseFloat(getComputedStyle(node).getPropertyValue(node.matches('.offer') ? '--_from' : '--_at')) / 100;
  const centre = (rect) => (rect.left + rect.right) / 2;
  return Object.fromEntries([...document.querySelectorAll('[data-case]')].map((div) => {
    const root = div.firstElementChild.shadowRoot;
    const found = { labels: 0, marks: 0, problems: [] };
    const band = root.querySelector('[part~="band"]');
    if (!band) return [div.dataset.case, found];
    const track = root.querySelector('[part~="track"]');
    const inner = { left: box(track).left + track.clientLeft, width: track.clientWidth };
    for (const mark of root.querySelectorAll('[part~="level"], [part~="marker"], [part~="offer"]')) {
      found.marks++;
      const rect = box(mark);
      const expected = inner.left + at(mark) * inner.width;
      const actual = mark.matches('.offer') ? rect.left : centre(rect);
      if (!(rect.width > 0) || !(Math.abs(actual - expected) <= 1.5))
        found.problems.push(mark.getAttribute('part') + ' at ' + actual.toFixed(1) + ', not ' + expected.toFixed(1));
    }
    const outer = box(band);
    const labels = [...root.querySelectorAll('[part~="label"]')].map((label) => ({ text: label.textContent.trim(), rect: box(label), at: at(label) }));
    found.labels = labels.length;
    for (const [i, { text, rect, at }] of labels.entries()) {
      if (rect.left < outer.left - 0.5 || rect.right > outer.right + 0.5 || rect.top < outer.top - 0.5 || rect.bottom > outer.bottom + 0.5)
        found.problems.push('"' + text + '" outside the band');
      const width = outer.width;
      const expected = outer.left + Math.min(width - rect.width / 2, Math.max(rect.width / 2, at * width));
      if (!(Math.abs(centre(rect) - expected) <= 1.5))
        found.problems.push('"' + text + '" centred at ' + centre(rect).toFixed(1) + ', not ' + expected.toFixed(1));
      for (const other of labels.slice(i + 1)) {
        const a = rect, b = other.rect;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5)
          found.problems.push('"' + text + '" overlaps "' + other.text + '"');
      }
    }
    return [div.dataset.case, found];
  }));
})()`;

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`server-rendered <salary-band> with JavaScript blocked (${engine})`, () => {
    let browser: Browser;
    let blocked: PageServer;
    before(async () => {
      // No script runs on this server's pages: as with JavaScript disabled.
      blocked = await serve(NO_SCRIPT, { '/ssr/salary-bands.html': PAGE });
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await blocked?.close();
    });

    for (const width of [320, 1000]) {
      test(`at ${width} px, marks and labels stand at their places, inside the band, apart`, async () => {
        const tab = await newPage(browser, { width, height: 900 });
        await tab.goto(`${blocked.url}/ssr/salary-bands.html`, { waitUntil: 'load' });
        assert.equal(await tab.evaluate('customElements.get("salary-band") === undefined'), true, 'no script ran');
        const found = (await tab.evaluate(READ)) as Record<string, Found>;
        await tab.close();
        assert.deepEqual(Object.keys(found), cases.map(({ key }) => key));
        for (const { key, roleId } of cases) {
          assert.deepEqual(found[key]!.problems, [], key);
          if (roleId === 'security-technician') {
            // Three levels and the marker, and the offer when there is one; as many labels under and over the band.
            const offered = key.endsWith('offer');
            assert.equal(found[key]!.marks, offered ? 5 : 4, `${key}: marks`);
            assert.equal(found[key]!.labels, offered ? 7 : 6, `${key}: labels`);
          }
        }
      });
    }
  });
}
