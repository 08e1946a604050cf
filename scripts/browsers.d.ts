/** Types for scripts/browsers.js, which the test runner config and Node tests share. */
export function findBrowser(name: 'chromium' | 'firefox'): string | undefined;
export function ensureBrowsers(options?: { log?: (message: string) => void }): { chromium: string; firefox: string };
