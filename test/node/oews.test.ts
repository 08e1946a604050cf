/**
 * `career-widgets import oews`, run in process on the made-up tables in fixtures/oews (see the
 * README there): the figures it reads, each OEWS special value, hourly-only and annual-only rows,
 * and each problem with its row and column.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  asOfFromFileName,
  importOews,
  OewsImportError,
  parseImportArguments,
  type OewsOptions,
} from '../../src/cli/import-oews.js';
import { parseCsv, CsvSyntaxError } from '../../src/cli/csv.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { validateRole } from '../../src/data/validate.js';
import { RoleDataError } from '../../src/data/role-data-error.js';
import type { Role } from '../../src/data/schema.js';

const DIR = 'test/node/fixtures/oews';
const ALL = `${DIR}/fixture_all_data_M_2024.csv`;

/** Imports a fixture; the role it returns has passed the schema. */
function run(file: string, options: Partial<OewsOptions> = {}) {
  const { role, notes } = importOews(readFileSync(file, 'utf8'), {
    file,
    occ: '99-0001',
    id: 'fixture-role',
    ...options,
  });
  const checked = validateRole(role);
  assert.ok(!(checked instanceof RoleDataError), checked instanceof RoleDataError ? checked.message : '');
  return { role: role as Role, notes, salary: (role as Role).salary! };
}

/** The lines of the import's error for a fixture. */
function problems(file: string, options: Partial<OewsOptions> = {}): string[] {
  try {
    importOews(readFileSync(file, 'utf8'), { file, occ: '99-0001', id: 'fixture-role', ...options });
  } catch (error) {
    assert.ok(error instanceof OewsImportError, String(error));
    return error.message.split('\n');
  }
  assert.fail(`imported ${file} without a problem`);
}

describe('the CSV reader', () => {
  test('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a byte-order mark', () => {
    const records = parseCsv('\uFEFFA,B,C\r\n"Denver-Aurora, CO","say ""hi""","two\nlines"\r\n1,,3\n\n\n');
    assert.deepEqual(records, [
      { row: 1, fields: ['A', 'B', 'C'] },
      { row: 2, fields: ['Denver-Aurora, CO', 'say "hi"', 'two\nlines'] },
      { row: 4, fields: ['1', '', '3'] },
    ]);
  });

  test('rejects a quote that is never closed, or one inside a field, naming the row', () => {
    for (const text of ['A\n"open,1\n', 'A\nab"c\n', 'A\n"a"b\n']) {
      assert.throws(
        () => parseCsv(text),
        (error: unknown) => error instanceof CsvSyntaxError && error.row === 2,
        text,
      );
    }
  });
});

