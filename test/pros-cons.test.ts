import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/pros-cons';
import type { ProsCons } from '../src/components/pros-cons/pros-cons.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import { clean, listIn, part, parts, render, renderAtWidths, roleCopy, textOf } from './helpers.js';

/** One side as the reader gets it: its heading, the name of its list and its points. */
const side = (el: ProsCons, name: 'pros' | 'cons') => listIn(el, part(el, name)!);

describe('<pros-cons>', () => {
  describeElement('pros-cons', {
    heading: 'Pros and cons',
    headingFor: (title) => `Pros and cons: ${title}`,
    absentMessage: (title) => `No pros and cons are published for ${title}.`,
    content: ['columns', 'list'],
    loads: ['prosCons'],
    absent: [{ roleId: 'security-systems-technician' }, { roleId: 'security-engineer' }],
    invalid: { alter: (role) => (role.prosCons!.cons = []), path: 'prosCons.cons' },
    parts: ['base', 'columns', 'cons', 'heading', 'icon', 'item', 'list', 'pros', 'sources', 'subheading'],
    subheadings: 2,
    skeleton: { selector: '.skeleton-side', count: 2, sideBySide: true },
    themed: { selector: '[part~="pros"]', style: 'backgroundColor' },
    styleHooks: [
      { property: '--cw-pros-cons-pro-color', selector: '[part~="pros"]', style: 'borderTopColor' },
      { property: '--cw-pros-cons-pro-color', selector: '[part~="pros"] [part~="icon"]', style: 'color' },
      { property: '--cw-pros-cons-con-color', selector: '[part~="cons"]', style: 'borderTopColor' },
      { property: '--cw-pros-cons-con-color', selector: '[part~="cons"] li [part~="icon"]', style: 'color' },
      { property: '--cw-pros-cons-card-background', selector: '[part~="cons"]', style: 'backgroundColor' },
    ],
    forcedColors: { selectors: ['.side', '.icon'], outlined: ['[part~="pros"]', '[part~="cons"]'] },
    textSizes: { '[part~="item"]': 16, '[part~="subheading"]': 16 },
    boxWidths: { '[part~="subheading"] [part~="icon"]': 16 * 1.1 },
    focusable: false,
  });

  describe('pros and cons from the data', () => {
    it('shows the Security Technician pros and cons exactly, each list under its sub-heading', async () => {
      const data = await getRole('security-technician');
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      expect(side(el, 'pros')).to.deep.equal({ heading: 'Pros', label: 'Pros', items: data.prosCons!.pros });
      expect(side(el, 'cons')).to.deep.equal({ heading: 'Cons', label: 'Cons', items: data.prosCons!.cons });
      expect(side(el, 'pros').items).to.have.length(6);
      expect(side(el, 'cons').items).to.have.length(6);
      expect(side(el, 'pros').items[0]).to.equal('The variety of work sites keeps the job interesting.');
      expect(side(el, 'cons').items[5]).to.equal(
        'Some clients have unrealistic expectations or misunderstand the technology.',
      );
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
    });

    it('tells pros from cons by words, shapes and border colour; icons are hidden from assistive technology', async () => {
      const el = await render<ProsCons>(html`<pros-cons role-id="security-technician"></pros-cons>`);
      const icons = parts(el, 'icon');
      // One by each sub-heading and one before every point.
      expect(icons.length).to.equal(2 + 12);
      for (const icon of icons) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
      }
      const shape = (name: 'pros' | 'cons') => part(el, name)!.querySelector('[part~="icon"]')!.innerHTML;
      expect(shape('pros')).not.to.equal(shape('cons'));
      const border = (name: 'pros' | 'cons') => getComputedStyle(part(el, name)!).borderTopColor;
      expect(border('pros')).not.to.equal(border('cons'));
      // The sub-headings are real headings, named by their words.
      expect(parts(el, 'subheading').map(clean)).to.deep.equal(['Pros', 'Cons']);
    });

    it('shows the lists of roleData', async () => {
      const data = await roleCopy('security-engineer');
      data.prosCons = { pros: ['Interesting puzzles'], cons: ['Pager duty', 'Audits'] };
      const el = await render<ProsCons>(html`<pros-cons .roleData=${data}></pros-cons>`);
      expect(side(el, 'pros').items).to.deep.equal(['Interesting puzzles']);
      expect(side(el, 'cons').items).to.deep.equal(['Pager duty', 'Audits']);
    });

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
      const [narrow, middle, wide] = await renderAtWidths<ProsCons>('pros-cons', [280, 400, 800], {
        roleId: 'security-technician',
      });
      const box = (el: ProsCons, name: string) => part(el, name)!.getBoundingClientRect();
      expect(box(wide!, 'cons').top).to.be.closeTo(box(wide!, 'pros').top, 1);
      expect(box(wide!, 'cons').left).to.be.at.least(box(wide!, 'pros').right);
      for (const el of [narrow!, middle!]) {
        expect(box(el, 'cons').top).to.be.at.least(box(el, 'pros').bottom);
        expect(box(el, 'cons').left).to.be.closeTo(box(el, 'pros').left, 1);
      }
    });
  });
});
