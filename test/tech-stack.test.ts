import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/tech-stack';
import type { TechStack } from '../src/components/tech-stack/tech-stack.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import { clean, listIn, part, parts, render, renderAtWidths, roleCopy, textOf } from './helpers.js';

/** Each list shown: its data key, heading, accessible name and items. */
const groups = (el: TechStack) =>
  parts(el, 'group').map((group) => {
    const { heading, label, items } = listIn(el, group);
    return { key: group.dataset['part'], heading, name: label, items };
  });
const LABELS = { techStack: 'Tools and technologies', techSkills: 'Technical skills', softSkills: 'Soft skills' };

describe('<tech-stack>', () => {
  describeElement('tech-stack', {
    heading: 'Tools and skills',
    headingFor: (title) => `Tools and skills: ${title}`,
    absentMessage: (title) => `No tools or skills are published for ${title}.`,
    content: ['columns', 'list'],
    loads: ['techStack', 'techSkills', 'softSkills'],
    absent: [{ roleId: 'security-engineer', without: ['techSkills', 'softSkills'] }],
    invalid: { alter: (role) => (role.softSkills!.items[2] = '   '), path: 'softSkills.items.2' },
    parts: ['base', 'columns', 'group', 'heading', 'item', 'list', 'sources', 'subheading'],
    subheadings: 3,
    skeleton: { selector: '.skeleton-group', count: 3 },
    styleHooks: [{ property: '--cw-tech-stack-marker-color', selector: '[part~="group"]', style: 'borderTopColor' }],
    forcedColors: { selectors: ['.group'], outlined: ['[part~="group"]'] },
    textSizes: { '[part~="item"]': 16, '[part~="subheading"]': 16 },
    focusable: false,
  });

  describe('facts from the sources', () => {
    it('lists every Security Technician tool, technical skill and soft skill, in the data order', async () => {
      const data = await getRole('security-technician');
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
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
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities, and Key Skills” (March 23, 2025)',
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
      expect(clean(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description: Top Duties and Qualifications”');
    });

    it('shows the Security Systems Technician lists', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-systems-technician"></tech-stack>`);
      const shown = groups(el);
      expect(shown.map((group) => group.items.length)).to.deep.equal([20, 15, 10]);
      expect(shown[0]!.items[0]).to.equal('Access control panels');
      expect(clean(part(el, 'sources'))).to.equal('Source: A web page on the Security Systems Technician career (it names no publisher or title)');
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
      const [narrow, middle, wide] = await renderAtWidths<TechStack>('tech-stack', [320, 600, 800], {
        roleId: 'security-technician',
      });
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
      const [el] = await renderAtWidths<TechStack>('tech-stack', [800], { roleId: 'security-engineer' });
      const [first, second] = parts(el, 'group').map((group) => group.getBoundingClientRect());
      const columns = part(el, 'columns')!.getBoundingClientRect();
      expect(second!.top).to.be.closeTo(first!.top, 1);
      expect(second!.right).to.be.closeTo(columns.right, 1);
      expect(first!.width).to.be.closeTo(second!.width, 1);
    });
  });

  describe('headings', () => {
    it('keeps the names of the lists when the headings change level', async () => {
      const el = await render<TechStack>(html`<tech-stack role-id="security-technician"></tech-stack>`);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(groups(el).map((group) => group.name)).to.deep.equal(Object.values(LABELS));
    });
  });
});
