import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/case-studies';
import type { CaseStudies } from '../src/components/case-studies/case-studies.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import { clean, part, parts, render, renderAtWidths, roleCopy, textOf } from './helpers.js';

/** Each case study as the reader gets it. */
const shownStudies = (el: CaseStudies) =>
  parts(el, 'study').map((study) => ({
    title: clean(study.querySelector('[part~="subheading"]')!),
    story: clean(study.querySelector('[part~="story"]')!),
    takeaway: clean(study.querySelector('[part~="takeaway"]')!),
  }));

describe('<case-studies>', () => {
  describeElement('case-studies', {
    heading: 'Case studies',
    headingFor: (title) => `Case studies: ${title}`,
    absentMessage: (title) => `No case studies are published for ${title}.`,
    content: ['studies'],
    loads: ['caseStudies'],
    absent: [{ roleId: 'security-systems-technician' }, { roleId: 'security-engineer' }],
    invalid: {
      alter: (role) => (role.caseStudies!.items[2]!.takeaway = '   '),
      path: 'caseStudies.items.2.takeaway',
    },
    parts: ['base', 'heading', 'sources', 'story', 'studies', 'study', 'subheading', 'takeaway', 'takeaway-label'],
    subheadings: 4,
    skeleton: { selector: '.skeleton-study', count: 4 },
    themed: { selector: '[part~="takeaway"]', style: 'backgroundColor' },
    styleHooks: [
      { property: '--cw-case-studies-card-background', selector: '[part~="study"]', style: 'backgroundColor' },
      { property: '--cw-case-studies-takeaway-background', selector: '[part~="takeaway"]', style: 'backgroundColor' },
      {
        property: '--cw-case-studies-takeaway-accent',
        selector: '[part~="takeaway"]',
        style: 'borderInlineStartColor',
      },
    ],
    forcedColors: {
      selectors: ['.study, .takeaway'],
      outlined: ['[part~="study"]', { selector: '[part~="takeaway"]', edge: 'InlineStart' }],
    },
    textSizes: { '[part~="story"]': 16, '[part~="takeaway"]': 16, '[part~="takeaway-label"]': 14 },
    focusable: false,
  });

  describe('case studies from the data', () => {
    it('shows the four Security Technician case studies exactly, each takeaway labelled', async () => {
      const data = await getRole('security-technician');
      const el = await render<CaseStudies>(html`<case-studies role-id="security-technician"></case-studies>`);
      expect(shownStudies(el)).to.deep.equal(
        data.caseStudies!.items.map((item) => ({
          title: item.title,
          story: item.story,
          takeaway: `Key takeaway: ${item.takeaway}`,
        })),
      );
      expect(shownStudies(el).length).to.equal(4);
      expect(shownStudies(el).map((study) => study.title)).to.deep.equal([
        'Campus-Wide Surveillance Upgrade',
        'Biometric Access Control at a Corporate HQ',
        'Emergency Repair of a Hospital Alarm System',
        'Smart Home Security for a Residential Complex',
      ]);
      expect(shownStudies(el)[2]!.takeaway).to.equal(
        'Key takeaway: In high-stakes settings, being ready for emergency repairs and solving problems well are essential.',
      );
      // The label is text, one per study, inside the takeaway it names.
      const labels = parts(el, 'takeaway-label');
      expect(labels.map(clean)).to.deep.equal(Array(4).fill('Key takeaway:'));
      labels.forEach((label, i) => expect(parts(el, 'takeaway')[i]!.contains(label)).to.equal(true));
      // A real list of studies.
      expect(part(el, 'studies')!.localName).to.equal('ul');
      expect(part(el, 'studies')!.querySelectorAll(':scope > li').length).to.equal(4);
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
    });

    it('shows the studies of roleData', async () => {
      const data = await roleCopy('security-engineer');
      data.caseStudies = { items: [{ title: 'Red team', story: 'They tried the doors.', takeaway: 'Lock doors.' }] };
      const el = await render<CaseStudies>(html`<case-studies .roleData=${data}></case-studies>`);
      expect(shownStudies(el)).to.deep.equal([
        { title: 'Red team', story: 'They tried the doors.', takeaway: 'Key takeaway: Lock doors.' },
      ]);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.caseStudies!.items[0]!.story = '<img src=x onerror=alert(1)>';
      data.caseStudies!.items[0]!.title = '<i>Upgrade</i>';
      const el = await render<CaseStudies>(html`<case-studies .roleData=${data}></case-studies>`);
      expect(el.shadowRoot!.querySelector('img, i')).to.equal(null);
      expect(shownStudies(el)[0]!.story).to.equal('<img src=x onerror=alert(1)>');
      expect(shownStudies(el)[0]!.title).to.equal('<i>Upgrade</i>');
    });
  });

  describe('layout', () => {
    it('sets two cards per row in wide containers and one in narrow ones', async () => {
      const [narrow, wide] = await renderAtWidths<CaseStudies>('case-studies', [400, 800], {
        roleId: 'security-technician',
      });
      const rows = (el: CaseStudies) =>
        new Set(parts(el, 'study').map((study) => Math.round(study.getBoundingClientRect().top))).size;
      expect(rows(wide!)).to.equal(2);
      expect(rows(narrow!)).to.equal(4);
      // The takeaways of a row line up at the bottom of their cards.
      const [first, second] = parts(wide!, 'takeaway').map((t) => t.getBoundingClientRect());
      expect(first!.bottom).to.be.closeTo(second!.bottom, 1);
    });
  });
});
