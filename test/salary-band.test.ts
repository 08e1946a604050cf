import { expect, fixture, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/salary-band';
import 'career-widgets-virtual/define/career-role';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import { describeElement } from './element-contract.js';
import {
  STALLING_URL,
  captureWarnings,
  expectAccessibleInBothThemes,
  nextEvent,
  part,
  render,
  renderInside,
  settled,
  textOf,
} from './helpers.js';

const figures = (el: SalaryBand) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.figure')].map((figure) => [
      figure.querySelector('dt')!.textContent!.trim(),
      figure.querySelector('dd')!.textContent!.trim(),
    ]),
  );

describe('<salary-band>', () => {
  describeElement('salary-band', {
    heading: 'Salary',
    headingFor: (title) => `${title} salary`,
    absentMessage: (title) => `No salary figures are published for ${title}.`,
    content: ['figures'],
    loads: ['salary'],
    absent: [{ roleId: 'security-systems-technician' }],
    invalid: { alter: (role) => (role.salary!.min = -5), path: 'salary.min' },
    parts: ['band', 'base', 'figures', 'heading', 'level', 'marker', 'sources', 'top-earners', 'track'],
    subheadings: 0,
    skeleton: { selector: '.skeleton', count: 4 },
    styleHooks: [{ property: '--cw-salary-band-marker-color', selector: '[part~="marker"]', style: 'backgroundColor' }],
    forcedColors: { selectors: ['.track', '.marker'], outlined: ['[part~="track"]'] },
    textSizes: { '.figure.level dd': 16, '.figure.central dd': 16 * 1.35 },
    // The marks are placed through the CSSOM (see 'positions marks…' below).
    styledByScript: ['[part~="marker"]', '[part~="level"]'],
    focusable: false,
  });

  describe('figures from the sources', () => {
    it('shows the Security Technician band exactly: range, median and levels', async () => {
      const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      expect(el.state).to.equal('ready');
      expect(figures(el)).to.deep.equal({
        Median: '$60,000',
        Range: '$42,000 – $78,000',
        'Entry level': '$47,400',
        'Mid level': '$60,000',
        'Senior level': '$72,600',
      });
      expect(textOf(el)).to.contain('Per year · United States · USD');
      expect(textOf(el)).to.contain('The top 10% of earners make $78,000 or more.');
      expect(textOf(el)).to.contain('Source: Jobicy');
    });

    it('places the median and the three levels on the band, in order', async () => {
      const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      const at = (node: Element) => getComputedStyle(node).getPropertyValue('--_at').trim();
      expect(at(part(el, 'marker')!)).to.equal('50%');
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="level"]')].map(at);
      expect(ticks).to.deep.equal(['15%', '50%', '85%']);
      expect(part(el, 'band')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('calls the Security Engineer figure an average, never a median, and draws no band', async () => {
      const el = await render<SalaryBand>(html`<salary-band role-id="security-engineer"></salary-band>`);
      expect(figures(el)).to.deep.equal({ Average: '$105,934' });
      expect(textOf(el)).not.to.match(/median/i);
      expect(part(el, 'band')).to.equal(null);
      expect(textOf(el)).to.contain('No salary range or levels are published');
    });
  });

  describe('period', () => {
    it('converts to months and hours, with the unit labelled', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" period="month"></salary-band>`,
      );
      expect(figures(el).Median).to.equal('$5,000');
      expect(textOf(el)).to.contain('Per month');
      el.period = 'hour';
      await el.updateComplete;
      expect(figures(el).Median).to.equal('$28.85');
      expect(figures(el)['Entry level']).to.equal('$22.79');
      expect(textOf(el)).to.contain('Per hour');
      el.hoursPerYear = 2000;
      await el.updateComplete;
      expect(figures(el).Median).to.equal('$30.00');
    });

    it('shows a role from <career-role> in its own period', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<career-role role-id="security-technician"
          ><salary-band></salary-band><salary-band period="month"></salary-band
        ></career-role>`,
      );
      const [yearly, monthly] = [...wrapper.querySelectorAll('salary-band')];
      await Promise.all([settled(yearly!), settled(monthly!)]);
      expect(figures(yearly!).Median).to.equal('$60,000');
      expect(figures(monthly!).Median).to.equal('$5,000');
    });

    it('falls back to yearly figures for an unknown period, with a warning and cw-error', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
        const event = nextEvent(el, 'cw-error');
        el.setAttribute('period', 'fortnight');
        const { detail } = await event;
        expect(detail.kind).to.equal('invalid-attribute');
        expect(detail.attribute).to.equal('period');
        expect(figures(el).Median).to.equal('$60,000');
        expect(warnings.messages.join('\n')).to.contain('period="fortnight"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('offer for job boards', () => {
    it('draws the offered range and says where it sits', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
      );
      const offer = part(el, 'offer')!;
      expect(getComputedStyle(offer).getPropertyValue('--_from').trim()).to.match(/^22\.2+\d*%$/);
      expect(part(el, 'offer-note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'The offer of $50,000 – $56,000 is below the median of $60,000. It is closest to the entry-level figure ($47,400).',
      );
    });

    it('styles the offer on every band', async () => {
      for (let i = 0; i < 2; i++) {
        const el = await render<SalaryBand>(
          html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
        );
        const offer = part(el, 'offer')!;
        const track = part(el, 'track')!.getBoundingClientRect();
        const box = offer.getBoundingClientRect();
        expect(getComputedStyle(offer).position, `band ${i + 1}`).to.equal('absolute');
        // $50,000 to $56,000 on a band from $42,000 to $78,000: 22.2% to 38.9% of the track.
        expect((box.left - track.left) / track.width).to.be.closeTo(0.222, 0.02);
        expect((box.right - track.left) / track.width).to.be.closeTo(0.389, 0.02);
        expect(getComputedStyle(part(el, 'offer-note')!).borderInlineStartStyle).to.equal('solid');
      }
    });

    it('describes offers around and above the median, and beyond the range', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="58000" offer-max="64000"></salary-band>`,
      );
      expect(part(el, 'offer-note')!.textContent).to.contain('includes the median of $60,000');
      expect(part(el, 'offer-note')!.textContent).to.contain('mid-level figure ($60,000)');
      el.offerMin = 70000;
      el.offerMax = 75000;
      await el.updateComplete;
      expect(part(el, 'offer-note')!.textContent).to.contain('is above the median');
      expect(part(el, 'offer-note')!.textContent).to.contain('senior-level figure ($72,600)');
      el.offerMin = 85000;
      el.offerMax = 90000;
      await el.updateComplete;
      expect(part(el, 'offer-note')!.textContent).to.contain('is above the whole published range');
      expect(part(el, 'offer')!.classList.contains('beyond-end')).to.equal(true);
    });

    it('reads offers in the shown period', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" period="hour" offer-min="20" offer-max="22"></salary-band>`,
      );
      expect(part(el, 'offer-note')!.textContent).to.contain(
        'The offer of $20.00 – $22.00 is below the median of $28.85.',
      );
    });

    it('compares with an average where the role gives one', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-engineer" offer-min="110000"></salary-band>`,
      );
      expect(part(el, 'offer-note')!.textContent).to.contain('The offer of $110,000 is above the average of $105,934.');
    });

    it('explains offers it cannot place, warns and fires cw-error', async () => {
      const warnings = captureWarnings();
      try {
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<SalaryBand>(
          html`<salary-band role-id="security-technician" offer-min="60000" offer-max="50000"></salary-band>`,
        );
        const { detail } = await error;
        await settled(el);
        expect(detail.attribute).to.equal('offer-min');
        expect(part(el, 'offer-note')!.textContent).to.contain('its minimum is above its maximum');
        expect(part(el, 'offer')).to.equal(null);
        el.setAttribute('offer-min', 'lots');
        await el.updateComplete;
        expect(part(el, 'offer-note')!.textContent).to.contain('“lots” is not an amount of money');
        expect(warnings.messages.some((m) => m.includes('offer-min="lots"'))).to.equal(true);
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('states', () => {
    it('keeps one height at a given width in every state, for every bundled role', async () => {
      const warnings = captureWarnings();
      try {
        for (const width of [280, 320, 360, 480, 800]) {
          const container = await fixture<HTMLDivElement>(
            html`<div style=${`width: ${width}px`}>
              <salary-band src=${STALLING_URL}></salary-band>
              <salary-band role-id="security-technician"></salary-band>
              <salary-band role-id="security-engineer"></salary-band>
              <salary-band role-id="security-systems-technician"></salary-band>
              <salary-band role-id="astronaut"></salary-band>
              <salary-band></salary-band>
            </div>`,
          );
          const bands = [...container.querySelectorAll('salary-band')];
          await Promise.all(bands.slice(1, 5).map((band) => settled(band)));
          expect(bands[0]!.state).to.equal('loading');
          const heights = bands.map((band) => band.getBoundingClientRect().height);
          expect(new Set(heights).size, `${width}px: ${heights.join(', ')}`).to.equal(1);
          // Nothing of the bundled data is cut off at this width.
          for (const band of bands.slice(1, 3)) {
            for (const block of band.shadowRoot!.querySelectorAll<HTMLElement>('.lines, dd, dt')) {
              expect(block.scrollHeight, `${width}px ${block.className}`).to.be.at.most(block.clientHeight + 1);
            }
          }
        }
      } finally {
        warnings.restore();
      }
    });
  });

  describe('looks', () => {
    it('passes axe in light and dark, ready with an offer', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
      );
      await expectAccessibleInBothThemes(el);
    });

    it('positions marks through the CSSOM, never a style attribute string (strict CSP)', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
      );
      expect(part(el, 'marker')!.style.getPropertyValue('--_at')).to.equal('50%');
      expect(part(el, 'offer')!.style.getPropertyValue('--_to')).to.match(/^38\.8+\d*%$/);
      for (const node of el.shadowRoot!.querySelectorAll('[style]')) {
        expect(node.matches('[part~="marker"], [part~="level"], [part~="offer"]'), node.outerHTML).to.equal(true);
      }
    });

    it('formats money in the page language', async () => {
      const el = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'de' });
      expect(figures(el).Median).to.match(/^60\.000\s?\$$/);
    });
  });
});
