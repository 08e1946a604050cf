/**
 * Server rendering as a page meets it: elements from `career-widgets/ssr` (dist/ssr.js) in a
 * page, read with JavaScript blocked, then taken over by the script-tag loader (dist/cdn). In
 * Chromium and Firefox:
 * - every element × bundled role shows the same text rendered on the server as in the browser;
 * - with scripts blocked, every figure, tier, skill and question is on screen;
 * - the loader hydrates: the server's DOM nodes stay, and the elements answer the keyboard;
 * and in Chromium (which measures it and exposes the accessibility tree):
 * - a screen reader finds the same text with scripts blocked;
 * - the layout shift is 0 at 320, 800 and 1280 px, with the stylesheet and a late loader.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { launch, newPage, pollUntil, serve, type Engine, type PageServer, builtSsr, NO_SCRIPT } from './page-harness.js';
import type { Role } from '../../src/data/schema.js';

const { renderElement } = await builtSsr();
const { ELEMENT_TAGS } = await import('../../src/registry.js');
const { roleAttributes, roleAttributesHtml } = await import('../role-attributes.js');

const ROLE_IDS = ['security-technician', 'security-systems-technician', 'security-engineer'] as const;
const ROLES = Object.fromEntries(
  ROLE_IDS.map((id) => [id, JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Role]),
) as Record<(typeof ROLE_IDS)[number], Role>;
const SECTIONS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server rendered</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">${head}</head>
<body><main><h1>Careers</h1>${body}</main></body></html>`;
}

/** Every section element × role, server-rendered, each in a div naming it. */
const cases = SECTIONS.flatMap((tag) => ROLE_IDS.map((roleId) => ({ tag, roleId, key: `${tag}:${roleId}` })));
// <role-compare> takes its roles as the role-ids attribute (role-attributes.ts).
const rendered = await Promise.all(
  cases.map(({ tag, roleId }) =>
    renderElement(tag, tag === 'role-compare' ? { attributes: roleAttributes(tag, roleId) } : { roleId }),
  ),
);
const serverBody = cases.map(({ key }, i) => `<div data-case="${key}">${rendered[i]}</div>`).join('\n');
const clientBody = cases
  .map(({ tag, roleId, key }) => `<div data-case="${key}"><${tag} ${roleAttributesHtml(tag, roleId)}></${tag}></div>`)
  .join('\n');

/** A job-board page: a server-rendered salary band, ladder and FAQ among the host's text. */
const PROSE = `<p>${'Text of the host page, which would move if an element above it changed height. '.repeat(8)}</p>`;
const jobBoard = [
  await renderElement('salary-band', { roleId: 'security-technician', attributes: { 'offer-min': 50000, 'offer-max': 56000 } }),
  PROSE,
  await renderElement('career-ladder', { roleId: 'security-technician' }),
  PROSE,
  await renderElement('role-faq', { roleId: 'security-technician' }),
  PROSE,
].join('\n');

/** A salary band rendered from a site's own data, which the page's script gives it later. */
const OWN_ROLE = { ...ROLES['security-engineer'], id: 'our-security-engineer', title: 'Security Engineer (our data)' };
const suppliedPage = page(
  (await renderElement('salary-band', { roleData: OWN_ROLE })) + PROSE,
  `<script>window.__ownRole = ${JSON.stringify(OWN_ROLE).replace(/</g, '\\u003c')};</script>`,
);

/** Adds the loader, as a page's script would arrive, and records layout shifts from the start. */
const LATE_LOADER = `<script>
  window.__cls = 0;
  const add = (entries) => { for (const entry of entries) if (!entry.hadRecentInput) window.__cls += entry.value; };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  try { observer.observe({ type: 'layout-shift', buffered: true }); } catch {}
  window.__readCls = () => (add(observer.takeRecords()), window.__cls);
  window.__events = [];
  for (const type of ['cw-load', 'cw-error', 'cw-tier-toggle', 'cw-faq-toggle', 'cw-faq-search'])
    document.addEventListener(type, (event) => window.__events.push(type));
  window.addEventListener('error', (event) => window.__events.push('error: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => window.__events.push('rejection: ' + event.reason));
  window.addLoader = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/loader.js';
    document.head.append(script);
  };
</script>`;

/** The visible text of each case's element, its shadow roots included, without style sheets. */
const READ_TEXT = `(() => {
  const textOf = (root) => {
    let out = '';
    for (const node of root.childNodes) {
      if (node.nodeType === 3) out += ' ' + node.data;
      else if (node.nodeType === 1 && node.localName !== 'style') {
        if (node.shadowRoot) out += ' ' + textOf(node.shadowRoot);
        out += ' ' + textOf(node);
      }
    }
    return out;
  };
  return Object.fromEntries([...document.querySelectorAll('[data-case]')].map((div) =>
    [div.dataset.case, textOf(div).replace(/\\s+/g, ' ').trim()]));
})()`;

