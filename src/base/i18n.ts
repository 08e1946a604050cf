/**
 * The elements' own words in each element's language.
 *
 * @lit/localize's runtime mode has one locale for the whole page, set once through
 * `configureLocalization`, and in the script-tag bundles its copy cannot be reached at all. Two
 * elements on one page may speak two languages, though, and an app that uses @lit/localize for
 * its own strings must stay free to configure it. So this module has its own `msg()`, with the
 * same signature (typed as @lit/localize's, so `lit-localize extract` finds every call), and
 * never installs anything in @lit/localize:
 *
 * - Each element resolves its language from `lang` (its own, the nearest ancestor's across
 *   shadow roots, the page's, else `en`: `languageOf` in format.ts) and chooses the locale of
 *   its words from it (`uiLocale`: `es-MX` → `es`; a language without strings → `en`).
 * - The strings of a locale come in groups, one for the shared base (src/base) and one per
 *   element (src/components/<tag>), loaded on demand: a page fetches the strings of the elements
 *   it shows in the languages it shows them in, and nothing for English, the language the
 *   source is written in. A folder inside an element's holds a group of words only some data
 *   needs (`<tag>.<folder>`), which the element asks for only then (`stringGroups()`). The
 *   build plugin makes each group's modules from the files that `lit-localize build` writes
 *   (src/locales/<locale>.ts, from the XLIFF in src/locales/xliff); see scripts/vite-plugin.js.
 * - An element updates inside `withLocale(locale, …)`: every `msg()` call made while it renders
 *   (synchronously: render, willUpdate, directives) reads that locale's strings. A server render
 *   is wrapped the same way as a whole, after loading every group's strings in its locale.
 * - An element waits for its strings before an update that shows them (i18n-host.ts); only its
 *   very first render goes ahead, as its loading state, without words.
 * - One MutationObserver, only for `lang`, on the document and on the shadow roots of other
 *   components that hold an element, tells every connected element to read its language again;
 *   an element renders again only when its language changed.
 */
import type { MsgFn, MsgOptions, StrResult, TemplateLike } from '@lit/localize';
import { str } from '@lit/localize';
import type { TemplateResult } from 'lit';
import BASE_STRINGS from 'career-widgets-virtual/strings-of/base';
import type { Entries, StringGroup, Translate } from './i18n-key.js';

export { str };
export type { Entries, StringGroup, Translate };

/** The language the messages are written in, in the source. */
export const SOURCE_LOCALE = 'en';

/** Every locale with strings: the source's and the translated ones. */
export const LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(BASE_STRINGS)];

/** Locales whose words come from a function rather than loaded strings (a test's pseudo-locale). */
const given = new Map<string, Translate>();

/**
 * The translation of each locale whose strings have loaded, in part; and each group's import in
 * one locale, `true` once settled (loaded, or failed: English stands in). i18n-strings.ts fills
 * them: only pages that show another locale than English download it.
 */
const translators = new Map<string, Translate>();
const loads = new Map<() => Promise<{ default: Entries }>, Promise<void> | true>();

/** A message in the source's words: a `str` template joined, anything else as it is. */
export function sourceText(template: TemplateLike): string | TemplateResult {
  if (typeof template === 'string' || !('strTag' in template)) return template;
  return joinStr(template, template.values);
}

/** The text of a `str` template with `values` in its places. */
export function joinStr(template: StrResult, values: readonly unknown[]): string {
  let text = template.strings[0] ?? '';
  for (let i = 1; i < template.strings.length; i++) text += String(values[i - 1]) + template.strings[i];
  return text;
}

/** The translation in effect for the `msg()` calls being made now; none means the source's words. */
let current: Translate | undefined;

/**
 * Makes a string or lit-html template localizable, as @lit/localize's `msg()`: the message in
 * the locale of the element being rendered, else as written.
 */
export const msg = ((template: TemplateLike, options?: MsgOptions) =>
  current ? current(template, options) : sourceText(template)) as MsgFn;

/**
 * The locale of the words for a (canonical) language tag: the tag when it has strings, else
 * its language's (`es-MX` → `es`), else the source's (`en`).
 */
export function uiLocale(tag: string): string {
  if (LOCALES.includes(tag) || given.has(tag)) return tag;
  const language = tag.split('-')[0]!.toLowerCase();
  return LOCALES.includes(language) || given.has(language) ? language : SOURCE_LOCALE;
}

/** True when `groups` can be rendered in `locale` now, with no string still to load. */
export function stringsReady(locale: string, groups: readonly StringGroup[]): boolean {
  if (locale === SOURCE_LOCALE || given.has(locale)) return true;
  return groups.every((group) => {
    const load = group[locale];
    return !load || loads.get(load) === true;
  });
}

/**
 * Loads the strings of `groups` in `locale`. Never rejects: strings that fail to load are
 * reported once in the console, and their messages stay in English.
 */
export function loadStrings(locale: string, groups: readonly StringGroup[]): Promise<void> {
  if (stringsReady(locale, groups)) return Promise.resolve();
  return import('./i18n-strings.js').then(({ load }) => load(locale, groups, { loads, translators, sourceText }));
}

/** Runs `work` (an element's update, a server render) with the messages of `locale`. */
export function withLocale<T>(locale: string, work: () => T): T {
  const previous = current;
  current = given.get(locale) ?? translators.get(locale);
  try {
    return work();
  } finally {
    current = previous;
  }
}

/**
 * Gives `locale` words made by `translate` instead of loaded strings, for every element: the
 * pseudo-locale of the tests, which marks every message, so that a string that skips `msg()`
 * stands out.
 * @internal
 */
export function defineLocale(locale: string, translate: Translate): void {
  given.set(Intl.getCanonicalLocales(locale)[0]!, translate);
}

/** Something that reads an element's language again when a `lang` changes (its LocaleController, i18n-host.ts). */
export interface LanguageReader {
  readLanguage(): void;
}

/** The reader of each connected element. */
const readers = new Map<Node, LanguageReader>();
let observer: MutationObserver | undefined;
let queued = false;

const LANG: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Keeps `reader`, of the element `node`, told of every change of `lang` on the page, until the
 * returned function is called. One observer serves every element: it watches the document, and
 * the shadow root of another component that holds an element; a change of `lang` there makes each
 * connected element read its language again (a `closest()` each), and only those whose language
 * changed render again.
 */
export function watchLanguage(node: Node, reader: LanguageReader): () => void {
  readers.set(node, reader);
  if (!observer) {
    observer = new MutationObserver(languagesChanged);
    observer.observe(document, LANG);
  }
  // Not the shadow roots of these elements themselves, where `lang` marks the role's text. (Observing
  // a node again only renews its options.)
  const root = node.getRootNode();
  if (root instanceof ShadowRoot && !readers.has(root.host)) observer.observe(root, LANG);
  return () => readers.delete(node);
}

/** Tells every element to read its language again, once, after the current task's changes. */
function languagesChanged(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const reader of readers.values()) reader.readLanguage();
  });
}
