/**
 * The script-tag build's role files. Each bundled role has one file per part,
 * `roles/<id>/<key>.js`, holding the role's id and title with that part and the sources it
 * cites (id and title alone when the role lacks the part), and `roles/<id>/core.js` with the id,
 * title and every source. The files are found by name, relative to the bundle, so no index of
 * them travels with the elements, and an element that shows one part downloads one file.
 */
import type { Role } from './schema.js';
import { partKey, type Part } from './role-index-types.js';

/** The URL of the `roles/` directory, put in by the build (scriptTagBuild in scripts/vite-shared.js). */
declare const __CW_ROLES_URL__: string;

/**
 * One role file. The browser's module map keeps each file once imported, so every caller
 * shares one download and the same object. (Whether a failed import is tried again on the next
 * request is up to the browser.)
 */
function loadFile(id: string, key: string): Promise<{ sources?: unknown }> {
  const url = new URL(`${id}/${key}.js`, __CW_ROLES_URL__).href;
  return import(/* @vite-ignore */ url).then((module: { default: { sources?: unknown } }) => module.default);
}

/** Which of `parts` the role has is known only from its files, so every part counts. */
export function presentParts(_id: string, parts: readonly Part[]): readonly Part[] {
  return parts;
}

/**
 * A bundled role with `parts`. One part comes in one file, with the sources it cites; none or
 * several come with the core, whose list of every source (in the role's order) wins.
 */
export async function assembleRole(id: string, parts: readonly Part[]): Promise<Role> {
  const keys = parts.map(partKey);
  const files = await Promise.all((keys.length === 1 ? keys : ['core', ...keys]).map((key) => loadFile(id, key)));
  const sources = keys.length === 1 ? undefined : files[0]!.sources;
  return Object.assign({}, ...files, sources ? { sources } : {}) as Role;
}
