/**
 * The types both halves of the i18n layer share (i18n.ts, which every page loads, and
 * i18n-strings.ts, which only pages in another language than English do), and a message's key
 * among a locale's strings. i18n.ts imports only the types from here, so that in a bundle this
 * module travels with i18n-strings.ts alone.
 */
import type { MsgOptions, TemplateLike } from '@lit/localize';
import type { TemplateResult } from 'lit';

/** What a locale makes of one `msg()` call. */
export type Translate = (template: TemplateLike, options?: MsgOptions) => string | TemplateResult;

/** The translated messages of one group in one locale, by key (see i18n-strings.ts). */
export type Entries = Readonly<Record<string, string | readonly (string | number)[] | TemplateResult>>;

/**
 * One group of messages (the base's, or one element's): a lazy import of its strings in each
 * locale other than the source's. Made by the build plugin (`career-widgets-virtual/strings-of/<group>`).
 */
export type StringGroup = Readonly<Record<string, () => Promise<{ default: Entries }>>>;

/**
 * The key of a message among a locale's strings: a 32-bit FNV-1a hash of its text (a template's
 * strings joined by U+001E, as @lit/localize joins them for its ids), in base 36, after `h` for
 * an `html` template or `s` for any other. The build plugin (scripts/vite-plugin.js) keys the
 * strings it writes with this same function, and stops if two messages share a key.
 */
export function messageKey(strings: string | readonly string[], html: boolean): string {
  const text = typeof strings === 'string' ? strings : strings.join('\x1e');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (html ? 'h' : 's') + (hash >>> 0).toString(36);
}
