import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { createTestPage, ensureBrowsers, launchOptions } from './scripts/browsers.js';
import { countReporter } from './scripts/count-reporter.js';
import { testRoutes } from './scripts/test-routes.js';
import { testTier } from './scripts/test-tier.js';
import { emulateMediaFeaturesPlugin } from './scripts/emulate-media-plugin.js';
import { reactForTests } from './scripts/react-for-tests.js';
import { careerWidgets } from './scripts/vite-plugin.js';

const browsers = ensureBrowsers();
const registry = fromRollup(careerWidgets);
const tier = testTier();
console.log(
  `Browser tests, ${tier.name} tier: ${tier.propertyRuns} cases per property (seed ${tier.seed}; replay with CW_SEED=${tier.seed}), ` +
    `${tier.scaleCycles} × ${tier.scaleCount} elements inserted and removed.`,
);

/** Both engines through puppeteer-core: Chromium over CDP, Firefox over WebDriver BiDi. */
function launcher(name, engine, extraArgs = []) {
  const instance = chromeLauncher({
    launchOptions: launchOptions(engine, browsers[engine], { args: extraArgs }),
    createPage: createTestPage,
  });
  instance.name = name;
  return instance;
}

// CW_BROWSERS=chromium (or firefox) limits a local run to one engine.
const only = process.env.CW_BROWSERS?.split(',');
const launchers = [
  // --expose-gc lets the leak test collect garbage before it counts live elements.
  (!only || only.includes('chromium')) && launcher('Chromium', 'chromium', ['--js-flags=--expose-gc']),
  (!only || only.includes('firefox')) && launcher('Firefox', 'firefox'),
].filter(Boolean);

/** `/__cw/tier`: the tier's figures and seed, read by the property and scale tests. */
function tierRoute(ctx, next) {
  if (ctx.path !== '/__cw/tier') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(tier);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One file at a time per engine, both engines side by side.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  // The full tier's 10,000-case properties and 20 × 1,000 elements take minutes per file.
  testsFinishTimeout: tier.name === 'full' ? 600_000 : 120_000,
  browsers: launchers,
  middleware: [tierRoute, testRoutes],
  plugins: [
    registry({ serveByUrl: true }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    emulateMediaFeaturesPlugin(),
    reactForTests(),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.CW_COUNT_FILE ? [countReporter(process.env.CW_COUNT_FILE)] : []),
  ],
};
