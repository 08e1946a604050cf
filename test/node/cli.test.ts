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
