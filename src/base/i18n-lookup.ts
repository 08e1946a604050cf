/**
 * Finds a `msg()` call's translation among a locale's loaded strings. Apart from i18n.ts, so
 * that only pages showing another locale than English download it.
 *
 * A message's key is the start of @lit/localize's id for it (a hash of its text: `s` or `h`,
 * then 16 hex digits), as long as `KEY_LENGTH`: enough to tell this library's messages apart,
 * which the build checks (scripts/vite-plugin.js), and a third of the bytes of whole ids.
 * Translations are stored as the build plugin writes them: a string; for a `str` template,
 * its text and the indexes of the source's values, in the order the translation places them;
 * for an `html` template, a template whose values are those indexes.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { MsgOptions, TemplateLike } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { sourceText, type Entries, type Translate } from './i18n.js';

/** Characters of a message id that make its key; scripts/vite-plugin.js writes keys as long. */
export const KEY_LENGTH = 7;

/** Each message's key, by its text (a string, or a template's strings array). */
const keys = new Map<string | TemplateStringsArray, string>();

/** The key of a message: the start of its @lit/localize id. */
export function keyOf(template: TemplateLike, options?: MsgOptions): string {
  if (options?.id) return options.id;
  const strings = typeof template === 'string' ? template : template.strings;
  let key = keys.get(strings);
  if (key === undefined) {
    const html = typeof template !== 'string' && !('strTag' in template);
    key = generateMsgId(strings, html).slice(0, KEY_LENGTH);
    keys.set(strings, key);
  }
  return key;
}

/** The translation of `msg()` calls from `known`, a locale's strings (which grow as groups load). */
export function translator(known: Entries): Translate {
  return (template, options) => {
    const found = known[keyOf(template, options)];
    if (found === undefined) return sourceText(template);
    if (typeof found === 'string') return found;
    const values = (template as { values: readonly unknown[] }).values;
    if (Array.isArray(found)) {
      let text = '';
      for (const piece of found as readonly (string | number)[]) text += typeof piece === 'number' ? String(values[piece]) : piece;
      return text;
    }
    const result = found as TemplateResult;
    return { ...result, values: (result.values as number[]).map((index) => values[index]) };
  };
}
