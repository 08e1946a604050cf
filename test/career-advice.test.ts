import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/career-advice.js';
import '../src/define/career-role.js';
import type { CareerAdvice } from '../src/components/career-advice/career-advice.js';
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

const part = (el: CareerAdvice, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: CareerAdvice, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A list part as the reader gets it: its sub-heading, the name of its list and its items. */
const shownList = (el: CareerAdvice, name: 'mistakes' | 'advice') => {
  const box = part(el, name);
  if (!box) return undefined;
  const list = box.querySelector('ul')!;
  const label = (list.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => clean(el.shadowRoot!.getElementById(id)!))
    .join(' ');
  return {
    heading: clean(box.querySelector('[part~="subheading"]')!),
    label,
    items: [...list.querySelectorAll(':scope > li')].map(clean),
  };
};

const shownPortfolio = (el: CareerAdvice) => {
  const box = part(el, 'portfolio');
  if (!box) return undefined;
  return {
    heading: clean(box.querySelector('[part~="subheading"]')!),
    paragraphs: [...box.querySelectorAll('p')].map(clean),
  };
};

describe('<career-advice>', () => {
  describe('advice from the data', () => {
    it('shows all three Security Technician parts exactly, each under its sub-heading', async () => {
      const data = await getRole('security-technician');
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-technician"></career-advice>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading')!)).to.equal('Career advice: Security Technician');
      expect(shownList(el, 'mistakes')).to.deep.equal({
        heading: 'Common mistakes to avoid',
        label: 'Common mistakes to avoid',
        items: data.commonMistakes!.items,
      });
      expect(shownList(el, 'advice')).to.deep.equal({
        heading: 'Advice',
        label: 'Advice',
        items: data.advice!.items,
      });
      expect(shownPortfolio(el)).to.deep.equal({
        heading: 'Building your portfolio',
        paragraphs: data.portfolioTips!.paragraphs,
      });
      expect(shownList(el, 'mistakes')!.items).to.have.length(8);
      expect(shownList(el, 'advice')!.items).to.have.length(8);
      expect(shownPortfolio(el)!.paragraphs).to.have.length(3);
      expect(shownList(el, 'advice')!.items[0]).to.equal(
        'Put safety first: follow best practice and wear the right PPE on every installation.',
      );
      expect(parts(el, 'subheading').map(clean)).to.deep.equal([
        'Common mistakes to avoid',
        'Advice',
        'Building your portfolio',
      ]);
      expect(parts(el, 'icon').every((icon) => icon.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(parts(el, 'icon').length).to.equal(16);
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    it('shows only the portfolio tips for Security Systems Technician, leaving out the parts it lacks', async () => {
      const data = await getRole('security-systems-technician');
      const el = await render<CareerAdvice>(
        html`<career-advice role-id="security-systems-technician"></career-advice>`,
      );
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.equal(null);
      expect(clean(part(el, 'heading')!)).to.equal('Career advice: Security Systems Technician');
      expect(shownList(el, 'mistakes')).to.equal(undefined);
      expect(shownList(el, 'advice')).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
      expect(shownPortfolio(el)).to.deep.equal({
        heading: 'Building your portfolio',
        paragraphs: data.portfolioTips!.paragraphs,
      });
      expect(shownPortfolio(el)!.paragraphs).to.have.length(2);
      expect(parts(el, 'subheading').map(clean)).to.deep.equal(['Building your portfolio']);
      expect(textOf(el)).not.to.contain('Common mistakes');
      expect(textOf(el)).to.contain('Source: Jobicy');
      await expectAccessibleInBothThemes(el);
    });

    it('says so when a role publishes none of the three (Security Engineer)', async () => {
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-engineer"></career-advice>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(part(el, 'parts')).to.equal(null);
      expect(clean(part(el, 'heading')!)).to.equal('Career advice: Security Engineer');
      expect(clean(part(el, 'message')!)).to.equal('No career advice is published for Security Engineer.');
      await expectAccessibleInBothThemes(el);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.commonMistakes!.items[0] = '<img src=x onerror=alert(1)>';
      data.portfolioTips!.paragraphs[0] = '<script>alert(1)</script>';
      const el = await render<CareerAdvice>(html`<career-advice .roleData=${data}></career-advice>`);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(shownList(el, 'mistakes')!.items[0]).to.equal('<img src=x onerror=alert(1)>');
      expect(shownPortfolio(el)!.paragraphs[0]).to.equal('<script>alert(1)</script>');
    });
  });

  describe('layout', () => {
    it('sets mistakes and advice side by side when wide, with the portfolio tips across both', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 400px"><career-advice role-id="security-technician"></career-advice></div>
          <div style="width: 800px"><career-advice role-id="security-technician"></career-advice></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('career-advice')];
      await Promise.all([settled(narrow!), settled(wide!)]);
      const box = (el: CareerAdvice, name: string) => part(el, name)!.getBoundingClientRect();
      expect(box(wide!, 'advice').top).to.be.closeTo(box(wide!, 'mistakes').top, 1);
      expect(box(wide!, 'advice').left).to.be.at.least(box(wide!, 'mistakes').right);
      expect(box(wide!, 'portfolio').top).to.be.at.least(box(wide!, 'mistakes').bottom);
      expect(box(wide!, 'portfolio').left).to.be.closeTo(box(wide!, 'mistakes').left, 1);
      expect(box(wide!, 'portfolio').right).to.be.closeTo(box(wide!, 'advice').right, 1);
      // Narrow: one above the other, in reading order.
      expect(box(narrow!, 'advice').top).to.be.at.least(box(narrow!, 'mistakes').bottom);
      expect(box(narrow!, 'portfolio').top).to.be.at.least(box(narrow!, 'advice').bottom);
    });

    it('gives a lone list the whole row', async () => {
      const data = await roleCopy('security-technician');
      delete data.commonMistakes;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><career-advice .roleData=${data}></career-advice></div>`,
      );
      const el = await settled(wrapper.querySelector('career-advice')!);
      expect(shownList(el, 'mistakes')).to.equal(undefined);
      expect(shownList(el, 'advice')!.items).to.have.length(8);
      const advice = part(el, 'advice')!.getBoundingClientRect();
      const portfolio = part(el, 'portfolio')!.getBoundingClientRect();
      expect(advice.width).to.be.closeTo(portfolio.width, 1);
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><career-advice role-id="security-technician"></career-advice></div>`,
      );
      const el = await settled(wrapper.querySelector('career-advice')!);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.part, li, p')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right, clean(node)).to.be.at.most(right);
      }
    });
  });

  describe('choosing the role', () => {
    it('takes validated roleData', async () => {
      const data = await roleCopy('security-engineer');
      data.advice = { items: ['Read the logs.'] };
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<CareerAdvice>(html`<career-advice .roleData=${data}></career-advice>`);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({ roleId: 'security-engineer', title: 'Security Engineer', source: 'role-data' });
      expect(shownList(el, 'advice')!.items).to.deep.equal(['Read the logs.']);
      expect(shownPortfolio(el)).to.equal(undefined);
    });

    it('takes role-id, loads all three parts, and re-renders when it changes', async () => {
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-technician"></career-advice>`);
      expect(Object.keys(el.loadedRole!)).to.include.members(['commonMistakes', 'advice', 'portfolioTips']);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-systems-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-systems-technician', source: 'role-id' });
      await el.updateComplete;
      expect(shownList(el, 'mistakes')).to.equal(undefined);
      expect(shownPortfolio(el)!.paragraphs).to.have.length(2);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await render<CareerAdvice>(html`<career-advice src="/__cw/role/security-technician"></career-advice>`);
      expect((await loaded).detail.source).to.equal('src');
      expect(shownList(el, 'mistakes')!.items[7]).to.equal(
        'Letting learning lapse, which makes it harder to keep up with new technology.',
      );
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-systems-technician">
            <section><career-advice></career-advice></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('career-advice')!);
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(shownPortfolio(el)!.paragraphs).to.have.length(2);
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-technician', source: 'context' });
      await el.updateComplete;
      expect(shownList(el, 'advice')!.items).to.have.length(8);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <career-advice src=${STALLING_URL}></career-advice>
          <career-advice role-id="security-technician"></career-advice>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('career-advice')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading')!)).to.equal('Career advice');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton-part').length).to.equal(3);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      loading!.style.setProperty('--cw-career-advice-min-height', '90em');
      expect(part(loading!, 'base')!.getBoundingClientRect().height).to.be.closeTo(
        90 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height in the absent, unset and error states', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <career-advice role-id="security-technician"></career-advice>
            <career-advice role-id="security-engineer"></career-advice>
            <career-advice></career-advice>
            <career-advice role-id="astronaut"></career-advice>
          </div>`,
        );
        const [ready, absent, unset, failed] = [...container.querySelectorAll('career-advice')];
        await Promise.all([settled(ready!), settled(absent!), settled(failed!)]);
        expect(unset!.state).to.equal('unset');
        expect(failed!.state).to.equal('error');
        const height = ready!.getBoundingClientRect().height;
        for (const el of [absent!, unset!, failed!]) {
          expect(el.getBoundingClientRect().height).to.be.closeTo(height, 2);
        }
      } finally {
        warnings.restore();
      }
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.advice!.items[3] = '';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<CareerAdvice>(html`<career-advice .roleData=${data}></career-advice>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('advice.items.3');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(clean(part(el, 'heading')!)).to.equal('Career advice');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('advice.items.3');
        expect(warnings.messages.find((m) => m.includes('advice.items.3'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<CareerAdvice>(html`<career-advice></career-advice>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('reading and keyboard', () => {
    it('adds no tab stops: Tab goes straight through', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <career-advice role-id="security-technician"></career-advice>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('career-advice')!);
      expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input').length).to.equal(0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.id).to.equal('before');
    });

    it('uses heading-level for its heading and the sub-headings below it', async () => {
      const el = await render<CareerAdvice>(
        html`<career-advice role-id="security-technician" heading-level="2"></career-advice>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h1');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h2', 'h2', 'h2']);
    });
  });

  describe('looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<CareerAdvice>(
        html`<career-advice role-id="security-technician" theme="light"></career-advice>`,
      );
      const box = part(el, 'mistakes')!;
      const light = getComputedStyle(box).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(box).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-career-advice-card-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-career-advice-mistake-color', 'rgb(4, 5, 6)');
      el.style.setProperty('--cw-career-advice-advice-color', 'rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'portfolio')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(box.querySelector('[part~="icon"]')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'advice')!.querySelector('[part~="icon"]')!).color).to.equal('rgb(7, 8, 9)');
    });

    it('keeps the boxes outlined in forced-colours mode', async () => {
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-technician"></career-advice>`);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const box = getComputedStyle(part(el, 'advice')!);
        expect(box.borderTopStyle).to.equal('solid');
        expect(parseFloat(box.borderTopWidth)).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } else {
        const rules = el
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
        expect(rules).to.include('.part');
      }
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><career-advice role-id="security-technician"></career-advice></div>`,
        );
        const el = await settled(wrapper.querySelector('career-advice')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'item')!)).to.equal(16);
        expect(size(part(el, 'portfolio')!.querySelector('p')!)).to.equal(16);
        expect(size(part(el, 'subheading')!)).to.equal(16);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-technician"></career-advice>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: CareerAdvice = document.createElement('career-advice');
    expect(el).to.be.instanceOf(customElements.get('career-advice')!);
  });
});
