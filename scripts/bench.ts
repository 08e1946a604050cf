/**
 * `npm run bench`: how fast each element renders, against the same shadow DOM inserted as static
 * markup. In headless Chromium, from the built script-tag bundle (dist/cdn/career-widgets.js,
 * `npm run build` first), for every element showing Security Technician:
 *
 * - element: insert N elements, wait until each has rendered its role, then lay the page out;
 * - static: insert N copies of one element's finished shadow DOM (its styles as `<style>`, its
 *   markup in a declarative shadow root), then lay the page out.
 *
 * (`<career-guide>` is left out: it is the other elements together, and its markup holds them.)
 * Each is timed RUNS times after a warm-up, each element run followed at once by its static run;
 * the ratio is the median of the runs' ratios (a pair shares the machine's load). It is the cost
 * of the element over plain markup; the aim is at most 1.5 at N = 300. Options: `--n 300`,
 * `--runs 7`, `--only salary-band,career-ladder`.
 */
import { parseArgs } from 'node:util';
import { launchBrowser, openPage } from './browsers.js';
import { serveFiles } from './static-server.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '300' }, runs: { type: 'string', default: '7' }, only: { type: 'string' } },
});
const N = Number(values.n);
const RUNS = Number(values.runs);
const LIMIT = 1.5;

const { ELEMENT_TAGS } = await import('../src/registry.js');
// <career-role> draws nothing, and <career-guide> is the other elements together (its markup
// holds them, so it has no static counterpart).
const tags = ELEMENT_TAGS.filter(
  (tag) => !['career-role', 'career-guide'].includes(tag) && (!values.only || values.only.split(',').includes(tag)),
);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<script type="module" src="/dist/cdn/career-widgets.js"></script>
<script type="module" src="/scripts/bench-page.js"></script>
</head><body><main id="stage"></main></body></html>`;

const server = await serveFiles({ '/bench.html': PAGE });
const browser = await launchBrowser('chromium');
let over = 0;
try {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.url}/bench.html`, { waitUntil: 'load' });
  console.log(
    `Render time of ${N} elements against their shadow DOM as static markup (median of ${RUNS}), Chromium ${await browser.version()}`,
  );
  console.log(
    `${'element'.padEnd(18)} ${'element ms'.padStart(10)} ${'static ms'.padStart(10)} ${'ratio'.padStart(6)}`,
  );
  for (const tag of tags) {
    const result = await page.evaluate(
      (tag: string, n: number, runs: number) =>
        (
          window as unknown as { cwBench: (...args: unknown[]) => Promise<{ element: number; static: number; ratio: number }> }
        ).cwBench(tag, n, runs),
      tag,
      N,
      RUNS,
    );
    const { ratio } = result;
    if (ratio > LIMIT) over++;
    console.log(
      `${tag.padEnd(18)} ${result.element.toFixed(1).padStart(10)} ${result.static.toFixed(1).padStart(10)} ${ratio.toFixed(2).padStart(6)}${ratio > LIMIT ? `  over ${LIMIT}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  over === 0
    ? `Every element within ${LIMIT}× of static markup.`
    : `${over} element(s) over ${LIMIT}× of static markup.`,
);
process.exit(over === 0 ? 0 : 1);
