import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/job-market';
import type { JobMarket } from '../src/components/job-market/job-market.js';
import { getRole } from '../src/data/catalogue.js';
import type { PartKey } from '../src/data/role-index-types.js';
import { describeElement } from './element-contract.js';
import {
  clean,
  isShown,
  openPart as open,
  paragraphsOf,
  part,
  render,
  roleCopy,
  settled,
  shownParts,
  textOf,
} from './helpers.js';

/** The sub-parts of the Security Technician, in order, with their sub-headings. */
const TECHNICIAN_LABELS: Partial<Record<PartKey, string>> = {
  globalOutlook: 'Global outlook',
  challenges: 'Challenges',
  growthPaths: 'Growth paths',
  industryTrends: 'Industry trends',
  relatedTerms: 'Related terms',
};
const TECHNICIAN_PARTS = Object.keys(TECHNICIAN_LABELS) as PartKey[];

describe('<job-market>', () => {
  describeElement('job-market', {
    heading: 'Job market',
    headingFor: (title) => `Job market: ${title}`,
    absentMessage: (title) => `No job market information is published for ${title}.`,
    loads: TECHNICIAN_PARTS,
    absent: [{ roleId: 'security-engineer' }],
    invalid: {
      alter: (role) => (role.relatedTerms!.items[1]!.description = ''),
      path: 'relatedTerms.items.1.description',
    },
    parts: [
      'base',
      'definition',
      'heading',
      'panel',
      'part',
      'parts',
      'sources',
      'subheading',
      'term',
      'terms',
      'toggle',
    ],
    styleHooks: [{ property: '--cw-job-market-toggle-color', selector: '.entry', style: 'borderInlineStartColor' }],
    forcedColors: { selectors: ['.part, .entry'] },
    textSizes: { dd: 16 },
    disclosures: {
      labels: TECHNICIAN_LABELS,
      paragraphs: ['globalOutlook', 'challenges', 'growthPaths', 'industryTrends'],
      otherRoleId: 'security-systems-technician',
    },
  });

  describe('facts from the sources', () => {
    it('gives the related terms as a description list of term and meaning', async () => {
      const data = await getRole('security-technician');
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      const panel = await open(el, 'relatedTerms');
      const list = panel.querySelector('dl[part~="terms"]')!;
      expect(list).to.exist;
      // Each group is a <div> holding one <dt> and one <dd>, as HTML allows inside <dl>.
      const entries = [...list.children].map((entry) => {
        expect(entry.localName).to.equal('div');
        expect([...entry.children].map((child) => child.localName)).to.deep.equal(['dt', 'dd']);
        return { term: clean(entry.querySelector('dt')), description: clean(entry.querySelector('dd')) };
      });
      expect(entries).to.have.length(5);
      expect(entries).to.deep.equal(data.relatedTerms!.items);
      expect(entries[0]!.term).to.equal('Zero Trust Architecture');
      expect(entries[4]!.term).to.equal('Microsegmentation');
      // The other sub-parts hold this many paragraphs each.
      const texts = (['globalOutlook', 'challenges', 'growthPaths', 'industryTrends'] as const).map((key) => data[key]);
      expect(texts.map((text) => text!.paragraphs.length)).to.deep.equal([4, 2, 3, 3]);
    });

    it('holds the related terms in the page while their sub-part is closed', async () => {
      const data = await getRole('security-technician');
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      const terms = part(el, 'terms')!;
      expect(terms.closest('details')!.open).to.equal(false);
      expect(isShown(terms)).to.equal(false);
      const entries = [...terms.children].map((entry) => ({
        term: clean(entry.querySelector('dt')),
        description: clean(entry.querySelector('dd')),
      }));
      expect(entries).to.deep.equal(data.relatedTerms!.items);
    });

    it('names both Security Technician sources: the terms and growth paths come from the second', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(clean(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities, and Key Skills” (March 23, 2025)',
      );
      const data = await roleCopy('security-technician');
      delete data.relatedTerms;
      delete data.growthPaths;
      el.roleData = data;
      await settled(el);
      expect(shownParts(el)).to.deep.equal(['globalOutlook', 'challenges', 'industryTrends']);
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Technician Career Path Guide”');
    });

    it('leaves out the related terms the Security Systems Technician lacks', async () => {
      const data = await getRole('security-systems-technician');
      const el = await render<JobMarket>(html`<job-market role-id="security-systems-technician"></job-market>`);
      expect(shownParts(el)).to.deep.equal(['globalOutlook', 'challenges', 'growthPaths', 'industryTrends']);
      expect(textOf(el)).not.to.contain('Related terms');
      const panel = await open(el, 'globalOutlook');
      expect(paragraphsOf(panel)).to.deep.equal(data.globalOutlook!.paragraphs);
      expect(clean(part(el, 'sources'))).to.equal('Source: A web page on the Security Systems Technician career (it names no publisher or title)');
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.relatedTerms!.items[0]!.term = '<script>alert(1)</script>Zero Trust';
      const el = await render<JobMarket>(html`<job-market .roleData=${data}></job-market>`);
      const panel = await open(el, 'relatedTerms');
      expect(panel.querySelector('script')).to.equal(null);
      expect(clean(panel.querySelector('dt'))).to.equal('<script>alert(1)</script>Zero Trust');
    });
  });
});
