/**
 * `career-widgets import oews <file.csv> --occ <SOC code> --id <role id> [options]`: turns one
 * occupation's rows of a BLS Occupational Employment and Wage Statistics (OEWS) table into a role
 * document with its salary band, written to stdout.
 *
 * BLS publishes the tables as Excel workbooks; saved as CSV, the sheet keeps the published
 * column names. What this module relies on, from the OEWS field descriptions that come with the
 * tables (and their notes):
 *
 * - AREA_TYPE: 1 = U.S.; 2 = State; 3 = U.S. Territory; 4 = Metropolitan Statistical Area (MSA)
 *   or New England City and Town Area (NECTA); 6 = Nonmetropolitan Area. PRIM_STATE is the
 *   area's primary state, "US" for the national estimates; AREA is 99 for the U.S., the state's
 *   FIPS code, or the MSA, NECTA or OEWS nonmetropolitan area code.
 * - O_GROUP: an occupation that OEWS publishes only at the SOC broad level appears twice, once as
 *   "broad" and once as "detailed"; I_GROUP (tables with industries) is "cross-industry" for the
 *   figures across all industries; OWN_CODE 1235 is all ownerships together.
 * - A_MEAN, A_PCT10, A_PCT25, A_MEDIAN (the 50th percentile), A_PCT75, A_PCT90: annual wages;
 *   H_…: the same, hourly.
 * - ANNUAL = "TRUE": only annual wages are released (occupations paid by the year that typically
 *   work fewer than 2,080 hours, such as teachers). HOURLY = "TRUE": only hourly wages are
 *   released (occupations paid by the hour that typically work fewer than 2,080 hours, such as
 *   actors and musicians).
 * - The technical notes: annual wages are the hourly wage times a "year-round, full-time" figure
 *   of 2,080 hours, or, where no hourly wage is published, calculated from the reported annual
 *   data. This importer converts an hourly-only row the same way, and says so in the band's note,
 *   since those workers typically work fewer hours.
 * - Notes: `*` = a wage estimate is not available; `**` = an employment estimate is not
 *   available; `#` = a wage equal to or greater than the table's ceiling ($115.00 an hour or
 *   $239,200 a year in the May 2024 tables, $100.00 or $208,000 in earlier years: the hourly
 *   ceiling is the annual one divided by 2,080); `~` = the percent of establishments reporting
 *   the occupation is less than 0.5 %.
 *
 * Only percentiles are top-coded: OEWS publishes means above the ceiling as they are (published
 * hourly means run past $115.00, the percentiles stop below it). So where the median is `#`, p50
 * is `{ "atLeast": ceiling }` and the central figure is the mean, an average. A `#` met in a mean
 * all the same is no amount: the mean is then not used. The ceiling is not in the saved sheet (it is in the workbook's notes), so a table with
 * `#` in a row used needs `--top-code <annual amount>`.
 *
 * Nothing is written until the whole document is built and valid; each problem names the
 * spreadsheet row (the header is row 1) and the column.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { RoleDataError } from '../data/role-data-error.js';
import { AREA_CODE, PERCENTILES, type RoleInput } from '../data/schema.js';
import { validateRole } from '../data/validate.js';
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv.js';
import { UsageError } from './usage-error.js';

/** The "year-round, full-time" hours of the OEWS technical notes. */
export const HOURS_PER_YEAR = 2080;

/** The columns the importer reads, as the OEWS tables name them (any letter case). */
export const OEWS_COLUMNS = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'A_MEAN',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'H_MEAN',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'ANNUAL',
  'HOURLY',
] as const;
type Column = (typeof OEWS_COLUMNS)[number] | 'I_GROUP' | 'OWN_CODE';

/** Each percentile's annual and hourly columns. */
const PERCENTILE_COLUMNS: Record<(typeof PERCENTILES)[number], [annual: Column, hourly: Column]> = {
  p10: ['A_PCT10', 'H_PCT10'],
  p25: ['A_PCT25', 'H_PCT25'],
  p50: ['A_MEDIAN', 'H_MEDIAN'],
  p75: ['A_PCT75', 'H_PCT75'],
  p90: ['A_PCT90', 'H_PCT90'],
};

export const BLS_PUBLISHER = 'U.S. Bureau of Labor Statistics';
export const OEWS_TABLES_URL = 'https://www.bls.gov/oes/tables.htm';
const SOURCE_ID = 'bls-oews';

