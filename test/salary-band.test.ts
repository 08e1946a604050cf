import { expect, fixture, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/salary-band';
import 'career-widgets-virtual/define/career-role';
import type { SalaryBand, SalaryPeriod } from '../src/components/salary-band/salary-band.js';
import { LABEL_GAP, RAIL_BUCKETS, planRows, rowsByBucket, type RowLabel } from '../src/components/salary-band/label-rows.js';
import { BUNDLED_ROLE_IDS } from '../src/data/role-ids.js';
import { describeElement } from './element-contract.js';
import {
  STALLING_URL,
  build,
  captureWarnings,
  clean,
  expectAccessibleInBothThemes,
  idle,
  isShown,
  nextEvent,
  part,
  parts,
  place,
  render,
  renderInside,
  roleCopy,
  settled,
  spoken,
  textOf,
} from './helpers.js';

const figures = (el: SalaryBand) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.figure')].map((figure) => [
      figure.querySelector('dt')!.textContent!.trim(),
      figure.querySelector('dd')!.textContent!.trim(),
    ]),
  );

/** Resolves two frames on: after any layout and paint the last change brings. */
const laidOut = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A band settled and laid out, in a box `width` px wide. */
async function bandAt(width: number, attributes: Record<string, string> = {}, roleId = 'security-technician') {
  const el = build<SalaryBand>('salary-band', { roleId, attributes });
  await place([el], width);
  await settled(el);
  await laidOut();
  return el;
}

/** The labels written on the band, by their text, folded. */
const labels = (el: SalaryBand) => parts(el, 'label');
const labelText = (label: Element) => clean(label);
const centreX = (node: Element) => {
  const box = node.getBoundingClientRect();
  return (box.left + box.right) / 2;
};

/** The boxes of every line of visible text in the element: one per text node and line. */
function textBoxes(el: Element): { text: string; box: DOMRect }[] {
  const boxes: { text: string; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('.visually-hidden') || !isShown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.width > 0 && box.height > 0) boxes.push({ text: node.textContent!.trim().slice(0, 30), box });
    }
  }
  return boxes;
}

/** True when two boxes share more than a hair (half a pixel each way) of area. */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/**
 * The space under the last thing drawn in the element's box, beyond its padding and border:
 * what a fixed height would leave empty.
 */
function emptySpaceBelow(el: SalaryBand): number {
  const base = part(el, 'base')!;
  const style = getComputedStyle(base);
  const bottoms = [...base.children].filter((child) => isShown(child as HTMLElement) && !child.matches('.visually-hidden'));
  const last = Math.max(...bottoms.map((child) => child.getBoundingClientRect().bottom));
  return el.getBoundingClientRect().bottom - last - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
}

