import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLE_FILES, loadRole, put } from './role-fixtures.js';

/** Runs the packaged command, as `npx career-widgets` does (npm test builds dist/cli.js first). */
function cli(...args: string[]) {
  const result = spawnSync('node', ['bin/career-widgets.js', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run validate`'s command on the given files. */
function validateScript(...files: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'validate', ...files], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('npx career-widgets validate', () => {
  let dir: string;
  let invalid: string;
  let notJson: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-cli-'));
    const role = loadRole('security-technician');
    put(role, 'salary.levels.entry', 99000);
    put(role, 'salry', 1);
    invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify(role));
    notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "id": ');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('exits 0 and says ok for valid files', () => {
    const { status, stdout } = cli('validate', ...ROLE_FILES);
    assert.equal(status, 0);
    for (const file of ROLE_FILES) assert.match(stdout, new RegExp(`${file}: ok`));
  });

  test('exits 1 and prints file: path: message for each problem', () => {
    const { status, stderr } = cli('validate', ROLE_FILES[0]!, invalid);
    assert.equal(status, 1);
    assert.match(stderr, new RegExp(`^${invalid}: salary\\.levels\\.entry: .+$`, 'm'));
    assert.match(stderr, new RegExp(`^${invalid}: salry: is not a known field`, 'm'));
    assert.match(stderr, /1 of 2 file\(s\) invalid/);
  });

  test('exits 1 for a file that is not JSON, and for a missing file', () => {
    assert.equal(cli('validate', notJson).status, 1);
    const missing = cli('validate', join(dir, 'nope.json'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot be read/);
  });

  test('exits 2 with usage on wrong arguments', () => {
    for (const args of [[], ['validate'], ['frobnicate', 'x.json']]) {
      const { status, stderr } = cli(...args);
      assert.equal(status, 2);
      assert.match(stderr, /Usage: career-widgets validate/);
    }
  });

  test('npm run validate reports the same lines and status', () => {
    const fromCli = cli('validate', invalid);
    const fromScript = validateScript(invalid);
    assert.equal(fromScript.status, fromCli.status);
    assert.equal(fromScript.stderr, fromCli.stderr);
  });
});

describe('npx career-widgets render', () => {
  let dir: string;
  let invalidData: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-render-'));
    const role = loadRole('security-engineer');
    put(role, 'salary.currency', 'dollars');
    invalidData = join(dir, 'invalid.json');
    writeFileSync(invalidData, JSON.stringify(role));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the element with a declarative shadow root and exits 0', () => {
    const { status, stdout, stderr } = cli('render', 'salary-band', '--role-id', 'security-technician', '--attr', 'period=month');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<salary-band ssr role-id="security-technician" period="month"><template [^>]*shadowrootmode="open">/);
    assert.match(stdout, /<style>/);
    assert.match(stdout, /Per month/);
    assert.match(stdout, /<\/salary-band>\n$/);
    assert.doesNotMatch(stdout, /<script/);
    assert.equal(stderr, '');
  });

  test('--script adds the loader tag after the element', () => {
    const url = 'https://cdn.example/npm/career-widgets@0.1.0/dist/cdn/loader.js';
    const { status, stdout } = cli('render', 'career-ladder', '--role-id', 'security-engineer', '--script', url);
    assert.equal(status, 0);
    assert.ok(stdout.trimEnd().endsWith(`</career-ladder>\n<script type="module" src="${url}"></script>`));
  });

  test('renders supplied data, and exits 1 naming each path when it is invalid', () => {
    const good = cli('render', 'role-faq', '--data', ROLE_FILES[0]!);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /part="question"/);
    const bad = cli('render', 'salary-band', '--data', invalidData);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /salary\.currency/);
    assert.equal(bad.stdout, '');
  });

  test('renders a comparison from its role-ids, and exits 1 naming a role it does not know', () => {
    const good = cli('render', 'role-compare', '--attr', 'role-ids=security-technician,security-engineer');
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^<role-compare ssr role-ids="security-technician,security-engineer">/);
    assert.match(good.stdout, /<table/);
    assert.match(good.stdout, /Security Engineer/);
    const bad = cli('render', 'role-compare', '--attr', 'role-ids=security-technician,astronaut');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /astronaut/);
    assert.equal(bad.stdout, '');
    const one = cli('render', 'role-compare', '--attr', 'role-ids=security-technician');
    assert.equal(one.status, 1);
    assert.match(one.stderr, /1 role; a comparison takes 2 to 4/);
  });

  for (const [what, args, message] of [
    ['an unknown element', ['salary-bnd', '--role-id', 'security-engineer'], /There is no element <salary-bnd>.*salary-band/],
    ['an unknown role', ['salary-band', '--role-id', 'astronaut'], /no bundled role "astronaut".*security-technician/],
    ['an unknown attribute', ['salary-band', '--role-id', 'security-engineer', '--attr', 'colour=red'], /no attribute "colour".*period/],
    ['a value the element cannot use', ['salary-band', '--role-id', 'security-engineer', '--attr', 'period=decade'], /period="decade"/],
    ['a script URL that is not http(s)', ['salary-band', '--role-id', 'security-engineer', '--script', 'javascript:alert(1)'], /http\(s\)/],
  ] as const) {
    test(`exits 1 with a clear message for ${what}`, () => {
      const { status, stdout, stderr } = cli('render', ...args);
      assert.equal(status, 1);
      assert.match(stderr, message);
      assert.equal(stdout, '');
    });
  }

  test('exits 2 with the usage for missing arguments', () => {
    for (const args of [
      [],
      ['salary-band'],
      ['salary-band', '--role-id'],
      ['salary-band', '--role-id', 'a', '--data', 'b'],
      ['role-compare'],
      ['role-compare', '--role-id', 'security-technician'],
    ]) {
      const { status, stderr } = cli('render', ...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: career-widgets/);
    }
  });
});

describe('npx career-widgets import oews', () => {
  const table = 'test/node/fixtures/oews/fixture_all_data_M_2024.csv';
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-import-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a role that validate accepts, notes on stderr, and exits 0', () => {
    const { status, stdout, stderr } = cli('import', 'oews', table, '--occ', '99-0002', '--id', 'fixture-role', '--top-code', '239,200', '--areas', 'US-CO');
    assert.equal(status, 0, stderr);
    const role = JSON.parse(stdout) as { salary: { asOf: string; percentiles: { p90: unknown }; locations: { code: string }[] } };
    assert.equal(role.salary.asOf, '2024-05');
    assert.deepEqual(role.salary.percentiles.p90, { atLeast: 239200 });
    assert.deepEqual(role.salary.locations.map((area) => area.code), ['US-CO']);
    const file = join(dir, 'fixture-role.json');
    writeFileSync(file, stdout);
    assert.equal(cli('validate', file).status, 0);
    const noted = cli('import', 'oews', table, '--occ', '99-0001', '--id', 'fixture-role');
    assert.equal(noted.status, 0);
    assert.match(noted.stderr, /row 4: Fixture State of Texas has no published wage: left out/);
  });

  test('exits 1 naming the row and column, and writes nothing to stdout', () => {
    const { status, stdout, stderr } = cli('import', 'oews', 'test/node/fixtures/oews/fixture_malformed_M_2024.csv', '--occ', '99-0001', '--id', 'x');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /fixture_malformed_M_2024\.csv: row 3, column A_PCT75: "61,2OO" is not an amount/);
    const missing = cli('import', 'oews', join(dir, 'nope.csv'), '--occ', '99-0001', '--id', 'x');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot be read/);
  });

  test('exits 2 with the usage on wrong arguments', () => {
    for (const args of [['import'], ['import', 'onet', table], ['import', 'oews', table, '--occ', '99-0001']]) {
      const { status, stderr, stdout } = cli(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: career-widgets[\s\S]*import oews/);
      assert.equal(stdout, '');
    }
  });
});

describe('the embed builder\'s render command', () => {
  test('runs as written, in a POSIX shell, for awkward values too', async () => {
    const { renderCommand } = await import('../../examples/embed-snippets.js');
    const embeds = [
      { tag: 'salary-band', roleId: 'security-technician', attributes: [['offer-min', '50000'], ['offer-max', '56000'], ['period', 'month']] },
      { tag: 'career-guide', roleId: 'security-engineer', attributes: [['sections', 'role-faq, salary-band'], ['heading-level', '3']] },
      { tag: 'related-roles', roleId: 'security-technician', attributes: [['href-template', "/roles/{id}?q='x'&a=<b> $(false)"]] },
    ] as const;
    for (const embed of embeds) {
      const command = renderCommand(embed, { script: true }).replace(/^npx career-widgets/, 'node bin/career-widgets.js');
      const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
      assert.equal(result.status, 0, `${command}\n${result.stderr}`);
      assert.ok(result.stdout.startsWith(`<${embed.tag} ssr role-id="${embed.roleId}"`), command);
      assert.match(result.stdout, /<script type="module" src="https:\/\/[^"]+\/loader\.js"><\/script>\n$/);
    }
  });
});
