import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/job-market.js';
import '../src/define/career-role.js';
import type { JobMarket } from '../src/components/job-market/job-market.js';
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
const part = (el: JobMarket, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: JobMarket, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const shownParts = (el: JobMarket) => parts(el, 'part').map((node) => node.dataset['part']);
const toggles = (el: JobMarket) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="toggle"]')];
const toggleOf = (el: JobMarket, key: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-part="${key}"] button[part~="toggle"]`)!;
/** The panel a toggle button controls, looked up through its aria-controls. */
const panelOf = (el: JobMarket, button: HTMLButtonElement) => {
  const id = button.getAttribute('aria-controls');
  expect(id, 'aria-controls').to.be.a('string').and.not.be.empty;
  const panel = el.shadowRoot!.getElementById(id!);
  expect(panel, `#${id}`).to.exist;
  return panel!;
};
const isShown = (node: HTMLElement) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
const open = async (el: JobMarket, key: string) => {
  toggleOf(el, key).click();
  await el.updateComplete;
  return panelOf(el, toggleOf(el, key));
};
const paragraphsOf = (panel: HTMLElement) => [...panel.querySelectorAll(':scope > p')].map((p) => clean(p));

const TECHNICIAN_PARTS = ['globalOutlook', 'challenges', 'growthPaths', 'industryTrends', 'relatedTerms'];
const TECHNICIAN_LABELS = ['Global outlook', 'Challenges', 'Growth paths', 'Industry trends', 'Related terms'];

