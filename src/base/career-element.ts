/**
 * The base of every career-widgets element. It chooses and loads the role (through
 * `RoleController`), renders the loading, error, unset and absent states, speaks the language
 * of its `lang` (src/base/i18n.ts), and offers helpers for headings, formatting, the role's own
 * text and sources. A subclass names the sections it shows and renders a ready role; everything
 * else is shared.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Role } from '../data/schema.js';
import { partKey, type Part, type PartKey } from '../data/role-index-types.js';
import { warn } from './warn.js';
import { CwErrorEvent } from './events.js';
import { RoleSourceElement } from './role-source-element.js';
import { baseStyles } from './styles.js';
import { errorStyles, renderError } from './error-view.js';
import { formatDate } from './format.js';
import { msg, type StringGroup } from './i18n.js';
import { LocaleController } from './i18n-host.js';

/** The strings of an element with no messages of its own. */
const NO_STRINGS: StringGroup = {};

/**
 * The level of an element's heading without `heading-level`: h2, a section of the page under
 * its h1, as GOV.UK Design System components default to.
 */
const DEFAULT_HEADING_LEVEL = 2;

/**
 * @cssproperty --cw-color-text - Text colour.
 * @cssproperty --cw-color-text-muted - Colour of secondary text: labels, sources, notes.
 * @cssproperty --cw-color-surface - Background of the element's box.
 * @cssproperty --cw-color-surface-alt - Background of placeholders and of the absent and unset states.
 * @cssproperty --cw-color-border - Border colour.
 * @cssproperty --cw-color-accent - Main accent colour: bars, markers, links, buttons.
 * @cssproperty --cw-color-accent-soft - Soft accent for highlighted areas.
 * @cssproperty --cw-color-on-accent - Text drawn on the accent colour.
 * @cssproperty --cw-color-danger - Colour of the error state.
 * @cssproperty --cw-color-focus - Colour of the keyboard focus ring.
 * @cssproperty --cw-radius - Corner radius of boxes and buttons.
 * @cssproperty --cw-space - Inner spacing of the box.
 * @cssproperty --cw-font-family - Font family; inherits the page's by default.
 *
 * @csspart base - The element's box, in every state.
 * @csspart heading - The element's heading.
 * @csspart message - The text of the error, unset and absent states.
 * @csspart retry - The button that retries a failed load.
 * @csspart sources - The small print naming where the figures come from.
 *
 * @fires {CwLoadEvent} cw-load - The role is loaded and shown. `detail`: `roleId`, `title`, `source`.
 * @fires {CwErrorEvent} cw-error - The role could not be shown. `detail`: `message`, `kind`, `source`, and `issues` (path and message of each problem) for invalid data.
 */
export abstract class CareerElement extends RoleSourceElement {
  static override styles = [baseStyles, errorStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
  };

  /** The level (1–6) of the element's own heading, 2 by default; inner headings follow on from it. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** `light` or `dark` forces a colour scheme; without it the element follows the reader's system setting. */
  theme?: 'light' | 'dark' | undefined;

  /**
   * The element's messages in each locale, `career-widgets-virtual/strings-of/<tag>`; the
   * base's come with every element. An element with messages of its own sets it.
   */
  protected readonly strings: StringGroup = NO_STRINGS;

  /**
   * The groups of messages the element needs now, besides the base's: its `strings`. An element
   * whose folder holds a group only some data needs (`<tag>.<folder>`) adds it when the data
   * it shows does; the element then waits for those strings too before it shows the data.
   */
  protected stringGroups(): readonly StringGroup[] {
    return [this.strings];
  }

  /** The element's language, kept current while connected, and its strings (i18n-host.ts). */
  readonly #i18n = new LocaleController(this, () => this.stringGroups());

  /** True when the element arrived with server-rendered markup, which it keeps until its strings are in. */
  readonly #serverRendered = this.shadowRoot !== null;

  /**
   * The parts of a role this element shows (sections, or `summary`), imported from
   * `career-widgets-virtual/parts-of/<tag>` (its registry entry's). A bundled role loads only these; a role with none of them gets the absent
   * message.
   */
  protected abstract readonly parts: readonly Part[];

  /** Renders a ready role that has at least one of `parts`. */
  protected abstract renderRole(role: Role): TemplateResult;

  /**
   * The heading, for the role when there is one, or a generic one while loading or failing. The
   * role's title in it is marked with the role's language (`withData`).
   */
  protected abstract headingText(role?: Role): string | TemplateResult;