/** What is on screen (innerText: hidden and closed content left out), per case. */
const READ_SHOWN = `Object.fromEntries([...document.querySelectorAll('[data-case]')].map((div) => {
  const el = div.firstElementChild;
  const base = el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]');
  return [div.dataset.case, base ? base.innerText.replace(/\\s+/g, ' ') : ''];
}))`;

const ALL_READY = `[...document.querySelectorAll('[data-case] > *, main > [ssr]')].every((el) => el.state === 'ready')`;

/** What a reader must find on screen for each element, from the role's data. */
function expectedOnScreen(tag: string, role: Role): string[] {
  switch (tag) {
    case 'career-ladder':
      return role.careerTiers?.tiers.map((tier) => tier.title) ?? [];
    case 'skill-map':
      return role.skillMap?.groups.flatMap((group) => group.skills) ?? [];
    case 'role-faq':
      return role.faq?.items.map((entry) => entry.question) ?? [];
    case 'salary-band':
      return role.salary ? [role.salary.central.amount.toLocaleString('en-US')] : [];
    default:
      return [role.title];
  }
}

for (const engine of ['chromium', 'firefox'] as Engine[]) {
  describe(`server-rendered elements (${engine})`, () => {
    let browser: Browser;
    let scripted: PageServer;
    let blocked: PageServer;
    before(async () => {
      const pages = {
        '/ssr/all.html': page(serverBody),
        '/ssr/client.html': page(clientBody, '<script type="module" src="/dist/cdn/loader.js"></script>'),
        '/ssr/job-board.html': page(jobBoard, LATE_LOADER),
        '/ssr/supplied.html': suppliedPage.replace('</head>', `${LATE_LOADER}</head>`),
      };
      scripted = await serve({}, pages);
      // No script runs on this server's pages: as with JavaScript disabled.
      blocked = await serve(NO_SCRIPT, pages);
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await scripted?.close();
      await blocked?.close();
    });

    async function open(server: PageServer, path: string, width = 800): Promise<Page> {
      const tab = await newPage(browser, { width, height: 900 });
      await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
      return tab;
    }

    test('every element × role shows the same text rendered on the server as in the browser', async () => {
      const serverTab = await open(blocked, '/ssr/all.html');
      const server = (await serverTab.evaluate(READ_TEXT)) as Record<string, string>;
      await serverTab.close();
      const clientTab = await open(scripted, '/ssr/client.html');
      await pollUntil(clientTab, 'every client-rendered element ready', ALL_READY);
      const client = (await clientTab.evaluate(READ_TEXT)) as Record<string, string>;
      await clientTab.close();
      assert.equal(Object.keys(server).length, cases.length);
      for (const { key } of cases) {
        assert.ok(server[key]!.length > 20, `${key} has text on the server`);
        assert.equal(server[key], client[key], key);
      }
    });

    test('with JavaScript blocked, every figure, tier, skill and question is on screen', async () => {
      const tab = await open(blocked, '/ssr/all.html', 1000);
      assert.equal(await tab.evaluate('customElements.get("salary-band") === undefined'), true, 'no script ran');
      const shown = (await tab.evaluate(READ_SHOWN)) as Record<string, string>;
      await tab.close();
      for (const { tag, roleId, key } of cases) {
        for (const text of expectedOnScreen(tag, ROLES[roleId])) {
          assert.ok(shown[key]!.includes(text), `${key} shows "${text}"`);
        }
      }
    });

    test('the loader hydrates: the server DOM stays, and the elements answer the keyboard', async () => {
      const tab = await open(scripted, '/ssr/job-board.html');
      await tab.evaluate(`(() => {
        window.__nodes = [...document.querySelectorAll('main > [ssr]')].flatMap((el) => [...el.shadowRoot.querySelectorAll('*')]);
        addLoader();
      })()`);
      await pollUntil(tab, 'every element hydrated', ALL_READY);
      const kept = await tab.evaluate(`(() => {
        const now = [...document.querySelectorAll('main > [ssr]')].flatMap((el) => [...el.shadowRoot.querySelectorAll('*')]);
        return { before: window.__nodes.length, now: now.length, kept: window.__nodes.filter((node) => node.isConnected).length };
      })()`);
      assert.deepEqual(kept, { before: (kept as { before: number }).before, now: (kept as { before: number }).before, kept: (kept as { before: number }).before });
      assert.ok((kept as { before: number }).before > 50);

      // The FAQ: its first question opens from the keyboard, and the search filters.
      await tab.evaluate(`document.querySelector('role-faq').shadowRoot.querySelector('summary').focus()`);
      await tab.keyboard.press('Enter');
      await pollUntil(tab, 'the FAQ question opened', `document.querySelector('role-faq').shadowRoot.querySelector('details').open`);
      await tab.evaluate(`document.querySelector('role-faq').shadowRoot.querySelector('input').focus()`);
      await tab.keyboard.type('certif');
      await pollUntil(
        tab,
        'the FAQ search filtered the questions',
        `[...document.querySelector('role-faq').shadowRoot.querySelectorAll('[part~="item"]')].some((item) => item.hidden)`,
      );
      // The ladder: a tier's description opens from the keyboard, and says so.
      await tab.evaluate(
        `document.querySelector('career-ladder').shadowRoot.querySelector('summary, [part~="toggle"]').focus()`,
      );
      await tab.keyboard.press('Enter');
      await pollUntil(tab, 'cw-tier-toggle', `window.__events.includes('cw-tier-toggle')`);
      // The salary band: a new offer is compared with the band.
      await tab.evaluate(`document.querySelector('salary-band').setAttribute('offer-max', '75000')`);
      await tab.evaluate(`document.querySelector('salary-band').setAttribute('offer-min', '70000')`);
      await pollUntil(
        tab,
        'the offer note follows the new offer',
        `document.querySelector('salary-band').shadowRoot.querySelector('[part~="offer-note"]').textContent.includes('75,000')`,
      );
      const events = (await tab.evaluate('window.__events')) as string[];
      assert.deepEqual(
        events.filter((event) => /^(error|rejection)/.test(event) || event === 'cw-error'),
        [],
        'no error in the page',
      );
      assert.equal(events.filter((event) => event === 'cw-load').length, 3, 'each element announces its role once');
      await tab.close();
    });

    test('an element rendered from supplied data keeps its markup until the page gives it the data, then hydrates', async () => {
      const tab = await open(scripted, '/ssr/supplied.html');
      await tab.evaluate(`(() => {
        window.__nodes = [...document.querySelector('salary-band').shadowRoot.querySelectorAll('*')];
        addLoader();
      })()`);
      await pollUntil(tab, 'salary-band defined', `customElements.get('salary-band') !== undefined`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const waiting = await tab.evaluate(`(() => {
        const band = document.querySelector('salary-band');
        return { kept: window.__nodes.every((node) => node.isConnected), text: band.shadowRoot.textContent.includes('our data') };
      })()`);
      assert.deepEqual(waiting, { kept: true, text: true }, 'the server markup stays while the data is missing');
      await tab.evaluate(`document.querySelector('salary-band').roleData = window.__ownRole`);
      await pollUntil(tab, 'the band hydrated with the data', `document.querySelector('salary-band').state === 'ready'`);
      const after = await tab.evaluate(`(() => ({
        kept: window.__nodes.every((node) => node.isConnected),
        count: document.querySelector('salary-band').shadowRoot.querySelectorAll('*').length,
        events: window.__events,
      }))()`);
      assert.deepEqual(after, { kept: true, count: (await tab.evaluate('window.__nodes.length')) as number, events: ['cw-load'] });
      await tab.close();
    });

    if (engine === 'chromium') {
      test('with JavaScript blocked, the accessibility tree holds every question, tier and skill (chromium)', async () => {
        const tab = await open(blocked, '/ssr/all.html', 1000);
        const tree = JSON.stringify(await tab.accessibility.snapshot({ interestingOnly: false }));
        await tab.close();
        for (const { tag, roleId, key } of cases) {
          for (const text of expectedOnScreen(tag, ROLES[roleId])) {
            assert.ok(tree.includes(JSON.stringify(text).slice(1, -1)), `${key}: "${text}" is in the accessibility tree`);
          }
        }
      });

      for (const width of [320, 800, 1280]) {
        test(`layout shift is 0 at ${width} px when the loader takes over server-rendered elements (chromium)`, async () => {
          const tab = await open(scripted, '/ssr/job-board.html', width);
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tab.evaluate('addLoader()');
          await pollUntil(tab, 'every element hydrated', ALL_READY);
          // Two frames after the last update, for any late layout.
          await tab.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
          const cls = (await tab.evaluate('window.__readCls()')) as number;
          await tab.close();
          console.log(`CLS of the server-rendered job board at ${width}px: ${cls.toFixed(4)}`);
          assert.equal(cls, 0);
        });
      }
    }
  });
}
