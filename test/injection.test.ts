/**
 * Every string of a role filled with HTML and script payloads: every element must show it as
 * inert text. Nothing runs, no markup is created from data, and links stay http(s) or relative.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import type { Role } from '../src/data/schema.js';
import { captureWarnings, roleCopy, settled, textOf } from './helpers.js';

type Element = RoleSourceElement & { updateComplete: Promise<boolean> };
declare global {
  interface Window {
    __cwPwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__cwPwned=1">',
  '<script>window.__cwPwned=1</script>',
  '"><svg onload="window.__cwPwned=1"></svg>',
  'javascript:window.__cwPwned=1',
  'data:text/html,<script>window.__cwPwned=1</script>',
  '${window.__cwPwned=1} {{constructor.constructor("window.__cwPwned=1")()}}',
  '<a href="javascript:window.__cwPwned=1">click</a>',
  '</p></li></ul><iframe srcdoc="<script>parent.__cwPwned=1</script>"></iframe>',
  '<div style="position:fixed;inset:0" onmouseover="window.__cwPwned=1">x</div',
  '&lt;b&gt;not bold&lt;/b&gt; <!-- comment --> <![CDATA[ x ]]>',
];

/** Keys whose values are identifiers or codes the schema constrains; everything else is text. */
const CODES = new Set([
  'id',
  'kind',
  'level',
  'currency',
  'country',
  'period',
  'date',
  'url',
  'start',
  'end',
  'stress',
  'balance',
  'salaryLevel',
  'sources',
  'ids',
  '$schema',
]);

function poison(value: unknown, key: string, counter: { n: number }): unknown {
  if (typeof value === 'string') return CODES.has(key) ? value : PAYLOADS[counter.n++ % PAYLOADS.length];
  if (Array.isArray(value)) return CODES.has(key) ? value : value.map((item) => poison(item, key, counter));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, counter)]));
  }
  return value;
}

function expectInert(el: Element): void {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(['script', 'img', 'iframe', 'object', 'embed'], `<${node.localName}> in <${el.localName}>`).not.to.include(
      node.localName,
    );
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${attribute} on <${node.localName}>`).to.equal(false);
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')).to.match(/^(https?:|\/|#|\.)/);
  }
}

describe('injection', () => {
  let poisoned: Role;
  before(async () => {
    poisoned = poison(await roleCopy('security-technician'), '', { n: 0 }) as Role;
    window.__cwPwned = undefined;
  });

  for (const tag of ELEMENT_TAGS.filter((t) => t !== 'career-role')) {
    it(`<${tag}> shows payloads as text`, async () => {
      const el = await fixture<Element>(
        staticHtml`<${unsafeStatic(tag)} .roleData=${poisoned}></${unsafeStatic(tag)}>`,
      );
      await settled(el);
      expect(el.state).to.equal('ready');
      // No element, attribute or link that could run a payload, now or later.
      expectInert(el);
      expect(textOf(el)).to.contain('<');
      expect(window.__cwPwned).to.equal(undefined);
    });
  }

  it('echoes bad values inertly in error messages', async () => {
    const warnings = captureWarnings();
    try {
      const bad = { ...(await roleCopy('security-technician')), id: PAYLOADS[0], title: PAYLOADS[1] };
      bad.sources = [{ id: 'x', publisher: 'P', url: 'javascript:window.__cwPwned=1' }];
      const el = await fixture<Element>(html`<salary-band .roleData=${bad}></salary-band>`);
      await settled(el);
      expect(el.state).to.equal('error');
      el.shadowRoot!.querySelector('details')!.open = true;
      expectInert(el);
      expect(textOf(el)).to.contain('sources.0.url');
      expect(window.__cwPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('rejects a role-id or src that carries markup, inertly', async () => {
    const warnings = captureWarnings();
    try {
      const byId = await fixture<Element>(html`<salary-band role-id=${PAYLOADS[0]}></salary-band>`);
      await settled(byId);
      expect(byId.state).to.equal('error');
      expectInert(byId);
      const bySrc = await fixture<Element>(html`<salary-band src=${PAYLOADS[3]}></salary-band>`);
      await settled(bySrc);
      expect(bySrc.state).to.equal('error');
      expectInert(bySrc);
      expect(window.__cwPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });
});
