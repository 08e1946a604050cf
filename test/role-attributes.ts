/**
 * How the tests that go through every element of the registry give each one a bundled role.
 * Every element takes `role-id`, but `<role-compare>`, which compares two to four roles: it
 * takes `role-ids`, and gets the role followed by the next bundled one (after the last, the
 * first), so that it shows the role among others. Plain data, for the browser and node tests.
 */
import { BUNDLED_ROLE_IDS } from '../src/data/role-ids.js';

/** The bundled role `<role-compare>` shows beside `roleId` in those tests. */
export function comparedWith(roleId: string): string {
  const at = (BUNDLED_ROLE_IDS as readonly string[]).indexOf(roleId);
  return BUNDLED_ROLE_IDS[(at + 1) % BUNDLED_ROLE_IDS.length]!;
}

/** The attributes that give `tag` the bundled role `roleId`. */
export function roleAttributes(tag: string, roleId: string): Record<string, string> {
  return tag === 'role-compare' ? { 'role-ids': `${roleId},${comparedWith(roleId)}` } : { 'role-id': roleId };
}

/** The same, written as HTML attributes (the ids need no escaping). */
export function roleAttributesHtml(tag: string, roleId: string): string {
  return Object.entries(roleAttributes(tag, roleId))
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
}
