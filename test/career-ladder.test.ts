import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/career-ladder';
import 'career-widgets-virtual/define/career-role';
import type { CareerLadder } from '../src/components/career-ladder/career-ladder.js';
import type { CwTierToggleEvent } from '../src/components/career-ladder/career-ladder.events.js';
import { describeElement } from './element-contract.js';
import {
  changeReporting,
  clean as text,
  clickToggle,
  detailsOf,
  expectAccessibleInBothThemes,
  isShown,
  nextEvent,
  openAll,
  openStates,
  panelOf,
  part,
  render,
  renderAtWidths,
  renderBetweenButtons,
  renderInside,
  renderReporting,
  roleCopy,
  settled,
  queuedTasksDone,
  textOf,
  toggles,
  warningsOfEachTest,
} from './helpers.js';

const TECHNICIAN_TIERS = [
  { title: 'Junior Security Technician', years: '0–2 years', pay: 'Entry level: $47,400 per year' },
  { title: 'Mid-level Security Technician', years: '3–5 years', pay: 'Mid level: $60,000 per year' },
  { title: 'Senior Security Technician', years: '6–10 years', pay: 'Senior level: $72,600 per year' },
  { title: 'Lead Security Technician / Supervisor', years: '10+ years', pay: null },
];

const tiers = (el: CareerLadder) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol[part~="tiers"] > li')];
const summary = (el: CareerLadder) =>
  tiers(el).map((tier) => ({
    title: text(tier.querySelector('[part~="subheading"]')),
    years: text(tier.querySelector('[part~="years"]')),
    pay: tier.querySelector('[part~="pay"]') ? text(tier.querySelector('[part~="pay"]')) : null,
  }));
const currentTiers = (el: CareerLadder) => tiers(el).filter((tier) => tier.hasAttribute('aria-current'));