describe('import oews: the figures', () => {
  test('annual rows: the national band, percentiles, reference month and the BLS source', () => {
    const { role, salary } = run(ALL);
    assert.equal(role.id, 'fixture-role');
    assert.equal(role.title, 'Fixture Occupation, Annual Wages');
    assert.deepEqual(role.sources, [
      {
        id: 'bls-oews',
        publisher: 'U.S. Bureau of Labor Statistics',
        title: 'Occupational Employment and Wage Statistics, May 2024',
        url: 'https://www.bls.gov/oes/tables.htm',
      },
    ]);
    assert.deepEqual(salary.sources, ['bls-oews']);
    assert.equal(salary.asOf, '2024-05');
    assert.deepEqual([salary.currency, salary.country, salary.period], ['USD', 'US', 'year']);
    // "59,280" and the rest, thousands separators and all; the industry row (79,040) is not read.
    assert.deepEqual(salary.central, { kind: 'median', amount: 59280 });
    assert.deepEqual(salary.percentiles, { p10: 37440, p25: 47840, p50: 59280, p75: 72800, p90: 91520 });
    assert.equal(salary.min, undefined);
    assert.equal(salary.note, undefined);
  });

  test('areas of each type become locations, named as the table names them', () => {
    const { salary, notes } = run(ALL);
    assert.deepEqual(
      salary.locations?.map((area) => [area.code, area.name]),
      [
        ['US-CO', 'Fixture State of Colorado'],
        ['US-PR', 'Fixture Territory of Puerto Rico'],
        ['metro:19740', 'Fixture Metro-Centennial, CO'],
        ['nonmetro:800001', 'Fixture Nonmetropolitan Area, CO'],
      ],
    );
    // Texas publishes no wage at all (every figure "*"): left out, and said so.
    assert.deepEqual(notes, [`${ALL}: row 4: Fixture State of Texas has no published wage: left out`]);
  });

  test('"*", "**" and "~": no figure, never a zero', () => {
    const { salary } = run(ALL);
    const [colorado, puertoRico] = salary.locations!;
    // Colorado: A_PCT10 is "*" (and TOT_EMP "**", which the band does not use).
    assert.deepEqual(colorado!.percentiles, { p25: 49920, p50: 60320, p75: 74880, p90: 93600 });
    assert.deepEqual(colorado!.central, { kind: 'median', amount: 60320 });
    // Puerto Rico: A_PCT90 is "~".
    assert.deepEqual(puertoRico!.percentiles, { p10: 20800, p25: 24960, p50: 29120, p75: 35360 });
  });

  test('"#": a top-coded percentile is { atLeast } the ceiling given, and a top-coded median makes the mean central', () => {
    const { salary } = run(ALL, { occ: '99-0002', topCode: 239200 });
    assert.deepEqual(salary.central, { kind: 'median', amount: 208000 });
    assert.deepEqual(salary.percentiles, {
      p10: 124800,
      p25: 166400,
      p50: 208000,
      p75: { atLeast: 239200 },
      p90: { atLeast: 239200 },
    });
    const colorado = salary.locations![0]!;
    assert.deepEqual(colorado.central, { kind: 'average', amount: 250640 });
    assert.deepEqual(colorado.percentiles?.p50, { atLeast: 239200 });
    // Another year's ceiling: the floor is the one the options give, not a built-in one.
    const older = run(ALL, { occ: '99-0002', topCode: 208000 }).salary;
    assert.deepEqual(older.percentiles?.p90, { atLeast: 208000 });
  });

  test('HOURLY TRUE: the hourly wages times 2,080 hours, with a note that says so', () => {
    const { salary } = run(ALL, { occ: '99-0003', topCode: 239200 });
    // 15.10, 22.40, 33.00 and 60.00 an hour; 40.25 mean.
    assert.deepEqual(salary.percentiles, {
      p10: 31408,
      p25: 46592,
      p50: 68640,
      p75: 124800,
      p90: { atLeast: 239200 },
    });
    assert.deepEqual(salary.central, { kind: 'median', amount: 68640 });
    assert.match(salary.note ?? '', /only hourly wages.*2,080 hours/);
  });

  test('ANNUAL TRUE: the annual wages as they are, with no hourly figures to convert', () => {
    const { salary } = run(ALL, { occ: '99-0004' });
    assert.deepEqual(salary.percentiles, { p10: 40000, p25: 48000, p50: 56000, p75: 66000, p90: 80000 });
    assert.equal(salary.note, undefined);
  });

  test('an occupation listed both as broad and as detailed is read once', () => {
    const { salary } = run(ALL, { occ: '99-0005' });
    assert.deepEqual(salary.central, { kind: 'median', amount: 39520 });
    assert.equal(salary.locations, undefined);
  });

  test('--areas keeps the areas named; --title and --as-of replace what the table gives', () => {
    const { role, salary } = run(ALL, {
      areas: ['metro:19740', 'US-CO'],
      title: 'Fixture Title',
      asOf: '2024-06',
    });
    assert.deepEqual(
      salary.locations?.map((area) => area.code),
      ['US-CO', 'metro:19740'],
    );
    assert.equal(role.title, 'Fixture Title');
    assert.equal(salary.asOf, '2024-06');
    assert.equal(role.sources?.[0]?.title, 'Occupational Employment and Wage Statistics, June 2024');
  });

  test('the reference month from the names BLS gives its files', () => {
    assert.equal(asOfFromFileName('downloads/national_M2024_dl.csv'), '2024-05');
    assert.equal(asOfFromFileName('all_data_M_2023.csv'), '2023-05');
    assert.equal(asOfFromFileName('oesm22nat/state_M2022_dl.csv'), '2022-05');
    assert.equal(asOfFromFileName('oesm21all.csv'), '2021-05');
    assert.equal(asOfFromFileName('OEWS May 2024.csv'), '2024-05');
    assert.equal(asOfFromFileName('wages.csv'), undefined);
    assert.equal(asOfFromFileName('MSA_M20245.csv'), undefined);
  });
});

