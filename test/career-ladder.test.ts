import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/career-ladder.js';
import '../src/define/career-role.js';
import type { CareerLadder } from '../src/components/career-ladder/career-ladder.js';
import type { CareerRole } from '../src/components/career-role/career-role.js';
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

const TECHNICIAN_TIERS = [
  { title: 'Junior Security Technician', years: '0–2 years', pay: 'Entry level: $47,400 per year' },
  { title: 'Mid-level Security Technician', years: '3–5 years', pay: 'Mid level: $60,000 per year' },
  { title: 'Senior Security Technician', years: '6–10 years', pay: 'Senior level: $72,600 per year' },
  { title: 'Lead Security Technician / Supervisor', years: '10+ years', pay: null },
];

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tiers = (el: CareerLadder) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol[part~="tiers"] > li')];
const toggles = (el: CareerLadder) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="toggle"]')];
const part = (el: CareerLadder, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const summary = (el: CareerLadder) =>
  tiers(el).map((tier) => ({
    title: text(tier.querySelector('[part~="subheading"]')),
    years: text(tier.querySelector('[part~="years"]')),
    pay: tier.querySelector('[part~="pay"]') ? text(tier.querySelector('[part~="pay"]')) : null,
  }));
/** The description region a toggle button controls, looked up through its aria-controls. */
const regionOf = (el: CareerLadder, button: HTMLButtonElement) => {
  const id = button.getAttribute('aria-controls');
  expect(id, 'aria-controls').to.be.a('string').and.not.be.empty;
  const region = el.shadowRoot!.getElementById(id!);
  expect(region, `#${id}`).to.exist;
  return region!;
};
const isShown = (node: HTMLElement) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
const currentTiers = (el: CareerLadder) => tiers(el).filter((tier) => tier.hasAttribute('aria-current'));

describe('<career-ladder>', () => {
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

    it('says so when a role publishes no career tiers (Security Systems Technician, Security Engineer)', async () => {
      for (const [id, title] of [
        ['security-systems-technician', 'Security Systems Technician'],
        ['security-engineer', 'Security Engineer'],
      ] as const) {
        const el = await render<CareerLadder>(html`<career-ladder role-id=${id}></career-ladder>`);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(text(part(el, 'heading'))).to.equal(`Career path: ${title}`);
        expect(text(part(el, 'message'))).to.equal(`No career tiers are published for ${title}.`);
        expect(part(el, 'tiers')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      }
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
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><career-ladder role-id="security-technician"></career-ladder></div>`,
      );
      const el = await settled(wrapper.querySelector('career-ladder')!);
      expect(summary(el)[0]!.pay).to.match(/^Entry level: 47\.400\s?\$ per year$/);
      const arabic = await fixture<HTMLDivElement>(
        html`<div lang="ar-EG"><career-ladder role-id="security-technician"></career-ladder></div>`,
      );
      const ar = await settled(arabic.querySelector('career-ladder')!);
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
    it('collapses every description by default behind a button that controls it', async () => {
      const data = await roleCopy('security-technician');
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      const buttons = toggles(el);
      expect(buttons).to.have.length(4);
      buttons.forEach((button, i) => {
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const region = regionOf(el, button);
        expect(region.hidden).to.equal(true);
        expect(isShown(region)).to.equal(false);
        expect(text(region)).to.equal(data.careerTiers!.tiers[i]!.description);
        // The button names its tier for screen readers that reach it on its own.
        const describedBy = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
        expect(text(describedBy)).to.equal(TECHNICIAN_TIERS[i]!.title);
        // At least 24 by 24 CSS pixels (WCAG 2.5.8).
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      });
      expect(new Set(buttons.map((button) => button.getAttribute('aria-controls'))).size).to.equal(4);
      await expectAccessibleInBothThemes(el);
    });

    it('expands and collapses from the keyboard: Tab to the first button, Enter, then Space', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <career-ladder role-id="security-technician"></career-ladder>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('career-ladder')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = toggles(el)[0]!;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const region = regionOf(el, first);

      let toggled = nextEvent(el, 'cw-tier-toggle');
      await sendKeys({ press: 'Enter' });
      let { detail } = await toggled;
      await el.updateComplete;
      expect(detail).to.deep.equal({ index: 0, title: 'Junior Security Technician', expanded: true });
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hidden).to.equal(false);
      expect(isShown(region)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(
        toggles(el)
          .slice(1)
          .map((button) => button.getAttribute('aria-expanded')),
      ).to.deep.equal(['false', 'false', 'false']);

      toggled = nextEvent(el, 'cw-tier-toggle');
      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      ({ detail } = await toggled);
      await el.updateComplete;
      expect(detail).to.deep.equal({ index: 0, title: 'Junior Security Technician', expanded: false });
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hidden).to.equal(true);
      expect(isShown(region)).to.equal(false);
    });

    it('opens several tiers at once; the event bubbles to the page with each tier', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
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
      expect(toggles(el).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'true',
        'false',
        'true',
      ]);
      expect(text(regionOf(el, fourth!))).to.contain('Runs teams of technicians');
      expect(isShown(regionOf(el, fourth!))).to.equal(true);
    });

    it('passes axe in light and dark with every description open', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" current="2"></career-ladder>`,
      );
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
      await expectAccessibleInBothThemes(el);
    });

    it('starts collapsed again when the role changes', async () => {
      const el = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
      const data = await roleCopy('security-technician');
      data.id = 'other-technician';
      el.roleData = data;
      await settled(el);
      expect(el.loadedRole?.id).to.equal('other-technician');
      expect(toggles(el).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'false',
        'false',
      ]);
    });
  });

  describe('current tier', () => {
    it('highlights the tier at a position from 0 with aria-current="step", a badge and a thicker border', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" current="1"></career-ladder>`,
      );
      const highlighted = currentTiers(el);
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
      el.setAttribute('current', '0');
      await el.updateComplete;
      expect(currentTiers(el)).to.deep.equal([tiers(el)[0]]);
      el.current = 2;
      await el.updateComplete;
      expect(currentTiers(el)).to.deep.equal([tiers(el)[2]]);
      el.removeAttribute('current');
      await el.updateComplete;
      expect(currentTiers(el)).to.have.length(0);
    });

    it('reports a current that names no tier, with a warning and cw-error, and highlights nothing', async () => {
      const warnings = captureWarnings();
      try {
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<CareerLadder>(
          html`<career-ladder role-id="security-technician" current="4"></career-ladder>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail.kind).to.equal('invalid-attribute');
        expect(detail.attribute).to.equal('current');
        expect(detail.message).to.contain('current="4"');
        expect(currentTiers(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[part~="badge"]')).to.equal(null);
        expect(warnings.messages.join('\n')).to.contain('current="4"');

        const again = nextEvent(el, 'cw-error');
        el.setAttribute('current', 'Astronaut');
        expect((await again).detail.message).to.contain('current="Astronaut"');
        await el.updateComplete;
        expect(currentTiers(el)).to.have.length(0);
        expect(warnings.messages.join('\n')).to.contain('current="Astronaut"');
        expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout', () => {
    it('runs top to bottom in a narrow container and side by side in a wide one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 320px"><career-ladder role-id="security-technician"></career-ladder></div>
          <div style="width: 1000px"><career-ladder role-id="security-technician"></career-ladder></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('career-ladder')];
      await settled(narrow!);
      await settled(wide!);
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
      // The buttons of the wide ladder line up across the steps.
      const buttonTops = toggles(wide!).map((button) => Math.round(button.getBoundingClientRect().top));
      expect(new Set(buttonTops).size).to.equal(1);
      // Nothing overflows the narrowest supported width.
      const tiny = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><career-ladder role-id="security-technician"></career-ladder></div>`,
      );
      const small = await settled(tiny.querySelector('career-ladder')!);
      const base = part(small, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('uses heading-level for its heading and one level below for tier titles', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" heading-level="2"></career-ladder>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      const titles = [...el.shadowRoot!.querySelectorAll('[part~="subheading"]')];
      expect(titles.map((title) => title.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      expect(titles.map((title) => text(title))).to.deep.equal(TECHNICIAN_TIERS.map((tier) => tier.title));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(part(el, 'subheading')!.localName).to.equal('h5');
      const plain = await render<CareerLadder>(html`<career-ladder role-id="security-technician"></career-ladder>`);
      expect(part(plain, 'heading')!.localName).to.equal('h3');
      expect(part(plain, 'subheading')!.localName).to.equal('h4');
    });

    it('follows the theme and its custom properties', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" theme="light" current="0"></career-ladder>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-career-ladder-marker-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'marker')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'badge')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--cw-career-ladder-current-background', 'rgb(7, 8, 9)');
      const currentCard = currentTiers(el)[0]!.querySelector('[part~="card"]')!;
      expect(getComputedStyle(currentCard).backgroundColor).to.equal('rgb(7, 8, 9)');
      el.style.setProperty('--cw-career-ladder-min-height', '50em');
      expect(base.getBoundingClientRect().height).to.be.closeTo(50 * parseFloat(getComputedStyle(el).fontSize), 1);
    });

    it('never uses a style attribute string (strict CSP)', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-technician" current="1"></career-ladder>`,
      );
      toggles(el)[1]!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, over role-id', async () => {
      const data = await roleCopy('security-technician');
      data.title = 'Alarm Technician';
      data.careerTiers!.tiers = data.careerTiers!.tiers.slice(0, 2);
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<CareerLadder>(
        html`<career-ladder role-id="security-engineer" .roleData=${data}></career-ladder>`,
      );
      expect((await loaded).detail.source).to.equal('role-data');
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Career path: Alarm Technician');
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS.slice(0, 2));
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<CareerLadder>(
        html`<career-ladder role-id="security-engineer" src=${STALLING_URL}></career-ladder>`,
      );
      expect(textOf(el)).to.contain('No career tiers are published for Security Engineer.');
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-technician', source: 'role-id' });
      await el.updateComplete;
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<CareerLadder>(
        html`<career-ladder src="/__cw/role/security-technician"></career-ladder>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<career-role role-id="security-technician">
          <section><career-ladder current="3"></career-ladder></section>
        </career-role>`,
      );
      const el = await settled(wrapper.querySelector('career-ladder')!);
      expect(summary(el)).to.deep.equal(TECHNICIAN_TIERS);
      expect(currentTiers(el)).to.deep.equal([tiers(el)[3]]);
      const provider = wrapper as unknown as CareerRole;
      const reloaded = nextEvent(el, 'cw-load');
      provider.roleId = 'security-systems-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-systems-technician', source: 'context' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('No career tiers are published for Security Systems Technician.');
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready ladder at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <career-ladder src=${STALLING_URL}></career-ladder>
          <career-ladder role-id="security-technician"></career-ladder>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('career-ladder')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(text(part(loading!, 'heading'))).to.equal('Career path');
      // Placeholders shaped like the four steps, side by side at this width.
      const placeholders = [...loading!.shadowRoot!.querySelectorAll('.skeleton-tiers > .tier')];
      expect(placeholders).to.have.length(4);
      expect(placeholders[1]!.getBoundingClientRect().top).to.be.closeTo(
        placeholders[0]!.getBoundingClientRect().top,
        1,
      );
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      await expectAccessibleInBothThemes(loading!);
    });

    it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.careerTiers!.tiers[1]!.yearsTo = 1;
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<CareerLadder>(html`<career-ladder .roleData=${data}></career-ladder>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('careerTiers.tiers.1.yearsTo');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('careerTiers.tiers.1.yearsTo');
        expect(warnings.messages.some((m) => m.includes('careerTiers.tiers.1.yearsTo'))).to.equal(true);
        expect(part(el, 'tiers')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<CareerLadder>(html`<career-ladder></career-ladder>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      expect(text(part(el, 'heading'))).to.equal('Career path');
      await expectAccessibleInBothThemes(el);
    });

    it('keeps its reserved height in the absent and error states', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <career-ladder role-id="security-technician"></career-ladder>
            <career-ladder role-id="security-engineer"></career-ladder>
            <career-ladder role-id="astronaut"></career-ladder>
          </div>`,
        );
        const els = [...container.querySelectorAll('career-ladder')];
        await Promise.all(els.map((el) => settled(el)));
        expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'error']);
        const [ready, absent, failed] = els.map((el) => el.getBoundingClientRect().height);
        expect(absent).to.be.closeTo(ready!, 2);
        expect(failed).to.be.closeTo(ready!, 2);
      } finally {
        warnings.restore();
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: CareerLadder = document.createElement('career-ladder');
    expect(el).to.be.instanceOf(customElements.get('career-ladder')!);
  });
});
