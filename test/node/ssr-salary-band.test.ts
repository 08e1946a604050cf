/**
 * A server-rendered `<salary-band>` read with JavaScript blocked, in Chromium and Firefox: its
 * layout comes from the markup and the styles alone. For each bundled role with a salary, with
 * and without an offer, and for the example role's percentile bands (national, an area, a
 * top-coded one), at 320 and 1000 px: every tick, the marker, the whiskers, the box and the offer
 * stand at their places on the track, every label is centred on its place (or kept inside the
 * band at its ends), inside the band, and no two labels overlap. Then the script-tag loader takes
 * over a server-rendered percentile band without changing its markup, and its list of areas
 * works. Needs `npm run build` (dist/ssr.js, dist/cdn/).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type Engine, type PageServer, builtSsr, NO_SCRIPT } from './page-harness.js';
import type { Role } from '../../src/data/schema.js';
import { BUNDLED_ROLE_IDS } from '../../src/data/role-ids.js';
import { EXAMPLE_SALARY_ROLE } from '../fixtures/salary-example.js';

const { renderElement } = await builtSsr();

const WITH_SALARY = BUNDLED_ROLE_IDS.filter(
  (id) => (JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Role).salary,
);
const OFFERS = { none: {}, offer: { 'offer-min': 50000, 'offer-max': 56000 } };
const cases = WITH_SALARY.flatMap((roleId) =>
  Object.entries(OFFERS).map(([offered, attributes]) => ({ roleId, attributes, key: `${roleId} ${offered}` })),
);
/** The example role's bands: percentiles, an area's, a top-coded one, with offers. */
const EXAMPLES = {
  'example national': { 'offer-min': 50000, 'offer-max': 56000 },
  'example US-CO': { location: 'US-CO', 'offer-min': 50000, 'offer-max': 56000 },
  'example US-TX': { location: 'US-TX' },
  'example metro': { location: 'metro:99999', 'offer-min': 230000, 'offer-max': 250000 },
};
const body = (
  await Promise.all([
    ...cases.map(async ({ roleId, attributes, key }) => `<div data-case="${key}">${await renderElement('salary-band', { roleId, attributes })}</div>`),
    ...Object.entries(EXAMPLES).map(
      async ([key, attributes]) => `<div data-case="${key}">${await renderElement('salary-band', { roleData: EXAMPLE_SALARY_ROLE, attributes })}</div>`,
    ),
  ])
).join('\n');
test('on the server, a percentile band for an area speaks the requested language, its figures\' words included', async () => {
  const html = await renderElement('salary-band', { roleData: EXAMPLE_SALARY_ROLE, lang: 'de', attributes: { location: 'US-CO' } });
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const words of ['Gebiet', '25. Perzentil', 'Stand: Mai 2024', 'Median']) assert.ok(text.includes(words), `${words} in: ${text}`);
  for (const words of ['Area', 'percentile', 'Per year']) assert.ok(!text.includes(words), `${words} in: ${text}`);
});

/**
 * A server-rendered percentile band for an area, and a script that gives it its data once the
 * loader has defined the element, as a page with its own data does.
 */
const HYDRATED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Salary band</title>
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<script>
  window.__role = ${JSON.stringify(EXAMPLE_SALARY_ROLE).replace(/</g, '\\u003c')};
  window.__events = [];
  for (const type of ['cw-load', 'cw-error', 'cw-location-change'])
    document.addEventListener(type, (event) => window.__events.push((type + ' ' + (event.detail.code || '')).trim()));
