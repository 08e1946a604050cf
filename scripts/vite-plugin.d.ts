/** Types for scripts/vite-plugin.js. */
import type { Plugin } from 'vite';
import type { ElementEntry } from '../src/registry.js';

export function careerWidgets(options?: { serveByUrl?: boolean }): Plugin;
export function chunkFileNames(dir: string): (chunk: { facadeModuleId: string | null; moduleIds?: string[] }) => string;
export function readRegistry(): Promise<readonly ElementEntry[]>;
export function readRoles(): { id: string; title: string; [key: string]: unknown }[];
export function stylesheet(css?: string): Promise<string>;
/** lit-localize.json. */
export function readLocalizeConfig(): {
  sourceLocale: string;
  targetLocales: string[];
  output: { outputDir: string };
  interchange: { xliffDir: string };
};
/** The messages of each group (`base`, or an element's tag): @lit/localize id and key. */
export function readMessageGroups(): Promise<Map<string, { id: string; key: string }[]>>;