export interface OewsOptions {
  file: string;
  /** The SOC code, as OCC_CODE writes it: "33-9099". */
  occ: string;
  id: string;
  /** Location codes to include besides the U.S. ("US-CO", "metro:19740"); all when left out. */
  areas?: string[];
  /** The reference month, "YYYY-MM"; read from the file name when left out. */
  asOf?: string;
  /** The annual ceiling that `#` stands for, from the table's notes. */
  topCode?: number;
  /** The role's title; the national row's OCC_TITLE when left out. */
  title?: string;
}

/** A problem with the table, at a spreadsheet row and column where it has one. */
export interface OewsProblem {
  row?: number;
  column?: string;
  message: string;
}

/** The table cannot be imported: every problem found. */
export class OewsImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly OewsProblem[],
  ) {
    super(problems.map((problem) => formatProblem(file, problem)).join('\n'));
  }
}

export function formatProblem(file: string, { row, column, message }: OewsProblem): string {
  const where = [row !== undefined ? `row ${row}` : undefined, column !== undefined ? `column ${column}` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${file}: ${where ? `${where}: ` : ''}${message}`;
}

const USAGE_PREFIX = 'import oews:';

/** Reads `import oews <file.csv> --occ … --id … [--areas …] [--as-of …] [--top-code …] [--title …]`. */
export function parseImportArguments(args: readonly string[]): OewsOptions {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError(`${USAGE_PREFIX} name the CSV file`);
  const values: Record<string, string> = {};
  const known = ['--occ', '--id', '--areas', '--as-of', '--top-code', '--title'];
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!known.includes(flag)) throw new UsageError(`${USAGE_PREFIX} unknown option ${flag}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${USAGE_PREFIX} ${flag} needs a value`);
    if (flag in values) throw new UsageError(`${USAGE_PREFIX} ${flag} is given twice`);
    values[flag] = value;
  }
  const occ = values['--occ'];
  const id = values['--id'];
  if (occ === undefined || id === undefined)
    throw new UsageError(`${USAGE_PREFIX} give --occ <SOC code> and --id <role id>`);
  if (!/^\d{2}-\d{4}$/.test(occ))
    throw new UsageError(`${USAGE_PREFIX} --occ takes a SOC code written like "33-9099", not "${occ}"`);
  const options: OewsOptions = { file, occ, id };
  if (values['--areas'] !== undefined) {
    const areas = values['--areas']
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const bad = areas.find((code) => !AREA_CODE.test(code));
    if (areas.length === 0 || bad !== undefined) {
      throw new UsageError(
        `${USAGE_PREFIX} --areas takes codes such as "US-CO,metro:19740"${bad ? `, not "${bad}"` : ''}`,
      );
    }
    options.areas = areas;
  }
  if (values['--as-of'] !== undefined) {
    if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(values['--as-of'])) {
      throw new UsageError(`${USAGE_PREFIX} --as-of takes a month written YYYY-MM, such as 2024-05`);
    }
    options.asOf = values['--as-of'];
  }
  if (values['--top-code'] !== undefined) {
    const amount = Number(values['--top-code'].replace(/,/g, ''));
    if (!Number.isFinite(amount) || amount <= 0) {
      throw new UsageError(
        `${USAGE_PREFIX} --top-code takes the annual ceiling the table's notes give, such as 239200`,
      );
    }
    options.topCode = amount;
  }
  if (values['--title'] !== undefined) options.title = values['--title'];
  return options;
}

/**
 * The reference month a table's file name gives: OEWS estimates are for May, and BLS names the
 * files by that year (`national_M2024_dl`, `all_data_M_2024`, `oesm24nat`; "May 2024").
 */
export function asOfFromFileName(file: string): string | undefined {
  const name = basename(file);
  const short = /^oesm(\d{2})(?![0-9])/i.exec(name)?.[1];
  const year =
    /(?:^|[^a-z0-9])m_?((?:19|20)\d{2})(?![0-9])/i.exec(name)?.[1] ??
    /(?:^|[^a-z0-9])may[ _-]?((?:19|20)\d{2})(?![0-9])/i.exec(name)?.[1] ??
    (short !== undefined ? `20${short}` : undefined);
  return year === undefined ? undefined : `${year}-05`;
}

