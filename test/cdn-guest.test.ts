/**
 * The script-tag bundle as a guest on someone else's page: loaded twice, on a page with hostile
 * CSS, watched for what it fetches and stores. Runs against the built dist/cdn files.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { captureWarnings, settled } from './helpers.js';
import { roleAttributesHtml } from './role-attributes.js';

type Element = RoleSourceElement & { updateComplete: Promise<boolean> };
const BUNDLE = '/dist/cdn/career-widgets.js';
const SECTION_TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');

const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push('reason' in event ? event.reason : event.error);

async function renderAll(): Promise<Element[]> {
  const wrapper = await fixture<HTMLDivElement>(
    staticHtml`<div class="column">${SECTION_TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(roleAttributesHtml(tag, 'security-technician'))}></${unsafeStatic(tag)}>`)}</div>`,
  );
  const elements = [...wrapper.children] as Element[];
  await Promise.all(elements.map((el) => settled(el)));
  return elements;
}

describe('the script-tag bundle as a guest', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    performance.clearResourceTimings();
    warnings = captureWarnings();
    // Two module instances of the bundle, as when a page includes it twice.
    await import(/* @vite-ignore */ BUNDLE);
    await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    warnings.restore();
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('survives being loaded twice: one warning, no error, and the elements work', async () => {
    expect(warnings.messages.filter((m) => m.includes('loaded more than once'))).to.have.length(1);
    const elements = await renderAll();
    for (const el of elements) expect(el.state, el.localName).to.equal('ready');
    expect(pageErrors).to.deep.equal([]);
  });

  it('fetches nothing but its own code, its data and the given src', async () => {
    performance.clearResourceTimings();
    await renderAll();
    const band = await fixture<Element>(html`<salary-band src="/__cw/role/security-engineer"></salary-band>`);
    await settled(band);
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(fetched.length).to.be.greaterThan(0);
    for (const url of fetched) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(
        url.pathname.startsWith('/dist/cdn/') || url.pathname === '/__cw/role/security-engineer',
        url.href,
      ).to.equal(true);
    }
  });

  it('sets no cookie and writes no storage', async () => {
    await renderAll();
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    if ('databases' in indexedDB) expect(await indexedDB.databases()).to.deep.equal([]);
    if ('caches' in window) expect(await caches.keys()).to.deep.equal([]);
    expect(await navigator.serviceWorker?.getRegistrations()).to.satisfy(
      (r: unknown[] | undefined) => !r || r.length === 0,
    );
  });

  describe('on a page with hostile CSS', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = document.createElement('style');
      style.textContent = `
        html { font-size: 62.5%; }
        body { white-space: nowrap; text-align: justify; line-height: 0.8; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; }
        div, p, ul, ol, li, h1, h2, h3, h4, h5, h6, dl, dt, dd, section, nav, a, button, span, details, summary, input, label, table, td, th {
          margin: 0 !important; padding: 0 !important; border: 0 !important;
        }
        .column { width: 320px; }
      `;
      document.head.append(style);
    });
    after(() => style.remove());

    it('keeps text at 12px or more, nothing overflowing sideways, in a 320px column', async () => {
      const elements = await renderAll();
      for (const el of elements) {
        expect(el.state, el.localName).to.equal('ready');
        const host = el.getBoundingClientRect();
        expect(host.width, el.localName).to.equal(320);
        expect(host.height, el.localName).to.be.greaterThan(50);
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent!.trim() || parent.closest('.visually-hidden')) continue;
          const size = parseFloat(getComputedStyle(parent).fontSize);
          expect(
            size,
            `${el.localName} <${parent.localName}> "${node.textContent!.trim().slice(0, 30)}"`,
          ).to.be.at.least(12);
        }
        for (const child of el.shadowRoot!.querySelectorAll('*')) {
          const box = child.getBoundingClientRect();
          if (box.width === 0 || child.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)'))
            continue;
          expect(
            box.right,
            `${el.localName} <${child.localName} class="${child.getAttribute('class') ?? ''}">`,
          ).to.be.at.most(host.right + 1);
        }
        expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).whiteSpace).to.equal('normal');
      }
    });
  });
});
