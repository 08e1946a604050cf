/**
 * A job posting's offer on `<salary-band>`: reading `offer-min` and `offer-max`, drawing the
 * offered range on the band, and the sentence that places it.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { formatMoney, formatMoneyRange } from '../../base/format.js';
import { placed, serverStyle } from './place.js';
import type { Figures, Point } from './figures/band-figures.js';
import { placeByPercentile } from './figures/percentile-offer.js';
import type { SalaryLevel } from '../../data/schema.js';

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

/**
 * The offered range drawn on the band's track, which runs from the annual amount `low` to
 * `high`; `at` places an annual amount along it (0–100).
 */
export function renderOfferRange(
  low: number,
  high: number,
  offer: { min: number; max: number },
  divisor: number,
  at: (annual: number) => number,
): TemplateResult {
  const from = offer.min * divisor;
  const to = offer.max * divisor;
  const place = placed({ from: `${at(from)}%`, to: `${at(to)}%` });
  return html`<span
    part="offer"
    class="offer ${from < low ? 'beyond-start' : ''} ${to > high ? 'beyond-end' : ''}"
    data-place=${place}
    style=${serverStyle(place)}
  ></span>`;
}

type Level = { level: SalaryLevel; amount: number };

/** The band shown, as the offer's sentence needs it. */
export type Placing = Omit<Figures, 'levels'> & {
  /** The band's percentiles, lowest first. */
  points: Point[];
  /** The band's levels, lowest first. */
  levels: Level[];
  /** "for Colorado", or "nationally": where the figures apply, ending the percentile sentences. */
  where: string;
  currency: string;
};

/**
 * The sentence that places the offer. With percentiles: between which two the offer sits, or
 * which it spans, and where it lies beyond the published ones, that it does, never guessing
 * further. Without: against the range and the central figure. Then the nearest level.
 */
export function renderOfferNote(
  band: Placing,
  offer: Offer,
  divisor: number,
  digits: number,
  lang: string,
  money: (annual: number) => string,
): TemplateResult {
  if ('problem' in offer) {
    return html`<p class="offer-note problem small" part="offer-note">${offer.problem}</p>`;
  }
  const { central, points } = band;
  const from = offer.min * divisor;
  const to = offer.max * divisor;
  const offered =
    offer.min === offer.max
      ? formatMoney(lang, offer.min, band.currency, digits)
      : formatMoneyRange(lang, offer.min, offer.max, band.currency, digits);
  const sentences: string[] = [];

  if (points.length > 0) {
    sentences.push(placeByPercentile(points, from, to, offered, band.where, money));
  } else if (band.max !== undefined && from > band.max) {
    sentences.push(msg(str`The offer of ${offered} is above the whole published range.`));
  } else if (band.min !== undefined && to < band.min) {
    sentences.push(msg(str`The offer of ${offered} is below the whole published range.`));
  } else if (!central) {
    sentences.push(msg(str`The offer of ${offered} is within the published range.`));
  } else {
    const amount = money(central.amount);
    const median = central.kind === 'median';
    if (to < central.amount) {
      sentences.push(
        median
          ? msg(str`The offer of ${offered} is below the median of ${amount}.`)
          : msg(str`The offer of ${offered} is below the average of ${amount}.`),
      );
    } else if (from > central.amount) {
      sentences.push(
        median
          ? msg(str`The offer of ${offered} is above the median of ${amount}.`)
          : msg(str`The offer of ${offered} is above the average of ${amount}.`),
      );
    } else {
      sentences.push(
        median
          ? msg(str`The offer of ${offered} includes the median of ${amount}.`)
          : msg(str`The offer of ${offered} includes the average of ${amount}.`),
      );
    }
  }

  const middle = (from + to) / 2;
  const nearest = band.levels.reduce<Level | undefined>(
    (best, level) => (!best || Math.abs(level.amount - middle) < Math.abs(best.amount - middle) ? level : best),
    undefined,
  );
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
