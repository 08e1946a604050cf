import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { toggledOpen } from '../../base/disclosures.js';
import { CwFaqSearchEvent, CwFaqToggleEvent } from './role-faq.events.js';
import { formatNumber } from '../../base/format.js';
import type { Role } from '../../data/schema.js';
import { roleFaqStyles } from './role-faq.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/role-faq';
import STRINGS from 'career-widgets-virtual/strings-of/role-faq';

/** The longest slug `faqSlug()` returns. */
export const MAX_SLUG_LENGTH = 60;

/** Above this many questions the element offers a search field. */
export const SEARCH_THRESHOLD = 5;

/**
 * The slug of a question, for its anchor: lower-cased, accents dropped, every run of
 * characters that are not letters or digits turned into one `-`, no `-` at either end, and cut
 * at a word boundary to at most 60 characters (a single longer word is cut at 60).
 * Returns `''` for a question with no letters or digits.
 *
 * `faqSlug('Must Security Technicians hold a licence?')` → `must-security-technicians-hold-a-licence`
 */
export function faqSlug(question: string): string {
  const slug = question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  if (slug[MAX_SLUG_LENGTH] === '-') return slug.slice(0, MAX_SLUG_LENGTH);
  const cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** Text folded for searching: lower case, no accents, straight quotes, single spaces. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One question as the element shows it. */
interface Entry {
  index: number;
  question: string;
  answer: string;
  anchor: string;
  /** Question and answer, folded, for the search. */
  haystack: string;
}

function entriesOf(role: Role): Entry[] {
  const used = new Set<string>();
  return (role.faq?.items ?? []).map((item, index) => {
    const base = `${role.id}-faq-${faqSlug(item.question) || String(index + 1)}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return {
      index,
      question: item.question,
      answer: item.answer,
      anchor,
      haystack: fold(`${item.question}\n${item.answer}`),
    };
  });
}

/** The anchor named by the page's URL fragment, if any. */
function currentHash(): string {
  const hash = globalThis.location?.hash.slice(1) ?? '';
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * Every question is a native `<details>` disclosure, closed at first, that opens with a click,
 * Enter or Space to show its plain-text answer. Each question has a stable anchor,
 * `<role id>-faq-<slug of the question>` (see `faqSlug()`), and a small link to it: opening
 * the page at `#<anchor>`, or following such a link later, opens that question, scrolls it into
 * view and puts the keyboard focus on it. With more than five questions a search field filters
 * questions and answers (ignoring case and accents), and a polite status says how many match.
 *
 * @csspart search - The search field's box: its label and input.
 * @csspart search-label - The search field's visible label.
 * @csspart search-input - The search field (`<input type="search">`).
 * @csspart status - The live status under the search field: how many questions match, and the no-match message.
 * @csspart count - The count of matching questions, inside `status`.
 * @csspart no-match - The message shown when no question matches the search.
 * @csspart list - The box around all the questions.
 * @csspart item - One question's box: its disclosure and its link. Its `id` is the question's anchor.
 * @csspart question - One question's `<details>` disclosure.
 * @csspart summary - The question text, the `<summary>` that opens and closes it.
 * @csspart answer - The answer shown when the question is open.
 * @csspart anchor-link - The small link to the question's anchor, for copying or sharing.
 *
 * @cssproperty --cw-role-faq-divider-color - Colour of the lines between questions; falls back to `--cw-color-border`.
 * @cssproperty --cw-role-faq-link-color - Colour of the question links and disclosure markers; falls back to `--cw-color-accent`.
 *
 * @fires {CwFaqToggleEvent} cw-faq-toggle - A question was opened or closed, by pointer, keyboard or URL fragment; once per change. `detail`: `index`, `question`, `open`, `anchor`.
 * @fires {CwFaqSearchEvent} cw-faq-search - The search text changed (trimmed; not fired when only surrounding spaces changed). `detail`: `query`, `matches`.
 */
export class RoleFaq extends CareerElement {
  static override styles = [...CareerElement.styles, roleFaqStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  /** What the search field holds, as typed. */
  private query = '';

  /** The trimmed query of the last `cw-faq-search`, so unchanged queries fire nothing. */
  private lastQuery = '';
  private shownRole: Role | undefined;
  private entries: Entry[] = [];
  private initialHashHandled = false;

  private readonly onHashChange = (): void => {
    void this.openFromHash();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role
      ? this.withData(role, msg(str`Questions about ${role.title}`), role.title)
      : msg('Frequently asked questions');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No frequently asked questions are published for ${role.title}.`), role.title);
  }

  /**
   * Starts afresh (all closed, no search) when a different role is shown. Called while
   * rendering: the role may arrive from a `<career-role>` during the update itself.
   */
  private syncRole(role: Role): void {
    if (role === this.shownRole) return;
    this.shownRole = role;
    this.entries = entriesOf(role);
    this.query = '';
    this.lastQuery = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (
      !this.initialHashHandled &&
      this.state === 'ready' &&
      this.shownRole === this.loadedRole &&
      this.entries.length > 0
    ) {
      this.initialHashHandled = true;
      void this.openFromHash();
    }
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton label"></span>
      <span class="skeleton input"></span>
      <span class="skeleton count"></span>
      ${[0, 1, 2, 3, 4, 5, 6, 7].map(() => html`<span class="skeleton question"></span>`)}`;
  }

  protected renderRole(role: Role): TemplateResult {
    this.syncRole(role);
    const entries = this.entries;
    const searchable = entries.length > SEARCH_THRESHOLD;
    const key = searchable ? fold(this.query) : '';
    const shown = entries.filter((entry) => entry.haystack.includes(key));
    const lang = this.locale;
    const trimmed = this.query.trim();
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      ${
        searchable
          ? html`<div class="search" part="search">
                <label part="search-label" for="search">${msg('Search the questions')}</label>
                <input
                  part="search-input"
                  id="search"
                  type="search"
                  autocomplete="off"
                  spellcheck="false"
                  enterkeyhint="search"
                  .value=${this.query}
                  @input=${this.onSearchInput}
                />
              </div>
              <div part="status" class="status" role="status">
                <p part="count" class="count small muted">
                  ${msg(str`${formatNumber(lang, shown.length)} of ${formatNumber(lang, entries.length)} questions shown`)}
                </p>
                ${
                  shown.length === 0
                    ? html`<p part="no-match" class="no-match">${msg(str`No questions match “${trimmed}”.`)}</p>`
                    : nothing
                }
              </div>`
          : nothing
      }
      ${keyed(
        role,
        html`<div part="list" class="list ${shown.length === 0 ? 'empty' : ''}">
          ${entries.map((entry) => this.renderEntry(entry, shown.includes(entry)))}
        </div>`,
      )}
      ${this.renderSources(role)}
    </div>`;
  }

  private renderEntry(entry: Entry, visible: boolean): TemplateResult {
    return html`<div part="item" class="item" id=${entry.anchor} ?hidden=${!visible}>
      <details
        part="question"
        class="question"
        lang=${this.shownRole ? this.dataLang(this.shownRole) : nothing}
        @toggle=${(event: Event) => this.onToggle(entry, event)}
      >
        <summary part="summary" class="summary">${entry.question}</summary>
        <p part="answer" class="answer">${entry.answer}</p>
      </details>
      <a
        part="anchor-link"
        class="anchor-link"
        href=${`#${entry.anchor}`}
        aria-label=${msg(str`Link to this question: ${entry.question}`)}
        ><svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
          <path
            d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
            fill="none"
            stroke="currentColor"
            stroke-width="2.2"
            stroke-linecap="round"
            stroke-linejoin="round"
          /></svg
      ></a>
    </div>`;
  }

  private onToggle(entry: Entry, event: Event): void {
    const open = toggledOpen(event);
    if (open === undefined) return;
    this.dispatchEvent(
      new CwFaqToggleEvent({ index: entry.index, question: entry.question, open, anchor: entry.anchor }),
    );
  }

  private onSearchInput(event: Event): void {
    this.setQuery((event.target as HTMLInputElement).value);
  }

  /** Filters the questions, and fires `cw-faq-search` when the trimmed query changed. */
  private setQuery(value: string): void {
    this.query = value;
    this.requestUpdate();
    const query = value.trim();
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    const key = fold(query);
    const matches = this.entries.filter((entry) => entry.haystack.includes(key)).length;
    this.dispatchEvent(new CwFaqSearchEvent({ query, matches }));
  }

  /** Opens, shows and focuses the question the URL fragment names, if it is one of ours. */
  private async openFromHash(): Promise<void> {
    const anchor = currentHash();
    if (!anchor || this.state !== 'ready') return;
    if (this.shownRole !== this.loadedRole) return;
    const entry = this.entries.find((candidate) => candidate.anchor === anchor);
    if (!entry) return;
    if (!entry.haystack.includes(fold(this.query))) {
      // The search hides it: clear the search so the question can be shown.
      this.setQuery('');
    }
    await this.updateComplete;
    const item = this.shadowRoot?.getElementById(anchor);
    const details = item?.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!item || !details || !summary) return;
    details.open = true;
    summary.focus({ preventScroll: true });
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    item.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'role-faq': RoleFaq;
  }
}
