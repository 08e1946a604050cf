/**
 * <salary-band> with salary data as real sources publish it: percentiles (top-coded ones
 * included), bands for areas, a reference month and old figures, and an offer placed by
 * percentile. The figures are the made-up example role of test/fixtures/salary-example.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/salary-band';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import { monthsSince } from '../src/components/salary-band/figures/band-figures.js';
import type { RoleInput } from '../src/data/schema.js';
import { EXAMPLE_SALARY_ROLE, exampleWith } from './fixtures/salary-example.js';
import {
  build,
  changeReporting,
  clean,
  expectAccessibleInBothThemes,
  isShown,
  nextEvent,
  part,
  parts,
  place,
  renderReporting,
  settled,
  spoken,
  warningsOfEachTest,
} from './helpers.js';

/** Bands of the example role (or `data`), each with its attributes, in a box `width` px wide, settled and laid out. */
async function bands(width: number, cases: Record<string, string>[], data: RoleInput = EXAMPLE_SALARY_ROLE) {
  const elements = cases.map((attributes) => {
    const el = build<SalaryBand>('salary-band', { attributes });
    el.roleData = data;
    return el;
  });
  await place(elements, width);
  await Promise.all(elements.map((el) => settled(el)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return elements;
}

/** The written figures, by their names. */
const figures = (el: SalaryBand) =>
  Object.fromEntries(parts(el, 'figures').flatMap((list) => [...list.querySelectorAll('.figure')].map((figure) => [clean(figure.querySelector('dt')), clean(figure.querySelector('dd'))])));

const labels = (el: SalaryBand, selector = '*') =>
  parts(el, 'label')
    .filter((label) => label.matches(selector))
    .map((label) => clean(label));
const box = (node: Element) => node.getBoundingClientRect();
/** Where a point of a mark stands along the track's inner width, from 0 to 1. */
const along = (el: SalaryBand, x: number) => {
  const track = part(el, 'track')!;
  const left = box(track).left + track.clientLeft;
  return (x - left) / track.clientWidth;
};
const centre = (node: Element) => (box(node).left + box(node).right) / 2;
const noteOf = (el: SalaryBand) => clean(part(el, 'offer-note'));

describe('<salary-band> with percentiles, areas and reference months', () => {
  const warnings = warningsOfEachTest();

  it('draws the percentiles (whiskers 10th–90th, box 25th–75th, the median) and writes every one out', async () => {
    const [el] = await bands(800, [{}]);
    // The band runs from the 10th ($41,000) to the 90th percentile ($80,000).
    const at = (amount: number) => (amount - 41000) / 39000;
    const whisker = part(el!, 'whisker')!;
    const boxed = part(el!, 'box')!;
    expect(along(el!, box(whisker).left)).to.be.closeTo(0, 0.005);
    expect(along(el!, box(whisker).right)).to.be.closeTo(1, 0.005);
    expect(along(el!, box(boxed).left)).to.be.closeTo(at(48000), 0.005);
    expect(along(el!, box(boxed).right)).to.be.closeTo(at(68000), 0.005);
    expect(along(el!, centre(part(el!, 'marker')!))).to.be.closeTo(at(58000), 0.005);
    // The central figure is the median: no second mark for it.
    expect(part(el!, 'median')).to.equal(null);
    expect(box(boxed).top).to.be.lessThan(box(whisker).top);
    expect(labels(el!, '.level-label')).to.deep.equal(['10th $41,000', '25th $48,000', '75th $68,000', '90th $80,000']);
    expect(labels(el!, ':not(.level-label)')).to.deep.equal(['$58,000']);
    for (const label of parts(el!, 'label').filter((node) => node.matches('.level-label'))) {
      expect(box(label).bottom, clean(label)).to.be.at.most(box(part(el!, 'track')!).top);
    }
    // Screen readers get every percentile from the list, and the reference month from the line over it.
    expect(spoken(part(el!, 'base')!)).to.equal(
      'Example Analyst salary Area United States Colorado Texas Example City Per year · United States · USD · May 2024 figures ' +
        'Median $58,000 10th percentile $41,000 25th percentile $48,000 50th percentile $58,000 75th percentile $68,000 90th percentile $80,000 ' +
        'Source: Example survey (made-up figures for tests)',
    );
    for (const figure of el!.shadowRoot!.querySelectorAll('.figure.percentile')) {
      expect(figure.classList.contains('visually-hidden'), clean(figure)).to.equal(true);
    }
    expect(part(el!, 'band')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('writes top-coded figures as "$239,200 or more" and ends the band there, open, with nothing past it', async () => {
    const [el] = await bands(390, [{ location: 'metro:99999', 'offer-min': '250000', 'offer-max': '260000' }]);
    expect(figures(el!)).to.deep.include({
      Average: '$210,000',
      '50th percentile': '$199,000',
      '75th percentile': '$239,200 or more',
      '90th percentile': '$239,200 or more',
    });
    expect(labels(el!, '.level-label')).to.deep.equal([
      '10th $120,000',
      '25th $160,000',
      '50th $199,000',
      '75th $239,200 or more',
      '90th $239,200 or more',
    ]);
    const track = part(el!, 'track')!;
    expect(track.classList.contains('open')).to.equal(true);
    expect(getComputedStyle(track, '::after').content).to.equal('"»"');
    // The band ends at the floor, $239,200; the average's marker and the median's tick stand inside.
    const at = (amount: number) => (amount - 120000) / 119200;
    expect(along(el!, box(part(el!, 'box')!).right)).to.be.closeTo(1, 0.005);
    expect(along(el!, centre(part(el!, 'median')!))).to.be.closeTo(at(199000), 0.01);
    expect(along(el!, centre(part(el!, 'marker')!))).to.be.closeTo(at(210000), 0.01);
    const band = box(part(el!, 'band')!);
    for (const node of part(el!, 'band')!.querySelectorAll('*')) {
      expect(box(node).right, node.className).to.be.at.most(band.right + 0.5);
    }
    expect(box(part(el!, 'offer')!).right).to.be.at.most(box(track).right + 0.5);
  });

  it('shows the band of location="…": that area’s own figures, never the national ones in their place', async () => {
    const [colorado, texas] = await bands(800, [{ location: 'US-CO' }, { location: 'US-TX' }]);
    expect(clean(colorado!.shadowRoot!.querySelector('.meta'))).to.equal('Per year · Colorado · USD · May 2024 figures');
    expect(figures(colorado!)).to.deep.include({ Median: '$61,000', '10th percentile': '$43,000', '90th percentile': '$86,000' });
    expect(clean(part(colorado!, 'sources'))).to.equal('Source: Example state survey (made-up figures for tests)');
    expect(colorado!.shadowRoot!.querySelector('select')!.value).to.equal('US-CO');
    // Texas publishes no central figure and no 10th or 90th percentile: none is shown.
    expect(figures(texas!)).to.deep.equal({
      '25th percentile': '$45,000',
      '50th percentile': '$55,000',
      '75th percentile': '$66,000',
    });
    expect(part(texas!, 'marker')).to.equal(null);
    expect(labels(texas!)).to.deep.equal(['25th $45,000', '50th $55,000', '75th $66,000']);
    expect(clean(texas!.shadowRoot)).not.to.match(/\$58,000|\$41,000|\$80,000|Median/);
    // Changing the attribute changes the band and the list.
    texas!.location = 'US-CO';
    await texas!.updateComplete;
    expect(figures(texas!)).to.deep.equal(figures(colorado!));
    expect(texas!.shadowRoot!.querySelector('select')!.value).to.equal('US-CO');
  });

  it('lets the reader choose an area from a labelled list, announces it and fires cw-location-change', async () => {
    const [el] = await bands(800, [{}]);
    const select = el!.shadowRoot!.querySelector('select')!;
    expect(clean(select.closest('label'))).to.match(/^Area /);
    expect([...select.options].map((option) => [option.value, option.text])).to.deep.equal([
      ['', 'United States'],
      ['US-CO', 'Colorado'],
      ['US-TX', 'Texas'],
      ['metro:99999', 'Example City'],
    ]);
    const meta = el!.shadowRoot!.querySelector('.meta')!;
    expect(meta.getAttribute('aria-live')).to.equal('polite');
    // From the keyboard: the list takes the focus, and the arrow key picks the next area.
    let event = nextEvent(el!, 'cw-location-change');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect((await event).detail).to.deep.equal({ code: 'US-CO' });
    await el!.updateComplete;
    expect(el!.getAttribute('location')).to.equal('US-CO');
    expect(clean(meta)).to.equal('Per year · Colorado · USD · May 2024 figures');
    expect(figures(el!).Median).to.equal('$61,000');
    expect(el!.shadowRoot!.activeElement).to.equal(select);
    // Back to the national band: no area, no attribute.
    event = nextEvent(el!, 'cw-location-change');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const back = await event;
    expect(back.detail).to.deep.equal({ code: null });
    expect(back.bubbles && back.composed).to.equal(true);
    await el!.updateComplete;
    expect(el!.hasAttribute('location')).to.equal(false);
    expect(figures(el!).Median).to.equal('$58,000');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the national band for an unknown location, with a note, a warning and cw-error', async () => {
    const { el } = await renderReporting<SalaryBand>(
      'salary-band',
      { roleId: 'security-technician', attributes: { location: 'US-CO' } },
      'location',
      warnings,
    );
    // A bundled role has no areas: no list, and its own band.
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(clean(part(el, 'location-note'))).to.equal('No figures for “US-CO”: showing the national figures.');
    expect(figures(el).Median).to.equal('$60,000');
    const [example] = await bands(800, [{}]);
    await changeReporting(example!, 'location', 'us-co', warnings);
    expect(clean(part(example!, 'location-note'))).to.equal('No figures for “us-co”: showing the national figures.');
    expect(figures(example!).Median).to.equal('$58,000');
    expect(example!.shadowRoot!.querySelector('select')!.value).to.equal('');
    example!.location = 'US-TX';
    await example!.updateComplete;
    expect(part(example!, 'location-note')).to.equal(null);
  });

  it('marks figures older than stale-after months with a notice, and only those', async () => {
    const monthAgo = (months: number) => {
      const date = new Date();
      date.setUTCDate(1);
      date.setUTCMonth(date.getUTCMonth() - months);
      return date.toISOString().slice(0, 7);
    };
    const at = (asOf: string) => exampleWith({ asOf });
    const [old, recent, edge, past, unmarked] = [
      await bands(800, [{ 'stale-after': '18' }], at('2001-01')),
      await bands(800, [{ 'stale-after': '1' }], at(monthAgo(0))),
      await bands(800, [{ 'stale-after': '18' }], at(monthAgo(18))),
      await bands(800, [{ 'stale-after': '18' }], at(monthAgo(19))),
      await bands(800, [{}], at('2001-01')),
    ].map(([el]) => el!);
    expect(clean(part(old, 'stale'))).to.equal('These figures may be out of date.');
    expect(isShown(part(old, 'stale')!)).to.equal(true);
    expect(clean(old.shadowRoot!.querySelector('.meta'))).to.contain('January 2001 figures');
    expect(part(recent, 'stale')).to.equal(null);
    expect(part(edge, 'stale'), '18 months old is not older than 18 months').to.equal(null);
    expect(part(past, 'stale')).not.to.equal(null);
    expect(part(unmarked, 'stale')).to.equal(null);
    // The month is written in the element's language.
    unmarked.lang = 'de';
    unmarked.requestUpdate();
    await unmarked.updateComplete;
    expect(clean(unmarked.shadowRoot!.querySelector('.meta'))).to.contain('Januar 2001');
    // A value that is not a number of months marks nothing, and is reported.
    await changeReporting(old, 'stale-after', 'soon', warnings);
    expect(part(old, 'stale')).to.equal(null);
    await changeReporting(old, 'stale-after', '-3', warnings);
    expect(part(old, 'stale')).to.equal(null);
    await expectAccessibleInBothThemes(old);
  });

  it('counts whole months to the current one, in UTC (monthsSince)', () => {
    expect(monthsSince('2024-05', Date.UTC(2024, 4, 31, 23, 59))).to.equal(0);
    expect(monthsSince('2024-05', Date.UTC(2025, 10, 30))).to.equal(18);
    expect(monthsSince('2024-05', Date.UTC(2025, 11, 1))).to.equal(19);
    expect(monthsSince('2024-12', Date.UTC(2025, 0, 1))).to.equal(1);
  });

  it('places an offer by percentile, and says where it lies beyond the published figures', async () => {
    const [el] = await bands(800, [{}]);
    const cases: [string | null, number, number, string][] = [
      [null, 50000, 56000, 'The offer of $50,000 – $56,000 sits between the 25th and 50th percentiles nationally.'],
      ['US-CO', 50000, 56000, 'The offer of $50,000 – $56,000 sits between the 25th and 50th percentiles for Colorado.'],
      ['US-CO', 30000, 35000, 'The offer of $30,000 – $35,000 is below the 10th percentile for Colorado.'],
      ['US-CO', 90000, 95000, 'The offer of $90,000 – $95,000 is above the highest figure published for Colorado, the 90th percentile.'],
      ['US-CO', 45000, 75000, 'The offer of $45,000 – $75,000 spans the 25th to 75th percentiles for Colorado.'],
      ['US-CO', 58000, 64000, 'The offer of $58,000 – $64,000 includes the 50th percentile for Colorado.'],
      ['US-TX', 30000, 40000, 'The offer of $30,000 – $40,000 is below the 25th percentile for Texas.'],
      ['US-TX', 70000, 70000, 'The offer of $70,000 is above the highest figure published for Texas, the 75th percentile.'],
      ['metro:99999', 200000, 230000, 'The offer of $200,000 – $230,000 sits between the 50th and 75th percentiles for Example City.'],
      ['metro:99999', 230000, 250000, 'The offer of $230,000 – $250,000 reaches $239,200 or more, the highest figure published for Example City.'],
      ['metro:99999', 250000, 260000, 'The offer of $250,000 – $260,000 reaches $239,200 or more, the highest figure published for Example City.'],
    ];
    for (const [location, min, max, sentence] of cases) {
      el!.location = location ?? undefined;
      el!.offerMin = min;
      el!.offerMax = max;
      await el!.updateComplete;
      expect(noteOf(el!), `${location} ${min}–${max}`).to.equal(sentence);
    }
    // In the shown period: $4,200 to $4,600 a month is $50,400 to $55,200 a year.
    el!.period = 'month';
    el!.location = 'US-CO';
    el!.offerMin = 4200;
    el!.offerMax = 4600;
    await el!.updateComplete;
    expect(noteOf(el!)).to.equal('The offer of $4,200 – $4,600 sits between the 25th and 50th percentiles for Colorado.');
    expect(labels(el!, '.level-label')[0]).to.equal('10th $3,583');
  });

  it('speaks its language for the figures too, loading their words when the language changes', async () => {
    // The words of percentiles, areas and months are a group of their own, which the band loads
    // only for data that has such figures: in German from the start, and in French after a switch.
    const [el] = await bands(600, [{ lang: 'de', location: 'US-CO' }]);
    const words = () => clean(el!.shadowRoot);
    expect(words()).to.contain('Gebiet').and.to.contain('25. Perzentil').and.to.contain('Stand: Mai 2024');
    el!.setAttribute('lang', 'fr');
    await el!.updateComplete;
    expect(words()).to.contain('Zone').and.to.contain('25e centile');
    for (const english of ['Area', 'percentile', 'May 2024 figures']) expect(words()).not.to.contain(english);
  });

  it('keeps every label apart and inside the band, at 320px and 200% text', async () => {
    const elements = await bands(
      320,
      ['', 'US-CO', 'US-TX', 'metro:99999'].flatMap((location): Record<string, string>[] => [
        { location, 'offer-min': '50000', 'offer-max': '56000' },
        { location, 'offer-min': '230000', 'offer-max': '250000', dir: 'rtl' },
      ]),
    );
    elements[0]!.parentElement!.style.fontSize = '200%';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const el of elements) {
      const name = `${el.location || 'national'} ${el.dir}`;
      const host = box(el);
      const shown = parts(el, 'label').map((label) => ({ text: clean(label), rect: box(label) }));
      for (const [i, { text, rect }] of shown.entries()) {
        expect(rect.left, `${name}: ${text}`).to.be.at.least(host.left - 0.5);
        expect(rect.right, `${name}: ${text}`).to.be.at.most(host.right + 0.5);
        for (const other of shown.slice(i + 1)) {
          const apart =
            Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left) <= 0.5 ||
            Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top) <= 0.5;
          expect(apart, `${name}: "${text}" and "${other.text}"`).to.equal(true);
        }
      }
      expect(box(el.shadowRoot!.querySelector('select')!).right, `${name}: the list`).to.be.at.most(host.right + 0.5);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('p, dd')) {
        if (isShown(node) && !node.closest('.visually-hidden')) {
          expect(node.scrollWidth, `${name}: <${node.localName} class="${node.className}">`).to.be.at.most(node.clientWidth + 1);
        }
      }
    }
  });
});
