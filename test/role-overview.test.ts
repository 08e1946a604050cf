import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/role-overview.js';
import '../src/define/career-role.js';
import type { RoleOverview } from '../src/components/role-overview/role-overview.js';
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

const TECHNICIAN_SOURCES =
  'Sources: Jobicy, “Security Technician Career Path Guide”; U.S. Bureau of Labor Statistics; ' +
  '“Security Technician Job Description: Roles, Responsibilities & Key Skills” (March 23, 2025)';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: RoleOverview, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: RoleOverview, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const paragraphs = (node: Element | null) => [...(node?.querySelectorAll('p') ?? [])].map(text);
const isShown = (node: HTMLElement) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;

/** The headline figures, label → value. */
const figures = (el: RoleOverview) =>
  Object.fromEntries(
    parts(el, 'figure').map((figure) => [text(figure.querySelector('dt')), text(figure.querySelector('dd'))]),
  );

/** The responsibilities: every item, and those shown now. */
const responsibilities = (el: RoleOverview) => {
  const items = [...(part(el, 'responsibilities')?.querySelectorAll<HTMLLIElement>('ul > li') ?? [])];
  return { all: items.map(text), shown: items.filter(isShown).map(text) };
};
const toggle = (el: RoleOverview) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="toggle"]');
const subheadings = (el: RoleOverview) => parts(el, 'subheading').map(text);

