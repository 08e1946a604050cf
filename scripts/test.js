/**
 * `npm test`: every check in one run, ending with a single `N passed, N failed` line summed over
 * every runner. A step that cannot run its tests (type errors, invalid data, a failed build)
 * counts as one failure.
 *
 * Steps: find or install browsers → type check → data validation → build → Node tests →
 * browser tests in Chromium and Firefox.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.js';

const totals = { passed: 0, failed: 0 };
const work = mkdtempSync(join(tmpdir(), 'cw-test-'));

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

/** A step whose only outcome is pass or fail. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else totals.failed++;
}

try {
  ensureBrowsers();
  totals.passed++;
} catch (error) {
  console.error(`\n${error.message}`);
  totals.failed++;
}

check('role data split', 'node', ['scripts/split-roles.js']);
check('type check', 'node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
check('data validation', 'node_modules/.bin/tsx', ['src/cli/main.ts', 'validate', ...listRoleFiles()]);
const built = run('build', 'node', ['scripts/build.js', '--skip-validate']);
if (built) totals.passed++;
else totals.failed++;

// The published package: exports, types and files as npm and TypeScript users meet them.
if (built) {
  check('publint', 'node_modules/.bin/publint', ['--strict']);
  check('are the types wrong', 'node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
}

// Node tests (schema, JSON Schema, CLI, build output): node's runner writes TAP counts.
{
  const countFile = join(work, 'node.json');
  const ok = run('node tests', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.js',
    `--test-reporter-destination=${countFile}`,
    ...listFiles('test/node', '.test.ts'),
  ]);
  addCounts(countFile, ok, 'node tests');
}

// Browser tests in Chromium and Firefox.
if (built || process.env.CW_ALLOW_NO_BUILD) {
  const countFile = join(work, 'browser.json');
  const ok = run('browser tests', 'node_modules/.bin/web-test-runner', [], { CW_COUNT_FILE: countFile });
  addCounts(countFile, ok, 'browser tests');
} else {
  totals.failed++;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

function addCounts(file, ok, label) {
  if (existsSync(file)) {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    // A runner that failed without a failed test (a crash, a file that would not load).
    if (!ok && counts.failed === 0) totals.failed++;
  } else {
    console.error(`${label} wrote no counts`);
    totals.failed++;
  }
}

function listRoleFiles() {
  return listFiles('data/roles', '.json');
}

function listFiles(dir, ending) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => join(dir, name));
}