describe('<salary-band>', () => {
  describeElement('salary-band', {
    heading: 'Salary',
    headingFor: (title) => `${title} salary`,
    absentMessage: (title) => `No salary figures are published for ${title}.`,
    content: ['figures'],
    loads: ['salary'],
    absent: [{ roleId: 'security-systems-technician' }],
    invalid: { alter: (role) => (role.salary!.min = -5), path: 'salary.min' },
    parts: ['band', 'base', 'figures', 'heading', 'label', 'level', 'marker', 'sources', 'top-earners', 'track'],
    subheadings: 0,
    skeleton: { selector: '.skeleton', count: 4 },
    styleHooks: [{ property: '--cw-salary-band-marker-color', selector: '[part~="marker"]', style: 'backgroundColor' }],
    forcedColors: { selectors: ['.track', '.marker'], outlined: ['[part~="track"]'] },
    textSizes: { '[part~="label"]': 14, '.figure.central dd': 16 * 1.5 },
    // The marks and labels are placed through the CSSOM (see 'positions marks…' below).
    styledByScript: ['[part~="marker"]', '[part~="level"]', '[part~="label"]'],
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

    it('writes the range and levels out for screen readers, in order, and hides the band from them', async () => {
      const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      expect(spoken(part(el, 'base')!)).to.equal(
        'Security Technician salary Per year · United States · USD ' +
          'Median $60,000 Range $42,000 – $78,000 Entry level $47,400 Mid level $60,000 Senior level $72,600 ' +
          'The top 10% of earners make $78,000 or more. ' +
          'This bracket is especially within reach for technicians with specialist skills in high-demand areas. ' +
          'Source: Jobicy, “Security Technician Career Path Guide”',
      );
      // The range and levels are drawn on the band, so their written form is for screen readers.
      for (const figure of el.shadowRoot!.querySelectorAll('.figure.range, .figure.level')) {
        expect(figure.classList.contains('visually-hidden'), clean(figure)).to.equal(true);
      }
      expect(isShown(el.shadowRoot!.querySelector('.figure.central dd')!)).to.equal(true);
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

    it('writes the source\'s note on what the pay depends on', async () => {
      const role = await roleCopy('security-engineer');
      const el = await render<SalaryBand>(html`<salary-band role-id="security-engineer"></salary-band>`);
      expect(clean(part(el, 'note'))).to.equal(role.salary!.note);
      const technician = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      expect(part(technician, 'note')).to.equal(null);
    });
  });

  describe('labels on the band', () => {
    for (const dir of ['ltr', 'rtl']) {
      it(`writes each level over its tick, centred on it (${dir})`, async () => {
        const el = await bandAt(800, { dir });
        const ticks = parts(el, 'level');
        const levels = labels(el).filter((label) => label.matches('.level-label'));
        expect(levels.map(labelText)).to.deep.equal(['Entry $47,400', 'Mid $60,000', 'Senior $72,600']);
        const track = part(el, 'track')!.getBoundingClientRect();
        levels.forEach((label, i) => {
          expect(centreX(label), labelText(label)).to.be.closeTo(centreX(ticks[i]!), 2);
          expect(label.getBoundingClientRect().bottom, labelText(label)).to.be.at.most(track.top);
        });
      });
    }

    it('writes the lowest, central and highest figures under the band, at their places', async () => {
      const el = await bandAt(800);
      const under = labels(el).filter((label) => !label.matches('.level-label'));
      expect(under.map(labelText)).to.deep.equal(['$42,000', '$78,000', '$60,000']);
      const track = part(el, 'track')!.getBoundingClientRect();
      const [low, high, central] = under.map((label) => label.getBoundingClientRect());
      for (const box of [low!, high!, central!]) expect(box.top).to.be.at.least(track.bottom);
      expect(low!.left).to.be.closeTo(track.left, 1);
      expect(high!.right).to.be.closeTo(track.right, 1);
      expect(centreX(under[2]!)).to.be.closeTo(centreX(part(el, 'marker')!), 2);
    });

    it('writes the figures in the shown period', async () => {
      const monthly = await bandAt(800, { period: 'month' });
      expect(labels(monthly).map(labelText)).to.deep.equal([
        'Entry $3,950',
        'Mid $5,000',
        'Senior $6,050',
        '$3,500',
        '$6,500',
        '$5,000',
      ]);
      const hourly = await bandAt(800, { period: 'hour' });
      expect(labels(hourly).map(labelText)).to.deep.equal([
        'Entry $22.79',
        'Mid $28.85',
        'Senior $34.90',
        '$20.19',
        '$37.50',
        '$28.85',
      ]);
    });

    it('writes "Offer" under the offer, centred on it', async () => {
      for (const [min, max] of [
        ['50000', '56000'],
        ['70000', '75000'],
      ]) {
        const el = await bandAt(800, { 'offer-min': min!, 'offer-max': max! });
        const label = labels(el).find((node) => node.matches('.offer-label'))!;
        expect(labelText(label)).to.equal('Offer');
        const offer = part(el, 'offer')!;
        expect(centreX(label), `${min}–${max}`).to.be.closeTo(centreX(offer), 2);
        expect(label.getBoundingClientRect().top).to.be.at.least(part(el, 'track')!.getBoundingClientRect().bottom);
      }
    });

    it('keeps a label for an offer beyond the band inside it, under the offer’s end', async () => {
      const el = await bandAt(390, { 'offer-min': '85000', 'offer-max': '90000' });
      const label = labels(el).find((node) => node.matches('.offer-label'))!.getBoundingClientRect();
      const track = part(el, 'track')!.getBoundingClientRect();
      expect(label.right).to.be.at.most(track.right + 0.5);
      expect(label.right).to.be.closeTo(part(el, 'offer')!.getBoundingClientRect().right, 1);
    });

    it('places the labels in the update that draws them, so no frame shows them in a heap', async () => {
      const el = build<SalaryBand>('salary-band', { roleId: 'security-technician' });
      await place([el], 800);
      await settled(el);
      // No frame has passed since the update: the labels are placed by the styles alone.
      const ticks = parts(el, 'level');
      labels(el)
        .filter((label) => label.matches('.level-label'))
        .forEach((label, i) => expect(centreX(label), labelText(label)).to.be.closeTo(centreX(ticks[i]!), 2));
    });

    it('moves labels to other rows when the band narrows or its text grows, with no script', async () => {
      const el = await bandAt(1280, { 'offer-min': '50000', 'offer-max': '56000' });
      const levels = labels(el).filter((label) => label.matches('.level-label'));
      const tops = () => new Set(levels.map((label) => Math.round(label.getBoundingClientRect().top))).size;
      expect(tops(), 'levels in one row at 1280px').to.equal(1);
      const styles = labels(el).map((label) => label.style.cssText);
      const box = el.parentElement!;
      box.style.width = '320px';
      box.style.fontSize = '200%';
      await laidOut();
      // The script wrote nothing since: container queries chose the rows.
      expect(labels(el).map((label) => label.style.cssText)).to.deep.equal(styles);
      expect(tops(), 'levels in rows of their own at 320px, 200% text').to.equal(3);
      const texts = textBoxes(el);
      for (const [i, a] of texts.entries()) {
        for (const b of texts.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" and "${b.text}"`).to.equal(false);
      }
      const tick = parts(el, 'level')[1]!;
      const mid = labels(el).find((label) => labelText(label).startsWith('Mid'))!;
      expect(centreX(mid)).to.be.closeTo(centreX(tick), 2);
    });

    it('gives each label a box its text fits in, a line for each line of text, in every role and period', async () => {
      const elements = BUNDLED_ROLE_IDS.flatMap((roleId) =>
        (['year', 'month', 'hour'] as const).map((period) =>
          build<SalaryBand>('salary-band', { roleId, attributes: { period, 'offer-min': '1', 'offer-max': '2' } }),
        ),
      );
      await place(elements, 1280);
      await Promise.all(elements.map((el) => settled(el)));
      let checked = 0;
      for (const el of elements) {
        for (const label of labels(el)) {
          const box = label.getBoundingClientRect();
          const lines = label.matches('.level-label') ? 2 : 1;
          const range = document.createRange();
          range.selectNodeContents(label);
          expect(box.height, labelText(label)).to.be.closeTo(lines * parseFloat(getComputedStyle(label).lineHeight), 1);
          expect(range.getBoundingClientRect().width, labelText(label)).to.be.at.most(box.width + 0.5);
          checked++;
        }
      }
      expect(checked).to.be.greaterThan(20);
    });

    describe('nothing overlaps or is cut off', () => {
      const PERIODS: SalaryPeriod[] = ['year', 'month', 'hour'];
      const OFFERS = { none: {}, offer: { 'offer-min': '50000', 'offer-max': '56000' } };
      const offerIn = (period: SalaryPeriod, offer: Record<string, string>) =>
        Object.fromEntries(
          Object.entries(offer).map(([name, value]) => [
            name,
            String(Number(value) / { year: 1, month: 12, hour: 2080 }[period]),
          ]),
        );

      for (const width of [320, 390, 800, 1280]) {
        for (const text of ['100%', '200%']) {
          it(`at ${width}px, ${text} text: every role, theme, period, with and without an offer`, async () => {
            const elements: { el: SalaryBand; name: string }[] = [];
            for (const roleId of BUNDLED_ROLE_IDS) {
              for (const theme of ['light', 'dark']) {
                for (const period of PERIODS) {
                  for (const [offered, offer] of Object.entries(OFFERS)) {
                    const attributes = { theme, period, ...offerIn(period, offer) };
                    elements.push({
                      el: build<SalaryBand>('salary-band', { roleId, attributes }),
                      name: `${roleId} ${theme} ${period} ${offered}`,
                    });
                  }
                }
              }
            }
            const box = await place(
              elements.map(({ el }) => el),
              width,
            );
            box.style.fontSize = text;
            await Promise.all(elements.map(({ el }) => settled(el)));
            await laidOut();
            for (const { el, name } of elements) {
              const host = el.getBoundingClientRect();
              const texts = textBoxes(el);
              expect(texts.length, name).to.be.greaterThan(1);
              for (const [i, a] of texts.entries()) {
                const where = `${name}: "${a.text}"`;
                expect(a.box.left, where).to.be.at.least(host.left - 0.5);
                expect(a.box.right, where).to.be.at.most(host.right + 0.5);
                expect(a.box.top, where).to.be.at.least(host.top - 0.5);
                expect(a.box.bottom, where).to.be.at.most(host.bottom + 0.5);
                for (const b of texts.slice(i + 1)) {
                  expect(overlap(a.box, b.box), `${where} and "${b.text}"`).to.equal(false);
                }
              }
              for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
                if (!isShown(node) || node.closest('.visually-hidden')) continue;
                const where = `${name}: <${node.localName} class="${node.className}">`;
                expect(node.scrollWidth, where).to.be.at.most(node.clientWidth + 1);
              }
              for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6, dt, dd')) {
                if (!isShown(node) || node.closest('.visually-hidden')) continue;
                expect(node.scrollHeight, `${name}: <${node.localName}>`).to.be.at.most(node.clientHeight + 1);
              }
              expect(emptySpaceBelow(el), name).to.be.at.most(1);
            }
          });
        }
      }
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
    it('is as tall as its content in every state but loading, for every bundled role', async () => {
      const warnings = captureWarnings();
      try {
        for (const width of [280, 320, 360, 480, 800]) {
          const container = await fixture<HTMLDivElement>(
            html`<div style=${`width: ${width}px`}>
              <salary-band role-id="security-technician"></salary-band>
              <salary-band role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>
              <salary-band role-id="security-engineer"></salary-band>
              <salary-band role-id="security-engineer" offer-min="110000"></salary-band>
              <salary-band role-id="security-systems-technician"></salary-band>
              <salary-band role-id="astronaut"></salary-band>
              <salary-band></salary-band>
            </div>`,
          );
          const bands = [...container.querySelectorAll('salary-band')];
          await Promise.all(bands.map((band) => idle(band)));
          await laidOut();
          for (const band of bands) {
            const name = `${width}px ${band.outerHTML.replace(/><\/salary-band>/, '>')}`;
            expect(emptySpaceBelow(band), name).to.be.at.most(1);
            const base = part(band, 'base')!;
            expect(base.scrollHeight, name).to.be.at.most(base.clientHeight + 1);
          }
          // The one-figure band is far shorter than the band with a range and levels (leaving
          // out the small print, whose length is the sources' titles').
          const [full, , single] = bands.map(
            (band) => band.getBoundingClientRect().height - (part(band, 'sources')?.getBoundingClientRect().height ?? 0),
          );
          expect(single!, `${width}px`).to.be.lessThan(full! - 40);
        }
      } finally {
        warnings.restore();
      }
    });

    it('keeps an estimate of the ready height while loading, taller with an offer', async () => {
      const plain = build<SalaryBand>('salary-band', { src: STALLING_URL });
      const offered = build<SalaryBand>('salary-band', { src: STALLING_URL, attributes: { 'offer-min': '50000' } });
      const ready = build<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { 'offer-min': '50000' } });
      await place([plain, offered, ready], 800);
      await settled(ready);
      const height = (el: SalaryBand) => el.getBoundingClientRect().height;
      expect(height(offered)).to.be.greaterThan(height(plain) + 40);
      expect(height(offered)).to.be.closeTo(height(ready), 16);
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
      await laidOut();
      expect(part(el, 'marker')!.style.getPropertyValue('--_at')).to.equal('50%');
      expect(part(el, 'offer')!.style.getPropertyValue('--_to')).to.match(/^38\.8+\d*%$/);
      expect(part(el, 'label')!.style.getPropertyValue('--_w')).to.match(/^\d+(\.\d+)?em$/);
      expect(part(el, 'label')!.style.getPropertyValue('--_r8')).to.match(/^\d$/);
      for (const node of el.shadowRoot!.querySelectorAll('[style]')) {
        expect(node.matches('[part~="marker"], [part~="level"], [part~="offer"], [part~="label"]'), node.outerHTML).to.equal(
          true,
        );
      }
    });

    it('formats money in the page language', async () => {
      const el = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'de' });
      expect(figures(el).Median).to.match(/^60\.000\s?\$$/);
    });
  });

  describe('planRows', () => {
    const at = (label: RowLabel, rail: number) =>
      Math.max(0, Math.min(rail - label.width, (label.at / 100) * rail - label.width / 2));

    it('puts a label in the first row where it keeps the gap, centred and kept inside the rail', () => {
      // On a rail 20em wide: 0–4, 8–12 and 16–20 keep a 1em gap; 3–7 does not, nor 15–19.
      const labels = [
        { at: 0, width: 4 },
        { at: 50, width: 4 },
        { at: 100, width: 4 },
        { at: 25, width: 4 },
        { at: 85, width: 4 },
        { at: 60, width: 2 },
      ];
      expect(planRows(labels, 20, 1)).to.deep.equal([0, 0, 0, 1, 1, 1]);
      // A label from 5em keeps the 1em gap from one ending at 4em; one from 4.8em does not.
      expect(planRows([labels[0]!, { at: 35, width: 4 }], 20, 1)).to.deep.equal([0, 0]);
      expect(planRows([labels[0]!, { at: 34, width: 4 }], 20, 1)).to.deep.equal([0, 1]);
    });

    it('gives every label its own row on a rail narrower than the labels', () => {
      expect(planRows([{ at: 0, width: 5 }, { at: 100, width: 5 }, { at: 50, width: 5 }], 6, 0.75)).to.deep.equal([0, 1, 2]);
    });

    it('plans rows that keep the gap across each width bucket, for random labels', () => {
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      for (let round = 0; round < 200; round++) {
        const labels = Array.from({ length: 2 + Math.floor(random() * 5) }, () => ({
          at: Math.round(random() * 100),
          width: 1 + Math.round(random() * 80) / 10,
        }));
        const rows = rowsByBucket(labels, false);
        RAIL_BUCKETS.forEach((from, i) => {
          const to = RAIL_BUCKETS[i + 1] ?? 80;
          for (let rail = from; rail <= to; rail += 0.125) {
            for (const [j, a] of labels.entries()) {
              for (const [k, b] of labels.entries()) {
                if (k <= j || rows[j]![`r${from}`] !== rows[k]![`r${from}`]) continue;
                const [x, y] = [at(a, rail), at(b, rail)];
                const apart = x + a.width + LABEL_GAP <= y + 1e-6 || y + b.width + LABEL_GAP <= x + 1e-6;
                // Millions of pairs: an assertion object is built only for a pair that fails.
                if (!apart) expect.fail(`${JSON.stringify(labels)} at ${rail}em: labels ${j} and ${k} touch`);
              }
            }
          }
        });
      }
    });

    it('numbers rows over the track from the farthest, and under it from the nearest', () => {
      const labels = [
        { at: 50, width: 4 },
        { at: 50, width: 4 },
      ];
      expect(rowsByBucket(labels, false).map((rows) => rows['r20'])).to.deep.equal([1, 2]);
      expect(rowsByBucket(labels, true).map((rows) => rows['r20'])).to.deep.equal([2, 1]);
    });
  });
});
