import { expect, fixture, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/skill-map';
import 'career-widgets-virtual/define/career-role';
import type { SkillMap } from '../src/components/skill-map/skill-map.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  changeReporting,
  clean,
  expectAccessibleInBothThemes,
  labelOf,
  part,
  parts,
  render,
  renderAtWidths,
  renderReporting,
  roleCopy,
  settled,
  textOf,
  warningsOfEachTest,
} from './helpers.js';

const ALL_GROUPS = ['foundational', 'specialization', 'professional'];
const TECHNICIAN = { roleId: 'security-technician' };

/** Each group card as the reader gets it: heading, description and skills. */
const shownGroups = (el: SkillMap) =>
  parts(el, 'group').map((card) => ({
    id: card.dataset['group'],
    title: clean(card.querySelector('[part~="subheading"]')!),
    description: clean(card.querySelector('[part~="description"]')!),
    skills: [...card.querySelectorAll('ul > li')].map(clean),
  }));

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
    expect(labelOf(el, list)).to.equal(map.groups[i]!.title);
    expect(list.getAttribute('role')).to.be.oneOf([null, 'list']);
    expect(
      list
        .closest('[part~="group"]')!
        .querySelector('h3')!
        .contains(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)),
    ).to.equal(true);
  });
  // The technician's guide names its publisher; the systems technician's page names none.
  expect(textOf(el)).to.match(/Source: (?:Jobicy, “.+ Career Path Guide”|A web page on the Security Systems Technician career)/);
  return el;
}

describe('<skill-map>', () => {
  describeElement('skill-map', {
    heading: 'Skill map',
    headingFor: (title) => `Skill map: ${title}`,
    absentMessage: (title) => `No skill map is published for ${title}.`,
    content: ['groups', 'skills'],
    loads: ['skillMap'],
    absent: [{ roleId: 'security-engineer' }],
    invalid: { alter: (role) => (role.skillMap!.groups[1]!.id = 'foundational'), path: 'skillMap.groups.1.id' },
    parts: ['base', 'description', 'group', 'groups', 'heading', 'intro', 'skill', 'skills', 'sources', 'subheading'],
    subheadings: 3,
    skeleton: { selector: '.skeleton-group', count: 3 },
    themed: { selector: '[part~="group"]', style: 'backgroundColor' },
    styleHooks: [
      { property: '--cw-skill-map-card-background', selector: '[part~="group"]', style: 'backgroundColor' },
      { property: '--cw-skill-map-card-accent', selector: '[part~="group"]', style: 'borderTopColor' },
      { property: '--cw-skill-map-chip-background', selector: '[part~="skill"]', style: 'backgroundColor' },
      { property: '--cw-skill-map-chip-border', selector: '[part~="skill"]', style: 'borderTopColor' },
    ],
    forcedColors: { selectors: ['.group, .skill, .no-match'], outlined: ['[part~="group"]', '[part~="skill"]'] },
    textSizes: { '[part~="intro"]': 16, '[part~="skill"]': 14, '[part~="subheading"]': 16 },
    focusable: false,
  });

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
      expect(lists.map((list) => labelOf(el, list))).to.deep.equal([
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

    describe('naming unknown groups', () => {
      const warnings = warningsOfEachTest();
      const technician = (groups: string) => ({ roleId: 'security-technician', attributes: { groups } });

      it('warns about them, fires cw-error and shows the known ones', async () => {
        const { el, detail } = await renderReporting<SkillMap>(
          'skill-map',
          technician('professional astrology'),
          'groups',
          warnings,
        );
        expect(detail.message).to.match(/names unknown groups: astrology\b/);
        expect(detail.message).to.contain('available: foundational, specialization, professional');
        expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['professional']);
        expect(warnings.messages.join('\n')).to.match(
          /names unknown groups.*astrology.*available: foundational, specialization, professional/,
        );
        // A later unknown value is reported too.
        expect((await changeReporting(el, 'groups', 'foundational, wizardry', warnings)).message).to.contain(
          'wizardry',
        );
        expect(shownGroups(el).map((group) => group.id)).to.deep.equal(['foundational']);
      });

      it('says which groups exist when none of the named ones does, rather than going blank', async () => {
        const { el } = await renderReporting<SkillMap>(
          'skill-map',
          technician('astrology, alchemy'),
          'groups',
          warnings,
        );
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
      });
    });
  });

  describe('layout', () => {
    it('lays the groups out in one column when narrow, two in between and three when wide', async () => {
      const [narrow, middle, wide] = await renderAtWidths<SkillMap>('skill-map', [320, 640, 1000], TECHNICIAN);
      expect(columns(narrow!)).to.equal(1);
      expect(columns(middle!)).to.equal(2);
      expect(columns(wide!)).to.equal(3);
      // Three cards side by side when wide; stacked when narrow.
      const tops = (el: SkillMap) => new Set(parts(el, 'group').map((card) => Math.round(card.offsetTop))).size;
      expect(tops(wide!)).to.equal(1);
      expect(tops(narrow!)).to.equal(3);
    });

    it('keeps the skills at 12px or more in a 280px container', async () => {
      const [el] = await renderAtWidths<SkillMap>('skill-map', [280], TECHNICIAN);
      for (const skill of parts(el, 'skill')) {
        expect(parseFloat(getComputedStyle(skill).fontSize)).to.be.at.least(12);
      }
    });
  });

  describe('headings and roles', () => {
    it('keeps the names of the lists when the headings change level', async () => {
      const el = await render<SkillMap>(html`<skill-map role-id="security-technician"></skill-map>`);
      el.headingLevel = 4;
      await el.updateComplete;
      const lists = [...el.shadowRoot!.querySelectorAll('ul')];
      expect(lists.map((list) => labelOf(el, list))).to.deep.equal([
        'Foundational Skills',
        'Specialization Paths',
        'Professional & Software Skills',
      ]);
    });

    it('shows the named groups of a role from <career-role>', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<career-role role-id="security-systems-technician"
          ><section><skill-map groups="professional"></skill-map></section
        ></career-role>`,
      );
      const el = await settled(wrapper.querySelector('skill-map')!);
      expect(shownGroups(el).map((group) => group.title)).to.deep.equal(['Professional & Software Skills']);
    });
  });
});
