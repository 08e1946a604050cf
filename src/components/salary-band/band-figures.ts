/**
 * The figures of the band `<salary-band>` shows: the national band's, or one area's, exactly as
 * the source publishes them (an area never borrows the national figures), with its percentiles
 * in order and the month they refer to.
 */
import { msg, str } from '../../base/i18n.js';
import type { Section } from '../../data/schema.js';

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
