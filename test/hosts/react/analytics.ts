import type { CwLoadDetail } from 'career-widgets';

declare global {
  interface Window {
    /** What the app's handlers received, read by the test. */
    hostLoads: CwLoadDetail[];
  }
}
window.hostLoads = [];

export const track = (detail: CwLoadDetail) => window.hostLoads.push(detail);
