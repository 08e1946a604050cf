import type { Role } from './schema.js';

/** The parts of a role that load on demand: every section, and the summary. */
export type PartKey = Exclude<keyof Role, 'id' | 'language' | 'title' | 'sources' | '$schema'>;

/**
 * A lazy import of one data module. Modules are typed `unknown` because they carry no schema
 * types; the data was validated at build time, and the loader assembles it into a `Role`.
 */
export type PartModule = () => Promise<{ default: unknown }>;

/**
 * One part of the bundled roles (made by scripts/vite-plugin.js from data/roles/): its key, and
 * a lazy import for each role that has it. A role missing from `roles` lacks the part, and an
 * element knows that without downloading anything. Each element imports the parts it shows, so
 * a bundle carries the imports of those parts only, and splits each role's part into a file of
 * its own.
 */
export interface BundledPart<K extends PartKey = PartKey> {
  readonly key: K;
  readonly roles: Readonly<Record<string, PartModule>>;
}

/** A part as elements name it. */
export type Part<K extends PartKey = PartKey> = BundledPart<K>;

/** The key of a part. */
export function partKey<K extends PartKey>(part: Part<K>): K {
  return part.key;
}

/** The id, language, title and sources of each bundled role, which every element loads. */
export interface CorePart {
  readonly key: 'core';
  readonly roles: Readonly<Record<string, PartModule>>;
}
