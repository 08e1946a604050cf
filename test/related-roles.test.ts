import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/related-roles';
import 'career-widgets-virtual/define/career-role';
import { relatedRoleHref, type RelatedRoles } from '../src/components/related-roles/related-roles.js';
import { CwRelatedRoleSelectEvent } from '../src/components/related-roles/related-roles.events.js';
import type { Role } from '../src/data/schema.js';
import { describeElement } from './element-contract.js';
import {
  changeReporting,
  clean,
  expectAccessibleInBothThemes,
  nextEvent,
  part,
  parts,
  render,
  renderAtWidths,
  renderBetweenButtons,
  renderReporting,
  roleCopy,
  settled,
  warningsOfEachTest,
} from './helpers.js';

const links = (el: RelatedRoles) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const linkSummary = (el: RelatedRoles) => links(el).map((a) => ({ title: clean(a), href: a.getAttribute('href') }));
const names = (el: RelatedRoles) => parts(el, 'item').map((item) => clean(item));

/** The Security Technician with two related roles, as the tests supply it. */
async function relatedData(): Promise<Role> {
  const data = await roleCopy('security-technician');
  data.relatedRoles = { ids: ['security-engineer', 'security-systems-technician'] };
  return data;
}

/** Makes a copy of the Security Technician a role of the page's own, with all three bundled roles related to it. */
function relateAllThree(data: Role): void {
  data.id = 'alarm-installer';
  data.title = 'Alarm Installer';
  data.relatedRoles = {
    ids: ['security-technician', 'security-engineer', 'security-systems-technician'],
    sources: ['jobicy-guide'],
  };
}

/** A role of the page's own with all three bundled roles related to it. */
async function threeRelated(): Promise<Role> {
  const data = await roleCopy('security-technician');
  relateAllThree(data);
  return data;
}

/** The tests follow links without leaving the test page. */
const stayOnPage = (event: Event) => event.preventDefault();

describe('<related-roles>', () => {
  before(() => document.addEventListener('click', stayOnPage));
  after(() => document.removeEventListener('click', stayOnPage));

  describeElement('related-roles', {
    heading: 'Related roles',
    headingFor: (title) => `Roles related to ${title}`,
    absentMessage: (title) => `No related roles are published for ${title}.`,
    content: ['list'],
    loads: ['relatedRoles'],
    // No bundled role publishes related roles.
    absent: [
      { roleId: 'security-technician' },
      { roleId: 'security-systems-technician' },
      { roleId: 'security-engineer' },
    ],
    invalid: {
      alter: (role) => (role.relatedRoles = { ids: ['security-engineer', 'security-technician'] }),
      path: 'relatedRoles.ids.1',
      issue: 'must not name the role itself',
    },
    // Three linked roles: what the loading state's estimate is made for.
    ready: { alter: relateAllThree, attributes: { 'href-template': '/careers/{id}' } },
    parts: ['base', 'heading', 'item', 'link', 'list', 'sources'],
    subheadings: 0,
    skeleton: { selector: '.skeleton.title-shape', count: 3 },
    estimateWidths: [800, 400],
    styleHooks: [
      { property: '--cw-related-roles-link-color', selector: '[part~="link"]', style: 'color' },
      { property: '--cw-related-roles-item-background', selector: '[part~="item"]', style: 'backgroundColor' },
    ],
    forcedColors: { selectors: ['.item'], outlined: ['[part~="item"]'] },
    textSizes: { '[part~="link"]': 16 },
    focusable: true,
  });

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

    describe('an href-template it cannot use', () => {
      const warnings = warningsOfEachTest();
      const related = async (template: string) => ({
        data: await relatedData(),
        attributes: { 'href-template': template },
      });

      it('is reported when unsafe, with a warning and cw-error, and the roles shown as plain text', async () => {
        const { el, detail } = await renderReporting<RelatedRoles>(
          'related-roles',
          await related('javascript:alert(1)//{id}'),
          'href-template',
          warnings,
        );
        expect(detail.message).to.contain('relative or an http(s) URL');
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        expect(names(el)).to.deep.equal(['Security Engineer', 'Security Systems Technician']);
        await changeReporting(el, 'href-template', 'data:text/html,{id}', warnings);
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        // A good template brings the links back.
        el.setAttribute('href-template', '/careers/{id}');
        await el.updateComplete;
        expect(links(el)).to.have.length(2);
        await expectAccessibleInBothThemes(el);
      });

      it('is reported without {id}, rather than linking every role to one page', async () => {
        const { el, detail } = await renderReporting<RelatedRoles>(
          'related-roles',
          await related('/careers/'),
          'href-template',
          warnings,
        );
        expect(detail.message).to.contain('must contain {id}');
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      });
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
      const { before, el, after } = await renderBetweenButtons<RelatedRoles>('related-roles', {
        data: await relatedData(),
        attributes: { 'href-template': 'https://example.org/roles/{id}' },
      });
      before.focus();
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
      expect(document.activeElement).to.equal(after);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
    });

    it('adds no tab stops when the roles are plain text', async () => {
      const { before, after } = await renderBetweenButtons('related-roles', { data: await relatedData() });
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });
  });

  describe('layout', () => {
    it('runs top to bottom when narrow, two across in between and three across when wide', async () => {
      const [narrow, middle, wide] = await renderAtWidths<RelatedRoles>('related-roles', [320, 640, 800], {
        data: await threeRelated(),
        attributes: { 'href-template': '/c/{id}' },
      });
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
  });

  it('links the related roles of a role from <career-role>', async () => {
    const data = await relatedData();
    const wrapper = await fixture<HTMLElement>(
      html`<career-role .roleData=${data}
        ><section><related-roles href-template="/careers/{id}"></related-roles></section
      ></career-role>`,
    );
    const el = await settled(wrapper.querySelector('related-roles')!);
    expect(linkSummary(el)).to.deep.equal([
      { title: 'Security Engineer', href: '/careers/security-engineer' },
      { title: 'Security Systems Technician', href: '/careers/security-systems-technician' },
    ]);
  });
});
