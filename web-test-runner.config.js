import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_TEST_ARGS, createTestPage, ensureBrowsers, launchOptions } from './scripts/browsers.js';
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

/**
 * Both engines through puppeteer-core: Chromium over CDP, Firefox over WebDriver BiDi. The runner
 * reads no request or response events, so puppeteer does not follow the pages' requests
 * (`network: false`; `launchOptions` in scripts/browsers.js says why that matters).
 */
function launcher(name, engine, extraArgs = []) {
  const instance = chromeLauncher({
    launchOptions: launchOptions(engine, browsers[engine], { args: extraArgs, network: false }),
    createPage: createTestPage,
  });
  instance.name = name;
  return instance;
}

// CW_BROWSERS=chromium (or firefox) limits a local run to one engine.
const only = process.env.CW_BROWSERS?.split(',');
const launchers = [
  // The flags are explained where they are defined.
  (!only || only.includes('chromium')) && launcher('Chromium', 'chromium', CHROMIUM_TEST_ARGS),
  (!only || only.includes('firefox')) && launcher('Firefox', 'firefox'),
].filter(Boolean);

/**
 * test/visual.test.ts compares screenshots with the baselines in test/screenshots/baseline, drawn
 * by Chromium; Firefox draws text differently, so it never runs there. It runs in a group of its
 * own, in Chromium alone, whenever no test file is named on the command line (so in `npm test`);
 * `npm run test:screenshots` runs it alone, and `npm run test:screenshots -- --update` (or
 * CW_UPDATE_SCREENSHOTS=1) writes new baselines instead of comparing.
 */
const VISUAL_TEST = 'test/visual.test.ts';
const chromium = launchers.find((launcher) => launcher.name === 'Chromium');
const namesFiles = process.argv.slice(2).some((arg) => /\.test\.[jt]s$|\*/.test(arg));
const updateScreenshots = process.argv.includes('--update') || process.env.CW_UPDATE_SCREENSHOTS === '1';
// The plugin's own comparison (pixelmatch), which its package does not export by name.
const require = createRequire(import.meta.url);
const { pixelMatchDiff } = require(
  join(dirname(require.resolve('@web/test-runner-visual-regression/plugin')), 'pixelMatchDiff.js'),
);
/**
 * Compares a screenshot with its baseline. The same browser draws the same page into the same
 * bytes, so an identical file passes at once; only a changed one is decoded and compared pixel
 * by pixel, which takes most of the time on large screenshots.
 */
function imageDiff(args) {
  if (args.baselineImage.equals(args.image)) {
    return { error: '', diffPercentage: 0, diffPixels: 0, diffImage: Buffer.alloc(0) };
  }
  return pixelMatchDiff(args);
}

/** `/__cw/tier`: the tier's figures and seed, read by the property and scale tests. */
function tierRoute(ctx, next) {
  if (ctx.path !== '/__cw/tier') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(tier);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', `!${VISUAL_TEST}`],
  groups: chromium && !namesFiles ? [{ name: 'visual', files: [VISUAL_TEST], browsers: [chromium] }] : [],
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
    visualRegressionPlugin({
      update: updateScreenshots,
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // The tolerance is for anti-aliasing alone: pixelmatch leaves out the pixels it finds on
      // anti-aliased edges, and pixels whose colour moves less than 10% of its scale. Any other
      // changed pixel fails the screenshot: a mark drawn 0.05em wider changes about five.
      diffOptions: { threshold: 0.1, includeAA: false },
      getImageDiff: imageDiff,
      failureThresholdType: 'pixel',
      failureThreshold: 0,
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.CW_COUNT_FILE ? [countReporter(process.env.CW_COUNT_FILE)] : []),
  ],
};
