/**
 * The rows of `<salary-band>`'s labels, worked out from the data alone, with no measuring, so a
 * band rendered on a server is laid out as the browser lays it out. A label's width is estimated
 * from its text (`textWidth`); for each width bucket of the rail (`RAIL_BUCKETS`), `planRows`
 * puts each label in the first row where it keeps the gap from the labels already there. The
 * styles choose each bucket's rows with container queries on the rail.
 *
 * Places and spans are measured from the rail's start, whichever side that is: a right-to-left
 * band is the mirror image of the left-to-right one, so the same rows keep its labels apart.
 */
import { unsafeCSS } from 'lit';

/** The least space between two labels in one row, in em (the rail's `column-gap`). */
export const LABEL_GAP = 0.75;

/** Lower bounds of the rail's width buckets, in em of the band's text. */
export const RAIL_BUCKETS = [0, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48] as const;

/** A label on a rail: its place along the track (0–100) and its width, in em. */
export interface RowLabel {
  at: number;
  width: number;
}

/**
 * The estimated width of a line of text, in em: generous for common sans-serif fonts (DejaVu Sans
 * bold digits are 0.7em), so the real text fits the box it is given.
 */
export function textWidth(text: string, bold = false): number {
  let em = 0;
  for (const char of text) em += /[\s.,:;'’·]/.test(char) ? 0.36 : /[MWmw@%]/.test(char) ? 1 : /\p{Lu}/u.test(char) ? 0.8 : 0.7;
  return Math.ceil(em * (bold ? 1.1 : 1) * 100) / 100;
}

/** Where a label's box starts on a rail `rail` em wide: centred on its place, kept inside. */
const startOf = ({ at, width }: RowLabel, rail: number) => Math.max(0, Math.min(rail - width, (at / 100) * rail - width / 2));

/**
 * The row (0 first) of each label on a rail `railWidth` em wide: the first row where it keeps
 * `gap` em from the labels already there. Labels apart on a rail stay apart on any wider one (the
 * space between two labels in a row only grows as the rail widens), so rows planned for a
 * bucket's lower bound hold across the bucket.
 */
export function planRows(labels: readonly RowLabel[], railWidth: number, gap: number): number[] {
  const rows: [number, number][][] = [];
  return labels.map((label) => {
    const x = startOf(label, railWidth);
    const end = x + label.width;
    let row = rows.findIndex((spans) => spans.every(([from, to]) => end + gap <= from + 1e-6 || to + gap <= x + 1e-6));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push([x, end]);
    return row;
  });
}

/**
 * Each label's grid row in each of `RAIL_BUCKETS`, as `--_r<bucket>` custom properties. Rows
 * count from 1 at the top: under the track, the first row is the nearest; over it (`above`),
 * the farthest.
 */
export function rowsByBucket(labels: readonly RowLabel[], above: boolean): Record<string, number>[] {
  const rows = labels.map(() => ({}) as Record<string, number>);
  for (const from of RAIL_BUCKETS) {
    const planned = planRows(labels, from, LABEL_GAP);
    const count = Math.max(0, ...planned) + 1;
    planned.forEach((row, j) => (rows[j]![`r${from}`] = above ? count - row : row + 1));
  }
  return rows;
}

/**
 * Each label's row for the width of its rail (the `rail` container): `--_r<bucket>` of the widest
 * bucket the rail reaches. Written here, apart from the static styles, which are minified.
 */
export const labelRowStyles = unsafeCSS(
  RAIL_BUCKETS.slice(1)
    .map((from) => `@container rail (min-width:${from}em){.label{--_row:var(--_r${from})}}`)
    .join(''),
);