/** One cell, read as OEWS writes it. */
type Cell =
  | { kind: 'amount'; value: number }
  | { kind: 'top-coded' }
  /** `*`, `**`, `~` or an empty cell: no figure published. */
  | { kind: 'none'; symbol: string };

/** Digits with optional thousands separators ("239,200", "1234.56"). */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

interface Row {
  record: CsvRecord;
  get(column: Column): string;
}

/** Where each field of the document came from, for messages about it. */
type Origin = Omit<OewsProblem, 'message'>;
type Origins = Map<string, Origin>;

interface Band {
  central?: { kind: 'median' | 'average'; amount: number };
  percentiles?: Partial<Record<(typeof PERCENTILES)[number], number | { atLeast: number }>>;
  note?: string;
}

const HOURLY_NOTE =
  'BLS publishes only hourly wages for this occupation, whose workers typically work fewer than 2,080 hours a year. ' +
  'These amounts are those hourly wages times 2,080 hours, a full-time year.';

/** Builds the role from the text of an OEWS table saved as CSV; throws `OewsImportError`. */
export function importOews(text: string, options: OewsOptions): { role: RoleInput; notes: string[] } {
  const { file } = options;
  const problems: OewsProblem[] = [];
  const notes: string[] = [];
  const fail = (): never => {
    // Problems without a row (the file, a column) first, then by row.
    throw new OewsImportError(
      file,
      problems.toSorted((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    );
  };

  // The header, then only the occupation's rows: an "all data" table has hundreds of thousands.
  let header: CsvRecord | undefined;
  const index = new Map<string, number>();
  const body: CsvRecord[] = [];
  let lastRow: number | undefined;
  try {
    for (const record of readCsv(text)) {
      if (!header) {
        header = record;
        record.fields.forEach((name, i) => {
          const key = name.trim().toUpperCase();
          if (!index.has(key)) index.set(key, i);
        });
        for (const column of OEWS_COLUMNS) {
          if (!index.has(column)) problems.push({ row: header.row, column, message: 'is missing from the header row' });
        }
        if (problems.length > 0) return fail();
        continue;
      }
      if (record.fields.some((value) => value !== '')) lastRow = record.row;
      if (record.fields[index.get('OCC_CODE')!]?.trim() === options.occ) body.push(record);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ row: error.row, message: `is not CSV: ${error.message}` });
    return fail();
  }
  if (!header) {
    problems.push({ message: 'is empty: save the OEWS sheet as CSV, with its header row' });
    return fail();
  }
  const columns = header.fields.length;

  const rows: Row[] = body.map((record) => ({
    record,
    get: (column) => record.fields[index.get(column) ?? -1]?.trim() ?? '',
  }));

  const asOf = options.asOf ?? asOfFromFileName(file);
  if (asOf === undefined) {
    problems.push({
      message: 'names no reference period: give --as-of YYYY-MM (OEWS estimates are for May: 2024-05 for May 2024)',
    });
  }

  // The occupation's rows: across all industries, one per area.
  if (rows.length === 0) {
    problems.push({
      column: 'OCC_CODE',
      message: `no row${lastRow !== undefined ? ` (rows 2–${lastRow})` : ''} has the SOC code "${options.occ}"`,
    });
    return fail();
  }
  for (const row of rows) {
    if (row.record.fields.length !== columns) {
      problems.push({
        row: row.record.row,
        message: `has ${row.record.fields.length} fields where the header row has ${columns}`,
      });
    }
  }
  if (problems.length > 0) return fail();

  const byArea = new Map<string, Row[]>();
  for (const row of rows) {
    if (index.has('I_GROUP') && row.get('I_GROUP').toLowerCase() !== 'cross-industry') continue;
    const code = areaCode(row, problems);
    if (code === undefined) continue;
    byArea.set(code, [...(byArea.get(code) ?? []), row]);
  }
  const chosen = new Map<string, Row>();
  for (const [code, candidates] of byArea) {
    let left = candidates;
    if (left.length > 1 && index.has('OWN_CODE')) left = narrow(left, (row) => row.get('OWN_CODE') === '1235');
    if (left.length > 1) left = narrow(left, (row) => row.get('O_GROUP').toLowerCase() === 'detailed');
    if (left.length > 1) {
      problems.push({
        row: left[1]!.record.row,
        column: 'AREA',
        message: `repeats the area of row ${left[0]!.record.row} (${code}) for the same occupation`,
      });
    } else {
      chosen.set(code, left[0]!);
    }
  }

  const national = chosen.get('US');
  if (!national) {
    problems.push({
      column: 'AREA_TYPE',
      message: `has no national row (AREA_TYPE 1) for "${options.occ}": the band needs the U.S. figures, so import a table that has them (national or all data)`,
    });
    return fail();
  }
  for (const code of options.areas ?? []) {
    if (code !== 'US' && !chosen.has(code)) {
      problems.push({ column: 'AREA', message: `has no row for the area "${code}" and the SOC code "${options.occ}"` });
    }
  }

  const origins: Origins = new Map();
  const nationalBand = readBand(national, 'salary', options, problems, origins);
  if (nationalBand && !nationalBand.central) {
    problems.push({
      row: national.record.row,
      column: 'A_MEDIAN',
      message: 'gives no central figure: the median is not an amount and neither is the mean (A_MEAN)',
    });
  }

  const locations: Record<string, unknown>[] = [];
  for (const [code, row] of chosen) {
    if (code === 'US' || (options.areas && !options.areas.includes(code))) continue;
    const path = `salary.locations.${locations.length}`;
    const band = readBand(row, path, options, problems, origins);
    if (!band) continue;
    if (!band.central && !band.percentiles) {
      notes.push(
        formatProblem(file, {
          row: row.record.row,
          message: `${row.get('AREA_TITLE')} has no published wage: left out`,
        }),
      );
      continue;
    }
    origins.set(path, { row: row.record.row, column: 'AREA' });
    locations.push({ code, name: row.get('AREA_TITLE'), ...band });
  }
  if (problems.length > 0 || !nationalBand?.central) return fail();

  const month = new Date(`${asOf}-01T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const role = {
    id: options.id,
    title: options.title ?? national.get('OCC_TITLE'),
    sources: [
      {
        id: SOURCE_ID,
        publisher: BLS_PUBLISHER,
        title: `Occupational Employment and Wage Statistics, ${month}`,
        url: OEWS_TABLES_URL,
      },
    ],
    salary: {
      currency: 'USD',
      country: 'US',
      period: 'year',
      asOf,
      ...nationalBand,
      ...(locations.length > 0 ? { locations } : {}),
      sources: [SOURCE_ID],
    },
  };
  if (options.title === undefined) origins.set('title', { row: national.record.row, column: 'OCC_TITLE' });
  // The reference month comes from --as-of or the file name, not from a row.
  origins.set('salary.asOf', {});

  const checked = validateRole(role);
  if (checked instanceof RoleDataError) {
    for (const issue of checked.issues) {
      problems.push({ ...originOf(issue.path, origins), message: `${issue.path || '(document)'}: ${issue.message}` });
    }
    return fail();
  }
  return { role: role as RoleInput, notes };
}

function narrow(rows: Row[], keep: (row: Row) => boolean): Row[] {
  const kept = rows.filter(keep);
  return kept.length > 0 ? kept : rows;
}

/** The location code of a row's area: "US", "US-CO", "metro:19740" or "nonmetro:…". */
function areaCode(row: Row, problems: OewsProblem[]): string | undefined {
  const at = row.record.row;
  const type = row.get('AREA_TYPE');
  const area = row.get('AREA');
  const state = row.get('PRIM_STATE');
  const check = (code: string, column: Column) => {
    if (AREA_CODE.test(code)) return code;
    problems.push({ row: at, column, message: `"${column === 'AREA' ? area : state}" is not an area code` });
    return undefined;
  };
  switch (type) {
    case '1':
      return 'US';
    case '2': // a state (and DC)
    case '3': // a territory: ISO 3166-2:US has US-PR, US-GU, US-VI
      return /^[A-Z]{2}$/.test(state) ? `US-${state}` : check(`US-${state}`, 'PRIM_STATE');
    case '4': // an MSA or NECTA
      return check(`metro:${area}`, 'AREA');
    case '6':
      return check(`nonmetro:${area}`, 'AREA');
    default:
      problems.push({
        row: at,
        column: 'AREA_TYPE',
        message: `"${type}" is not an OEWS area type (1 U.S., 2 state, 3 territory, 4 metropolitan area, 6 nonmetropolitan area)`,
      });
      return undefined;
  }
}

/** Reads one cell: an amount, a top-coded `#`, or no figure; a malformed one is a problem. */
function readCell(row: Row, column: Column, problems: OewsProblem[]): Cell | undefined {
  const value = row.get(column);
  if (value === '#') return { kind: 'top-coded' };
  if (value === '' || value === '*' || value === '**' || value === '~') return { kind: 'none', symbol: value };
  if (NUMBER.test(value)) {
    const amount = Number(value.replace(/,/g, ''));
    if (amount > 0) return { kind: 'amount', value: amount };
  }
  problems.push({
    row: row.record.row,
    column,
    message: `"${value}" is not an amount, nor one of the OEWS symbols (* ** # ~)`,
  });
  return undefined;
}

/**
 * One area's figures. Annual columns, or, in a row whose HOURLY is TRUE, the hourly ones times
 * 2,080. Returns undefined when a cell was malformed (the problem is recorded).
 */
function readBand(
  row: Row,
  path: string,
  options: OewsOptions,
  problems: OewsProblem[],
  origins: Origins,
): Band | undefined {
  const before = problems.length;
  const hourlyOnly = row.get('HOURLY').toUpperCase() === 'TRUE';
  const at = row.record.row;
  const annual = (cell: Cell | undefined, column: Column): number | { atLeast: number } | undefined => {
    if (!cell || cell.kind === 'none') return undefined;
    if (cell.kind === 'amount') return hourlyOnly ? Math.round(cell.value * HOURS_PER_YEAR) : cell.value;
    if (options.topCode === undefined) {
      problems.push({
        row: at,
        column,
        message:
          'is top-coded (#): give --top-code with the annual ceiling the table\'s notes state for "#" (239200 in the May 2024 tables)',
      });
      return undefined;
    }
    return { atLeast: options.topCode };
  };

  const percentiles: NonNullable<Band['percentiles']> = {};
  for (const key of PERCENTILES) {
    const column = PERCENTILE_COLUMNS[key][hourlyOnly ? 1 : 0];
    const figure = annual(readCell(row, column, problems), column);
    if (figure !== undefined) {
      percentiles[key] = figure;
      origins.set(`${path}.percentiles.${key}`, { row: at, column });
    }
  }
  const meanColumn: Column = hourlyOnly ? 'H_MEAN' : 'A_MEAN';
  const meanCell = readCell(row, meanColumn, problems);
  if (problems.length > before) return undefined;

  const band: Band = {};
  const median = percentiles.p50;
  if (typeof median === 'number') {
    band.central = { kind: 'median', amount: median };
    origins.set(`${path}.central`, { row: at, column: PERCENTILE_COLUMNS.p50[hourlyOnly ? 1 : 0] });
  } else if (meanCell?.kind === 'amount') {
    // Means are published above the ceiling: where the median is top-coded (or not published),
    // the mean is the central figure, named for what it is.
    band.central = {
      kind: 'average',
      amount: hourlyOnly ? Math.round(meanCell.value * HOURS_PER_YEAR) : meanCell.value,
    };
    origins.set(`${path}.central`, { row: at, column: meanColumn });
  }
  if (Object.keys(percentiles).length > 0) band.percentiles = percentiles;
  if (hourlyOnly && (band.central || band.percentiles)) band.note = HOURLY_NOTE;
  origins.set(path, { row: at });
  return band;
}

/** The row and column behind a document path: the longest path recorded that holds it. */
function originOf(path: string, origins: Origins): Origin | undefined {
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const origin = origins.get(parts.join('.'));
    if (origin) return { ...origin };
  }
  return undefined;
}

/** Runs the command: the role as JSON on stdout and 0, or each problem on stderr and 1. */
export async function runImport(args: readonly string[]): Promise<number> {
  const [source, ...rest] = args;
  if (source !== 'oews') throw new UsageError(`import: the only source is "oews", not "${source ?? ''}"`);
  const options = parseImportArguments(rest);
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (error) {
    console.error(`${options.file}: cannot be read: ${(error as Error).message}`);
    return 1;
  }
  try {
    const { role, notes } = importOews(text, options);
    for (const note of notes) console.error(note);
    process.stdout.write(`${JSON.stringify(role, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof OewsImportError)) throw error;
    console.error(error.message);
    return 1;
  }
}
