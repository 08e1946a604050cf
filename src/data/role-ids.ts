/**
 * The ids of the roles bundled with career-widgets. This module is tiny and free of zod so the
 * catalogue (browser) and the schema (validation) can share it.
 */
export const BUNDLED_ROLE_IDS = [
  'security-technician',
  'security-systems-technician',
  'security-engineer',
] as const;

/** One of the bundled role ids. */
export type BundledRoleId = (typeof BUNDLED_ROLE_IDS)[number];

/** True when `id` names a bundled role. */
export function isBundledRoleId(id: unknown): id is BundledRoleId {
  return typeof id === 'string' && (BUNDLED_ROLE_IDS as readonly string[]).includes(id);
}
