/** Types for scripts/vite-shared.js, shared by vite.config.ts and scripts/build.js. */
export const ELEMENT_TAGS: string[];
export function chunkFileNames(dir: string): (chunk: { facadeModuleId: string | null }) => string;
export function scriptTagBuild(): import('vite').Plugin;
export function LOCALIZE_RUNTIME_UNUSED(id: string): false | undefined;
