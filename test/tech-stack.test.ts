import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/tech-stack.js';
import '../src/define/career-role.js';
import type { TechStack } from '../src/components/tech-stack/tech-stack.js';
import type { CareerRole } from '../src/components/career-role/career-role.js';
import { getRole } from '../src/data/catalogue.js';
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
const part = (el: TechStack, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: TechStack, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Each list shown: its data key, heading, accessible name and items. */
const groups = (el: TechStack) =>
  parts(el, 'group').map((group) => {
    const list = group.querySelector('ul')!;
    const labelledBy = list.getAttribute('aria-labelledby');
    return {
      key: group.dataset['part'],
      heading: clean(group.querySelector('[part~="subheading"]')),
      name: labelledBy ? clean(el.shadowRoot!.getElementById(labelledBy)) : '',
      items: [...list.querySelectorAll(':scope > li')].map((li) => clean(li)),
    };
  });
const LABELS = { techStack: 'Tools and technologies', techSkills: 'Technical skills', softSkills: 'Soft skills' };

describe('<tech-stack>', () => {
  describe('facts from the sources', () => {
    it('lists every Security Technician tool, technical skill and soft skill, in the data order', async () => {
      const data = await getRole('security-technician');
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading'))).to.equal('Tools and skills: Security Technician');
      const shown = groups(el);
      expect(shown.map((group) => group.key)).to.deep.equal(['techStack', 'techSkills', 'softSkills']);
      expect(shown.map((group) => group.heading)).to.deep.equal(Object.values(LABELS));
      expect(shown.map((group) => group.items.length)).to.deep.equal([20, 18, 10]);
      expect(shown[0]!.items).to.deep.equal(data.techStack!.items);
      expect(shown[1]!.items).to.deep.equal(data.techSkills!.items);
      expect(shown[2]!.items).to.deep.equal(data.softSkills!.items);
      expect(shown[0]!.items[0]).to.equal('IP Cameras (Dahua, Hikvision, Axis)');
      expect(shown[2]!.items.at(-1)).to.equal('Critical thinking');
    });

    it('makes each a real list named by its sub-heading', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      for (const group of groups(el)) expect(group.name).to.equal(group.heading);
      for (const list of parts(el, 'list')) {
        expect(list.localName).to.equal('ul');
        expect(list.getAttribute('role')).to.equal('list');
        expect([...list.children].every((child) => child.localName === 'li')).to.equal(true);
      }
    });

    it('names both Security Technician sources: the technical skills come from both', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(clean(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities & Key Skills” (March 23, 2025)',
      );
    });

    it('leaves out the tools the Security Engineer data lacks, and shows its 23 + 8 skills', async () => {
      const data = await getRole('security-engineer');
      const el = await render<TechStack>(html`<tech-stack role-id="security-engineer"></tech-stack>`);
      const shown = groups(el);
      expect(shown.map((group) => group.key)).to.deep.equal(['techSkills', 'softSkills']);
      expect(shown.map((group) => group.items.length)).to.deep.equal([23, 8]);
      expect(shown[0]!.items).to.deep.equal(data.techSkills!.items);
      expect(shown[1]!.items).to.deep.equal(data.softSkills!.items);
      expect(textOf(el)).not.to.contain('Tools and technologies');
      expect(clean(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description”');
    });

    it('shows the Security Systems Technician lists', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-systems-technician"></tech-stack>`);
      const shown = groups(el);
      expect(shown.map((group) => group.items.length)).to.deep.equal([20, 15, 10]);
      expect(shown[0]!.items[0]).to.equal('Access control panels');
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Systems Technician Career Path Guide”');
    });

    it('says so when a role has none of the lists', async () => {
      const data = await roleCopy('security-engineer');
      delete data.techSkills;
      delete data.softSkills;
      const el = await render<TechStack>(html`<tech-stack .roleData=${data}></tech-stack>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(clean(part(el, 'heading'))).to.equal('Tools and skills: Security Engineer');
      expect(clean(part(el, 'message'))).to.equal('No tools or skills are published for Security Engineer.');
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
      await expectAccessibleInBothThemes(el);
    });

    it('loads only its own sections of a bundled role', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(Object.keys(el.loadedRole!).sort()).to.deep.equal(
        ['id', 'title', 'sources', 'techStack', 'techSkills', 'softSkills'].sort(),
      );
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-engineer');
      data.softSkills!.items[0] = '<b>Bold</b> claims';
      const el = await render<TechStack>(html`<tech-stack .roleData=${data}></tech-stack>`);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(groups(el)[1]!.items[0]).to.equal('<b>Bold</b> claims');
    });
  });

  describe('layout', () => {
    it('stands the lists side by side when wide, two across in between, stacked when narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 320px"><tech-stack role-id="security-technician"></tech-stack></div>
          <div style="width: 600px"><tech-stack role-id="security-technician"></tech-stack></div>
          <div style="width: 800px"><tech-stack role-id="security-technician"></tech-stack></div>
        </div>`,
      );
      const [narrow, middle, wide] = [...wrapper.querySelectorAll('tech-stack')];
      await Promise.all([settled(narrow!), settled(middle!), settled(wide!)]);
      const boxes = (el: TechStack) => parts(el, 'group').map((group) => group.getBoundingClientRect());

      const [w1, w2, w3] = boxes(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w3!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
      expect(w3!.left).to.be.at.least(w2!.right);
      expect(w3!.right).to.be.at.most(part(wide!, 'base')!.getBoundingClientRect().right);

      const [m1, m2, m3] = boxes(middle!);
      expect(m2!.top).to.be.closeTo(m1!.top, 1);
      expect(m2!.left).to.be.at.least(m1!.right);
      expect(m3!.top).to.be.at.least(Math.max(m1!.bottom, m2!.bottom));

      const [n1, n2, n3] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      expect(n3!.top).to.be.at.least(n2!.bottom);
      expect(n2!.left).to.be.closeTo(n1!.left, 1);
    });

    it('shares the width between two lists rather than leaving a gap', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><tech-stack role-id="security-engineer"></tech-stack></div>`,
      );
      const el = await settled(wrapper.querySelector('tech-stack')!);
      const [first, second] = parts(el, 'group').map((group) => group.getBoundingClientRect());
      const columns = part(el, 'columns')!.getBoundingClientRect();
      expect(second!.top).to.be.closeTo(first!.top, 1);
      expect(second!.right).to.be.closeTo(columns.right, 1);
      expect(first!.width).to.be.closeTo(second!.width, 1);
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><tech-stack role-id="security-technician"></tech-stack></div>`,
      );
      const el = await settled(wrapper.querySelector('tech-stack')!);
      const base = part(el, 'base')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('li')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
      }
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-systems-technician');
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<TechStack>(
        html`<tech-stack role-id="security-engineer" .roleData=${data}></tech-stack>`,
      );
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-systems-technician',
        title: 'Security Systems Technician',
        source: 'role-data',
      });
      expect(groups(el)[1]!.items[0]).to.equal('Access control system installation and management');
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(groups(el)).to.have.length(3);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Security Engineer',
        source: 'role-id',
      });
      await el.updateComplete;
      expect(groups(el).map((group) => group.key)).to.deep.equal(['techSkills', 'softSkills']);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<TechStack>(html`<tech-stack src="/__cw/role/security-technician"></tech-stack>`);
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(parts(el, 'item')).to.have.length(48);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-systems-technician">
            <section><tech-stack></tech-stack></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('tech-stack')!);
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(groups(el).map((group) => group.items.length)).to.deep.equal([20, 15, 10]);
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-engineer';
      expect((await reloaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
      await el.updateComplete;
      expect(groups(el).map((group) => group.items.length)).to.deep.equal([23, 8]);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <tech-stack src=${STALLING_URL}></tech-stack>
          <tech-stack role-id="security-technician"></tech-stack>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('tech-stack')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading'))).to.equal('Tools and skills');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton-group').length).to.equal(3);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      // Nothing of the ready lists is cut off by the reserved height.
      const base = part(ready!, 'base')!;
      expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
      loading!.style.setProperty('--cw-tech-stack-min-height', '30em');
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(
        30 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.softSkills!.items[2] = '   ';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<TechStack>(html`<tech-stack .roleData=${data}></tech-stack>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('softSkills.items.2');
        expect(textOf(el)).to.contain('is not valid');
        expect(clean(part(el, 'heading'))).to.equal('Tools and skills');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('softSkills.items.2');
        expect(warnings.messages.find((m) => m.includes('softSkills.items.2'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<TechStack>(html`<tech-stack></tech-stack>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('reading, keyboard and looks', () => {
    it('passes axe in light and dark, ready', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      await expectAccessibleInBothThemes(el);
    });

    it('adds no tab stops: Tab goes straight through the lists', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <tech-stack role-id="security-engineer"></tech-stack>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('tech-stack')!);
      expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input').length).to.equal(0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.id).to.equal('before');
    });

    it('uses heading-level for its heading and the list headings below it', async () => {
      const el = await render<TechStack>(
        html`<tech-stack role-id="security-technician" heading-level="2"></tech-stack>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h5', 'h5', 'h5']);
      // The lists keep their names when the headings change level.
      expect(groups(el).map((group) => group.name)).to.deep.equal(Object.values(LABELS));
    });

    it('follows the theme and its custom properties', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician" theme="light"></tech-stack>`);
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-tech-stack-marker-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'group')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--cw-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><tech-stack role-id="security-technician"></tech-stack></div>`,
        );
        const el = await settled(wrapper.querySelector('tech-stack')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'item')!)).to.equal(16);
        expect(size(part(el, 'subheading')!)).to.equal(16);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('keeps the boxes and lines visible in forced-colours mode', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      expect(forcedColorSelectors(el)).to.include('.group');
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group"]')) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        }
        await expect(el).to.be.accessible();
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: TechStack = document.createElement('tech-stack');
    expect(el).to.be.instanceOf(customElements.get('tech-stack')!);
  });
});
