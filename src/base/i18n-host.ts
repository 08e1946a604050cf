/**
 * What an element needs to speak its language (src/base/i18n.ts), shared by every element:
 * `CareerElement` and `<role-compare>`, which shows several roles and so is no CareerElement.
 * The controller reads the element's language from `lang` and keeps it current while the element
 * is connected, works out the locale of its words, loads its strings, lets an update wait for
 * them and run with them, and marks the role's own text with the role's language. The element
 * calls it from the three steps of its update that a controller cannot reach (`scheduleUpdate`,
 * `performUpdate`, `getUpdateComplete`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Role } from '../data/schema.js';
import { languageOf } from './format.js';
import BASE_STRINGS from 'career-widgets-virtual/strings-of/base';
import { loadStrings, stringsReady, uiLocale, watchLanguage, withLocale, type StringGroup } from './i18n.js';

/** The role's language, as the data gives it (English when it says none). */
export type DataLanguage = Pick<Role, 'language'>;

export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The element's own groups of strings (read when needed: they may follow its data, and a subclass sets them after the base's constructor). */
  readonly #strings: () => readonly StringGroup[];

  /** The language tag the element speaks, from `lang` (see `languageOf`); kept current while connected. */
  #lang = '';

  /** The last language tag read for `wordsLocale`, and its locale of words. */
  #words: [tag: string, locale: string] = ['', ''];

  #unwatch: (() => void) | undefined;

  /** @param strings The element's own groups of messages in each locale (`career-widgets-virtual/strings-of/<tag>`), as it needs them now; the base's come with them. */
  constructor(host: ReactiveControllerHost & HTMLElement, strings: () => readonly StringGroup[]) {
    this.#host = host;
    this.#strings = strings;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unwatch = watchLanguage(this.#host, this);
    this.readLanguage();
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /** Only a first render goes ahead without its strings (`beforeUpdate`): the element renders again once they are in. */
  hostUpdate(): void {
    if (!this.ready) void this.#load(this.wordsLocale).then(() => this.#host.requestUpdate());
  }

  /** Reads the element's language from `lang` again; it renders again if it changed. */
  readLanguage(): void {
    const lang = languageOf(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#host.requestUpdate();
  }

  /**
   * The element's language, for `Intl`: its own `lang`, else the nearest ancestor's, else the
   * page's, else `en`. It may have no strings (`ar-EG`: English words, Arabic digits).
   */
  get locale(): string {
    return this.#lang || languageOf(this.#host);
  }

  /** The locale of the element's words: `locale` where it has strings, else its language's, else `en`. */
  get wordsLocale(): string {
    const tag = this.locale;
    // Read many times a render (each mark of the role's text): worked out once per language.
    if (tag !== this.#words[0]) this.#words = [tag, uiLocale(tag)];
    return this.#words[1];
  }

  /** True when the element's strings in its locale are in. */
  get ready(): boolean {
    return stringsReady(this.wordsLocale, this.#groups);
  }

  get #groups(): readonly StringGroup[] {
    return [BASE_STRINGS, ...this.#strings()];
  }

  #load(locale: string): Promise<void> {
    return loadStrings(locale, this.#groups);
  }

  /**
   * Waits for the element's strings before an update that would show them, from the element's
   * `scheduleUpdate`; `mayGoWithout` tells when the update may go ahead without them (a first
   * render, as a loading state).
   */
  async beforeUpdate(mayGoWithout: () => boolean): Promise<void> {
    for (let locale; !stringsReady((locale = this.wordsLocale), this.#groups); ) {
      if (mayGoWithout()) break;
      await this.#load(locale);
    }
  }

  /** Runs `update`, the element's `performUpdate`, with the messages of its locale. */
  withWords<T>(update: () => T): T {
    return withLocale(this.wordsLocale, update);
  }

  /**
   * Waits, from the element's `getUpdateComplete`, until its strings are in and it has rendered
   * with them; `complete` is the element's own wait.
   */
  async afterUpdate(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    for (let locale; !stringsReady((locale = this.wordsLocale), this.#groups); ) {
      await this.#load(locale);
      done = await complete();
    }
    return done;
  }

  /**
   * `lang` for the role's own text: the role's language where it differs from the element's
   * words (a Spanish interface showing English data), else no attribute. Screen readers then read
   * the data in its own language.
   */
  dataLang(role: DataLanguage): string | typeof nothing {
    const data = role.language ?? 'en';
    const words = this.wordsLocale;
    return data === words || primaryLanguage(data) === primaryLanguage(words) ? nothing : data;
  }

  /**
   * `text`, the role's own, as it stands inside `sentence` (one of the element's messages, which
   * quotes it): marked with the role's language where that differs from the element's words.
   */
  withData(role: DataLanguage, sentence: string, text: string): string | TemplateResult {
    const lang = this.dataLang(role);
    const at = text ? sentence.indexOf(text) : -1;
    if (lang === nothing || at < 0) return sentence;
    return html`${sentence.slice(0, at)}<span lang=${lang}>${text}</span>${sentence.slice(at + text.length)}`;
  }
}

/** "es" of "es-MX". */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
