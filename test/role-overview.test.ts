import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/role-overview';
import type { RoleOverview } from '../src/components/role-overview/role-overview.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  clean as text,
  clickToggle,
  detailsOf,
  emulate,
  expectAccessibleInBothThemes,
  isShown,
  nextEvent,
  part,
  panelOf,
  parts,
  queuedTasksDone,
  render,
  renderAtWidths,
  renderBetweenButtons,
  renderInside,
  roleCopy,
  settled,
  textOf,
} from './helpers.js';

const TECHNICIAN_SOURCES =
  'Sources: Jobicy, “Security Technician Career Path Guide”; ' +
  '“Security Technician Job Description: Roles, Responsibilities, and Key Skills” (March 23, 2025)';

const paragraphs = (node: Element | null) => [...(node?.querySelectorAll('p') ?? [])].map(text);

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
const toggle = (el: RoleOverview) => el.shadowRoot!.querySelector<HTMLElement>('details > summary[part~="toggle"]');
/** Whether the rest of the responsibilities is open. */
const isOpen = (el: RoleOverview) => detailsOf(toggle(el)!).open;
const subheadings = (el: RoleOverview) => parts(el, 'subheading').map(text);

describe('<role-overview>', () => {
  describeElement('role-overview', {
    heading: 'Role overview',
    headingFor: (title) => title,
    absentMessage: (title) => `No overview is published for ${title}.`,
    content: ['figures', 'summary', 'responsibilities'],
    loads: ['summary', 'headline', 'coreFunctions', 'responsibilities', 'workSetting', 'salary'],
    // A salary band alone is not an overview.
    absent: [{ roleId: 'security-engineer', without: ['summary', 'coreFunctions', 'responsibilities'] }],
    invalid: { alter: (role) => (role.headline!.growthRatePercent = 5000), path: 'headline.growthRatePercent' },
    expand: async (el) => {
      await clickToggle(toggle(el)!);
      await el.updateComplete;
    },
    parts: [
      'base',
      'core-functions',
      'figure',
      'figures',
      'heading',
      'responsibilities',
      'sources',
      'subheading',
      'summary',
      'toggle',
      'work-setting',
    ],
    subheadings: 3,
    skeleton: { selector: '.skeleton.figure-shape', count: 3 },
    styleHooks: [
      { property: '--cw-role-overview-figure-background', selector: '[part~="figure"]', style: 'backgroundColor' },
      { property: '--cw-role-overview-figure-accent', selector: '[part~="figure"]', style: 'borderInlineStartColor' },
    ],
    forcedColors: { selectors: ['.figure'], outlined: ['[part~="figure"]', '[part~="toggle"]'] },
    textSizes: { '[part~="summary"]': 16, '[part~="figure"] dd': 20 },
    focusable: true,
  });

  describe('overviews from the sources', () => {
    it('shows the Security Technician overview exactly: title, summary, figures, parts and sources', async () => {
      const data = await getRole('security-technician');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
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
      expect(text(toggle(el))).to.equal('14 more responsibilities');
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
      expect(text(toggle(el))).to.equal('3 more responsibilities');
      expect(part(el, 'work-setting')).to.equal(null);
      expect(text(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description: Top Duties and Qualifications”');
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
      expect(text(toggle(el))).to.equal('10 more responsibilities');
      expect(text(part(el, 'sources'))).to.equal('Source: A web page on the Security Systems Technician career (it names no publisher or title)');
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
      const el = await renderInside<RoleOverview>('role-overview', { roleId: 'security-technician' }, { lang: 'de' });
      const shown = figures(el);
      expect(shown['Beschäftigungswachstum']).to.match(/^7\s%$/);
      expect(shown['Mediangehalt']).to.match(/^60\.000\s\$ pro Jahr$/);
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
    it('shows the first five, and the rest in a native <details> whose summary says how many more', async () => {
      const data = await getRole('security-technician');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      const summary = toggle(el)!;
      const details = detailsOf(summary);
      expect(details.open).to.equal(false);
      expect(part(el, 'responsibilities')!.contains(details)).to.equal(true);
      // The summary is the button: no ARIA state of its own, nothing interactive inside it.
      expect(summary.hasAttribute('aria-expanded')).to.equal(false);
      expect(summary.querySelector('a, button, input, details, [tabindex]')).to.equal(null);
      // Every responsibility is in the page; those after the fifth are not rendered while closed.
      const rest = panelOf(summary);
      expect(rest.localName).to.equal('ul');
      expect([...rest.children].map(text)).to.deep.equal(data.responsibilities!.items.slice(5));
      expect(isShown(rest)).to.equal(false);
      expect(part(el, 'responsibilities')!.innerText).not.to.contain(data.responsibilities!.items[5]);
      expect(responsibilities(el).shown).to.deep.equal(data.responsibilities!.items.slice(0, 5));
      await expectAccessibleInBothThemes(el);
    });

    it('shows every responsibility on click, and the first five again, with cw-responsibilities-toggle', async () => {
      const data = await getRole('security-technician');
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      const summary = toggle(el)!;

      const opened = nextEvent(el, 'cw-responsibilities-toggle');
      summary.click();
      expect((await opened).detail).to.deep.equal({ expanded: true, total: 19 });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      // The summary says the same open or closed: the state is the disclosure's own.
      expect(text(summary)).to.equal('14 more responsibilities');
      expect(responsibilities(el).shown).to.deep.equal(data.responsibilities!.items);

      const closed = nextEvent(el, 'cw-responsibilities-toggle');
      summary.click();
      expect((await closed).detail).to.deep.equal({ expanded: false, total: 19 });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(responsibilities(el).shown).to.have.length(5);
    });

    it('works from the keyboard: Tab reaches the summary, Enter and Space toggle it, focus stays and is visible', async () => {
      const { before, el } = await renderBetweenButtons<RoleOverview>('role-overview', {
        roleId: 'security-technician',
      });
      before.focus();
      await sendKeys({ press: 'Tab' });
      const summary = toggle(el)!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(summary).outlineStyle).to.equal('solid');

      const opened = nextEvent(el, 'cw-responsibilities-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.expanded).to.equal(true);
      await el.updateComplete;
      expect(responsibilities(el).shown).to.have.length(19);
      expect(el.shadowRoot!.activeElement).to.equal(summary);

      const closed = nextEvent(el, 'cw-responsibilities-toggle');
      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      expect((await closed).detail.expanded).to.equal(false);
      await el.updateComplete;
      expect(responsibilities(el).shown).to.have.length(5);
      expect(isOpen(el)).to.equal(false);

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement).to.equal(before);
    });

    describe('chevron', () => {
      /** The summary's chevron, its rotation, and a toggle that ends the chevron's turn and says whether it was animated. */
      const chevronOf = (el: RoleOverview) => {
        const summary = toggle(el)!;
        const chevron = summary.querySelector<HTMLElement>('.chevron')!;
        return {
          rotation: () => getComputedStyle(chevron).rotate,
          turn: async () => {
            await clickToggle(summary);
            const animations = chevron.getAnimations();
            for (const animation of animations) animation.finish();
            return animations.length > 0;
          },
        };
      };

      it('points along the line while closed and turns to point down when open, mirrored right to left', async () => {
        const el = await render<RoleOverview>(html`<role-overview role-id="security-engineer"></role-overview>`);
        const { rotation, turn } = chevronOf(el);
        expect(rotation()).to.equal('-45deg');
        expect(await turn()).to.equal(true);
        expect(rotation()).to.equal('45deg');
        expect(await turn()).to.equal(true);
        expect(rotation()).to.equal('-45deg');
        const rtl = await render<RoleOverview>(
          html`<role-overview dir="rtl" role-id="security-engineer"></role-overview>`,
        );
        const mirrored = chevronOf(rtl);
        expect(mirrored.rotation()).to.equal('45deg');
        await mirrored.turn();
        expect(mirrored.rotation()).to.equal('-45deg');
      });

      describe('with reduced motion', () => {
        afterEach(async () => {
          await emulate([]);
        });

        it('turns at once', async function () {
          // Only Chromium can emulate the preference; the rule is in base/styles.ts.
          if (!(await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
          const el = await render<RoleOverview>(html`<role-overview role-id="security-engineer"></role-overview>`);
          const { rotation, turn } = chevronOf(el);
          expect(await turn()).to.equal(false);
          expect(rotation()).to.equal('45deg');
        });
      });
    });

    it('keeps what the reader opened when the overview renders again', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      const summary = toggle(el)!;
      await clickToggle(summary);
      el.headingLevel = 4;
      el.theme = 'dark';
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(toggle(el)).to.equal(summary);
      expect(isOpen(el)).to.equal(true);
      expect(responsibilities(el).shown).to.have.length(19);
    });

    it('is a target of at least 24 by 24 CSS pixels', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-engineer"></role-overview>`);
      const box = toggle(el)!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('shows a short list whole, without a disclosure', async () => {
      const data = await roleCopy('security-engineer');
      data.responsibilities!.items = data.responsibilities!.items.slice(0, 6);
      const el = await render<RoleOverview>(html`<role-overview .roleData=${data}></role-overview>`);
      expect(responsibilities(el).shown).to.deep.equal(data.responsibilities!.items);
      expect(toggle(el)).to.equal(null);
      expect(part(el, 'responsibilities')!.querySelector('details')).to.equal(null);
    });

    it('starts collapsed again for another role, reporting nothing', async () => {
      const el = await render<RoleOverview>(html`<role-overview role-id="security-technician"></role-overview>`);
      await clickToggle(toggle(el)!);
      expect(responsibilities(el).shown).to.have.length(19);
      const events: Event[] = [];
      el.addEventListener('cw-responsibilities-toggle', (event) => events.push(event));
      el.roleId = 'security-systems-technician';
      await settled(el);
      await el.updateComplete;
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(isOpen(el)).to.equal(false);
      expect(responsibilities(el).shown).to.have.length(5);
      await queuedTasksDone();
      expect(events).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('sets the figures side by side when wide and one a row when narrow, with prose at most 48em wide', async () => {
      const [narrow, wide] = await renderAtWidths<RoleOverview>('role-overview', [280, 800], {
        roleId: 'security-technician',
      });
      const boxes = (el: RoleOverview) => parts(el, 'figure').map((node) => node.getBoundingClientRect());
      const [n1, n2, n3] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      expect(n3!.top).to.be.at.least(n2!.bottom);
      const [w1, w2, w3] = boxes(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w3!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
      // The text stays readable: prose lines no longer than 48em.
      const wideText = part(wide!, 'core-functions')!;
      const em = parseFloat(getComputedStyle(wideText).fontSize);
      expect(wideText.getBoundingClientRect().width).to.be.at.most(48 * em + 1);
    });
  });
});
