import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define/market-demand.js';
import '../src/define/career-role.js';
import type { MarketDemand } from '../src/components/market-demand/market-demand.js';
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

/** The selectors of an element's shadow styles that sit inside `@media (condition)`. */
const mediaSelectors = (el: Element, condition: string) =>
  el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
      .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText)),
  );

const TECHNICIAN_SOURCES = 'Sources: Jobicy, “Security Technician Career Path Guide”; U.S. Bureau of Labor Statistics';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: MarketDemand, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: MarketDemand, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

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
      await expectAccessibleInBothThemes(el);
    });

    it('says so for roles that publish neither (Security Systems Technician, Security Engineer)', async () => {
      for (const [id, title] of [
        ['security-systems-technician', 'Security Systems Technician'],
        ['security-engineer', 'Security Engineer'],
      ] as const) {
        const el = await render<MarketDemand>(html`<market-demand role-id=${id}></market-demand>`);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(text(part(el, 'heading'))).to.equal(`Market demand: ${title}`);
        expect(text(part(el, 'message'))).to.equal(`No market demand or job outlook is published for ${title}.`);
        expect(part(el, 'level')).to.equal(null);
        expect(part(el, 'growth')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      }
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
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><market-demand role-id="security-technician"></market-demand></div>`,
      );
      const el = await settled(wrapper.querySelector('market-demand')!);
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

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-technician');
      data.title = 'Alarm Installer';
      data.marketDemand!.level = 'moderate';
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<MarketDemand>(
        html`<market-demand role-id="security-engineer" .roleData=${data}></market-demand>`,
      );
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Alarm Installer',
        source: 'role-data',
      });
      await el.updateComplete;
      expect(shown(el).heading).to.equal('Market demand: Alarm Installer');
      expect(shown(el).level).to.equal('Demand: Moderate');
    });

    it('takes role-id, loading only its own sections, and follows changes', async () => {
      const el = await render<MarketDemand>(
        html`<market-demand role-id="security-engineer" src=${STALLING_URL}></market-demand>`,
      );
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-technician', source: 'role-id' });
      await el.updateComplete;
      expect(shown(el).level).to.equal('Demand: High');
      expect(Object.keys(el.loadedRole!).sort()).to.deep.equal([
        'id',
        'jobOutlook',
        'marketDemand',
        'sources',
        'title',
      ]);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<MarketDemand>(
        html`<market-demand src="/__cw/role/security-technician"></market-demand>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(shown(el).level).to.equal('Demand: High');
      expect(shown(el).growth).to.equal('7%');
      expect(shown(el).sources).to.equal(TECHNICIAN_SOURCES);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<CareerRole>(
        html`<career-role role-id="security-technician"
          ><section><market-demand></market-demand></section
        ></career-role>`,
      );
      const el = await settled(wrapper.querySelector('market-demand')!);
      expect(shown(el).status).to.equal('Growing faster than average');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.roleId = 'security-engineer';
      expect((await reloaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.equal('No market demand or job outlook is published for Security Engineer.');
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready one at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <market-demand src=${STALLING_URL}></market-demand>
          <market-demand role-id="security-technician"></market-demand>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('market-demand')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(text(part(loading!, 'heading'))).to.equal('Market demand');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton').length).to.be.at.least(6);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height when absent or failed, and lets a custom property change it', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <market-demand role-id="security-technician"></market-demand>
            <market-demand role-id="security-engineer"></market-demand>
            <market-demand role-id="astronaut"></market-demand>
          </div>`,
        );
        const els = [...container.querySelectorAll('market-demand')];
        await Promise.all(els.map((el) => settled(el)));
        expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'error']);
        const [ready, absent, failed] = els.map((el) => el.getBoundingClientRect().height);
        expect(absent).to.be.closeTo(ready!, 2);
        expect(failed).to.be.closeTo(ready!, 2);
        els[1]!.style.setProperty('--cw-market-demand-min-height', '40em');
        const em = parseFloat(getComputedStyle(els[1]!).fontSize);
        expect(els[1]!.getBoundingClientRect().height).to.be.closeTo(40 * em, 1);
      } finally {
        warnings.restore();
      }
    });

    it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        (data.marketDemand as { level: string }).level = 'extreme';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<MarketDemand>(html`<market-demand .roleData=${data}></market-demand>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('marketDemand.level');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('marketDemand.level');
        expect(warnings.messages.some((m) => m.includes('marketDemand.level'))).to.equal(true);
        expect(part(el, 'level')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<MarketDemand>(html`<market-demand></market-demand>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      expect(text(part(el, 'heading'))).to.equal('Market demand');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('uses heading-level for its heading and one level below for the job outlook', async () => {
      const el = await render<MarketDemand>(
        html`<market-demand role-id="security-technician" heading-level="2"></market-demand>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'subheading')!.localName).to.equal('h3');
      el.headingLevel = 5;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h5');
      expect(part(el, 'subheading')!.localName).to.equal('h6');
    });

    it('fits 280px without overflowing, and puts the outlook figures side by side when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 280px"><market-demand role-id="security-technician"></market-demand></div>
          <div style="width: 800px"><market-demand role-id="security-technician"></market-demand></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('market-demand')];
      await settled(narrow!);
      await settled(wide!);
      const base = part(narrow!, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const figures = (el: MarketDemand) =>
        [...el.shadowRoot!.querySelectorAll('.outlook-figures > .figure')].map((f) => f.getBoundingClientRect());
      const [n1, n2] = figures(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      const [w1, w2] = figures(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<MarketDemand>(
        html`<market-demand role-id="security-technician" theme="light"></market-demand>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-market-demand-scale-color', 'rgb(4, 5, 6)');
      const bar = (step: Element) => getComputedStyle(step.querySelector('.bar')!).backgroundColor;
      expect(parts(el, 'step-filled').map(bar)).to.deep.equal(['rgb(4, 5, 6)', 'rgb(4, 5, 6)', 'rgb(4, 5, 6)']);
      const data = await roleCopy('security-technician');
      data.marketDemand!.level = 'low';
      el.roleData = data;
      await settled(el);
      el.style.setProperty('--cw-market-demand-track-color', 'rgb(7, 8, 9)');
      expect(bar(parts(el, 'step')[2]!)).to.equal('rgb(7, 8, 9)');
    });

    it('keeps the scale and figures readable in forced-colours mode', async () => {
      const data = await roleCopy('security-technician');
      data.marketDemand!.level = 'moderate';
      const el = await render<MarketDemand>(html`<market-demand .roleData=${data}></market-demand>`);
      expect(mediaSelectors(el, 'forced-colors')).to.include.members(['.bar', '.step.filled .bar', '.figure']);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const bars = [...el.shadowRoot!.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar));
        expect(bars[0]!.backgroundColor).not.to.equal(bars[2]!.backgroundColor);
        expect(bars[2]!.borderTopStyle).to.equal('solid');
        expect(bars[2]!.borderTopColor).not.to.equal(bars[2]!.backgroundColor);
        expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.figure')!).borderTopWidth)).to.be.greaterThan(
          0,
        );
        await expect(el).to.be.accessible();
      }
    });

    it('never uses a style attribute string (strict CSP)', async () => {
      const el = await render<MarketDemand>(html`<market-demand role-id="security-technician"></market-demand>`);
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><market-demand role-id="security-technician"></market-demand></div>`,
        );
        const el = await settled(wrapper.querySelector('market-demand')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'summary')!)).to.equal(16);
        expect(size(part(el, 'level')!)).to.equal(18);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: MarketDemand = document.createElement('market-demand');
    expect(el).to.be.instanceOf(customElements.get('market-demand')!);
  });
});
