import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/related-roles.js';
import '../src/define/career-role.js';
import { relatedRoleHref, type RelatedRoles } from '../src/components/related-roles/related-roles.js';
import { CwRelatedRoleSelectEvent } from '../src/components/related-roles/related-roles.events.js';
import type { CareerRole } from '../src/components/career-role/career-role.js';
import type { Role } from '../src/data/schema.js';
import {
  STALLING_URL,
  captureWarnings,
  expectAccessibleInBothThemes,
  nextEvent,
  render,
  roleCopy,
  settled,
  textOf,
} from './helpers.js';

type Feature = { name: string; value: string };
/** Emulates media features where the engine can (Chromium); false elsewhere. */
const emulate = (features: Feature[]) => executeServerCommand<boolean, Feature[]>('cw-emulate-media', features);
/** The selectors styled inside the element's forced-colours rules. */
const forcedColorSelectors = (el: HTMLElement) =>
  el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
    )
    .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
const clean = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: RelatedRoles, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: RelatedRoles, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const links = (el: RelatedRoles) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const linkSummary = (el: RelatedRoles) => links(el).map((a) => ({ title: clean(a), href: a.getAttribute('href') }));
const names = (el: RelatedRoles) => parts(el, 'item').map((item) => clean(item));

/** The Security Technician with two related roles, as the tests supply it. */
async function relatedData(): Promise<Role> {
  const data = await roleCopy('security-technician');
  data.relatedRoles = { ids: ['security-engineer', 'security-systems-technician'] };
  return data;
}

/** A role of the page's own with all three bundled roles related to it. */
async function threeRelated(): Promise<Role> {
  const data = await roleCopy('security-technician');
  data.id = 'alarm-installer';
  data.title = 'Alarm Installer';
  data.relatedRoles = {
    ids: ['security-technician', 'security-engineer', 'security-systems-technician'],
    sources: ['jobicy-guide'],
  };
  return data;
}

/** The tests follow links without leaving the test page. */
const stayOnPage = (event: Event) => event.preventDefault();

