/**
 * Which elements Storybook shows: one per src/define/<tag>.ts file, read when Storybook starts
 * (restart it after adding an element). The preview imports them through the virtual module
 * `virtual:career-widgets-elements`, which also exports their tag names (ELEMENT_TAGS).
 *
 * Elements are written while Storybook runs, so an element whose relative imports (at any depth)
 * do not all exist yet (career-guide.ts importing sections still to come, a component without its
 * styles file) is left out with a warning instead of breaking every story; it comes in on the
 * next start once those files exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFINE_DIR = join(ROOT, 'src', 'define');
const VIRTUAL_ID = 'virtual:career-widgets-elements';

/** The file a relative import names: `./x.js` is `./x.ts` in this source tree. */
function resolveImport(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  return [target.replace(/\.js$/, '.ts'), target, `${target}.ts`].find((path) => existsSync(path));
}

/** Relative imports, at any depth below `file`, that do not exist (as `importer: specifier`). */
function missingImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !file.endsWith('.ts')) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g),
  ].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const target = resolveImport(file, specifier);
    if (!target) return [`${file.slice(ROOT.length + 1)}: ${specifier}`];
    return missingImports(target, seen);
  });
}

export interface ElementFile {
  tag: string;
  file: string;
  /** Relative imports that do not exist: the element is left out while any remain. */
  missing: string[];
}

export function elementFiles(): ElementFile[] {
  if (!existsSync(DEFINE_DIR)) return [];
  return readdirSync(DEFINE_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => {
      const file = join(DEFINE_DIR, name);
      return { tag: name.slice(0, -3), file, missing: missingImports(file) };
    });
}

/** The tags Storybook can load now; warns once about each element left out. */
export function usableTags(log = true): string[] {
  const files = elementFiles();
  for (const { file, missing } of files) {
    if (missing.length > 0 && log) {
      console.warn(
        `storybook: leaving out ${file.slice(ROOT.length + 1)} for now; missing imports: ${missing.join('; ')}`,
      );
    }
  }
  return files.filter((entry) => entry.missing.length === 0).map((entry) => entry.tag);
}

/** The Vite plugin serving `virtual:career-widgets-elements`. */
export function elementsPlugin(): Plugin {
  return {
    name: 'career-widgets-elements',
    // Before Vite's own resolver, so the side-effect flag below is the one that counts.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === VIRTUAL_ID) return `\0${VIRTUAL_ID}`;
      // These imports are there only to register the elements: keep them whatever package.json
      // "sideEffects" says (it once named only dist/ files, and the build then dropped them).
      if (importer !== `\0${VIRTUAL_ID}` && !importer?.startsWith(DEFINE_DIR)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.startsWith(DEFINE_DIR) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      const usable = elementFiles().filter((entry) => entry.missing.length === 0);
      return [
        ...usable.map((entry) => `import ${JSON.stringify(entry.file)};`),
        `export const ELEMENT_TAGS = ${JSON.stringify(usable.map((entry) => entry.tag))};`,
      ].join('\n');
    },
  };
}
