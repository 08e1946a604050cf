import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/skill-map.js';
import '../src/define/career-role.js';
import type { SkillMap } from '../src/components/skill-map/skill-map.js';
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

const ALL_GROUPS = ['foundational', 'specialization', 'professional'];

const part = (el: SkillMap, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: SkillMap, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each group card as the reader gets it: heading, description and skills. */
const shownGroups = (el: SkillMap) =>
  parts(el, 'group').map((card) => ({
    id: card.dataset['group'],
    title: clean(card.querySelector('[part~="subheading"]')!),
    description: clean(card.querySelector('[part~="description"]')!),
    skills: [...card.querySelectorAll('ul > li')].map(clean),
  }));

/** The accessible name a list gets from aria-labelledby, resolved inside the shadow root. */
const listLabel = (el: SkillMap, list: Element) =>
  (list.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const target = el.shadowRoot!.getElementById(id);
      expect(target, `#${id} inside the shadow root`).to.exist;
      return clean(target!);
    })
    .join(' ');

const columns = (el: SkillMap) => getComputedStyle(part(el, 'groups')!).gridTemplateColumns.split(' ').length;

async function expectWholeMap(roleId: 'security-technician' | 'security-systems-technician'): Promise<SkillMap> {
  const data = await getRole(roleId);
  const map = data.skillMap!;
  const el = await render<SkillMap>(html`<skill-map role-id=${roleId}></skill-map>`);
  expect(el.state).to.equal('ready');
  expect(clean(part(el, 'heading')!)).to.equal(`Skill map: ${data.title}`);
  expect(clean(part(el, 'intro')!)).to.equal(map.intro);
  expect(shownGroups(el)).to.deep.equal(
    map.groups.map((group) => ({
      id: group.id,
      title: group.title,
      description: group.description,
      skills: group.skills,
    })),
  );
  // One real list per group, one item per skill, each named by its group's heading.
  const lists = [...el.shadowRoot!.querySelectorAll('ul')];
  expect(lists.length).to.equal(map.groups.length);
  lists.forEach((list, i) => {
    expect(list.querySelectorAll(':scope > li').length).to.equal(map.groups[i]!.skills.length);
    expect(listLabel(el, list)).to.equal(map.groups[i]!.title);
    expect(list.getAttribute('role')).to.be.oneOf([null, 'list']);
    expect(
      list
        .closest('[part~="group"]')!
        .querySelector('h4')!
        .contains(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)),
    ).to.equal(true);
  });
  expect(textOf(el)).to.contain('Source: Jobicy');
  return el;
}

