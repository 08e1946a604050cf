import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/pros-cons.js';
import '../src/define/career-role.js';
import type { ProsCons } from '../src/components/pros-cons/pros-cons.js';
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

const part = (el: ProsCons, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ProsCons, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One side as the reader gets it: its heading, the name of its list and its points. */
const side = (el: ProsCons, name: 'pros' | 'cons') => {
  const box = part(el, name)!;
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

describe('<pros-cons>', () => {
  describe('pros and cons from the data', () => {
    it('shows the Security Technician pros and cons exactly, each list under its sub-heading', async () => {
      const data = await getRole('security-technician');
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading')!)).to.equal('Pros and cons: Security Technician');
      expect(side(el, 'pros')).to.deep.equal({ heading: 'Pros', label: 'Pros', items: data.prosCons!.pros });
      expect(side(el, 'cons')).to.deep.equal({ heading: 'Cons', label: 'Cons', items: data.prosCons!.cons });
      expect(side(el, 'pros').items).to.have.length(6);
      expect(side(el, 'cons').items).to.have.length(6);
      expect(side(el, 'pros').items[0]).to.equal('The variety of work sites keeps the job interesting.');
      expect(side(el, 'cons').items[5]).to.equal(
        'Some clients have unrealistic expectations or misunderstand the technology.',
      );
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    it('tells pros from cons by words and shapes, not colour alone; icons are hidden from assistive technology', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      const icons = parts(el, 'icon');
      // One by each sub-heading and one before every point.
      expect(icons.length).to.equal(2 + 12);
      for (const icon of icons) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
      }
      const shape = (name: 'pros' | 'cons') => part(el, name)!.querySelector('[part~="icon"]')!.innerHTML;
      expect(shape('pros')).not.to.equal(shape('cons'));
      // The sub-headings are real headings, named by their words.
      expect(parts(el, 'subheading').map(clean)).to.deep.equal(['Pros', 'Cons']);
    });

    for (const [id, title] of [
      ['security-systems-technician', 'Security Systems Technician'],
      ['security-engineer', 'Security Engineer'],
    ] as const) {
      it(`says so when a role publishes no pros and cons (${title})`, async () => {
        const el = await render<ProsCons>(html`<pros-cons role-id=${id}></pros-cons>`);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
        expect(clean(part(el, 'heading')!)).to.equal(`Pros and cons: ${title}`);
        expect(clean(part(el, 'message')!)).to.equal(`No pros and cons are published for ${title}.`);
        await expectAccessibleInBothThemes(el);
      });
    }

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.prosCons!.cons[0] = '<img src=x onerror=alert(1)>';
      const el = await render<ProsCons>(html`<pros-cons .roleData=${data}></pros-cons>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(side(el, 'cons').items[0]).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('layout', () => {
    it('sets the lists side by side in wide containers and stacks them in narrow ones', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 280px"><pros-cons role-id="security-technician"></pros-cons></div>
          <div style="width: 400px"><pros-cons role-id="security-technician"></pros-cons></div>
          <div style="width: 800px"><pros-cons role-id="security-technician"></pros-cons></div>
        </div>`,
      );
      const [narrow, middle, wide] = [...wrapper.querySelectorAll('pros-cons')];
      await Promise.all([settled(narrow!), settled(middle!), settled(wide!)]);
      const box = (el: ProsCons, name: string) => part(el, name)!.getBoundingClientRect();
      expect(box(wide!, 'cons').top).to.be.closeTo(box(wide!, 'pros').top, 1);
      expect(box(wide!, 'cons').left).to.be.at.least(box(wide!, 'pros').right);
      for (const el of [narrow!, middle!]) {
        expect(box(el, 'cons').top).to.be.at.least(box(el, 'pros').bottom);
        expect(box(el, 'cons').left).to.be.closeTo(box(el, 'pros').left, 1);
      }
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><pros-cons role-id="security-technician"></pros-cons></div>`,
      );
      const el = await settled(wrapper.querySelector('pros-cons')!);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="pros"], [part~="cons"], li')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right, clean(node)).to.be.at.most(right);
      }
    });
  });

  describe('choosing the role', () => {
    it('takes validated roleData', async () => {
      const data = await roleCopy('security-engineer');
      data.prosCons = { pros: ['Interesting puzzles'], cons: ['Pager duty', 'Audits'] };
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<ProsCons>(html`<pros-cons .roleData=${data}></pros-cons>`);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({ roleId: 'security-engineer', title: 'Security Engineer', source: 'role-data' });
      expect(side(el, 'pros').items).to.deep.equal(['Interesting puzzles']);
      expect(side(el, 'cons').items).to.deep.equal(['Pager duty', 'Audits']);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-engineer"></pros-cons>`);
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-technician', source: 'role-id' });
      await el.updateComplete;
      expect(side(el, 'pros').items).to.have.length(6);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await render<ProsCons>(html`<pros-cons src="/__cw/role/security-technician"></pros-cons>`);
      expect((await loaded).detail.source).to.equal('src');
      expect(side(el, 'cons').items[0]).to.equal('Lifting, crawling and working at height can be physically tough.');
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-technician">
            <section><pros-cons></pros-cons></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('pros-cons')!);
      expect(el.loadedRole?.id).to.equal('security-technician');
      expect(side(el, 'pros').items[5]).to.equal('A clear ladder from junior technician up to supervisor.');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-systems-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-systems-technician', source: 'context' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('No pros and cons are published for Security Systems Technician.');
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <pros-cons src=${STALLING_URL}></pros-cons>
          <pros-cons role-id="security-technician"></pros-cons>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('pros-cons')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading')!)).to.equal('Pros and cons');
      // Placeholders shaped like the two lists, side by side as the lists will be.
      const sides = [...loading!.shadowRoot!.querySelectorAll('.skeleton-side')].map((s) => s.getBoundingClientRect());
      expect(sides.length).to.equal(2);
      expect(sides[1]!.top).to.be.closeTo(sides[0]!.top, 1);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      loading!.style.setProperty('--cw-pros-cons-min-height', '50em');
      expect(part(loading!, 'base')!.getBoundingClientRect().height).to.be.closeTo(
        50 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height in the absent, unset and error states', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <pros-cons role-id="security-technician"></pros-cons>
            <pros-cons role-id="security-engineer"></pros-cons>
            <pros-cons></pros-cons>
            <pros-cons role-id="astronaut"></pros-cons>
          </div>`,
        );
        const [ready, absent, unset, failed] = [...container.querySelectorAll('pros-cons')];
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
        data.prosCons!.cons = [];
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<ProsCons>(html`<pros-cons .roleData=${data}></pros-cons>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('prosCons.cons');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(clean(part(el, 'heading')!)).to.equal('Pros and cons');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('prosCons.cons');
        expect(warnings.messages.find((m) => m.includes('prosCons.cons'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<ProsCons>(html`<pros-cons></pros-cons>`);
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
          <pros-cons role-id="security-technician"></pros-cons>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('pros-cons')!);
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
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician" heading-level="2"></pros-cons>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h5', 'h5']);
    });
  });

  describe('looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician" theme="light"></pros-cons>`);
      const pros = part(el, 'pros')!;
      const cons = part(el, 'cons')!;
      const light = getComputedStyle(pros).backgroundColor;
      expect(getComputedStyle(pros).borderTopColor).not.to.equal(getComputedStyle(cons).borderTopColor);
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(pros).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-pros-cons-pro-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-pros-cons-con-color', 'rgb(4, 5, 6)');
      el.style.setProperty('--cw-pros-cons-card-background', 'rgb(7, 8, 9)');
      expect(getComputedStyle(pros).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(pros.querySelector('[part~="icon"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cons).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(cons.querySelector('li [part~="icon"]')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(cons).backgroundColor).to.equal('rgb(7, 8, 9)');
    });

    it('keeps boxes and icons visible in forced-colours mode', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const pros = getComputedStyle(part(el, 'pros')!);
        expect(pros.borderTopStyle).to.equal('solid');
        expect(parseFloat(pros.borderTopWidth)).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } else {
        const rules = el
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
        expect(rules).to.include.members(['.side', '.icon']);
      }
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><pros-cons role-id="security-technician"></pros-cons></div>`,
        );
        const el = await settled(wrapper.querySelector('pros-cons')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'item')!)).to.equal(16);
        expect(size(part(el, 'subheading')!)).to.equal(16);
        expect(part(el, 'icon')!.getBoundingClientRect().width).to.be.closeTo(16 * 1.1, 0.5);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: ProsCons = document.createElement('pros-cons');
    expect(el).to.be.instanceOf(customElements.get('pros-cons')!);
  });
});