describe('import oews: each problem names its row and column, and nothing is written', () => {
  test('a missing column', () => {
    assert.deepEqual(problems(`${DIR}/fixture_missing_column_M_2024.csv`), [
      `${DIR}/fixture_missing_column_M_2024.csv: row 1, column A_PCT25: is missing from the header row`,
      `${DIR}/fixture_missing_column_M_2024.csv: row 1, column HOURLY: is missing from the header row`,
    ]);
  });

  test('a malformed number, and an area type OEWS does not define', () => {
    const file = `${DIR}/fixture_malformed_M_2024.csv`;
    assert.deepEqual(problems(file), [
      `${file}: row 3, column A_PCT75: "61,2OO" is not an amount, nor one of the OEWS symbols (* ** # ~)`,
      `${file}: row 4, column AREA_TYPE: "5" is not an OEWS area type (1 U.S., 2 state, 3 territory, 4 metropolitan area, 6 nonmetropolitan area)`,
    ]);
  });

  test('an unknown SOC code', () => {
    assert.deepEqual(problems(ALL, { occ: '99-9999' }), [
      `${ALL}: column OCC_CODE: no row (rows 2–14) has the SOC code "99-9999"`,
    ]);
  });

  test('a "#" with no ceiling given', () => {
    const lines = problems(ALL, { occ: '99-0002' });
    assert.equal(lines.length, 5);
    assert.match(lines[0]!, /: row 9, column A_PCT75: is top-coded \(#\): give --top-code /);
    assert.match(lines[2]!, /: row 10, column A_MEDIAN: is top-coded/);
  });

  test('figures the schema rejects: the row and column behind the path', () => {
    const file = `${DIR}/fixture_out_of_order_M_2024.csv`;
    assert.deepEqual(problems(file), [
      `${file}: row 3, column A_PCT75: salary.locations.0.percentiles.p75: must not be lower than p50 (45000 < 50000)`,
    ]);
  });

  test('a reference month in the future', () => {
    assert.deepEqual(problems(ALL, { asOf: '2999-05' }), [`${ALL}: salary.asOf: must not be in the future`]);
  });

  test('a row cut short, and a name with no reference period', () => {
    const file = `${DIR}/fixture_state_only.csv`;
    assert.deepEqual(problems(file), [
      `${file}: names no reference period: give --as-of YYYY-MM (OEWS estimates are for May: 2024-05 for May 2024)`,
      `${file}: row 3: has 8 fields where the header row has 22`,
    ]);
  });

  test('no national row', () => {
    const file = `${DIR}/fixture_state_only.csv`;
    const text = readFileSync(file, 'utf8').split('\r\n').slice(0, 2).join('\r\n');
    assert.throws(
      () => importOews(text, { file, occ: '99-0001', id: 'x', asOf: '2024-05' }),
      /column AREA_TYPE: has no national row \(AREA_TYPE 1\) for "99-0001"/,
    );
  });

  test('an area asked for that the table does not have', () => {
    assert.deepEqual(problems(ALL, { areas: ['US-CO', 'US-NY'] }), [
      `${ALL}: column AREA: has no row for the area "US-NY" and the SOC code "99-0001"`,
    ]);
  });

  test('the arguments: usage errors', () => {
    for (const args of [
      [],
      ['t.csv'],
      ['t.csv', '--occ', '99-0001'],
      ['t.csv', '--occ', '990001', '--id', 'x'],
      ['t.csv', '--occ', '99-0001', '--id', 'x', '--areas', 'Colorado'],
      ['t.csv', '--occ', '99-0001', '--id', 'x', '--as-of', 'May 2024'],
      ['t.csv', '--occ', '99-0001', '--id', 'x', '--top-code', 'lots'],
      ['t.csv', '--occ', '99-0001', '--id', 'x', '--colour', 'red'],
      ['t.csv', '--occ', '99-0001', '--id', 'x', '--id', 'y'],
    ]) {
      assert.throws(() => parseImportArguments(args), UsageError, args.join(' '));
    }
    assert.deepEqual(
      parseImportArguments([
        't.csv',
        '--occ',
        '33-9099',
        '--id',
        'x',
        '--areas',
        'US-CO, metro:19740',
        '--top-code',
        '239,200',
      ]),
      { file: 't.csv', occ: '33-9099', id: 'x', areas: ['US-CO', 'metro:19740'], topCode: 239200 },
    );
  });
});
