/**
 * Loads a locale's strings, and finds a `msg()` call's translation among them. Apart from
 * i18n.ts, so that only pages showing another locale than English download it.
 *
 * A message's key is a short hash of its text (i18n-key.ts). Translations are stored as the
 * build plugin writes them: a string; for a `str` template, its text and the indexes of the
 * source's values, in the order the translation places them; for an `html` template, a template
 * whose values are those indexes.
 */
import type { MsgOptions, TemplateLike } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { messageKey, type Entries, type StringGroup, type Translate } from './i18n-key.js';

/** What i18n.ts lends: its records of loads and translations, and its source text. */
interface Shared {
  /** Each group's import in one locale: `true` once settled (loaded, or failed: English stands in). */
  loads: Map<() => Promise<{ default: Entries }>, Promise<void> | true>;
  /** Each locale's translation, once some of its strings have loaded. */
  translators: Map<string, Translate>;
  /** A message in the source's words, for one a locale has no translation of. */
  sourceText: (template: TemplateLike) => string | TemplateResult;
}

/** Each message's key, by its text (a string, or a template's strings array). */
const keys = new Map<string | TemplateStringsArray, string>();

/** Each locale's strings loaded so far, by key. */
const entries = new Map<string, Record<string, Entries[string]>>();

/** The key of a message (a template's is worked out once, for its strings array). */
function keyOf(template: TemplateLike, options?: MsgOptions): string {
  if (options?.id) return options.id;
  const strings = typeof template === 'string' ? template : template.strings;
  let key = keys.get(strings);
  if (key === undefined) {
    key = messageKey(strings, typeof template !== 'string' && !('strTag' in template));
    keys.set(strings, key);
  }
  return key;
}

/**
 * Loads the strings of `groups` in `locale` (see `loadStrings` in i18n.ts), noting each group's
 * import in `loads` and giving the locale its translation in `translators`. (i18n.ts passes its
 * own, rather than this module importing it, so that neither imports the other.)
 */
export function load(locale: string, groups: readonly StringGroup[], shared: Shared): Promise<void> {
  const { loads, translators } = shared;
  const loadGroup = (importGroup: () => Promise<{ default: Entries }>): Promise<void> | undefined => {
    let loading = loads.get(importGroup);
    if (loading === true) return undefined;
    if (!loading) {
      loading = importGroup().then(
        (module) => {
          let known = entries.get(locale);
          if (!known) {
            known = {};
            entries.set(locale, known);
            translators.set(locale, translator(known, shared.sourceText));
          }
          Object.assign(known, module.default);
          loads.set(importGroup, true);
        },
        (error: unknown) => {
          loads.set(importGroup, true);
          console.warn(`[career-widgets] ${locale} strings could not be loaded; English is shown. ${String(error)}`);
        },
      );
      loads.set(importGroup, loading);
    }
    return loading;
  };
  return Promise.all(groups.map((group) => group[locale] && loadGroup(group[locale]))).then(() => undefined);
}

/** The translation of `msg()` calls from `known`, a locale's strings (which grow as groups load). */
function translator(known: Entries, sourceText: Shared['sourceText']): Translate {
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
