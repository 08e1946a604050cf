/**
 * Layout shift from a late loader. Each page links dist/cdn/career-widgets.css in its head and
 * adds dist/cdn/loader.js 400 ms after it starts, as a slow third-party script would arrive;
 * Chromium's layout-shift entries then add up to the cumulative layout shift (CLS).
 *
 * The stylesheet and the loading states hold estimated heights, and each element then takes its
 * content's height, so a page rendered in the browser may move a little when the content
 * arrives. The example pages and every element at the top of a page, text below it, must stay
 * within Web Vitals' "good" threshold (CLS ≤ 0.1) at every width measured; each figure is printed.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type PageServer } from './page-harness.js';

/** Web Vitals' threshold of a good cumulative layout shift. */
const LIMIT = 0.1;
const WIDTHS = [1280, 800, 600, 390, 320];
const { testTier } = await import('../../scripts/test-tier.js');
/**
 * The widths each element alone is measured at: in `npm test`, the two phone widths, where
 * content is tallest against its estimate (wider ones shift least); `npm run test:full` measures
 * all five.
 * The example pages and the salary band with an offer are measured at every width in both.
 */
const ELEMENT_WIDTHS = testTier().name === 'full' ? WIDTHS : [390, 320];
const { ELEMENT_TAGS } = await import('../../src/registry.js');
const { roleAttributesHtml } = await import('../role-attributes.js');

/** Observes layout shifts from the start and adds the loader after 400 ms. */
const MEASURE = `<script>
  window.__cls = 0;
  const add = (entries) => {
    for (const entry of entries) if (!entry.hadRecentInput) window.__cls += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  /** The CLS so far, with the entries still queued for the observer. */
  window.__readCls = () => (add(observer.takeRecords()), window.__cls);
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/loader.js';
    document.head.append(script);
  }, 400);
</script>`;

const TEXT = `<p>${'A paragraph of host text that sits below the element and would move if it grew. '.repeat(12)}</p>`;

/** An example page with the built stylesheet and the late loader in place of the Vite loader. */
function examplePage(file: string): string {
  const html = readFileSync(`examples/${file}`, 'utf8')
    .replace('../src/cdn/career-widgets.css', '/dist/cdn/career-widgets.css')
    .replace(/<script type="module" src="[^"]+"><\/script>\s*/g, '');
  assert.ok(html.includes('/dist/cdn/career-widgets.css'), `${file} links the stylesheet`);
  return html.replace('</head>', `${MEASURE}</head>`);
}

function topOfPage(element: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CLS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">${MEASURE}</head>
<body style="margin: 0 auto; max-width: 52em; font-family: sans-serif">${element}${TEXT}</body></html>`;
}

const SECTIONS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');

/**
 * Cases over the limit, each with its reason: measured and printed like every other, reported as
 * to-dos rather than failures. A guide's loading state holds 24em while the whole guide that
 * replaces it is many screens tall, so the text below it moves at every width; a page that needs
 * the guide without that shift renders it on the server (career-widgets/ssr, test/node/ssr.test.ts).
 */
const GUIDE = 'the loading guide holds 24em; the whole guide that replaces it is many screens tall';
const KNOWN_OVER_LIMIT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(WIDTHS.map((width) => [`<career-guide> at ${width}px`, GUIDE])),
};
const pages: Record<string, string> = {
  '/examples/cls-job-board.html': examplePage('job-board.html'),
  '/examples/cls-school-program.html': examplePage('school-program.html'),
  '/cls/salary-band-offer.html': topOfPage(
    '<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>',
  ),
  ...Object.fromEntries(
    SECTIONS.map((tag) => [
      `/cls/${tag}.html`,
      topOfPage(`<${tag} ${roleAttributesHtml(tag, 'security-technician')}></${tag}>`),
    ]),
  ),
};

describe('layout shift with a late loader (chromium)', () => {
  let server: PageServer;
  let browser: Browser;
  before(async () => {
    assert.ok(readFileSync('dist/cdn/loader.js').length > 0, 'npm test builds dist/cdn first');
    server = await serve({}, pages);
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page at a width, waits for every element to settle, and returns its CLS. */
  async function cls(path: string, width: number): Promise<number> {
    const page = await newPage(browser, { width, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await pollUntil(page, `${path}: every element ready or failed`, () => {
        const elements = [...document.querySelectorAll<HTMLElement & { state?: string }>('body *')].filter(
          (el) => el.localName.includes('-') && el.localName !== 'career-role',
        );
        return (
          elements.length > 0 &&
          elements.every((el) => customElements.get(el.localName) && (el.state === 'ready' || el.state === 'error'))
        );
      });
      // Two frames: shifts from the last render are recorded by then, and read with those queued.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(errors, [], path);
      return (await page.evaluate(() => (window as unknown as { __readCls: () => number }).__readCls())) as number;
    } finally {
      await page.close();
    }
  }

  /** Every CLS measured, by page and width, printed as one table at the end. */
  const figures = new Map<string, Map<number, number>>();
  after(() => {
    const rows = [...figures].map(
      ([name, byWidth]) =>
        `  ${name.padEnd(30)} ${WIDTHS.map((width) => byWidth.get(width)?.toFixed(4) ?? '   –  ').join('  ')}`,
    );
    console.log(`CLS, loader after 400 ms, at ${WIDTHS.map((width) => `${width}px`).join(', ')}:\n${rows.join('\n')}`);
  });

  /** One test per page and width; a case in KNOWN_OVER_LIMIT runs and is reported as a to-do. */
  function measures(name: string, path: string, widths: readonly number[] = WIDTHS): void {
    for (const width of widths) {
      const known = KNOWN_OVER_LIMIT[`${name} at ${width}px`];
      test(`${name} at ${width}px: CLS ≤ ${LIMIT}`, known ? { todo: known } : {}, async () => {
        const value = await cls(path, width);
        if (!figures.has(name)) figures.set(name, new Map());
        figures.get(name)!.set(width, value);
        console.log(`CLS ${name} at ${width}px: ${value.toFixed(4)}`);
        assert.ok(value <= LIMIT, `${name} at ${width}px: CLS ${value.toFixed(4)} > ${LIMIT}`);
      });
    }
  }

  measures('examples/job-board.html', '/examples/cls-job-board.html');
  measures('examples/school-program.html', '/examples/cls-school-program.html');
  // Every element at the top of a page, text below it.
  for (const tag of SECTIONS) measures(`<${tag}>`, `/cls/${tag}.html`, ELEMENT_WIDTHS);
  measures('<salary-band> with an offer', '/cls/salary-band-offer.html');
});