</script></head>
<body><main>${await renderElement('salary-band', {
  roleData: EXAMPLE_SALARY_ROLE,
  attributes: { location: 'US-CO', 'offer-min': 50000, 'offer-max': 56000 },
})}</main></body></html>`;

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
  const spans = '.offer, .whisker, .box';
  const at = (node) => parseFloat(getComputedStyle(node).getPropertyValue(node.matches(spans) ? '--_from' : '--_at')) / 100;
  const centre = (rect) => (rect.left + rect.right) / 2;
  return Object.fromEntries([...document.querySelectorAll('[data-case]')].map((div) => {
    const root = div.firstElementChild.shadowRoot;
    const found = { labels: 0, marks: 0, problems: [] };
    const band = root.querySelector('[part~="band"]');
    if (!band) return [div.dataset.case, found];
    const track = root.querySelector('[part~="track"]');
    const inner = { left: box(track).left + track.clientLeft, width: track.clientWidth };
    for (const mark of root.querySelectorAll('[part~="level"], [part~="marker"], [part~="offer"], [part~="whisker"], [part~="box"], [part~="median"]')) {
      found.marks++;
      const rect = box(mark);
      const expected = inner.left + at(mark) * inner.width;
      const actual = mark.matches(spans) ? rect.left : centre(rect);
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
    let scripted: PageServer;
    before(async () => {
      // No script runs on this server's pages: as with JavaScript disabled.
      blocked = await serve(NO_SCRIPT, { '/ssr/salary-bands.html': PAGE });
      scripted = await serve({}, { '/ssr/salary-band-hydrated.html': HYDRATED });
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await blocked?.close();
      await scripted?.close();
    });

    test('the loader takes over a server-rendered percentile band without changing it; its list of areas works', async () => {
      const tab = await newPage(browser, { width: 800, height: 900 });
      await tab.goto(`${scripted.url}/ssr/salary-band-hydrated.html`, { waitUntil: 'load' });
      const band = `document.querySelector('salary-band')`;
      await tab.evaluate(`(() => {
        window.__nodes = [...${band}.shadowRoot.querySelectorAll('*')];
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/dist/cdn/loader.js';
        document.head.append(script);
      })()`);
      await pollUntil(tab, 'salary-band defined', `customElements.get('salary-band') !== undefined`);
      await tab.evaluate(`${band}.roleData = window.__role`);
      await pollUntil(tab, 'the band hydrated', `${band}.state === 'ready'`);
      const kept = await tab.evaluate(`(() => {
        const now = [...${band}.shadowRoot.querySelectorAll('*')];
        return { kept: window.__nodes.every((node) => node.isConnected), same: now.length === window.__nodes.length, note: ${band}.shadowRoot.querySelector('[part~="offer-note"]').textContent.trim() };
      })()`);
      assert.deepEqual(kept, {
        kept: true,
        same: true,
        note: 'The offer of $50,000 – $56,000 sits between the 25th and 50th percentiles for Colorado.',
      });
      // The reader picks Texas: the band follows, and the page hears of it.
      await tab.evaluate(`(() => {
        const select = ${band}.shadowRoot.querySelector('select');
        select.value = 'US-TX';
        select.dispatchEvent(new Event('change'));
      })()`);
      await pollUntil(tab, 'the Texas band', `${band}.shadowRoot.querySelector('.meta').textContent.includes('Texas')`);
      assert.deepEqual(await tab.evaluate('window.__events'), ['cw-load', 'cw-location-change US-TX']);
      assert.equal(await tab.evaluate(`${band}.getAttribute('location')`), 'US-TX');
      await tab.close();
    });

    for (const width of [320, 1000]) {
      test(`at ${width} px, marks and labels stand at their places, inside the band, apart`, async () => {
        const tab = await newPage(browser, { width, height: 900 });
        await tab.goto(`${blocked.url}/ssr/salary-bands.html`, { waitUntil: 'load' });
        assert.equal(await tab.evaluate('customElements.get("salary-band") === undefined'), true, 'no script ran');
        const found = (await tab.evaluate(READ)) as Record<string, Found>;
        await tab.close();
        assert.deepEqual(Object.keys(found), [...cases.map(({ key }) => key), ...Object.keys(EXAMPLES)]);
        for (const key of Object.keys(EXAMPLES)) assert.deepEqual(found[key]!.problems, [], key);
        // Whiskers, box and marker, and the offer; where the central figure is not the median, its tick too.
        assert.deepEqual(
          Object.keys(EXAMPLES).map((key) => [key, found[key]!.marks, found[key]!.labels]),
          [
            ['example national', 4, 6],
            ['example US-CO', 4, 6],
            ['example US-TX', 3, 3],
            ['example metro', 5, 7],
          ],
        );
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
