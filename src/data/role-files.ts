/**
 * The bundled roles' data files: each role's core (id, title, sources) and one file per part it
 * has, imported through the lazy imports of the part modules (scripts/vite-plugin.js), so every
 * bundler, ours and an app's, sees and splits every file.
 */
import type { Role } from './schema.js';
import type { Part, PartModule } from './role-index-types.js';
import core from 'career-widgets-virtual/part/core';
import { remember } from './remember.js';

const modules = new Map<string, Promise<unknown>>();

/** One data module, loaded once however many callers ask. */
function loadModule(key: string, load: PartModule): Promise<unknown> {
  return remember(modules, key, () => load().then((module) => module.default));
}

/** The parts of `parts` that the role has: known from the part modules, without a download. */
export function presentParts(id: string, parts: readonly Part[]): Part[] {
  return parts.filter((part) => Object.hasOwn(part.roles, id));
}

/** A bundled role's core and `parts` (present ones, from `presentParts`). */
export async function assembleRole(id: string, parts: readonly Part[]): Promise<Role> {
  const present = presentParts(id, parts);
  const [base, ...values] = await Promise.all([
    loadModule(id, core.roles[id]!),
    ...present.map((part) => loadModule(`${id}/${part.key}`, part.roles[id]!)),
  ]);
  const role: Record<string, unknown> = { ...(base as object) };
  present.forEach((part, i) => (role[part.key] = values[i]));
  return role as Role;
}
