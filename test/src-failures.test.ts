/**
 * What every element does when its `src` fails: an error state in plain words, a cw-error with
 * the kind of failure, and no exception. Loads of one URL are shared; failures are not kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import type { RoleErrorKind } from '../src/base/role-state.js';
import { captureWarnings, hitsOf, nextEvent, settled, textOf } from './helpers.js';

type Element = RoleSourceElement & { updateComplete: Promise<boolean> };
const SECTION_TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
const unique = () => Math.random().toString(36).slice(2);

async function failing(tag: string, src: string, extra: Record<string, string> = {}) {
  const error = nextEvent(document, 'cw-error');
  const attributes = Object.entries(extra)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  // Tags and attributes come from this file, never from data.
  const el = await fixture<Element>(
    staticHtml`<${unsafeStatic(tag)} src=${src} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`,
  );
  const { detail } = await error;
  await settled(el);
  return { el, detail };
}

const CASES: { name: string; src: () => string; kind: RoleErrorKind; says: RegExp; attrs?: Record<string, string> }[] =
  [
    { name: '404', src: () => '/__cw/status/404', kind: 'http', says: /could not be found/ },
    { name: '500', src: () => '/__cw/status/500', kind: 'http', says: /server answered with an error \(500\)/ },
    { name: 'invalid JSON', src: () => '/__cw/not-json', kind: 'not-json', says: /not in a format/ },
    { name: 'an HTML page', src: () => '/__cw/html', kind: 'not-json', says: /not in a format/ },
    { name: 'schema-invalid JSON', src: () => '/__cw/invalid', kind: 'invalid-data', says: /is not valid/ },
    { name: 'an empty body', src: () => '/__cw/empty', kind: 'empty', says: /not in a format/ },
    { name: 'a JSON array', src: () => '/__cw/array', kind: 'invalid-data', says: /is not valid/ },
    { name: 'a 6 MB document', src: () => '/__cw/big', kind: 'too-large', says: /too large/ },
    {
      name: 'a response that never completes',
      src: () => `/__cw/stall?${unique()}`,
      kind: 'timeout',
      says: /took too long/,
      attrs: { timeout: '300' },
    },
    {
      name: 'a network error',
      src: () => 'http://127.0.0.1:9/role.json',
      kind: 'network',
      says: /could not be loaded/,
    },
  ];

describe('src failures', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const failure of CASES) {
    it(`shows ${failure.name} as an error in plain words, with cw-error`, async () => {
      const { el, detail } = await failing('salary-band', failure.src(), failure.attrs);
      expect(el.state).to.equal('error');
      expect(detail.kind).to.equal(failure.kind);
      expect(detail.message.length).to.be.greaterThan(10);
      expect(textOf(el)).to.match(failure.says);
      expect(warnings.messages.length).to.be.greaterThan(0);
    });
  }

  it('explains the HTML answer to developers as HTML, not as broken JSON', async () => {
    const { detail } = await failing('salary-band', '/__cw/html');
    expect(detail.message).to.contain('answered with HTML');
  });

  it('names the path of each problem in schema-invalid JSON', async () => {
    const { detail } = await failing('salary-band', '/__cw/invalid');
    expect(detail.issues?.map((issue) => issue.path)).to.include('salary.min');
  });

  for (const tag of SECTION_TAGS) {
    it(`<${tag}> shows a failing src as its error state and fires cw-error`, async () => {
      const { el, detail } = await failing(tag, `/__cw/status/500?${unique()}`);
      expect(el.state).to.equal('error');
      expect(detail.kind).to.equal('http');
      expect(el.shadowRoot!.querySelector('.state-error')).to.exist;
      expect(textOf(el).length).to.be.greaterThan(20);
      // The error view's own styles come with it: a heading in the danger colour of the
      // border, and smaller print for developers.
      const box = el.shadowRoot!.querySelector('.state-error')!;
      const heading = el.shadowRoot!.querySelector('.state-error [part="heading"]')!;
      expect(getComputedStyle(heading).color).to.equal(getComputedStyle(box).borderTopColor);
      const details = el.shadowRoot!.querySelector('.details')!;
      expect(parseFloat(getComputedStyle(details).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(box).fontSize));
    });
  }

  it('<career-role> hands a failing src to its elements', async () => {
    const error = nextEvent(document, 'cw-error');
    const root = await fixture<Element>(
      html`<career-role src="/__cw/status/500"><salary-band></salary-band></career-role>`,
    );
    expect((await error).detail.kind).to.equal('http');
    const band = await settled(root.querySelector('salary-band')!);
    expect(band.state).to.equal('error');
  });

  it('shares one fetch between many elements using one URL', async () => {
    const key = unique();
    const src = `/__cw/counted/${key}/role/security-technician`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${SECTION_TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`)}
      </div>`,
    );
    const elements = [...wrapper.children] as Element[];
    await Promise.all(elements.map((el) => settled(el)));
    expect(elements.every((el) => el.state === 'ready')).to.equal(true);
    expect(await hitsOf(key)).to.equal(1);
  });

  it('does not keep a failure: a later element and reload() fetch again', async () => {
    const key = unique();
    const src = `/__cw/counted/${key}/status/503`;
    const { el } = await failing('salary-band', src);
    expect(await hitsOf(key)).to.equal(1);
    const { el: later } = await failing('career-ladder', src);
    expect(later.state).to.equal('error');
    expect(await hitsOf(key)).to.equal(2);
    el.reload();
    await settled(el);
    expect(await hitsOf(key)).to.equal(3);
  });

  it('recovers on reload() once the source answers', async () => {
    const { el } = await failing('salary-band', '/__cw/status/502');
    el.src = '/__cw/role/security-technician';
    await settled(el);
    expect(el.state).to.equal('ready');
  });
});
