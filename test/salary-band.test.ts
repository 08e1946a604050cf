import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/salary-band.js';
import '../src/define/career-role.js';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
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

const figures = (el: SalaryBand) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.figure')].map((figure) => [
      figure.querySelector('dt')!.textContent!.trim(),
      figure.querySelector('dd')!.textContent!.trim(),
    ]),
  );

const part = (el: SalaryBand, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<salary-band>', () => {
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

    it('says so when a role publishes no salary (Security Systems Technician)', async () => {
      const el = await render<SalaryBand>(html`<salary-band role-id="security-systems-technician"></salary-band>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(textOf(el)).to.contain('No salary figures are published for Security Systems Technician.');
      await expectAccessibleInBothThemes(el);
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

    it('styles the offer with the styles that come with its code, on every band', async () => {
      // The second band finds the offer code already loaded; it must still get the styles.
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

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id and src', async () => {
      const data = await roleCopy('security-engineer');
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<SalaryBand>(
        html`<salary-band role-id="security-technician" src=${STALLING_URL} .roleData=${data}></salary-band>`,
      );
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({ roleId: 'security-engineer', title: 'Security Engineer', source: 'role-data' });
      expect(figures(el)).to.deep.equal({ Average: '$105,934' });
    });

    it('takes role-id over src, and re-renders when role-id changes', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" src=${STALLING_URL}></salary-band>`,
      );
      expect(el.loadedRole?.id).to.equal('security-technician');
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail.source).to.equal('role-id');
      await el.updateComplete;
      expect(figures(el)).to.deep.equal({ Average: '$105,934' });
    });

    it('fetches src when it is the only source', async () => {
      const el = await render<SalaryBand>(html`<salary-band src="/__cw/role/security-technician"></salary-band>`);
      expect(el.state).to.equal('ready');
      expect(figures(el).Median).to.equal('$60,000');
    });

    it('uses the role of the nearest <career-role>, sharing its load', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-technician">
            <salary-band></salary-band>
            <section><salary-band period="month"></salary-band></section>
          </career-role>
        </div>`,
      );
      const [yearly, monthly] = [...wrapper.querySelectorAll('salary-band')];
      await settled(yearly!);
      await settled(monthly!);
      expect(yearly!.loadedRole).to.equal(monthly!.loadedRole);
      expect(figures(yearly!).Median).to.equal('$60,000');
      expect(figures(monthly!).Median).to.equal('$5,000');
      const provider = wrapper.querySelector<CareerRole>('career-role')!;
      const reloaded = nextEvent(yearly!, 'cw-load');
      provider.roleId = 'security-engineer';
      expect((await reloaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
    });

    it('prefers its own role-id over the provider', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<career-role role-id="security-technician"
          ><salary-band role-id="security-engineer"></salary-band
        ></career-role>`,
      );
      const el = await settled(wrapper.querySelector('salary-band')!);
      expect(el.loadedRole?.id).to.equal('security-engineer');
    });
  });

  describe('states', () => {
    it('shows a busy, accessible loading state of the same height as the ready state', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <salary-band src=${STALLING_URL}></salary-band>
          <salary-band role-id="security-technician"></salary-band>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('salary-band')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(loading!.getBoundingClientRect().height).to.equal(ready!.getBoundingClientRect().height);
      await expect(loading).to.be.accessible();
    });

    it('keeps one height at a given width in every state, for every bundled role', async () => {
      const warnings = captureWarnings();
      try {
        for (const width of [280, 360, 480, 800]) {
          const container = await fixture<HTMLDivElement>(
            html`<div style=${`width: ${width}px`}>
              <salary-band src=${STALLING_URL}></salary-band>
              <salary-band role-id="security-technician"></salary-band>
              <salary-band role-id="security-engineer"></salary-band>
              <salary-band role-id="security-systems-technician"></salary-band>
              <salary-band role-id="astronaut"></salary-band>
            </div>`,
          );
          const bands = [...container.querySelectorAll('salary-band')];
          await Promise.all(bands.slice(1).map((band) => settled(band)));
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

    it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.salary!.min = -5;
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<SalaryBand>(html`<salary-band .roleData=${data}></salary-band>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('salary.min');
        expect(textOf(el)).to.contain('is not valid');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('salary.min');
        const warning = warnings.messages.find((m) => m.includes('salary.min'));
        expect(warning).to.contain('security-technician');
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('shows an unknown role-id as an error naming the id, without throwing', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render<SalaryBand>(html`<salary-band role-id="astronaut"></salary-band>`);
        expect(el.state).to.equal('error');
        expect(textOf(el)).to.contain('There is no career role called “astronaut”.');
        expect(warnings.messages.join()).to.contain('Known roles');
      } finally {
        warnings.restore();
      }
    });

    it('offers a retry after a failed src, and reload() loads again', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render<SalaryBand>(html`<salary-band src="/__cw/status/500"></salary-band>`);
        expect(el.state).to.equal('error');
        const retry = part(el, 'retry')!;
        expect(retry.textContent).to.contain('Try again');
        el.src = '/__cw/role/security-technician';
        await settled(el);
        expect(el.state).to.equal('ready');
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expect(el).to.be.accessible();
    });
  });

  describe('looks', () => {
    it('passes axe in light and dark, ready with an offer', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
      );
      await expectAccessibleInBothThemes(el);
    });

    it('switches colours with theme and follows custom properties', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" theme="light"></salary-band>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--cw-salary-band-marker-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'marker')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><salary-band role-id="security-technician"></salary-band></div>`,
        );
        const el = await settled(wrapper.querySelector('salary-band')!);
        const size = (selector: string) =>
          parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
        expect(size('.figure.level dd')).to.equal(16);
        expect(size('.figure.central dd')).to.be.closeTo(16 * 1.35, 0.1);
        expect(size('.sources')).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses heading-level for its heading, and falls back to 3 for nonsense', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render<SalaryBand>(
          html`<salary-band role-id="security-technician" heading-level="2"></salary-band>`,
        );
        expect(part(el, 'heading')!.localName).to.equal('h2');
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
        expect(part(el, 'heading')!.localName).to.equal('h3');
        expect(warnings.messages.join()).to.contain('heading-level="9"');
      } finally {
        warnings.restore();
      }
    });

    it('positions marks through the CSSOM, never a style attribute string (strict CSP)', async () => {
      const el = await render<SalaryBand>(
        html`<salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
      );
      expect(part(el, 'marker')!.style.getPropertyValue('--_at')).to.equal('50%');
      expect(part(el, 'offer')!.style.getPropertyValue('--_to')).to.match(/^38\.8+\d*%$/);
    });

    it('formats money in the page language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><salary-band role-id="security-technician"></salary-band></div>`,
      );
      const el = await settled(wrapper.querySelector('salary-band')!);
      expect(figures(el).Median).to.match(/^60\.000\s?\$$/);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: SalaryBand = document.createElement('salary-band');
    expect(el).to.be.instanceOf(customElements.get('salary-band')!);
  });
});