describe('<role-overview>', () => {
  describe('overviews from the sources', () => {
    it('shows the Security Technician overview exactly: title, summary, figures, parts and sources', async () => {
      const data = await getRole('security-technician');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      expect(el.state).to.equal('ready');
      expect(text(part(el, 'heading'))).to.equal('Security Technician');
      expect(paragraphs(part(el, 'summary'))).to.deep.equal(data.summary);
      expect(figures(el)).to.deep.equal({
        'Job growth': '7%',
        'Median salary': '$60,000 per year',
        'Remote work': 'Remote-friendly',
      });
      expect(subheadings(el)).to.deep.equal(['Core functions', 'Key responsibilities', 'Work setting']);
      expect(paragraphs(part(el, 'core-functions'))).to.deep.equal(data.coreFunctions!.paragraphs);
      expect(paragraphs(part(el, 'work-setting'))).to.deep.equal(data.workSetting!.paragraphs);
      const list = responsibilities(el);
      expect(list.all).to.deep.equal(data.responsibilities!.items);
      expect(list.all).to.have.length(19);
      expect(list.shown).to.deep.equal(data.responsibilities!.items.slice(0, 5));
      expect(text(toggle(el))).to.equal('Show all 19 responsibilities');
      expect(text(part(el, 'sources'))).to.equal(TECHNICIAN_SOURCES);
      await expectAccessibleInBothThemes(el);
    });

    it('calls the Security Engineer salary an average, taken from the salary band, and shows no growth rate', async () => {
      const data = await getRole('security-engineer');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-engineer"></role-overview>`);
      expect(text(part(el, 'heading'))).to.equal('Security Engineer');
      expect(paragraphs(part(el, 'summary'))).to.deep.equal(data.summary);
      expect(figures(el)).to.deep.equal({ 'Average salary': '$105,934 per year' });
      expect(textOf(el)).to.contain('Average salary $105,934');
      expect(textOf(el)).not.to.match(/median|growth|remote/i);
      expect(subheadings(el)).to.deep.equal(['Core functions', 'Key responsibilities']);
      expect(paragraphs(part(el, 'core-functions'))).to.deep.equal(data.coreFunctions!.paragraphs);
      expect(responsibilities(el).all).to.deep.equal(data.responsibilities!.items);
      expect(responsibilities(el).shown).to.have.length(5);
      expect(text(toggle(el))).to.equal('Show all 8 responsibilities');
      expect(part(el, 'work-setting')).to.equal(null);
      expect(text(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description”');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the Security Systems Technician parts without a summary or figures (present, not absent)', async () => {
      const data = await getRole('security-systems-technician');
      const el = await render<RoleOverview>(
        html`<role-overview role-id="security-systems-technician"></role-overview>`,
      );
      expect(el.shadowRoot!.querySelector('.state-absent')).to.equal(null);
      expect(text(part(el, 'heading'))).to.equal('Security Systems Technician');
      expect(part(el, 'summary')).to.equal(null);
      expect(part(el, 'figures')).to.equal(null);
      expect(subheadings(el)).to.deep.equal(['Core functions', 'Key responsibilities', 'Work setting']);
      expect(paragraphs(part(el, 'core-functions'))).to.deep.equal(data.coreFunctions!.paragraphs);
      expect(paragraphs(part(el, 'work-setting'))).to.deep.equal(data.workSetting!.paragraphs);
      expect(responsibilities(el).all).to.have.length(15);
      expect(text(toggle(el))).to.equal('Show all 15 responsibilities');
      expect(text(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Systems Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    it('says so when a role has none of its parts, a salary band alone not being an overview', async () => {
      const data = await roleCopy('security-engineer');
      delete data.summary;
      delete data.coreFunctions;
      delete data.responsibilities;
      const el = await render<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
      expect(el.state).to.equal('ready');
      expect(data.salary).to.exist;
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(text(part(el, 'heading'))).to.equal('Security Engineer');
      expect(text(part(el, 'message'))).to.equal('No overview is published for Security Engineer.');
      expect(part(el, 'figures')).to.equal(null);
      await expectAccessibleInBothThemes(el);
    });

    it('labels the headline figure by its kind, falls back to the band, and says when a role is not remote-friendly', async () => {
      const data = await roleCopy('security-technician');
      data.headline!.remoteFriendly = false;
      data.headline!.salary!.kind = 'average';
      data.salary!.central.kind = 'average';
      const el = await render<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
      expect(figures(el)).to.deep.equal({
        'Job growth': '7%',
        'Average salary': '$60,000 per year',
        'Remote work': 'Not remote-friendly',
      });

      const noHeadlineSalary = await roleCopy('security-technician');
      delete noHeadlineSalary.headline!.salary;
      delete noHeadlineSalary.headline!.remoteFriendly;
      noHeadlineSalary.headline!.sources = ['bls'];
      noHeadlineSalary.coreFunctions!.sources = ['bls'];
      noHeadlineSalary.responsibilities!.sources = ['bls'];
      noHeadlineSalary.workSetting!.sources = ['bls'];
      el.roleData = noHeadlineSalary;
      await settled(el);
      expect(figures(el)).to.deep.equal({ 'Job growth': '7%', 'Median salary': '$60,000 per year' });
      // The band's figure brings the band's source into the small print.
      expect(text(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; U.S. Bureau of Labor Statistics',
      );

      const euro = await roleCopy('security-engineer');
      euro.salary!.currency = 'EUR';
      el.roleData = euro;
      await settled(el);
      expect(figures(el)).to.deep.equal({ 'Average salary': '€105,934 per year' });
    });

    it('formats figures in the element language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><role-overview role-id="security-technician"></role-overview></div>`,
      );
      const el = await settled(wrapper.querySelector('role-overview')!);
      const shown = figures(el);
      expect(shown['Job growth']).to.match(/^7\s%$/);
      expect(shown['Median salary']).to.match(/^60\.000\s\$ per year$/);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.summary = ['<img src=x onerror="window.cwInjected=1">Hello'];
      data.responsibilities!.items = ['<b>Bold</b> claim'];
      const el = await render<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(paragraphs(part(el, 'summary'))).to.deep.equal(['<img src=x onerror="window.cwInjected=1">Hello']);
      expect(responsibilities(el).shown).to.deep.equal(['<b>Bold</b> claim']);
    });
  });

  describe('responsibilities disclosure', () => {
    it('shows every responsibility on click, and the first five again, with aria-expanded and cw-responsibilities-toggle', async () => {
      const data = await getRole('security-technician');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      const button = toggle(el)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const list = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(list.localName).to.equal('ul');
      expect(part(el, 'responsibilities')!.contains(list)).to.equal(true);

      const opened = nextEvent(el, 'cw-responsibilities-toggle');
      button.click();
      expect((await opened).detail).to.deep.equal({ expanded: true, total: 19 });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Show fewer responsibilities');
      expect(responsibilities(el).shown).to.deep.equal(data.responsibilities!.items);
      await expectAccessibleInBothThemes(el);

      const closed = nextEvent(el, 'cw-responsibilities-toggle');
      button.click();
      expect((await closed).detail).to.deep.equal({ expanded: false, total: 19 });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(responsibilities(el).shown).to.have.length(5);
    });

    it('works from the keyboard: Tab reaches the button, Enter and Space toggle it, focus stays and is visible', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <role-overview role-id="security-technician"></role-overview>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('role-overview')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = toggle(el)!;
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');

      const opened = nextEvent(el, 'cw-responsibilities-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.expanded).to.equal(true);
      await el.updateComplete;
      expect(responsibilities(el).shown).to.have.length(19);
      expect(el.shadowRoot!.activeElement).to.equal(button);

      const closed = nextEvent(el, 'cw-responsibilities-toggle');
      await sendKeys({ press: ' ' });
      expect((await closed).detail.expanded).to.equal(false);
      await el.updateComplete;
      expect(responsibilities(el).shown).to.have.length(5);
      expect(button.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement!.id).to.equal('before');
    });

    it('is a target of at least 24 by 24 CSS pixels', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-engineer"></role-overview>`);
      const box = toggle(el)!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('shows a short list whole, without a button', async () => {
      const data = await roleCopy('security-engineer');
      data.responsibilities!.items = data.responsibilities!.items.slice(0, 6);
      const el = await render<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
      expect(responsibilities(el).shown).to.deep.equal(data.responsibilities!.items);
      expect(toggle(el)).to.equal(null);
    });

    it('starts collapsed again for another role', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      toggle(el)!.click();
      await el.updateComplete;
      expect(responsibilities(el).shown).to.have.length(19);
      el.roleId = 'security-systems-technician';
      await settled(el);
      await el.updateComplete;
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(responsibilities(el).shown).to.have.length(5);
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-engineer');
      data.title = 'Platform Security Engineer';
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<RoleOverview>(
        html`<role-overview role-id="security-technician" .roleData=${data}></role-overview>`,
      );
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Platform Security Engineer',
        source: 'role-data',
      });
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Platform Security Engineer');
      expect(figures(el)).to.deep.equal({ 'Average salary': '$105,934 per year' });
    });

    it('takes role-id, loading its parts and the salary band only, and follows changes', async () => {
      const el = await render<RoleOverview>(
        html`<role-overview role-id="security-engineer" src=${STALLING_URL}></role-overview>`,
      );
      expect(Object.keys(el.loadedRole!).sort()).to.deep.equal([
        'coreFunctions',
        'id',
        'responsibilities',
        'salary',
        'sources',
        'summary',
        'title',
      ]);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-technician', source: 'role-id' });
      await el.updateComplete;
      expect(figures(el)['Median salary']).to.equal('$60,000 per year');
      expect(Object.keys(el.loadedRole!)).not.to.include('jobOutlook');
      expect(Object.keys(el.loadedRole!)).not.to.include('faq');
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<RoleOverview>(
        html`<role-overview src="/__cw/role/security-technician"></role-overview>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(text(part(el, 'heading'))).to.equal('Security Technician');
      expect(figures(el)['Job growth']).to.equal('7%');
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<CareerRole>(
        html`<career-role role-id="security-engineer"
          ><article><role-overview></role-overview></article
        ></career-role>`,
      );
      const el = await settled(wrapper.querySelector('role-overview')!);
      expect(figures(el)).to.deep.equal({ 'Average salary': '$105,934 per year' });
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.roleId = 'security-systems-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-systems-technician', source: 'context' });
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Security Systems Technician');
      expect(part(el, 'figures')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready one at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <role-overview src=${STALLING_URL}></role-overview>
          <role-overview role-id="security-technician"></role-overview>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('role-overview')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(text(part(loading!, 'heading'))).to.equal('Role overview');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton.figure-shape')).to.have.length(3);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height when absent or failed, and lets a custom property change it', async () => {
      const warnings = captureWarnings();
      try {
        const absentData = await roleCopy('security-engineer');
        delete absentData.summary;
        delete absentData.coreFunctions;
        delete absentData.responsibilities;
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <role-overview role-id="security-technician"></role-overview>
            <role-overview .roleData=${absentData}></role-overview>
            <role-overview role-id="astronaut"></role-overview>
          </div>`,
        );
        const els = [...container.querySelectorAll('role-overview')];
        await Promise.all(els.map((el) => settled(el)));
        expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'error']);
        expect(textOf(els[2]!)).to.contain('There is no career role called “astronaut”.');
        const [ready, absent, failed] = els.map((el) => el.getBoundingClientRect().height);
        expect(absent).to.be.closeTo(ready!, 2);
        expect(failed).to.be.closeTo(ready!, 2);
        els[1]!.style.setProperty('--cw-role-overview-min-height', '20em');
        const em = parseFloat(getComputedStyle(els[1]!).fontSize);
        expect(els[1]!.getBoundingClientRect().height).to.be.closeTo(20 * em, 1);
      } finally {
        warnings.restore();
      }
    });

    it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.headline!.growthRatePercent = 5000;
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('headline.growthRatePercent');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('headline.growthRatePercent');
        expect(warnings.messages.some((m) => m.includes('headline.growthRatePercent'))).to.equal(true);
        expect(part(el, 'figures')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<RoleOverview>(html`<role-overview></role-overview>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      expect(text(part(el, 'heading'))).to.equal('Role overview');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('uses heading-level for its heading and one level below for each part', async () => {
      const el = await render<RoleOverview>(
        html`<role-overview role-id="security-technician" heading-level="2"></role-overview>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((node) => node.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      const plain = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      expect(part(plain, 'heading')!.localName).to.equal('h3');
      expect(parts(plain, 'subheading').map((node) => node.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    });

    it('sets the figures side by side when wide and one a row when narrow, never overflowing 280px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 280px"><role-overview role-id="security-technician"></role-overview></div>
          <div style="width: 800px"><role-overview role-id="security-technician"></role-overview></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('role-overview')];
      await settled(narrow!);
      await settled(wide!);
      const boxes = (el: RoleOverview) => parts(el, 'figure').map((node) => node.getBoundingClientRect());
      const [n1, n2, n3] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      expect(n3!.top).to.be.at.least(n2!.bottom);
      const [w1, w2, w3] = boxes(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w3!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
      const base = part(narrow!, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      // The text stays readable: prose lines no longer than 48em.
      const wideText = part(wide!, 'core-functions')!;
      const em = parseFloat(getComputedStyle(wideText).fontSize);
      expect(wideText.getBoundingClientRect().width).to.be.at.most(48 * em + 1);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<RoleOverview>(
        html`<role-overview role-id="security-technician" theme="light"></role-overview>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-role-overview-figure-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-role-overview-figure-accent', 'rgb(4, 5, 6)');
      const figure = getComputedStyle(part(el, 'figure')!);
      expect(figure.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(figure.borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('keeps the figure boxes and the button visible in forced-colours mode', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      expect(mediaSelectors(el, 'forced-colors')).to.include.members(['.figure']);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const figure = getComputedStyle(part(el, 'figure')!);
        expect(figure.borderTopStyle).to.equal('solid');
        expect(parseFloat(figure.borderTopWidth)).to.be.greaterThan(0);
        expect(parseFloat(getComputedStyle(toggle(el)!).borderTopWidth)).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      }
    });

    it('never uses a style attribute string (strict CSP)', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      toggle(el)!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><role-overview role-id="security-technician"></role-overview></div>`,
        );
        const el = await settled(wrapper.querySelector('role-overview')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'summary')!)).to.equal(16);
        expect(size(part(el, 'figure')!.querySelector('dd')!)).to.equal(20);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: RoleOverview = document.createElement('role-overview');
    expect(el).to.be.instanceOf(customElements.get('role-overview')!);
  });
});