  /** Says that the role has no data for this element, e.g. that no salary figures are published. */
  protected abstract absentMessage(role: Role): string | TemplateResult;

  readonly #reported = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute (null) means the default, not a bad value.
    if (changed.has('headingLevel') && this.headingLevel != null && !isHeadingLevel(this.headingLevel)) {
      this.reportInvalidAttribute(
        'heading-level',
        this.headingLevel,
        `must be a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`,
      );
    }
  }

  /**
   * Reports an attribute the element cannot use as given: one console warning and one
   * `cw-error` (kind `invalid-attribute`) per attribute value. The element falls back to a
   * sensible default, or shows its own message, and keeps working.
   */
  protected reportInvalidAttribute(attribute: string, value: unknown, problem: string): void {
    reportInvalidAttribute(this, this.#reported, attribute, value, problem);
  }

  protected override render(): TemplateResult {
    // Only a first render goes ahead without its strings (scheduleUpdate): it shows the loading
    // state until they are in.
    if (!this.#i18n.ready) return this.#renderLoading(false);
    const state = this.roleController.state;
    switch (state.status) {
      case 'unset':
        return this.#renderNotice(
          'unset',
          this.headingText(),
          msg('No role chosen yet. Set role-id, src or roleData on this element, or place it inside <career-role>.'),
        );
      case 'loading':
        return this.#renderLoading(true);
      case 'error':
        return renderError(state.error, this.heading(this.headingText()), () => this.reload());
      case 'ready': {
        const { role } = state;
        if (!this.hasContent(role))
          return this.#renderNotice('absent', this.headingText(role), this.absentMessage(role));
        return this.renderRole(role);
      }
    }
  }

  /**
   * The loading state; `worded` false while the element's strings are still to come, with a
   * wordless line in the place of the heading.
   */
  #renderLoading(worded: boolean): TemplateResult {
    return html`<div part="base" class="base state-loading" aria-busy="true">
      ${
        worded
          ? html`${this.heading(this.headingText())}<span class="visually-hidden">${msg('Loading…')}</span>`
          : html`<div class="heading lines"></div>`
      }
      ${this.renderSkeleton()}
    </div>`;
  }

  protected override partsShown(): readonly Part[] {
    return this.parts;
  }

  /** The keys of `parts`. */
  protected get partKeys(): PartKey[] {
    return this.parts.map(partKey);
  }

  /** True when the role has data for this element. */
  protected hasContent(role: Role): boolean {
    return this.parts.some((part) => role[partKey(part)] !== undefined);
  }

  /** Placeholders shown while loading; elements override it to match their layout. */
  protected renderSkeleton(): TemplateResult {
    return html`<span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>`;
  }

  /** A heading at `heading-level` plus `depth`, capped at 6. */
  protected heading(
    content: unknown,
    depth = 0,
    className = depth === 0 ? 'heading lines' : 'subheading',
  ): TemplateResult {
    return renderHeading(this.headingLevel, content, depth, className);
  }

  /**
   * The element's language, for `Intl`: its own `lang`, else the nearest ancestor's, else the
   * page's, else `en`. It may have no strings (`ar-EG`: English words, Arabic digits).
   */
  protected get locale(): string {
    return this.#i18n.locale;
  }

  /** The locale of the element's words: `locale` where it has strings, else its language's, else `en`. */
  protected get wordsLocale(): string {
    return this.#i18n.wordsLocale;
  }

  /**
   * `lang` for an element that holds only the role's own text: the role's language where it
   * differs from the element's words (a Spanish interface showing English data), else no
   * attribute. Screen readers then read the data in its own language.
   */
  protected dataLang(role: Pick<Role, 'language'>): string | typeof nothing {
    return this.#i18n.dataLang(role);
  }

  /**
   * `text`, the role's own, as it stands inside `sentence` (one of the element's messages, which
   * quotes it): marked with the role's language where that differs from the element's words.
   */
  protected withData(role: Pick<Role, 'language'>, sentence: string, text: string): string | TemplateResult {
    return this.#i18n.withData(role, sentence, text);
  }

  /** The role's own `text`, marked with its language where that differs from the element's words. */
  protected dataText(role: Pick<Role, 'language'>, text: string): string | TemplateResult {
    return this.withData(role, text, text);
  }

  /**
   * Waits for the element's strings before an update that would show them: every update but the
   * first of an element that shows no role yet, which shows its loading state meanwhile. A
   * server-rendered element keeps the server's markup until then.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    await this.#i18n.beforeUpdate(() => !this.hasUpdated && !this.#serverRendered && !this.#showsRole());
    return super.scheduleUpdate();
  }

  /** Chooses the role now, and tells whether the next render would show it (or its failure). */
  #showsRole(): boolean {
    this.roleController.choose();
    return this.state === 'ready' || this.state === 'error';
  }

  /** Renders with the messages of the element's locale. */
  protected override performUpdate(): void {
    this.#i18n.withWords(() => super.performUpdate());
  }

  /** Also waits until the element's strings are in, and it has rendered with them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#i18n.afterUpdate(() => super.getUpdateComplete());
  }

  /**
   * Small print naming the sources behind `keys`: publisher, title and date (or the description
   * of a source that names neither), linked where the data gives an http(s) URL.
   */
  protected renderSources(role: Role, keys: readonly PartKey[] = this.partKeys): TemplateResult | typeof nothing {
    return renderSources(role, keys, this.locale, '', (sentence, name) => this.withData(role, sentence, name));
  }

  #renderNotice(
    kind: 'unset' | 'absent' | 'error',
    headingText: string | TemplateResult,
    message: string | TemplateResult,
  ): TemplateResult {
    return html`<div part="base" class="base state-${kind}">
      ${this.heading(headingText)}
      <p part="message" class="message">${message}</p>
    </div>`;
  }
}

function isHeadingLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

/** The heading level an element uses for `heading-level`: the value when it is 1–6, else the default (2). */
export function usableHeadingLevel(value: unknown): number {
  return isHeadingLevel(value) ? value : DEFAULT_HEADING_LEVEL;
}

/**
 * Reports an attribute `host` cannot use as given, once per attribute value (`reported` keeps
 * what was reported): one console warning and one `cw-error` of kind `invalid-attribute`.
 */
export function reportInvalidAttribute(
  host: HTMLElement,
  reported: Set<string>,
  attribute: string,
  value: unknown,
  problem: string,
): void {
  const shown = host.getAttribute(attribute) ?? String(value);
  const key = `${attribute}=${shown}`;
  if (reported.has(key)) return;
  reported.add(key);
  const message = `${attribute}="${shown}" ${problem}`;
  warn(host, message);
  host.dispatchEvent(new CwErrorEvent({ message, kind: 'invalid-attribute', attribute }));
}

/** A heading at `level` (an element's `heading-level`, 2 when unusable) plus `depth`, capped at 6. */
export function renderHeading(level: unknown, content: unknown, depth: number, className: string): TemplateResult {
  const base = usableHeadingLevel(level);
  const part = depth === 0 ? 'heading' : 'subheading';
  // One template per level: cheaper than lit/static-html for six fixed tags.
  switch (Math.min(base + depth, 6)) {
    case 1:
      return html`<h1 part=${part} class=${className}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className}>${content}</h6>`;
  }
}

/**
 * Small print naming the sources of `role` behind `keys` (publisher, title and date, linked
 * where the data gives an http(s) URL), in `lang`; `lead` comes first, before "Source:".
 */
export function renderSources(
  role: Role,
  keys: readonly PartKey[],
  lang: string,
  lead: string | TemplateResult = '',
  /** Marks a source's name, within its line, with the role data's language. */
  mark: (line: string, name: string) => string | TemplateResult = (line) => line,
): TemplateResult | typeof nothing {
  // Sections name their sources; the summary (a string) names none.
  const ids = new Set(keys.flatMap((key) => (role[key] as { sources?: string[] } | undefined)?.sources ?? []));
  const sources = (role.sources ?? []).filter((source) => ids.has(source.id));
  if (sources.length === 0) return nothing;
  const items = sources.map((source) => {
    const name =
      [source.publisher, source.title ? `“${source.title}”` : undefined].filter(Boolean).join(', ') ||
      (source.description ?? '');
    const dated = source.date ? `${name} (${formatDate(lang, source.date)})` : name;
    return { text: mark(dated, name), url: source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined };
  });
  const label = items.length === 1 ? msg('Source:') : msg('Sources:');
  return html`<p part="sources" class="sources lines">
    ${lead}${label}
    ${items.map(
      (item, i) =>
        html`${i > 0 ? '; ' : ''}${
          item.url ? html`<a href=${item.url} rel="noopener noreferrer" target="_blank">${item.text}</a>` : item.text
        }`,
    )}
  </p>`;
}
