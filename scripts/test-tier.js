/**
 * How much stress work the browser tests do. `npm test` runs the fast tier; `npm run test:full`
 * (CW_TIER=full) runs the heavy one. The property tests' seed comes from CW_SEED, or is drawn
 * once per run and printed, so a failure can be replayed with `CW_SEED=<seed> npm test`.
 */
const TIERS = {
  // A couple of hundred cases per property and a small scale run: every change, within minutes.
  // A property must finish its cases within 8 s (test/property.test.ts); 300 took up to 8.3 s
  // in Chromium while Firefox ran beside it on two cores, and 200 take at most about 5.5 s.
  fast: { propertyRuns: 200, scaleCount: 100, scaleCycles: 3 },
  // 10,000 cases per property, 1,000 elements on a page and 20 × 1,000 inserted and removed.
  full: { propertyRuns: 10_000, scaleCount: 1_000, scaleCycles: 20 },
};

export function testTier(env = process.env) {
  const name = env.CW_TIER === 'full' ? 'full' : 'fast';
  const seed = env.CW_SEED ? Number(env.CW_SEED) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(seed)) throw new Error(`CW_SEED must be an integer, not "${env.CW_SEED}"`);
  return { name, seed, ...TIERS[name] };
}