describe('<related-roles>', () => {
  before(() => document.addEventListener('click', stayOnPage));
  after(() => document.removeEventListener('click', stayOnPage));

  describe('related roles', () => {
    it('lists the related roles by title, as plain text without href-template', async () => {
      const data = await relatedData();
      const el = await render<RelatedRoles>(html`<related-roles .roleData=${data}></related-roles>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading'))).to.equal('Roles related to Security Technician');
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('role')).to.equal('list');
      expect(names(el)).to.deep.equal(['Security Engineer', 'Security Systems Technician']);
      expect(parts(el, 'name').map((name) => name.localName)).to.deep.equal(['span', 'span']);
      // Never a link without somewhere to go.
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      await expectAccessibleInBothThemes(el);
    });

    it('links each role to the host page built from href-template', async () => {
      const data = await relatedData();
      const el = await render<RelatedRoles>(
        html`<related-roles href-template="/careers/{id}" .roleData=${data}></related-roles>`,
      );
      expect(linkSummary(el)).to.deep.equal([
        { title: 'Security Engineer', href: '/careers/security-engineer' },
        { title: 'Security Systems Technician', href: '/careers/security-systems-technician' },
      ]);
      expect(parts(el, 'name')).to.have.length(0);
      for (const link of links(el)) {
        // At least 24 by 24 CSS pixels (WCAG 2.5.8), and underlined, so colour is not the only cue.
        const box = link.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        expect(getComputedStyle(link).textDecorationLine).to.contain('underline');
      }
      el.hrefTemplate = 'https://example.org/roles/{id}.html?from={id}';
      await el.updateComplete;
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/roles/security-engineer.html?from=security-engineer',
        'https://example.org/roles/security-systems-technician.html?from=security-systems-technician',
      ]);
      el.removeAttribute('href-template');
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      expect(names(el)).to.deep.equal(['Security Engineer', 'Security Systems Technician']);
      await expectAccessibleInBothThemes(el);
    });

    it('builds addresses safely: encodes the id, and accepts only relative and http(s) URLs', () => {
      expect(relatedRoleHref('/careers/{id}', 'a b/c?d')).to.equal('/careers/a%20b%2Fc%3Fd');
      expect(relatedRoleHref('careers/{id}.html', 'x')).to.equal('careers/x.html');
      expect(relatedRoleHref('?role={id}', 'x')).to.equal('?role=x');
      expect(relatedRoleHref('HTTP://example.org/{id}', 'x')).to.equal('HTTP://example.org/x');
      for (const unsafe of [
        'javascript:alert(1)//{id}',
        'JavaScript:alert(1)//{id}',
        'java\tscript:alert(1)//{id}',
        ' \u0001javascript:alert(1)//{id}',
        'data:text/html,{id}',
        'mailto:{id}@example.org',
        'vbscript:{id}',
        'http://[::1/{id}',
      ]) {
        expect(relatedRoleHref(unsafe, 'x'), JSON.stringify(unsafe)).to.equal(undefined);
      }
      expect(relatedRoleHref('/careers/', 'x')).to.equal(undefined);
      expect(relatedRoleHref(undefined, 'x')).to.equal(undefined);
    });

    it('reports an unsafe href-template, with a warning and cw-error, and shows plain text', async () => {
      const warnings = captureWarnings();
      try {
        const data = await relatedData();
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<RelatedRoles>(
          html`<related-roles href-template="javascript:alert(1)//{id}" .roleData=${data}></related-roles>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail.kind).to.equal('invalid-attribute');
        expect(detail.attribute).to.equal('href-template');
        expect(detail.message).to.contain('href-template="javascript:alert(1)//{id}"');
        expect(detail.message).to.contain('relative or an http(s) URL');
        expect(warnings.messages.join('\n')).to.contain('href-template="javascript:alert(1)//{id}"');
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        expect(names(el)).to.deep.equal(['Security Engineer', 'Security Systems Technician']);

        const next = nextEvent(el, 'cw-error');
        el.setAttribute('href-template', 'data:text/html,{id}');
        expect((await next).detail.message).to.contain('href-template="data:text/html,{id}"');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);

        // A good template brings the links back.
        el.setAttribute('href-template', '/careers/{id}');
        await el.updateComplete;
        expect(links(el)).to.have.length(2);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('reports an href-template without {id}, rather than linking every role to one page', async () => {
      const warnings = captureWarnings();
      try {
        const data = await relatedData();
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<RelatedRoles>(
          html`<related-roles href-template="/careers/" .roleData=${data}></related-roles>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail).to.include({ kind: 'invalid-attribute', attribute: 'href-template' });
        expect(detail.message).to.contain('must contain {id}');
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        expect(warnings.messages.join('\n')).to.contain('href-template="/careers/"');
      } finally {
        warnings.restore();
      }
    });

    it('says so for every bundled role: none publishes related roles', async () => {
      let last: RelatedRoles | undefined;
      for (const [id, title] of [
        ['security-technician', 'Security Technician'],
        ['security-systems-technician', 'Security Systems Technician'],
        ['security-engineer', 'Security Engineer'],
      ] as const) {
        const el = await render<RelatedRoles>(
          html`<related-roles role-id=${id} href-template="/careers/{id}"></related-roles>`,
        );
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(clean(part(el, 'heading'))).to.equal(`Roles related to ${title}`);
        expect(clean(part(el, 'message'))).to.equal(`No related roles are published for ${title}.`);
        expect(part(el, 'list')).to.equal(null);
        // Only the core is loaded: the role has no related roles to fetch.
        expect(Object.keys(el.loadedRole!).sort()).to.deep.equal(['id', 'sources', 'title']);
        last = el;
      }
      await expectAccessibleInBothThemes(last!);
    });

    it('names the sources of the related roles in the small print', async () => {
      const el = await render<RelatedRoles>(html`<related-roles .roleData=${await threeRelated()}></related-roles>`);
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Technician Career Path Guide”');
      const plain = await render<RelatedRoles>(html`<related-roles .roleData=${await relatedData()}></related-roles>`);
      expect(part(plain, 'sources')).to.equal(null);
    });
  });

  describe('cw-related-role-select', () => {
    it('fires on a click with the role id and address, bubbling out of the shadow root', async () => {
      const data = await relatedData();
      const el = await render<RelatedRoles>(
        html`<related-roles href-template="/careers/{id}" .roleData=${data}></related-roles>`,
      );
      const selected = nextEvent(document, 'cw-related-role-select');
      links(el)[1]!.click();
      const event = await selected;
      expect(event).to.be.instanceOf(CwRelatedRoleSelectEvent);
      expect(event.detail).to.deep.equal({
        roleId: 'security-systems-technician',
        href: '/careers/security-systems-technician',
      });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(el);
    });

    it('works from the keyboard: Tab to each link, Enter follows it, Shift+Tab goes back', async () => {
      const data = await relatedData();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <related-roles href-template="https://example.org/roles/{id}" .roleData=${data}></related-roles>
          <button id="after">After</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('related-roles')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const [first, second] = links(el);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      // A visible focus ring.
      expect(getComputedStyle(first!).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(first!).outlineWidth)).to.be.at.least(2);

      let selected = nextEvent(el, 'cw-related-role-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({
        roleId: 'security-engineer',
        href: 'https://example.org/roles/security-engineer',
      });

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      selected = nextEvent(el, 'cw-related-role-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.roleId).to.equal('security-systems-technician');

      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
    });

    it('adds no tab stops when the roles are plain text', async () => {
      const data = await relatedData();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <related-roles .roleData=${data}></related-roles>
          <button id="after">After</button>
        </div>`,
      );
      await settled(wrapper.querySelector('related-roles')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await relatedData();
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<RelatedRoles>(
        html`<related-roles role-id="security-engineer" .roleData=${data}></related-roles>`,
      );
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Security Technician',
        source: 'role-data',
      });
      expect(names(el)).to.deep.equal(['Security Engineer', 'Security Systems Technician']);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<RelatedRoles>(html`<related-roles role-id="security-technician"></related-roles>`);
      expect(clean(part(el, 'message'))).to.equal('No related roles are published for Security Technician.');
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Security Engineer',
        source: 'role-id',
      });
      await el.updateComplete;
      expect(clean(part(el, 'message'))).to.equal('No related roles are published for Security Engineer.');
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<RelatedRoles>(
        html`<related-roles src="/__cw/role/security-technician"></related-roles>`,
      );
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Security Technician',
        source: 'src',
      });
      await settled(el);
      expect(clean(part(el, 'message'))).to.equal('No related roles are published for Security Technician.');
    });

    it('uses the role of the nearest <career-role>, by role-id or roleData', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-technician">
            <section><related-roles href-template="/careers/{id}"></related-roles></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('related-roles')!);
      expect(el.loadedRole?.id).to.equal('security-technician');
      expect(clean(part(el, 'message'))).to.equal('No related roles are published for Security Technician.');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleData = await relatedData();
      expect((await reloaded).detail).to.include({ roleId: 'security-technician', source: 'context' });
      await el.updateComplete;
      expect(linkSummary(el)).to.deep.equal([
        { title: 'Security Engineer', href: '/careers/security-engineer' },
        { title: 'Security Systems Technician', href: '/careers/security-systems-technician' },
      ]);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as a three-role list at 800px, and as the absent state', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <related-roles src=${STALLING_URL}></related-roles>
          <related-roles href-template="/careers/{id}" .roleData=${await threeRelated()}></related-roles>
          <related-roles role-id="security-technician"></related-roles>
        </div>`,
      );
      const [loading, ready, absent] = [...container.querySelectorAll('related-roles')];
      await loading!.updateComplete;
      await settled(ready!);
      await settled(absent!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading'))).to.equal('Related roles');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton.title-shape').length).to.equal(3);
      expect(links(ready!)).to.have.length(3);
      const height = ready!.getBoundingClientRect().height;
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(height, 2);
      expect(absent!.getBoundingClientRect().height).to.be.closeTo(height, 2);
      loading!.style.setProperty('--cw-related-roles-min-height', '20em');
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(
        20 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the three-role height in a narrow container too', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 400px">
          <related-roles src=${STALLING_URL}></related-roles>
          <related-roles href-template="/careers/{id}" .roleData=${await threeRelated()}></related-roles>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('related-roles')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await relatedData();
        data.relatedRoles!.ids = ['security-engineer', 'security-technician'];
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<RelatedRoles>(html`<related-roles .roleData=${data}></related-roles>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        const issue = detail.issues?.find((candidate) => candidate.path === 'relatedRoles.ids.1');
        expect(issue?.message).to.equal('must not name the role itself');
        expect(textOf(el)).to.contain('is not valid');
        expect(clean(part(el, 'heading'))).to.equal('Related roles');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('relatedRoles.ids.1');
        expect(warnings.messages.find((m) => m.includes('relatedRoles.ids.1'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<RelatedRoles>(html`<related-roles></related-roles>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    it('runs top to bottom when narrow, two across in between and three across when wide', async () => {
      const data = await threeRelated();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 320px"><related-roles href-template="/c/{id}" .roleData=${data}></related-roles></div>
          <div style="width: 640px"><related-roles href-template="/c/{id}" .roleData=${data}></related-roles></div>
          <div style="width: 800px"><related-roles href-template="/c/{id}" .roleData=${data}></related-roles></div>
        </div>`,
      );
      const [narrow, middle, wide] = [...wrapper.querySelectorAll('related-roles')];
      await Promise.all([settled(narrow!), settled(middle!), settled(wide!)]);
      const rows = (el: RelatedRoles) =>
        new Set(parts(el, 'item').map((item) => Math.round(item.getBoundingClientRect().top))).size;
      expect(rows(narrow!)).to.equal(3);
      expect(rows(middle!)).to.equal(2);
      expect(rows(wide!)).to.equal(1);
      // The odd one out takes the whole row in two columns.
      const [, , last] = parts(middle!, 'item');
      expect(last!.getBoundingClientRect().width).to.be.closeTo(
        part(middle!, 'list')!.getBoundingClientRect().width,
        1,
      );
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px">
          <related-roles href-template="/careers/{id}" .roleData=${await threeRelated()}></related-roles>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('related-roles')!);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const link of links(el)) {
        expect(link.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
      }
    });

    it('uses heading-level for its heading', async () => {
      const data = await relatedData();
      const el = await render<RelatedRoles>(html`<related-roles heading-level="2" .roleData=${data}></related-roles>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      const plain = await render<RelatedRoles>(html`<related-roles .roleData=${data}></related-roles>`);
      expect(part(plain, 'heading')!.localName).to.equal('h3');
    });

    it('follows the theme and its custom properties', async () => {
      const data = await relatedData();
      const el = await render<RelatedRoles>(
        html`<related-roles theme="light" href-template="/c/{id}" .roleData=${data}></related-roles>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-related-roles-link-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(links(el)[0]!).color).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--cw-related-roles-item-background', 'rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'item')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px">
            <related-roles href-template="/c/{id}" .roleData=${await threeRelated()}></related-roles>
          </div>`,
        );
        const el = await settled(wrapper.querySelector('related-roles')!);
        expect(parseFloat(getComputedStyle(links(el)[0]!).fontSize)).to.equal(16);
        expect(parseFloat(getComputedStyle(part(el, 'sources')!).fontSize)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<RelatedRoles>(
        html`<related-roles href-template="/c/{id}" .roleData=${await threeRelated()}></related-roles>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('keeps the boxes and lines visible in forced-colours mode', async () => {
      const el = await render<RelatedRoles>(
        html`<related-roles href-template="/c/{id}" .roleData=${await threeRelated()}></related-roles>`,
      );
      expect(forcedColorSelectors(el)).to.include('.item');
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        }
        await expect(el).to.be.accessible();
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: RelatedRoles = document.createElement('related-roles');
    expect(el).to.be.instanceOf(customElements.get('related-roles')!);
  });
});
