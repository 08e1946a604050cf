/**
 * No layout shift from a late loader. Each page links dist/cdn/career-widgets.css in its head
 * and adds dist/cdn/loader.js 400 ms after it starts, as a slow third-party script would
 * arrive; Chromium's layout-shift entries then add up to the cumulative layout shift (CLS).
 * The example pages and a salary band at the top of a page must stay at or under 0.01; every
 * other element at the top of a page is measured and its figure printed.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type PageServer } from './page-harness.js';

const LIMIT = 0.01;
const { ELEMENT_TAGS } = await import('../../src/registry.js');

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
const pages: Record<string, string> = {
  '/examples/cls-job-board.html': examplePage('job-board.html'),
  '/examples/cls-school-program.html': examplePage('school-program.html'),
  '/cls/salary-band-offer.html': topOfPage(
    '<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>',
  ),
  ...Object.fromEntries(
    SECTIONS.map((tag) => [`/cls/${tag}.html`, topOfPage(`<${tag} role-id="security-technician"></${tag}>`)]),
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

  for (const [name, path] of [
    ['examples/job-board.html', '/examples/cls-job-board.html'],
    ['examples/school-program.html', '/examples/cls-school-program.html'],
  ] as const) {
    test(`${name}: CLS ≤ ${LIMIT}`, async () => {
      for (const width of [1280, 390]) {
        const value = await cls(path, width);
        console.log(`CLS ${name} at ${width}px: ${value.toFixed(4)}`);
        assert.ok(value <= LIMIT, `${name} at ${width}px: CLS ${value.toFixed(4)} > ${LIMIT}`);
      }
    });
  }

  test(`a salary band at the top of a page, text below: CLS ≤ ${LIMIT} at any width`, async () => {
    for (const path of ['/cls/salary-band.html', '/cls/salary-band-offer.html']) {
      for (const width of [1280, 800, 600, 390, 320]) {
        const value = await cls(path, width);
        console.log(`CLS ${path} at ${width}px: ${value.toFixed(4)}`);
        assert.ok(value <= LIMIT, `${path} at ${width}px: CLS ${value.toFixed(4)} > ${LIMIT}`);
      }
    }
  });

  test('every other element at the top of a page: CLS measured and printed', async () => {
    const rows: string[] = [];
    for (const tag of SECTIONS.filter((tag) => tag !== 'salary-band')) {
      const wide = await cls(`/cls/${tag}.html`, 1280);
      const narrow = await cls(`/cls/${tag}.html`, 390);
      rows.push(`  ${tag.padEnd(18)} ${wide.toFixed(4)} at 1280px, ${narrow.toFixed(4)} at 390px`);
      assert.ok(Number.isFinite(wide) && Number.isFinite(narrow), tag);
    }
    console.log(`CLS of each element at the top of a page, loader after 400 ms:\n${rows.join('\n')}`);
  });
});