describe('<job-market>', () => {
  describe('facts from the sources', () => {
    it('shows the five Security Technician sub-parts in order, each under its sub-heading', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading'))).to.equal('Job market: Security Technician');
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      expect(parts(el, 'subheading').map((heading) => clean(heading))).to.deep.equal(TECHNICIAN_LABELS);
    });

    it('gives the paragraphs of the outlook, challenges, growth paths and trends exactly', async () => {
      const data = await getRole('security-technician');
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      const counts: number[] = [];
      for (const key of ['globalOutlook', 'challenges', 'growthPaths', 'industryTrends'] as const) {
        const panel = await open(el, key);
        expect(paragraphsOf(panel), key).to.deep.equal(data[key]!.paragraphs);
        counts.push(paragraphsOf(panel).length);
      }
      expect(counts).to.deep.equal([4, 2, 3, 3]);
    });

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
    });

    it('names both Security Technician sources: the terms and growth paths come from the second', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(clean(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities & Key Skills” (March 23, 2025)',
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
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Systems Technician Career Path Guide”');
    });

    it('says so for the Security Engineer, which publishes none of it', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-engineer"></job-market>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(clean(part(el, 'heading'))).to.equal('Job market: Security Engineer');
      expect(clean(part(el, 'message'))).to.equal('No job market information is published for Security Engineer.');
      expect(toggles(el)).to.have.length(0);
      await expectAccessibleInBothThemes(el);
    });

    it('loads only its own sections of a bundled role', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(Object.keys(el.loadedRole!).sort()).to.deep.equal(['id', 'title', 'sources', ...TECHNICIAN_PARTS].sort());
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

  describe('disclosures', () => {
    it('closes every sub-part at first, behind a button inside its sub-heading that controls its panel', async () => {
      const data = await getRole('security-technician');
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      const buttons = toggles(el);
      expect(buttons).to.have.length(5);
      buttons.forEach((button, i) => {
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.parentElement!.getAttribute('part')).to.equal('subheading');
        expect(clean(button)).to.equal(TECHNICIAN_LABELS[i]);
        const panel = panelOf(el, button);
        expect(panel.hidden).to.equal(true);
        expect(isShown(panel)).to.equal(false);
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      });
      expect(part(el, 'base')!.innerText).not.to.contain(data.challenges!.paragraphs[0]!.slice(0, 40));
      expect(new Set(buttons.map((button) => button.getAttribute('aria-controls'))).size).to.equal(5);
      await expectAccessibleInBothThemes(el);
    });

    it('opens and closes from the keyboard: Tab, Enter, Space, Tab on, Shift+Tab back', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <job-market role-id="security-technician"></job-market>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('job-market')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const [first, second] = toggles(el);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const panel = panelOf(el, first!);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel)).to.equal(true);
      expect(part(el, 'base')!.innerText).to.contain('Demand for capable technicians is strong');
      expect(el.shadowRoot!.activeElement).to.equal(first);

      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel)).to.equal(false);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('passes axe in light and dark with every sub-part open', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(parts(el, 'panel').every((panel) => isShown(panel))).to.equal(true);
      await expectAccessibleInBothThemes(el);
    });

    it('starts closed again when the role changes', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      await open(el, 'relatedTerms');
      await open(el, 'challenges');
      el.roleId = 'security-systems-technician';
      await settled(el);
      await el.updateComplete;
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(toggles(el).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'false',
        'false',
      ]);
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-systems-technician');
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<JobMarket>(
        html`<job-market role-id="security-engineer" .roleData=${data}></job-market>`,
      );
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-systems-technician',
        title: 'Security Systems Technician',
        source: 'role-data',
      });
      expect(shownParts(el)).to.have.length(4);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Security Engineer',
        source: 'role-id',
      });
      await el.updateComplete;
      expect(clean(part(el, 'message'))).to.equal('No job market information is published for Security Engineer.');
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<JobMarket>(html`<job-market src="/__cw/role/security-technician"></job-market>`);
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      const panel = await open(el, 'relatedTerms');
      expect(panel.querySelectorAll('dt')).to.have.length(5);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-technician">
            <section><job-market></job-market></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('job-market')!);
      expect(el.loadedRole?.id).to.equal('security-technician');
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-systems-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-systems-technician', source: 'context' });
      await el.updateComplete;
      expect(shownParts(el)).to.have.length(4);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <job-market src=${STALLING_URL}></job-market>
          <job-market role-id="security-technician"></job-market>
          <job-market role-id="security-engineer"></job-market>
        </div>`,
      );
      const [loading, ready, absent] = [...container.querySelectorAll('job-market')];
      await loading!.updateComplete;
      await settled(ready!);
      await settled(absent!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading'))).to.equal('Job market');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton.toggle-shape').length).to.equal(5);
      const height = ready!.getBoundingClientRect().height;
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(height, 2);
      // The absent message keeps the same space too.
      expect(absent!.getBoundingClientRect().height).to.be.closeTo(height, 2);
      loading!.style.setProperty('--cw-job-market-min-height', '30em');
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
        data.relatedTerms!.items[1]!.description = '';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<JobMarket>(html`<job-market .roleData=${data}></job-market>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('relatedTerms.items.1.description');
        expect(textOf(el)).to.contain('is not valid');
        expect(clean(part(el, 'heading'))).to.equal('Job market');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('relatedTerms.items.1.description');
        expect(warnings.messages.find((m) => m.includes('relatedTerms.items.1.description'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<JobMarket>(html`<job-market></job-market>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    it('is readable at 280px with everything open: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><job-market role-id="security-technician"></job-market></div>`,
      );
      const el = await settled(wrapper.querySelector('job-market')!);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('dt, dd, p, button')) {
        expect(node.getBoundingClientRect().right, clean(node).slice(0, 40)).to.be.at.most(
          base.getBoundingClientRect().right,
        );
      }
    });

    it('uses heading-level for its heading and the sub-headings below it', async () => {
      const el = await render<JobMarket>(
        html`<job-market role-id="security-technician" heading-level="2"></job-market>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h6');
      expect(part(el, 'subheading')!.localName).to.equal('h6');
      const plain = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(part(plain, 'heading')!.localName).to.equal('h3');
      expect(part(plain, 'subheading')!.localName).to.equal('h4');
    });

    it('follows the theme and its custom properties', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician" theme="light"></job-market>`);
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-job-market-divider-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'part')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--cw-job-market-toggle-color', 'rgb(4, 5, 6)');
      const panel = await open(el, 'relatedTerms');
      expect(getComputedStyle(panel.querySelector('.entry')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><job-market role-id="security-technician"></job-market></div>`,
        );
        const el = await settled(wrapper.querySelector('job-market')!);
        const panel = await open(el, 'relatedTerms');
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(toggles(el)[0]!)).to.equal(16);
        expect(size(panel.querySelector('dd')!)).to.equal(16);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('keeps the boxes and lines visible in forced-colours mode', async () => {
      const el = await render<JobMarket>(html`<job-market role-id="security-technician"></job-market>`);
      expect(forcedColorSelectors(el)).to.include('.part, .entry');
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="part"]')) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        }
        const chevron = getComputedStyle(el.shadowRoot!.querySelector('.chevron')!);
        expect(chevron.borderBottomStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: JobMarket = document.createElement('job-market');
    expect(el).to.be.instanceOf(customElements.get('job-market')!);
  });
});
