/**
 * The script-tag build's role files. Each bundled role has one file per part,
 * `roles/<id>/<key>.js`, holding the role's id, title and sources with that part (or without it,
 * when the role lacks the part), and `roles/<id>/core.js` with the id, title and sources alone.
 * The files are found by name, relative to the bundle, so no index of them travels with the
 * elements, and an element that shows one part downloads one file.
 */
import type { Role } from './schema.js';
import { partKey, type Part } from './role-index-types.js';

/** The URL of the `roles/` directory, put in by the build (scriptTagData in scripts/vite-shared.js). */
declare const __CW_ROLES_URL__: string;

/**
 * One role file. The browser's module map keeps each file once imported, so every caller
 * shares one download and the same object. (Whether a failed import is tried again on the next
 * request is up to the browser.)
 */
function loadFile(id: string, key: string): Promise<object> {
  const url = new URL(`${id}/${key}.js`, __CW_ROLES_URL__).href;
  return import(/* @vite-ignore */ url).then((module: { default: object }) => module.default);
}

/** Which of `parts` the role has is known only from its files, so every part counts. */
export function presentParts(_id: string, parts: readonly Part[]): readonly Part[] {
  return parts;
}

/** A bundled role with `parts`: one file per part, merged; with no parts, the role's core file. */
export async function assembleRole(id: string, parts: readonly Part[]): Promise<Role> {
  const keys = parts.length > 0 ? parts.map(partKey) : ['core'];
  const loaded = await Promise.all(keys.map((key) => loadFile(id, key)));
  return Object.assign({}, ...loaded) as Role;
}
