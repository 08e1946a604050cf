/** Types for scripts/browsers.js, which the test runner config, scripts and Node tests share. */
import type { Browser, LaunchOptions, Page } from 'puppeteer-core';

export type Engine = 'chromium' | 'firefox';
export const CHROMIUM_ARGS: string[];
export const CHROMIUM_TEST_ARGS: string[];
export const VIEWPORT: { width: number; height: number };
export function findBrowser(name: Engine): string | undefined;
export function ensureBrowsers(options?: { log?: (message: string) => void }): { chromium: string; firefox: string };
export function launchOptions(
  engine: Engine,
  executablePath: string,
  options?: { args?: string[]; network?: boolean },
): LaunchOptions;
export function fitViewport(page: Page, viewport: { width: number; height: number }): Promise<void>;
export function openPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page>;
export function launchBrowser(engine: Engine, options?: { args?: string[]; network?: boolean }): Promise<Browser>;
export function checkBrowsers(engines?: Engine[]): Promise<Partial<Record<Engine, { path: string; version: string }>>>;
export function createTestPage(options: { context: import('puppeteer-core').BrowserContext }): Promise<Page>;
