/** Types for scripts/vite-plugin.js. */
import type { Plugin } from 'vite';
import type { ElementEntry } from '../src/registry.js';

export function careerWidgets(options?: { serveByUrl?: boolean }): Plugin;
export function chunkFileNames(dir: string): (chunk: { facadeModuleId: string | null; moduleIds?: string[] }) => string;
export function readRegistry(): Promise<readonly ElementEntry[]>;
export function readRoles(): { id: string; title: string; [key: string]: unknown }[];
export function stylesheet(css?: string): Promise<string>;