describe('<skill-map>', () => {
  describe('skill maps from the data', () => {
    it('shows the Security Technician map exactly: intro, titles, descriptions and skills', async () => {
      const el = await expectWholeMap('security-technician');
      expect(shownGroups(el).map((group) => group.title)).to.deep.equal([
        'Foundational Skills',
        'Specialization Paths',
        'Professional & Software Skills',
      ]);
      expect(parts(el, 'skill').length).to.equal(16);
      expect(shownGroups(el)[2]!.skills).to.include('Video Management Software (e.g., Milestone, Genetec)');
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the Security Systems Technician map exactly', async () => {
      const el = await expectWholeMap('security-systems-technician');
      expect(shownGroups(el).map((group) => group.title)).to.deep.equal([
        'Foundational Skills',
        'Specialization Paths',
        'Professional & Software Skills',
      ]);
      expect(shownGroups(el)[0]!.skills[0]).to.equal('Use of diagnostic and testing tools');
      expect(parts(el, 'skill').length).to.equal(15);
    });

    it('says so when a role publishes no skill map (Security Engineer)', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-engineer"></skill-map>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
      expect(clean(part(el, 'message')!)).to.equal('No skill map is published for Security Engineer.');
      expect(clean(part(el, 'heading')!)).to.equal('Skill map: Security Engineer');
      await expectAccessibleInBothThemes(el);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.skillMap!.groups[0]!.skills[0] = '<img src=x onerror=alert(1)>';
      const el = await render<SkillMap>(html`<skill-map .roleData=${data}></skill-map>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(clean(parts(el, 'skill')[0]!)).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('groups', () => {
    it('shows only the named groups, in the named order (commas and spaces)', async () => {
      const el = await render<SkillMap>(
        html`<skill-map role-id="security-technician" groups="professional, foundational"></skill-map>`,
      );
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['professional', 'foundational']);
      expect(shownGroups(el).map((group) => group.title)).to.deep.equal([
        'Professional & Software Skills',
        'Foundational Skills',
      ]);
      const lists = [...el.shadowRoot!.querySelectorAll('ul')];
      expect(lists.length).to.equal(2);
      expect(lists.map((list) => listLabel(el, list))).to.deep.equal([
        'Professional & Software Skills',
        'Foundational Skills',
      ]);
      expect(lists.map((list) => list.children.length)).to.deep.equal([6, 5]);
      // The intro and sources still belong to the map.
      expect(part(el, 'intro')).to.exist;
      await expectAccessibleInBothThemes(el);
    });

    it('accepts space-only and mixed separators, and ignores repeats', async () => {
      const el = await render<SkillMap>(
        html`<skill-map
          role-id="security-systems-technician"
          groups="specialization   professional,foundational ,professional"
        ></skill-map>`,
      );
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal([
        'specialization',
        'professional',
        'foundational',
      ]);
    });

    it('shows every group in data order when groups is empty or absent', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician" groups=" , "></skill-map>`);
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(ALL_GROUPS);
    });

    it('re-renders when groups changes, by attribute or property', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician"></skill-map>`);
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(ALL_GROUPS);
      el.setAttribute('groups', 'specialization');
      await el.updateComplete;
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['specialization']);
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(5);
      el.groups = 'professional specialization';
      await el.updateComplete;
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['professional', 'specialization']);
      el.removeAttribute('groups');
      await el.updateComplete;
      expect(shownGroups(el).map((group) => group.id)).to.deep.equal(ALL_GROUPS);
    });

    it('warns about unknown groups, fires cw-error and shows the known ones', async () => {
      const warnings = captureWarnings();
      try {
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<SkillMap>(
          html`<skill-map role-id="security-technician" groups="professional astrology"></skill-map>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail.kind).to.equal('invalid-attribute');
        expect(detail.attribute).to.equal('groups');
        expect(detail.message).to.contain('groups="professional astrology"');
        expect(detail.message).to.match(/names unknown groups: astrology\b/);
        expect(detail.message).to.contain('available: foundational, specialization, professional');
        expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['professional']);
        const warning = warnings.messages.find((m) => m.includes('groups="professional astrology"'));
        expect(warning).to.match(
          /names unknown groups.*astrology.*available: foundational, specialization, professional/,
        );
        // A later unknown value is reported too.
        const next = nextEvent(el, 'cw-error');
        el.setAttribute('groups', 'foundational, wizardry');
        expect((await next).detail.message).to.contain('wizardry');
        await el.updateComplete;
        expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['foundational']);
      } finally {
        warnings.restore();
      }
    });

    it('says which groups exist when none of the named ones does, rather than going blank', async () => {
      const warnings = captureWarnings();
      try {
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<SkillMap>(
          html`<skill-map role-id="security-technician" groups="astrology, alchemy"></skill-map>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail).to.include({ kind: 'invalid-attribute', attribute: 'groups' });
        expect(detail.message).to.contain('astrology, alchemy');
        expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
        const message = part(el, 'message')!;
        expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(clean(message)).to.equal(
          'None of the skill groups chosen for this map exists for Security Technician. Available groups: ' +
            '“foundational” (Foundational Skills), “specialization” (Specialization Paths), and ' +
            '“professional” (Professional & Software Skills).',
        );
        expect(clean(part(el, 'heading')!)).to.equal('Skill map: Security Technician');
        await expectAccessibleInBothThemes(el);
        // Naming a real group again brings the map back.
        el.groups = 'foundational';
        await el.updateComplete;
        expect(part(el, 'message')).to.equal(null);
        expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['foundational']);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout', () => {
    it('lays the groups out in one column when narrow, two in between and three when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 320px"><skill-map role-id="security-technician"></skill-map></div>
          <div style="width: 640px"><skill-map role-id="security-technician"></skill-map></div>
          <div style="width: 1000px"><skill-map role-id="security-technician"></skill-map></div>
        </div>`,
      );
      const [narrow, middle, wide] = [...wrapper.querySelectorAll('skill-map')];
      await Promise.all([settled(narrow!), settled(middle!), settled(wide!)]);
      expect(columns(narrow!)).to.equal(1);
      expect(columns(middle!)).to.equal(2);
      expect(columns(wide!)).to.equal(3);
      // Three cards side by side when wide; stacked when narrow.
      const tops = (el: SkillMap) => new Set(parts(el, 'group').map((card) => Math.round(card.offsetTop))).size;
      expect(tops(wide!)).to.equal(1);
      expect(tops(narrow!)).to.equal(3);
    });

    it('is readable at 280px: nothing overflows its box and skills wrap', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><skill-map role-id="security-technician"></skill-map></div>`,
      );
      const el = await settled(wrapper.querySelector('skill-map')!);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(280);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group"], li')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
      }
      const skill = parts(el, 'skill')[0]!;
      expect(parseFloat(getComputedStyle(skill).fontSize)).to.be.at.least(12);
    });
  });

  describe('choosing the role', () => {
    it('takes validated roleData', async () => {
      const data = await roleCopy('security-systems-technician');
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<SkillMap>(html`<skill-map .roleData=${data}></skill-map>`);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-systems-technician',
        title: 'Security Systems Technician',
        source: 'role-data',
      });
      expect(shownGroups(el)[1]!.skills[0]).to.equal('Wireless sensor networks and IoT');
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician"></skill-map>`);
      expect(shownGroups(el)[0]!.skills[0]).to.equal('Physical Installation Techniques');
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-systems-technician';
      expect((await loaded).detail.source).to.equal('role-id');
      await el.updateComplete;
      expect(shownGroups(el)[0]!.skills[0]).to.equal('Use of diagnostic and testing tools');
      el.roleId = 'security-engineer';
      await settled(el);
      await el.updateComplete;
      expect(textOf(el)).to.contain('No skill map is published for Security Engineer.');
    });

    it('fetches src when it is the only source', async () => {
      const el = await render<SkillMap>(html`<skill-map src="/__cw/role/security-technician"></skill-map>`);
      expect(el.state).to.equal('ready');
      expect(parts(el, 'skill').length).to.equal(16);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-systems-technician">
            <section><skill-map groups="professional"></skill-map></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('skill-map')!);
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(shownGroups(el).map((group) => group.title)).to.deep.equal(['Professional & Software Skills']);
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-technician', source: 'context' });
      await el.updateComplete;
      expect(shownGroups(el)[0]!.skills).to.have.length(6);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <skill-map src=${STALLING_URL}></skill-map>
          <skill-map role-id="security-technician"></skill-map>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('skill-map')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton-group').length).to.equal(3);
      const height = ready!.getBoundingClientRect().height;
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(height, 2);
      // The reserved height is a custom property.
      loading!.style.setProperty('--cw-skill-map-min-height', '50em');
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(
        50 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expect(loading).to.be.accessible();
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.skillMap!.groups[1]!.id = 'foundational';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<SkillMap>(html`<skill-map .roleData=${data}></skill-map>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('skillMap.groups.1.id');
        expect(textOf(el)).to.contain('is not valid');
        expect(clean(part(el, 'heading')!)).to.equal('Skill map');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('skillMap.groups.1.id');
        expect(warnings.messages.find((m) => m.includes('skillMap.groups.1.id'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<SkillMap>(html`<skill-map></skill-map>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('reading and keyboard', () => {
    it('adds no tab stops: Tab goes straight through the map', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <skill-map role-id="security-technician"></skill-map>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('skill-map')!);
      expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input').length).to.equal(0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.id).to.equal('before');
    });

    it('uses heading-level for its heading and the group headings below it', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician"></skill-map>`);
      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      // The lists keep their names when the headings change level.
      const lists = [...el.shadowRoot!.querySelectorAll('ul')];
      expect(lists.map((list) => listLabel(el, list))).to.deep.equal([
        'Foundational Skills',
        'Specialization Paths',
        'Professional & Software Skills',
      ]);
    });
  });

  describe('looks', () => {
    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician" theme="light"></skill-map>`);
      const card = part(el, 'group')!;
      const light = getComputedStyle(card).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(card).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-skill-map-card-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-skill-map-card-accent', 'rgb(4, 5, 6)');
      el.style.setProperty('--cw-skill-map-chip-background', 'rgb(7, 8, 9)');
      el.style.setProperty('--cw-skill-map-chip-border', 'rgb(10, 11, 12)');
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(card).borderTopColor).to.equal('rgb(4, 5, 6)');
      const skill = part(el, 'skill')!;
      expect(getComputedStyle(skill).backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(skill).borderTopColor).to.equal('rgb(10, 11, 12)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><skill-map role-id="security-technician"></skill-map></div>`,
        );
        const el = await settled(wrapper.querySelector('skill-map')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'intro')!)).to.equal(16);
        expect(size(part(el, 'skill')!)).to.equal(14);
        expect(size(part(el, 'subheading')!)).to.equal(16);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician"></skill-map>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: SkillMap = document.createElement('skill-map');
    expect(el).to.be.instanceOf(customElements.get('skill-map')!);
  });
});
