/** Types for scripts/test-tier.js. */
export interface TestTier {
  name: 'fast' | 'full';
  seed: number;
  propertyRuns: number;
  scaleCount: number;
  scaleCycles: number;
}
export function testTier(env?: Record<string, string | undefined>): TestTier;
