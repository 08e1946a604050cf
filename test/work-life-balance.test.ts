import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define/work-life-balance.js';
import '../src/define/career-role.js';
import type { WorkLifeBalance } from '../src/components/work-life-balance/work-life-balance.js';
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

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: WorkLifeBalance, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: WorkLifeBalance, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** One rating as shown: label, words, and the steps of its picture. */
const rating = (el: WorkLifeBalance, kind: 'stress' | 'balance') => {
  const node = part(el, kind)!;
  return {
    label: text(node.querySelector('dt')),
    value: text(node.querySelector('[part~="value"]')),
    filled: [...node.querySelectorAll<HTMLElement>('[part~="step-filled"]')].map((step) => step.dataset['step']),
    steps: node.querySelectorAll('[part~="step"]').length,
  };
};

/** Text outside aria-hidden subtrees: what assistive technology is given. */
function spokenText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

const explanation = (el: WorkLifeBalance) => [...(part(el, 'explanation')?.querySelectorAll('p') ?? [])].map(text);

describe('<work-life-balance>', () => {
  describe('ratings from the sources', () => {
    for (const [id, title] of [
      ['security-technician', 'Security Technician'],
      ['security-systems-technician', 'Security Systems Technician'],
    ] as const) {
      it(`shows the ${title} ratings and explanation exactly`, async () => {
        const data = await getRole(id);
        const el = await render<WorkLifeBalance>(html`<work-life-balance role-id=${id}></work-life-balance>`);
        expect(el.state).to.equal('ready');
        expect(text(part(el, 'heading'))).to.equal(`Work-life balance: ${title}`);
        expect(data.workLifeBalance).to.include({ stress: 'moderate', balance: 'good' });
        expect(rating(el, 'stress')).to.include({ label: 'Stress level', value: 'Moderate', steps: 4 });
        expect(rating(el, 'stress').filled).to.deep.equal(['low', 'moderate']);
        expect(rating(el, 'balance')).to.include({ label: 'Work-life balance', value: 'Good', steps: 4 });
        expect(rating(el, 'balance').filled).to.deep.equal(['poor', 'fair', 'good']);
        expect(explanation(el)).to.deep.equal(data.workLifeBalance!.explanation);
        expect(text(part(el, 'sources'))).to.equal(`Source: Jobicy, “${title} Career Path Guide”`);
        await expectAccessibleInBothThemes(el);
      });
    }

    it('says so when a role publishes no rating (Security Engineer)', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-engineer"></work-life-balance>`,
      );
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(text(part(el, 'heading'))).to.equal('Work-life balance: Security Engineer');
      expect(text(part(el, 'message'))).to.equal(
        'No stress or work-life balance rating is published for Security Engineer.',
      );
      expect(part(el, 'ratings')).to.equal(null);
      await expectAccessibleInBothThemes(el);
    });

    it('gives every rating in words with its place on the scale; the picture is hidden from assistive technology', async () => {
      const data = await roleCopy('security-technician');
      const el = await render<WorkLifeBalance>(html`<work-life-balance .roleData=${data}></work-life-balance>`);
      const cases = [
        ['low', 'poor', 'Low', 'Poor', 1],
        ['high', 'fair', 'High', 'Fair', 3],
        ['very-high', 'excellent', 'Very high', 'Excellent', 4],
      ] as const;
      for (const [stress, balance, stressWords, balanceWords, stressStep] of cases) {
        const copy = structuredClone(data);
        copy.workLifeBalance!.stress = stress;
        copy.workLifeBalance!.balance = balance;
        el.roleData = copy;
        await settled(el);
        expect(spokenText(part(el, 'stress')!)).to.equal(
          `Stress level ${stressWords} (${stressStep} of 4, from low to very high)`,
        );
        const balanceStep = ['poor', 'fair', 'good', 'excellent'].indexOf(balance) + 1;
        expect(spokenText(part(el, 'balance')!)).to.equal(
          `Work-life balance ${balanceWords} (${balanceStep} of 4, from poor to excellent)`,
        );
        expect(rating(el, 'stress').filled).to.have.length(stressStep);
        expect(rating(el, 'balance').filled).to.have.length(balanceStep);
        // Beyond colour: the reached step is taller, with a thicker border.
        const current = part(el, 'stress')!.querySelector('.step.current')!;
        const other = part(el, 'stress')!.querySelector('.step:not(.current)')!;
        expect(current.getBoundingClientRect().height).to.be.greaterThan(other.getBoundingClientRect().height);
        expect(parseFloat(getComputedStyle(current).borderTopWidth)).to.be.greaterThan(
          parseFloat(getComputedStyle(other).borderTopWidth),
        );
      }
      for (const scale of parts(el, 'scale')) expect(scale.getAttribute('aria-hidden')).to.equal('true');
      // The ends of each scale are named on screen too.
      const ends = (kind: 'stress' | 'balance') => [...part(el, kind)!.querySelector('.ends')!.children].map(text);
      expect(ends('stress')).to.deep.equal(['Low', 'Very high']);
      expect(ends('balance')).to.deep.equal(['Poor', 'Excellent']);
      await expectAccessibleInBothThemes(el);
    });

    it('shows the ratings without explanation paragraphs when the data has none', async () => {
      const data = await roleCopy('security-technician');
      delete data.workLifeBalance!.explanation;
      const el = await render<WorkLifeBalance>(html`<work-life-balance .roleData=${data}></work-life-balance>`);
      expect(rating(el, 'stress').value).to.equal('Moderate');
      expect(part(el, 'explanation')).to.equal(null);
    });

    it('writes the scale positions in the element language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ar-EG"><work-life-balance role-id="security-technician"></work-life-balance></div>`,
      );
      const el = await settled(wrapper.querySelector('work-life-balance')!);
      expect(spokenText(part(el, 'stress')!)).to.contain('(٢ of ٤, from low to very high)');
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.workLifeBalance!.explanation = ['<img src=x onerror="window.cwInjected=1">Calm'];
      const el = await render<WorkLifeBalance>(html`<work-life-balance .roleData=${data}></work-life-balance>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(explanation(el)).to.deep.equal(['<img src=x onerror="window.cwInjected=1">Calm']);
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-technician');
      data.title = 'Night Guard';
      data.workLifeBalance!.stress = 'high';
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<WorkLifeBalance>(
        html`<work-life-balance role-id="security-engineer" .roleData=${data}></work-life-balance>`,
      );
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Night Guard',
        source: 'role-data',
      });
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Work-life balance: Night Guard');
      expect(rating(el, 'stress').value).to.equal('High');
    });

    it('takes role-id, loading only its own section, and follows changes', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-engineer" src=${STALLING_URL}></work-life-balance>`,
      );
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-systems-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-systems-technician', source: 'role-id' });
      await el.updateComplete;
      expect(rating(el, 'balance').value).to.equal('Good');
      expect(Object.keys(el.loadedRole!).sort()).to.deep.equal(['id', 'sources', 'title', 'workLifeBalance']);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<WorkLifeBalance>(
        html`<work-life-balance src="/__cw/role/security-technician"></work-life-balance>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(rating(el, 'stress').value).to.equal('Moderate');
      expect(rating(el, 'balance').value).to.equal('Good');
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<CareerRole>(
        html`<career-role role-id="security-systems-technician"
          ><div><work-life-balance></work-life-balance></div
        ></career-role>`,
      );
      const el = await settled(wrapper.querySelector('work-life-balance')!);
      expect(text(part(el, 'heading'))).to.equal('Work-life balance: Security Systems Technician');
      expect(rating(el, 'stress').value).to.equal('Moderate');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.roleId = 'security-engineer';
      expect((await reloaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready one at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <work-life-balance src=${STALLING_URL}></work-life-balance>
          <work-life-balance role-id="security-technician"></work-life-balance>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('work-life-balance')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(text(part(loading!, 'heading'))).to.equal('Work-life balance');
      // Two rating placeholders side by side, like the ratings at this width.
      const cards = [...loading!.shadowRoot!.querySelectorAll('.skeleton-rating')];
      expect(cards).to.have.length(2);
      expect(cards[1]!.getBoundingClientRect().top).to.be.closeTo(cards[0]!.getBoundingClientRect().top, 1);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height when absent or failed, and lets a custom property change it', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <work-life-balance role-id="security-technician"></work-life-balance>
            <work-life-balance role-id="security-engineer"></work-life-balance>
            <work-life-balance src="/__cw/status/500"></work-life-balance>
          </div>`,
        );
        const els = [...container.querySelectorAll('work-life-balance')];
        await Promise.all(els.map((el) => settled(el)));
        expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'error']);
        const [ready, absent, failed] = els.map((el) => el.getBoundingClientRect().height);
        expect(absent).to.be.closeTo(ready!, 2);
        expect(failed).to.be.closeTo(ready!, 2);
        expect(text(part(els[2]!, 'retry'))).to.equal('Try again');
        els[0]!.style.setProperty('--cw-work-life-balance-min-height', '50em');
        const em = parseFloat(getComputedStyle(els[0]!).fontSize);
        expect(els[0]!.getBoundingClientRect().height).to.be.closeTo(50 * em, 1);
      } finally {
        warnings.restore();
      }
    });

    it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        (data.workLifeBalance as { balance: string }).balance = 'splendid';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<WorkLifeBalance>(html`<work-life-balance .roleData=${data}></work-life-balance>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('workLifeBalance.balance');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('workLifeBalance.balance');
        expect(warnings.messages.some((m) => m.includes('workLifeBalance.balance'))).to.equal(true);
        expect(part(el, 'ratings')).to.equal(null);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<WorkLifeBalance>(html`<work-life-balance></work-life-balance>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      expect(text(part(el, 'heading'))).to.equal('Work-life balance');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('uses heading-level for its heading', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-technician" heading-level="2"></work-life-balance>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h4');
      const plain = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-technician"></work-life-balance>`,
      );
      expect(part(plain, 'heading')!.localName).to.equal('h3');
    });

    it('stacks the ratings in a narrow container and sets them side by side in a wide one, never overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 280px"><work-life-balance role-id="security-technician"></work-life-balance></div>
          <div style="width: 800px"><work-life-balance role-id="security-technician"></work-life-balance></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('work-life-balance')];
      await settled(narrow!);
      await settled(wide!);
      const boxes = (el: WorkLifeBalance) => parts(el, 'rating').map((node) => node.getBoundingClientRect());
      const [n1, n2] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      const [w1, w2] = boxes(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
      const base = part(narrow!, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-technician" theme="light"></work-life-balance>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-work-life-balance-stress-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-work-life-balance-balance-color', 'rgb(4, 5, 6)');
      el.style.setProperty('--cw-work-life-balance-track-color', 'rgb(7, 8, 9)');
      const colours = (kind: 'stress' | 'balance') =>
        [...part(el, kind)!.querySelectorAll('[part~="step"]')].map((step) => getComputedStyle(step).backgroundColor);
      expect(colours('stress')).to.deep.equal(['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(7, 8, 9)', 'rgb(7, 8, 9)']);
      expect(colours('balance')).to.deep.equal(['rgb(4, 5, 6)', 'rgb(4, 5, 6)', 'rgb(4, 5, 6)', 'rgb(7, 8, 9)']);
    });

    it('keeps the scales readable in forced-colours mode', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-technician"></work-life-balance>`,
      );
      expect(mediaSelectors(el, 'forced-colors')).to.include.members(['.rating', '.step', '.step.filled']);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const steps = [...part(el, 'stress')!.querySelectorAll('[part~="step"]')].map((step) => getComputedStyle(step));
        expect(steps[0]!.backgroundColor).not.to.equal(steps[3]!.backgroundColor);
        expect(steps[3]!.borderTopStyle).to.equal('solid');
        expect(parseFloat(steps[3]!.borderTopWidth)).to.be.greaterThan(0);
        expect(steps[3]!.borderTopColor).not.to.equal(steps[3]!.backgroundColor);
        await expect(el).to.be.accessible();
      }
    });

    it('never uses a style attribute string (strict CSP)', async () => {
      const el = await render<WorkLifeBalance>(
        html`<work-life-balance role-id="security-technician"></work-life-balance>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px">
            <work-life-balance role-id="security-technician"></work-life-balance>
          </div>`,
        );
        const el = await settled(wrapper.querySelector('work-life-balance')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'explanation')!)).to.equal(16);
        expect(size(part(el, 'value')!)).to.equal(20);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: WorkLifeBalance = document.createElement('work-life-balance');
    expect(el).to.be.instanceOf(customElements.get('work-life-balance')!);
  });
});
