import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { ensureBrowsers } from './scripts/browsers.js';
import { countReporter } from './scripts/count-reporter.js';
import { testRoutes } from './scripts/test-routes.js';
import { emulateMediaFeaturesPlugin } from './scripts/emulate-media-plugin.js';
import { reactForTests } from './scripts/react-for-tests.js';

const browsers = ensureBrowsers();
const json = fromRollup(rollupJson);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the leak test collect garbage before it counts live elements.
  '--js-flags=--expose-gc',
];

/** chromeLauncher drives both engines (Firefox through WebDriver BiDi); name each for the report. */
function launcher(name, launchOptions) {
  const instance = chromeLauncher({ launchOptions: { headless: true, ...launchOptions } });
  instance.name = name;
  return instance;
}

// CW_BROWSERS=chromium (or firefox) limits a local run to one engine.
const only = process.env.CW_BROWSERS?.split(',');
const launchers = [
  (!only || only.includes('chromium')) &&
    launcher('Chromium', { executablePath: browsers.chromium, args: CHROMIUM_ARGS }),
  (!only || only.includes('firefox')) && launcher('Firefox', { browser: 'firefox', executablePath: browsers.firefox }),
].filter(Boolean);

export default {
  // The scale test (20 × 1,000 elements) runs last: in full runs, Firefox opened the file after
  // it slowly enough to time out (three times, always test/skill-map.test.ts, which followed it).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/scale.test.ts', 'test/scale.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // One engine at a time: on a 2-core machine, Firefox starved by Chromium's property tests has
  // stalled for over 30 s opening a page. Run one after the other, the total time is about the same.
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  // The property tests run 10,000 cases per engine; on a loaded 2-core machine a file can take minutes.
  testsFinishTimeout: 600_000,
  browsers: launchers,
  middleware: [testRoutes],
  mimeTypes: { 'src/data/generated/**/*.json': 'js' },
  plugins: [
    json({ include: ['src/data/generated/**/*.json'] }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    emulateMediaFeaturesPlugin(),
    reactForTests(),
  ],
  // Axe over a large element in two themes can take seconds on a loaded 2-core machine, and
  // Firefox has been seen to stall for over 30 s there while Chromium runs the property tests.
  testFramework: { config: { timeout: 60_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.CW_COUNT_FILE ? [countReporter(process.env.CW_COUNT_FILE)] : []),
  ],
};
