/**
 * A job posting's offer on `<salary-band>`: reading `offer-min` and `offer-max`, drawing the
 * offered range on the band, and the sentence that places it.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { formatMoney, formatMoneyRange } from '../../base/format.js';
import { placed, serverStyle } from './place.js';
import type { SalaryLevel, Section } from '../../data/schema.js';

export { salaryOfferStyles } from './salary-offer.styles.js';

/** An offered pay range, in the shown period, or the reason it cannot be placed. */
export type Offer = { min: number; max: number } | { problem: string; attribute: 'offer-min' | 'offer-max' };

/** The posting's offer in the shown period, or why it cannot be used; undefined without one. */
export function readOffer(
  band: Element & { offerMin?: number | undefined; offerMax?: number | undefined },
): Offer | undefined {
  const { offerMin, offerMax } = band;
  if (offerMin === undefined && offerMax === undefined) return undefined;
  for (const [name, value] of [
    ['offer-min', offerMin],
    ['offer-max', offerMax],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      const raw = band.getAttribute(name) ?? String(value);
      return {
        problem: msg(str`The offered pay cannot be placed: “${raw}” is not an amount of money.`),
        attribute: name,
      };
    }
  }
  const low = offerMin ?? offerMax!;
  const high = offerMax ?? offerMin!;
  if (low > high) {
    return {
      problem: msg('The offered pay cannot be placed: its minimum is above its maximum.'),
      attribute: 'offer-min',
    };
  }
  return { min: low, max: high };
}

/** The offered range drawn on the band's track; `at` places an annual amount along it (0–100). */
export function renderOfferRange(
  band: Section<'salary'>,
  offer: { min: number; max: number },
  divisor: number,
  at: (annual: number) => number,
): TemplateResult {
  const from = offer.min * divisor;
  const to = offer.max * divisor;
  const place = placed({ from: `${at(from)}%`, to: `${at(to)}%` });
  return html`<span
    part="offer"
    class="offer ${from < band.min! ? 'beyond-start' : ''} ${to > band.max! ? 'beyond-end' : ''}"
    data-place=${place}
    style=${serverStyle(place)}
  ></span>`;
}

/** The sentence that places the offer against the central figure and the nearest level. */
export function renderOfferNote(
  band: Section<'salary'>,
  offer: Offer,
  divisor: number,
  digits: number,
  lang: string,
  money: (annual: number) => string,
): TemplateResult {
  if ('problem' in offer) {
    return html`<p class="offer-note problem small" part="offer-note">${offer.problem}</p>`;
  }
  const from = offer.min * divisor;
  const to = offer.max * divisor;
  const offered =
    offer.min === offer.max
      ? formatMoney(lang, offer.min, band.currency, digits)
      : formatMoneyRange(lang, offer.min, offer.max, band.currency, digits);
  const central = money(band.central.amount);
  const median = band.central.kind === 'median';
  const sentences: string[] = [];

  if (band.max !== undefined && from > band.max) {
    sentences.push(msg(str`The offer of ${offered} is above the whole published range.`));
  } else if (band.min !== undefined && to < band.min) {
    sentences.push(msg(str`The offer of ${offered} is below the whole published range.`));
  } else if (to < band.central.amount) {
    sentences.push(
      median
        ? msg(str`The offer of ${offered} is below the median of ${central}.`)
        : msg(str`The offer of ${offered} is below the average of ${central}.`),
    );
  } else if (from > band.central.amount) {
    sentences.push(
      median
        ? msg(str`The offer of ${offered} is above the median of ${central}.`)
        : msg(str`The offer of ${offered} is above the average of ${central}.`),
    );
  } else {
    sentences.push(
      median
        ? msg(str`The offer of ${offered} includes the median of ${central}.`)
        : msg(str`The offer of ${offered} includes the average of ${central}.`),
    );
  }

  const nearest = nearestLevel(band, (from + to) / 2);
  if (nearest) {
    const amount = money(nearest.amount);
    sentences.push(
      {
        entry: msg(str`It is closest to the entry-level figure (${amount}).`),
        mid: msg(str`It is closest to the mid-level figure (${amount}).`),
        senior: msg(str`It is closest to the senior-level figure (${amount}).`),
      }[nearest.level],
    );
  }
  return html`<p class="offer-note small" part="offer-note">${sentences.join(' ')}</p>`;
}

function nearestLevel(band: Section<'salary'>, annual: number): { level: SalaryLevel; amount: number } | undefined {
  let best: { level: SalaryLevel; amount: number } | undefined;
  for (const level of ['entry', 'mid', 'senior'] as const) {
    const amount = band.levels?.[level];
    if (amount === undefined) continue;
    if (!best || Math.abs(amount - annual) < Math.abs(best.amount - annual)) best = { level, amount };
  }
  return best;
}
