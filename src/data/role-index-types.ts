import type { Role } from './schema.js';

/** The parts of a role that load on demand: every section, and the summary. */
export type PartKey = Exclude<keyof Role, 'id' | 'title' | 'sources' | '$schema'>;

/**
 * One bundled role in the generated index: what it has, and how to load each part. Modules
 * are typed `unknown` because JSON imports carry no schema types; the data was validated at
 * build time, and the catalogue assembles it into a `Role`.
 */
export interface RoleIndexEntry {
  title: string;
  /** The parts this role has; any other is absent without loading anything. */
  sections: readonly PartKey[];
  /** id, title and sources. */
  core: () => Promise<{ default: unknown }>;
  parts: { [K in PartKey]?: () => Promise<{ default: unknown }> };
}

export type RoleIndex = Record<string, RoleIndexEntry>;
