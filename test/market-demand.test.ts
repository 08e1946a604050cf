import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/market-demand';
import type { MarketDemand } from '../src/components/market-demand/market-demand.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  clean as text,
  expectAccessibleInBothThemes,
  part,
  parts,
  render,
  renderAtWidths,
  renderInside,
  roleCopy,
  settled,
} from './helpers.js';

const TECHNICIAN_SOURCES = 'Sources: Jobicy, “Security Technician Career Path Guide”; U.S. Bureau of Labor Statistics';

/** What the element says, part by part. */
const shown = (el: MarketDemand) => ({
  heading: text(part(el, 'heading')),
  level: text(part(el, 'level')),
  filled: parts(el, 'step-filled').map((step) => step.dataset['level']),
  summary: parts(el, 'summary').flatMap((node) => [...node.querySelectorAll('p')].map((p) => text(p))),
  growth: text(part(el, 'growth')),
  status: text(part(el, 'status')),
  sources: text(part(el, 'sources')),
});

describe('<market-demand>', () => {
  describeElement('market-demand', {
    heading: 'Market demand',
    headingFor: (title) => `Market demand: ${title}`,
    absentMessage: (title) => `No market demand or job outlook is published for ${title}.`,
    content: ['level', 'growth'],
    loads: ['marketDemand', 'jobOutlook'],
    absent: [{ roleId: 'security-systems-technician' }, { roleId: 'security-engineer' }],
    invalid: {
      alter: (role) => ((role.marketDemand as { level: string }).level = 'extreme'),
      path: 'marketDemand.level',
    },
    // A moderate demand, so the scale has filled and empty steps.
    ready: { alter: (role) => (role.marketDemand!.level = 'moderate') },
    parts: [
      'base',
      'growth',
      'heading',
      'level',
      'outlook',
      'scale',
      'sources',
      'status',
      'step',
      'step-filled',
      'subheading',
      'summary',
    ],
    subheadings: 1,
    skeleton: { selector: '.skeleton', atLeast: 6 },
    styleHooks: [
      { property: '--cw-market-demand-scale-color', selector: '[part~="step-filled"] .bar', style: 'backgroundColor' },
      {
        property: '--cw-market-demand-track-color',
        selector: '[part~="step"]:not([part~="step-filled"]) .bar',
        style: 'backgroundColor',
      },
    ],
    forcedColors: {
      selectors: ['.bar', '.step.filled .bar', '.figure'],
      visible: (el) => {
        const bars = [...el.shadowRoot!.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar));
        expect(bars[0]!.backgroundColor).not.to.equal(bars[2]!.backgroundColor);
        expect(bars[2]!.borderTopStyle).to.equal('solid');
        expect(bars[2]!.borderTopColor).not.to.equal(bars[2]!.backgroundColor);
        const figure = getComputedStyle(el.shadowRoot!.querySelector('.figure')!);
        expect(parseFloat(figure.borderTopWidth)).to.be.greaterThan(0);
      },
    },
    textSizes: { '[part~="summary"]': 16, '[part~="level"]': 18 },
    focusable: false,
  });

  describe('demand and outlook from the sources', () => {
    it('shows the Security Technician demand and outlook exactly', async () => {
      const data = await getRole('security-technician');
      const el = await render<MarketDemand>(html`<market-demand role-id="security-technician"></market-demand>`);
      expect(el.state).to.equal('ready');
      expect(shown(el)).to.deep.equal({
        heading: 'Market demand: Security Technician',
        level: 'Demand: High',
        filled: ['low', 'moderate', 'high'],
        summary: data.marketDemand!.summary,
        growth: '7%',
        status: 'Growing faster than average',
        sources: TECHNICIAN_SOURCES,
      });
      expect(data.jobOutlook!.growthRatePercent).to.equal(7);
      expect(text(part(el, 'outlook')!.querySelector('[part~="subheading"]'))).to.equal('Job outlook');
    });

    it('places each level on the low-to-high scale, in words and as a picture hidden from assistive technology', async () => {
      const data = await roleCopy('security-technician');
      const el = await render<MarketDemand>(html`<market-demand .roleData=${data}></market-demand>`);
      for (const [level, words, filled] of [
        ['low', 'Demand: Low', ['low']],
        ['moderate', 'Demand: Moderate', ['low', 'moderate']],
        ['high', 'Demand: High', ['low', 'moderate', 'high']],
      ] as const) {
        const copy = structuredClone(data);
        copy.marketDemand!.level = level;
        el.roleData = copy;
        await settled(el);
        expect(text(part(el, 'level'))).to.equal(words);
        expect(shown(el).filled).to.deep.equal(filled);
        // The scale's steps are labelled low to high, and the current one stands out by more than colour.
        expect(parts(el, 'step').map((step) => text(step))).to.deep.equal(['Low', 'Moderate', 'High']);
        const current = el.shadowRoot!.querySelector('.step.current')!;
        expect(current.getAttribute('data-level')).to.equal(level);
        expect(getComputedStyle(current.querySelector('.step-label')!).fontWeight).to.equal('700');
        expect(part(el, 'scale')!.getAttribute('aria-hidden')).to.equal('true');
      }
      await expectAccessibleInBothThemes(el);
    });

    it('shows only the part a role has: demand without outlook, outlook without demand or status', async () => {
      const demandOnly = await roleCopy('security-technician');
      delete demandOnly.jobOutlook;
      delete demandOnly.headline;
      const el = await render<MarketDemand>(html`<market-demand .roleData=${demandOnly}></market-demand>`);
      expect(text(part(el, 'level'))).to.equal('Demand: High');
      expect(part(el, 'outlook')).to.equal(null);
      expect(text(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Technician Career Path Guide”');

      const outlookOnly = await roleCopy('security-technician');
      delete outlookOnly.marketDemand;
      delete outlookOnly.jobOutlook!.status;
      outlookOnly.jobOutlook!.growthRatePercent = -2.5;
      outlookOnly.jobOutlook!.sources = ['bls'];
      delete outlookOnly.headline;
      el.roleData = outlookOnly;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(part(el, 'level')).to.equal(null);
      expect(part(el, 'scale')).to.equal(null);
      expect(text(part(el, 'growth'))).to.equal('-2.5%');
      expect(part(el, 'status')).to.equal(null);
      expect(text(part(el, 'sources'))).to.equal('Source: U.S. Bureau of Labor Statistics');
    });

    it('formats the growth rate in the element language', async () => {
      const el = await renderInside<MarketDemand>('market-demand', { roleId: 'security-technician' }, { lang: 'de' });
      expect(text(part(el, 'growth'))).to.match(/^7\s%$/);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.marketDemand!.summary = ['<img src=x onerror="window.cwInjected=1">Busy'];
      data.jobOutlook!.status = '<b>Booming</b>';
      const el = await render<MarketDemand>(html`<market-demand .roleData=${data}></market-demand>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(shown(el).summary).to.deep.equal(['<img src=x onerror="window.cwInjected=1">Busy']);
      expect(shown(el).status).to.equal('<b>Booming</b>');
    });
  });

  describe('layout', () => {
    it('stacks the outlook figures at 280px and sets them side by side when wide', async () => {
      const [narrow, wide] = await renderAtWidths<MarketDemand>('market-demand', [280, 800], {
        roleId: 'security-technician',
      });
      const figures = (el: MarketDemand) =>
        [...el.shadowRoot!.querySelectorAll('.outlook-figures > .figure')].map((f) => f.getBoundingClientRect());
      const [n1, n2] = figures(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      const [w1, w2] = figures(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
    });
  });
});
