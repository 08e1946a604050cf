/**
 * The figures of the band `<salary-band>` shows: the national band's, or one area's, exactly as
 * the source publishes them (an area never borrows the national figures), with its percentiles
 * in order and the month they refer to; and the words for them.
 *
 * Those words (percentiles, areas, the month, old figures) are a group of messages of their own
 * (`salary-band.figures`, the messages of this folder). Most roles publish none of these
 * figures, so a page in another language than English loads their strings only for a band that
 * has them (`needsFigureWords`).
 */
import { msg, str } from '../../../base/i18n.js';
import type { Section } from '../../../data/schema.js';

type Salary = Section<'salary'>;

/** One area's band: its code, its name and its own figures. */
export type Area = NonNullable<Salary['locations']>[number];

/** The figures of one band, the national one or an area's; only an area may lack `central`. */
export type Figures = Omit<Area, 'code' | 'name'>;

type PercentileKey = keyof NonNullable<Figures['percentiles']>;

/**
 * A published percentile: its amount, or the floor of a top-coded one (`open`: "$239,200 or
 * more"). Worked out here rather than with the schema's `figureValue`, whose module brings zod.
 */
export interface Point {
  key: PercentileKey;
  value: number;
  open: boolean;
}

const KEYS: readonly PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

/** The band's percentiles, lowest first. */
export function pointsOf(figures: Figures): Point[] {
  return KEYS.flatMap((key) => {
    const figure = figures.percentiles?.[key];
    if (figure === undefined) return [];
    const open = typeof figure !== 'number';
    return [{ key, value: open ? figure.atLeast : figure, open }];
  });
}

/**
 * "10th", "25th" …: a percentile's ordinal, as sentences and labels name it. One message with the
 * number serves all five: 10, 25, 50, 75 and 90 take the same ordinal ending in English.
 */
export function ordinal(key: PercentileKey): string {
  return msg(str`${key.slice(1)}th`);
}

/** "25th percentile". */
export function percentileName(key: PercentileKey): string {
  return msg(str`${ordinal(key)} percentile`);
}

/** "$239,200 or more": a top-coded figure, known only to be at or above `amount`. */
export function orMore(amount: string): string {
  return msg(str`${amount} or more`);
}

/** The label of the list of areas. */
export function areaLabel(): string {
  return msg('Area');
}

/** The name of the list's first choice, the national band, where the data names no country. */
export function nationalName(): string {
  return msg('National');
}

/** Says that `location` names no area of the data. */
export function unknownAreaNotice(code: string): string {
  return msg(str`No figures for “${code}”: showing the national figures.`);
}

/** Says that the figures are older than `stale-after`. */
export function staleNotice(): string {
  return msg('These figures may be out of date.');
}

/** "May 2024 figures". */
export function monthOfFigures(month: string): string {
  return msg(str`${month} figures`);
}

/** "for Colorado", or "nationally": where the figures apply, ending the percentile sentences. */
export function whereFiguresApply(area: string | undefined): string {
  return area ? msg(str`for ${area}`) : msg('nationally');
}

/**
 * True when the band, with `location`, needs the words of this folder: it has percentiles, bands
 * for areas or a month, or `location` names an area (which may be missing, and then said so).
 */
export function needsFigureWords(band: Salary | undefined, location: string | undefined): boolean {
  return Boolean(location || band?.percentiles || band?.locations || band?.asOf);
}

/** "2024-05" → "May 2024", in the element's language. */
export function formatMonth(lang: string, month: string): string {
  // A "YYYY-MM" date string is read as the first of the month in UTC.
  return new Date(month).toLocaleDateString(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The months from "YYYY-MM" to the month of `now` (in UTC): 1 from May to June. */
export function monthsSince(month: string, now = Date.now()): number {
  const count = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
  return count(new Date(now)) - count(new Date(month));
}
