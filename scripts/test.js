/**
 * `npm test` (and `npm run test:full`, with CW_TIER=full): every check in one run, ending with a
 * single `N passed, N failed, N skipped` line summed over every runner. Only tests are counted;
 * a step that stops its tests from running (a browser that cannot be driven, type errors,
 * invalid data, a failed build) counts as one failure, and a step that succeeds counts nothing.
 *
 * Steps: find the browsers and open each once → data validation → the build, then the package
 * checks, then the Node tests, with the type check beside them → browser tests in Chromium and
 * Firefox.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBrowsers, ensureBrowsers } from './browsers.js';

// `--full` (npm run test:full): the heavy tier, 10,000 property cases and 20 × 1,000 elements.
if (process.argv.includes('--full')) process.env.CW_TIER = 'full';

const totals = { passed: 0, failed: 0, skipped: 0 };
const work = mkdtempSync(join(tmpdir(), 'cw-test-'));
const started = Date.now();

/** Runs a command with its output shown as it comes; resolves to whether it succeeded. */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const began = Date.now();
  return new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).on('close', (status) => {
      const ok = status === 0;
      console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
      resolve(ok);
    });
  });
}

/** A step that must succeed for the tests to mean anything: a failure counts as one. */
async function step(label, command, args) {
  const ok = await run(label, command, args);
  if (!ok) totals.failed++;
  return ok;
}

/**
 * Steps that do not depend on each other, run side by side. Each step's output is printed whole
 * when it ends; each failure counts as one. Resolves to whether each succeeded, in order.
 */
async function stepsTogether(steps) {
  console.log(`\n▶ side by side: ${steps.map(({ label }) => label).join(', ')}`);
  return Promise.all(steps.map(inBackground));
}

/** Starts a step whose output is printed whole when it ends; a failure counts as one. Resolves to whether it succeeded. */
function inBackground({ label, command, args }) {
  return new Promise((resolve) => {
    const began = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      if (!ok) totals.failed++;
      console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
      resolve(ok);
    });
  });
}

function finish() {
  console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// The browsers first: a build that cannot be driven stops the run here, with one message.
try {
  ensureBrowsers();
  const found = await checkBrowsers();
  console.log('Browsers:');
  for (const [engine, { version, path }] of Object.entries(found)) console.log(`  ${engine}: ${version} (${path})`);
} catch (error) {
  console.error(`\n${error.message}`);
  totals.failed++;
  finish();
}

await step('data validation', 'node_modules/.bin/tsx', ['src/cli/main.ts', 'validate', ...listFiles('data/roles', '.json')]);
// The type check keeps one core busy for most of a minute: it runs beside the build, the package
// checks and the first Node tests, none of which waits for it.
const typeChecked = inBackground({
  label: 'type check',
  command: 'node_modules/.bin/tsc',
  args: ['--noEmit', '-p', 'tsconfig.json'],
});
// The type check covers src, so the build writes its declarations without checking it again.
const built = await step('build', 'node', ['scripts/build.js', '--skip-validate', '--skip-type-check']);

// The published package: exports, types and files as npm and TypeScript users meet them.
if (built) {
  await stepsTogether([
    { label: 'publint', command: 'node_modules/.bin/publint', args: ['--strict'] },
    {
      label: 'are the types wrong',
      command: 'node_modules/.bin/attw',
      args: ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'],
    },
  ]);
}

// Node tests (schema, JSON Schema, CLI, build output, whole pages): node's runner writes counts.
{
  const countFile = join(work, 'node.json');
  // Two files at a time: most of a file's time is spent waiting on its browser.
  const ok = await run('node tests', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.js',
    `--test-reporter-destination=${countFile}`,
    ...heaviestFirst(listFiles('test/node', '.test.ts')),
  ]);
  addCounts(countFile, ok, 'node tests');
}

// Browser tests in Chromium and Firefox, side by side.
if (built || process.env.CW_ALLOW_NO_BUILD) {
  const countFile = join(work, 'browser.json');
  const ok = await run('browser tests', 'node_modules/.bin/web-test-runner', [], { CW_COUNT_FILE: countFile });
  addCounts(countFile, ok, 'browser tests');
}

await typeChecked;
finish();

function addCounts(file, ok, label) {
  if (existsSync(file)) {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
    // A runner that failed without a failed test (a crash, a file that would not load).
    if (!ok && counts.failed === 0) totals.failed++;
  } else {
    console.error(`${label} wrote no counts`);
    totals.failed++;
  }
}

/**
 * The Node test files, the longest first (each takes 15–50 s: a browser per engine, or bundlers),
 * so that two files run side by side until the end rather than one long file alone.
 */
function heaviestFirst(files) {
  const LONGEST = ['layout-shift', 'hosts', 'examples', 'ssr', 'ssr-disclosures', 'cli', 'locales-pages'];
  const rank = (file) => {
    const at = LONGEST.indexOf(file.replace(/^.*\//, '').replace('.test.ts', ''));
    return at < 0 ? LONGEST.length : at;
  };
  return [...files].sort((a, b) => rank(a) - rank(b));
}

function listFiles(dir, ending) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => join(dir, name));
}
