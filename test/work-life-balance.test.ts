import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/work-life-balance';
import type { WorkLifeBalance } from '../src/components/work-life-balance/work-life-balance.js';
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
  describeElement('work-life-balance', {
    heading: 'Work-life balance',
    headingFor: (title) => `Work-life balance: ${title}`,
    absentMessage: (title) => `No stress or work-life balance rating is published for ${title}.`,
    content: ['ratings'],
    loads: ['workLifeBalance'],
    absent: [{ roleId: 'security-engineer' }],
    invalid: {
      alter: (role) => ((role.workLifeBalance as { balance: string }).balance = 'splendid'),
      path: 'workLifeBalance.balance',
    },
    parts: [
      'balance',
      'base',
      'explanation',
      'heading',
      'rating',
      'ratings',
      'scale',
      'sources',
      'step',
      'step-filled',
      'stress',
      'value',
    ],
    subheadings: 0,
    // Two rating placeholders side by side, like the ratings at 800px.
    skeleton: { selector: '.skeleton-rating', count: 2, sideBySide: true },
    styleHooks: [
      {
        property: '--cw-work-life-balance-stress-color',
        selector: '[part~="stress"] [part~="step-filled"]',
        style: 'backgroundColor',
      },
      {
        property: '--cw-work-life-balance-balance-color',
        selector: '[part~="balance"] [part~="step-filled"]',
        style: 'backgroundColor',
      },
      {
        property: '--cw-work-life-balance-track-color',
        selector: '[part~="step"]:not([part~="step-filled"])',
        style: 'backgroundColor',
      },
    ],
    forcedColors: {
      selectors: ['.rating', '.step', '.step.filled'],
      visible: (el) => {
        const steps = [...part(el, 'stress')!.querySelectorAll('[part~="step"]')].map((step) => getComputedStyle(step));
        expect(steps[0]!.backgroundColor).not.to.equal(steps[3]!.backgroundColor);
        expect(steps[3]!.borderTopStyle).to.equal('solid');
        expect(parseFloat(steps[3]!.borderTopWidth)).to.be.greaterThan(0);
        expect(steps[3]!.borderTopColor).not.to.equal(steps[3]!.backgroundColor);
      },
    },
    textSizes: { '[part~="explanation"]': 16, '[part~="value"]': 20 },
    focusable: false,
  });

  describe('ratings from the sources', () => {
    for (const [id, title, source] of [
      ['security-technician', 'Security Technician', 'Jobicy, “Security Technician Career Path Guide”'],
      [
        'security-systems-technician',
        'Security Systems Technician',
        'A web page on the Security Systems Technician career (it names no publisher or title)',
      ],
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
        expect(text(part(el, 'sources'))).to.equal(`Source: ${source}`);
        await expectAccessibleInBothThemes(el);
      });
    }

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
      const el = await renderInside<WorkLifeBalance>(
        'work-life-balance',
        { roleId: 'security-technician' },
        { lang: 'ar-EG' },
      );
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

  describe('layout', () => {
    it('stacks the ratings in a narrow container and sets them side by side in a wide one', async () => {
      const [narrow, wide] = await renderAtWidths<WorkLifeBalance>('work-life-balance', [280, 800], {
        roleId: 'security-technician',
      });
      const boxes = (el: WorkLifeBalance) => parts(el, 'rating').map((node) => node.getBoundingClientRect());
      const [n1, n2] = boxes(narrow!);
      expect(n2!.top).to.be.at.least(n1!.bottom);
      const [w1, w2] = boxes(wide!);
      expect(w2!.top).to.be.closeTo(w1!.top, 1);
      expect(w2!.left).to.be.at.least(w1!.right);
    });
  });
});
