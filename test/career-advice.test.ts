import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/career-advice';
import type { CareerAdvice } from '../src/components/career-advice/career-advice.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  clean,
  expectAccessibleInBothThemes,
  listIn,
  part,
  parts,
  render,
  renderAtWidths,
  roleCopy,
  textOf,
} from './helpers.js';

/** A list part as the reader gets it: its sub-heading, the name of its list and its items. */
const shownList = (el: CareerAdvice, name: 'mistakes' | 'advice') => {
  const box = part(el, name);
  return box ? listIn(el, box) : undefined;
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
  describeElement('career-advice', {
    heading: 'Career advice',
    headingFor: (title) => `Career advice: ${title}`,
    absentMessage: (title) => `No career advice is published for ${title}.`,
    content: ['parts'],
    loads: ['commonMistakes', 'advice', 'portfolioTips'],
    absent: [{ roleId: 'security-engineer' }],
    invalid: { alter: (role) => (role.advice!.items[3] = ''), path: 'advice.items.3' },
    parts: [
      'advice',
      'base',
      'heading',
      'icon',
      'item',
      'list',
      'mistakes',
      'parts',
      'portfolio',
      'sources',
      'subheading',
    ],
    subheadings: 3,
    skeleton: { selector: '.skeleton-part', count: 3 },
    themed: { selector: '[part~="mistakes"]', style: 'backgroundColor' },
    styleHooks: [
      { property: '--cw-career-advice-card-background', selector: '[part~="portfolio"]', style: 'backgroundColor' },
      { property: '--cw-career-advice-mistake-color', selector: '[part~="mistakes"] [part~="icon"]', style: 'color' },
      { property: '--cw-career-advice-advice-color', selector: '[part~="advice"] [part~="icon"]', style: 'color' },
    ],
    forcedColors: { selectors: ['.part'], outlined: ['[part~="mistakes"], [part~="advice"], [part~="portfolio"]'] },
    textSizes: { '[part~="item"]': 16, '[part~="portfolio"] p': 16, '[part~="subheading"]': 16 },
    focusable: false,
  });

  describe('advice from the data', () => {
    it('shows all three Security Technician parts exactly, each under its sub-heading', async () => {
      const data = await getRole('security-technician');
      const el = await render<CareerAdvice>(html`<career-advice role-id="security-technician"></career-advice>`);
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
      expect(textOf(el)).to.contain('Source: A web page on the Security Systems Technician career (it names no publisher or title)');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the parts of roleData that it has', async () => {
      const data = await roleCopy('security-engineer');
      data.advice = { items: ['Read the logs.'] };
      const el = await render<CareerAdvice>(html`<career-advice .roleData=${data}></career-advice>`);
      expect(shownList(el, 'advice')!.items).to.deep.equal(['Read the logs.']);
      expect(shownPortfolio(el)).to.equal(undefined);
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
      const [narrow, wide] = await renderAtWidths<CareerAdvice>('career-advice', [400, 800], {
        roleId: 'security-technician',
      });
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
      const [el] = await renderAtWidths<CareerAdvice>('career-advice', [800], { data });
      expect(shownList(el, 'mistakes')).to.equal(undefined);
      expect(shownList(el, 'advice')!.items).to.have.length(8);
      const advice = part(el, 'advice')!.getBoundingClientRect();
      const portfolio = part(el, 'portfolio')!.getBoundingClientRect();
      expect(advice.width).to.be.closeTo(portfolio.width, 1);
    });
  });
});