describe('<career-ladder>', () => {
  describeElement('career-ladder', {
    heading: 'Career path',
    headingFor: (title) => `Career path: ${title}`,
    absentMessage: (title) => `No career tiers are published for ${title}.`,
    content: ['tiers'],
    loads: ['careerTiers', 'salary'],
    absent: [{ roleId: 'security-systems-technician' }, { roleId: 'security-engineer' }],
    invalid: {
      alter: (role) => (role.careerTiers!.tiers[1]!.yearsTo = 1),
      path: 'careerTiers.tiers.1.yearsTo',
    },
    // At its fullest: a current tier and every description open.
    expand: async (el) => {
      el.current = 2;
      await el.updateComplete;
      await openAll(el);
    },
    parts: [
      'badge',
      'base',
      'card',
      'current-tier',
      'description',
      'heading',
      'marker',
      'pay',
      'sources',
      'subheading',
      'tier',
      'tiers',
      'toggle',
      'years',
    ],
    subheadings: 4,
    // Placeholders shaped like the four steps, side by side at 800px.
    skeleton: { selector: '.skeleton-tiers > .tier', count: 4, sideBySide: true },
    styleHooks: [
      { property: '--cw-career-ladder-marker-color', selector: '[part~="marker"]', style: 'borderTopColor' },
      { property: '--cw-career-ladder-marker-color', selector: '[part~="badge"]', style: 'backgroundColor' },
      {
        property: '--cw-career-ladder-current-background',
        selector: '[aria-current] [part~="card"]',
        style: 'backgroundColor',
      },
    ],
    forcedColors: {
      selectors: ['.marker, .card, .badge', '.current .card'],
      outlined: ['[part~="card"]', '[part~="marker"]'],
    },
    focusable: true,
  });

  describe('tiers from the sources', () => {
    it('shows the Security Technician tiers in order: titles, years and salary levels', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      expect(el.state).to.equal('ready');
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
      expect(text(part(el, 'heading'))).to.equal('Career path: Security Technician');
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      expect(currentTiers(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part~="badge"]')).to.equal(null);
    });

    it('is an ordered list, so each tier is announced with its position', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const list = part(el, 'tiers')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('role')).to.equal('list');
      expect([...list.children].map((child) => child.localName)).to.deep.equal(['li', 'li', 'li', 'li']);
      // The visible step numbers are decorative; the list carries the position.
      const markers = [...el.shadowRoot!.querySelectorAll('[part~="marker"]')];
      expect(markers.map((marker) => text(marker))).to.deep.equal(['1', '2', '3', '4']);
      expect(markers.every((marker) => marker.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });

    it('shows pay only for tiers tied to a salary level, and none without a band', async () => {
      const data = await roleCopy('security-technician');
      delete data.careerTiers!.tiers[1]!.salaryLevel;
      const el = await render<CareerLadder>(html`<career-ladder .roleData=${data}></career-ladder>`);
      expect(summary(el).map((tier) => tier.pay)).to.deep.equal([
        'Entry level: $47,400 per year',
        null,
        'Senior level: $72,600 per year',
        null,
      ]);
      const noBand = await roleCopy('security-technician');
      delete noBand.salary;
      delete noBand.headline;
      for (const tier of noBand.careerTiers!.tiers) delete tier.salaryLevel;
      el.roleData = noBand;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="pay"]')).to.equal(null);
      expect(summary(el).map((tier) => tier.years)).to.deep.equal(TECHNICIAN_TIERS.map((tier) => tier.years));
    });

    it('writes a single year and an open-ended tier in words', async () => {
      const data = await roleCopy('security-technician');
      data.careerTiers!.tiers = [
        { title: 'Apprentice', yearsFrom: 1, yearsTo: 1, description: 'One year of training.' },
        { title: 'Technician', yearsFrom: 2, yearsTo: 2, description: 'A second year.' },
        { title: 'Master', yearsFrom: 3, yearsTo: null, description: 'Open-ended.' },
      ];
      const el = await render<CareerLadder>(html`<career-ladder .roleData=${data}></career-ladder>`);
      expect(summary(el).map((tier) => tier.years)).to.deep.equal(['1 year', '2 years', '3+ years']);
    });

    it('formats numbers and money in the element language', async () => {
      const el = await renderInside<CareerLadder>('career-ladder', { roleId: 'security-technician' }, { lang: 'de' });
      expect(summary(el)[0]!.pay).to.match(/^Einstiegsniveau: 47\.400\s?\$ pro Jahr$/);
      const ar = await renderInside<CareerLadder>(
        'career-ladder',
        { roleId: 'security-technician' },
        { lang: 'ar-EG' },
      );
      expect(summary(ar).map((tier) => tier.years)).to.deep.equal([
        '٠–٢ years',
        '٣–٥ years',
        '٦–١٠ years',
        '١٠+ years',
      ]);
      expect(text(ar.shadowRoot!.querySelector('[part~="marker"]'))).to.equal('١');
    });
  });

  describe('descriptions', () => {
    it('collapses every description by default: a native <details> whose summary names its tier', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const summaries = toggles(el);
      expect(summaries).to.have.length(4);
      summaries.forEach((summary, i) => {
        expect(text(summary)).to.equal('Description');
        expect(detailsOf(summary).open).to.equal(false);
        // The summary is the button: no ARIA state of its own, nothing interactive inside it.
        expect(summary.hasAttribute('aria-expanded')).to.equal(false);
        expect(summary.querySelector('a, button, input, details, [tabindex]')).to.equal(null);
        const region = panelOf(summary);
        expect(region.getAttribute('part')).to.equal('description');
        expect(isShown(region)).to.equal(false);
        // The summary names its tier for screen readers that reach it on its own.
        const describedBy = el.shadowRoot!.getElementById(summary.getAttribute('aria-describedby')!);
        expect(text(describedBy)).to.equal(TECHNICIAN_TIERS[i]!.title);
        // At least 24 by 24 CSS pixels (WCAG 2.5.8).
        const box = summary.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      });
      await expectAccessibleInBothThemes(el);
    });

    it('holds every description in the page while collapsed, without rendering it', async () => {
      const data = await roleCopy('security-technician');
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const descriptions = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="description"]');
      expect([...descriptions].map((description) => text(description))).to.deep.equal(
        data.careerTiers!.tiers.map((tier) => tier.description),
      );
      for (const description of descriptions) {
        expect(description.closest('details')!.open).to.equal(false);
        expect(isShown(description)).to.equal(false);
        expect(part(el, 'base')!.innerText).not.to.contain(text(description));
      }
    });

    it('expands and collapses from the keyboard: Tab to the first summary, Enter, then Space', async () => {
      const { before, el } = await renderBetweenButtons<CareerLadder>('career-ladder', {
        roleId: 'security-technician',
      });
      before.focus();
      await sendKeys({ press: 'Tab' });
      const first = toggles(el)[0]!;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(first.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      const region = panelOf(first);

      let toggled = nextEvent(el, 'cw-tier-toggle');
      await sendKeys({ press: 'Enter' });
      let { detail } = await toggled;
      await el.updateComplete;
      expect(detail).to.deep.equal({ index: 0, title: 'Junior Security Technician', expanded: true });
      expect(detailsOf(first).open).to.equal(true);
      expect(isShown(region)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(openStates(el)).to.deep.equal([true, false, false, false]);

      toggled = nextEvent(el, 'cw-tier-toggle');
      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      ({ detail } = await toggled);
      await el.updateComplete;
      expect(detail).to.deep.equal({ index: 0, title: 'Junior Security Technician', expanded: false });
      expect(detailsOf(first).open).to.equal(false);
      expect(isShown(region)).to.equal(false);
    });

    it('opens several tiers at once; the event bubbles to the page with each tier, once per change', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const events: CwTierToggleEvent[] = [];
      el.addEventListener('cw-tier-toggle', (event) => events.push(event));
      const [, second, , fourth] = toggles(el);
      const fromPage = nextEvent(document, 'cw-tier-toggle');
      second!.focus();
      second!.click();
      expect((await fromPage).detail).to.deep.equal({
        index: 1,
        title: 'Mid-level Security Technician',
        expanded: true,
      });
      const last = nextEvent(el, 'cw-tier-toggle');
      fourth!.click();
      expect((await last).detail).to.deep.equal({
        index: 3,
        title: 'Lead Security Technician / Supervisor',
        expanded: true,
      });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, true, false, true]);
      expect(text(panelOf(fourth!))).to.contain('Runs teams of technicians');
      expect(isShown(panelOf(fourth!))).to.equal(true);
      // Opened and closed again within one task: the browser reports no change, and neither does the ladder.
      const details = detailsOf(toggles(el)[0]!);
      const folded = nextEvent(details, 'toggle');
      details.open = true;
      details.open = false;
      await folded;
      expect(events.map((event) => event.detail.index)).to.deep.equal([1, 3]);
    });

    it('keeps what the reader opened when the ladder renders again', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const summaries = toggles(el);
      await clickToggle(summaries[2]!);
      el.current = 3;
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(currentTiers(el)).to.deep.equal([tiers(el)[2]]);
      toggles(el).forEach((summary, i) => expect(summary).to.equal(summaries[i]));
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(isShown(panelOf(summaries[2]!))).to.equal(true);
    });

    it('starts collapsed again when the role changes, reporting nothing', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      await clickToggle(toggles(el)[0]!);
      await clickToggle(toggles(el)[3]!);
      expect(openStates(el)).to.deep.equal([true, false, false, true]);
      const events: CwTierToggleEvent[] = [];
      el.addEventListener('cw-tier-toggle', (event) => events.push(event));
      const data = await roleCopy('security-technician');
      data.id = 'other-technician';
      el.roleData = data;
      await settled(el);
      expect(el.loadedRole?.id).to.equal('other-technician');
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(0);
      await queuedTasksDone();
      expect(events).to.deep.equal([]);
    });
  });

  describe('current tier', () => {
    it('highlights the tier at a step number from 1, as shown, with aria-current="step", a badge and a thicker border', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" current="2"></career-ladder>`,
      );
      const highlighted = currentTiers(el);
      expect(text(highlighted[0]!.querySelector('[part~="marker"]'))).to.equal('2');
      expect(highlighted).to.have.length(1);
      expect(highlighted[0]!.getAttribute('aria-current')).to.equal('step');
      expect(highlighted[0]).to.equal(tiers(el)[1]);
      expect(text(highlighted[0]!.querySelector('[part~="subheading"]'))).to.equal('Mid-level Security Technician');
      expect(text(highlighted[0]!.querySelector('[part~="badge"]'))).to.equal('Current');
      expect(el.shadowRoot!.querySelectorAll('[part~="badge"]')).to.have.length(1);
      expect(highlighted[0]!.getAttribute('part')).to.contain('current-tier');
      // A cue beyond colour: the current card's border is thicker than the others'.
      const border = (tier: Element) =>
        parseFloat(getComputedStyle(tier.querySelector('[part~="card"]')!).borderTopWidth);
      expect(border(highlighted[0]!)).to.be.at.least(border(tiers(el)[0]!) + 1.5);
      await expectAccessibleInBothThemes(el);
    });

    it('highlights the tier named by its title, in any case, and follows changes', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" current="senior SECURITY technician"></career-ladder>`,
      );
      expect(currentTiers(el)).to.deep.equal([tiers(el)[2]]);
      el.current = 'Lead Security Technician / Supervisor';
      await el.updateComplete;
      expect(currentTiers(el)).to.deep.equal([tiers(el)[3]]);
      expect(tiers(el)[2]!.hasAttribute('aria-current')).to.equal(false);
      el.setAttribute('current', '1');
      await el.updateComplete;
      expect(currentTiers(el)).to.deep.equal([tiers(el)[0]]);
      el.current = 3;
      await el.updateComplete;
      expect(currentTiers(el)).to.deep.equal([tiers(el)[2]]);
      el.removeAttribute('current');
      await el.updateComplete;
      expect(currentTiers(el)).to.have.length(0);
    });

    describe('that names no tier', () => {
      const warnings = warningsOfEachTest();

      it('is reported, with a warning and cw-error, and highlights nothing', async () => {
        const { el } = await renderReporting<CareerLadder>(
          'career-ladder',
          { roleId: 'security-technician', attributes: { current: '5' } },
          'current',
          warnings,
        );
        expect(currentTiers(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[part~="badge"]')).to.equal(null);
        await changeReporting(el, 'current', 'Astronaut', warnings);
        expect(currentTiers(el)).to.have.length(0);
        // Steps are numbered from 1, as the ladder shows them: there is no step 0.
        await changeReporting(el, 'current', '0', warnings);
        expect(currentTiers(el)).to.have.length(0);
        expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
      });
    });
  });

  describe('layout', () => {
    it('runs top to bottom in a narrow container and side by side in a wide one', async () => {
      const [narrow, wide] = await renderAtWidths<CareerLadder>('career-ladder', [320, 1000], {
        roleId: 'security-technician',
      });
      const boxes = (el: CareerLadder) => tiers(el).map((tier) => tier.getBoundingClientRect());
      const [n1, n2] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom - 1);
      expect(n2!.left).to.be.closeTo(n1!.left, 1);
      const wideBoxes = boxes(wide!);
      const [w1, w2] = wideBoxes;
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
      // Every step fits in the wide container, in order, without scrolling.
      expect(wideBoxes.map((box) => box.top)).to.deep.equal(wideBoxes.map(() => w1!.top));
      expect(wideBoxes[3]!.right).to.be.at.most(wide!.getBoundingClientRect().right);
      // The summaries of the wide ladder line up across the steps.
      const buttonTops = toggles(wide!).map((summary) => Math.round(summary.getBoundingClientRect().top));
      expect(new Set(buttonTops).size).to.equal(1);
    });
  });

  describe('roles from roleData and <career-role>', () => {
    it('shows the tiers of roleData', async () => {
      const data = await roleCopy('security-technician');
      data.title = 'Alarm Technician';
      data.careerTiers!.tiers = data.careerTiers!.tiers.slice(0, 2);
      const el = await render<CareerLadder>(html`<career-ladder .roleData=${data}></career-ladder>`);
      expect(text(part(el, 'heading'))).to.equal('Career path: Alarm Technician');
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS.slice(0, 2));
    });

    it('highlights the current tier of a role from <career-role>', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<career-role role-id="security-technician">
          <section><career-ladder current="4"></career-ladder></section>
        </career-role>`,
      );
      const el = await settled(wrapper.querySelector('career-ladder')!);
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
      expect(currentTiers(el)).to.deep.equal([tiers(el)[3]]);
    });
  });
});
