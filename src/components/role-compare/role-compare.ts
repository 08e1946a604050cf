import { LitElement, html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { renderHeading, renderSources, reportInvalidAttribute, usableHeadingLevel } from '../../base/career-element.js';
import { errorStyles, isRetryable, renderErrorDetails, renderRetry, userMessage } from '../../base/error-view.js';
import { CwErrorEvent, CwLoadEvent, type ComparisonProblemKind, type CwErrorDetail } from '../../base/events.js';
import { formatMoney, formatMoneyRange, formatNumber, formatPercent, isSingular } from '../../base/format.js';
import { formatList } from '../../base/format-list.js';
import { msg, str } from '../../base/i18n.js';
import { LocaleController, type DataLanguage } from '../../base/i18n-host.js';
import { announceFailure } from '../../base/role-controller.js';
import { DEFAULT_TIMEOUT_MS } from '../../base/role-result.js';
import { RoleSetController, type RoleSetRequest, type SettledRoleSet } from '../../base/role-set-controller.js';
import type { RoleLoadError } from '../../base/role-state.js';
import { baseStyles } from '../../base/styles.js';
import { warn } from '../../base/warn.js';
import type { Part, PartKey } from '../../data/role-index-types.js';
import type { Role, RoleInput, Section } from '../../data/schema.js';
import { VERSION } from '../../version.js';
import {
  MAX_ROLES,
  MIN_ROLES,
  ROW_KEYS,
  growthOf,
  isRowKey,
  payOf,
  payScaleOf,
  seniorTierOf,
  skillsOf,
  splitSkills,
  type Pay,
  type RowKey,
  type SkillSplit,
} from './compare-data.js';
import { CwCompareRowToggleEvent } from './role-compare.events.js';
import { roleCompareStyles } from './role-compare.styles.js';
import certifications from 'career-widgets-virtual/part/certifications';
import careerTiers from 'career-widgets-virtual/part/careerTiers';
import educationLevel from 'career-widgets-virtual/part/educationLevel';
import headline from 'career-widgets-virtual/part/headline';
import jobOutlook from 'career-widgets-virtual/part/jobOutlook';
import marketDemand from 'career-widgets-virtual/part/marketDemand';
import pathIntoRole from 'career-widgets-virtual/part/pathIntoRole';
import salary from 'career-widgets-virtual/part/salary';
import skillMap from 'career-widgets-virtual/part/skillMap';
import softSkills from 'career-widgets-virtual/part/softSkills';
import techSkills from 'career-widgets-virtual/part/techSkills';
import workLifeBalance from 'career-widgets-virtual/part/workLifeBalance';
import STRINGS from 'career-widgets-virtual/strings-of/role-compare';

/**
 * The parts of a role each row reads; a bundled role loads only those of the rows shown. (The
 * comparison is no section of `<career-guide>`, so its registry entry names no parts.)
 */
const ROW_PARTS: Readonly<Record<RowKey, readonly Part[]>> = {
  pay: [salary, headline],
  growth: [jobOutlook, headline],
  demand: [marketDemand],
  education: [educationLevel, pathIntoRole],
  'years-to-senior': [careerTiers],
  certifications: [certifications],
  skills: [techSkills, softSkills, skillMap],
  'work-life': [workLifeBalance],
};

/** How many entries an expandable cell shows until its row is expanded. */
const FIRST_CERTIFICATIONS = 3;
const FIRST_SKILLS = 5;
const FIRST_PARAGRAPHS = 1;

/** Placeholder rows while loading. */
const SKELETON_ROWS = 8;

type DemandLevel = Section<'marketDemand'>['level'];
type StressLevel = Section<'workLifeBalance'>['stress'];
type BalanceRating = Section<'workLifeBalance'>['balance'];

/** What the element was given, before loading: the source, every value, and how to name it to a developer. */
interface Given {
  request: RoleSetRequest;
  /** How many different values are given, before the first four are kept. */
  distinct: number;
  /** `role-ids="a,b"`, `src="…"` or `roleData`. */
  named: string;
  /** Values given more than once (ids, URLs, or the same object), shown once: how to name each, and its place in `request`. */
  repeated: { name: string; index: number }[];
}

/** Something wrong with the roles given, shown above the comparison and reported once. */
interface Problem {
  /** `too-few-roles`, `too-many-roles`, `duplicate-role`, or a role's own failure. */
  kind: ComparisonProblemKind | 'load';
  /** For the reader. */
  text: string | TemplateResult;
  /** For developers (console and `cw-error`); a role's failure keeps its own. */
  message: string;
  error?: RoleLoadError;
}

/** What the cells of the shown roles share: the pay scale, the skill split. */
interface Context {
  roles: readonly Role[];
  pays: (Pay | undefined)[];
  scale: { max: number; currency: string } | undefined;
  skills: (SkillSplit | undefined)[];
  lang: string;
}

/**
 * Roles come from the `roleData` property (an array of role objects), else from `role-ids`,
 * else from `src`, as the other elements choose theirs; the comparison takes two to four, and a
 * `<career-role>` around it plays no part. From a container width that fits them (36em for two
 * roles, 46em for three, 58em for four), it is a real table: a column header for each role and a
 * row header for each criterion. Narrower, it becomes one card per role (a list of cards, each
 * titled by a sub-heading), with the same labels in a description list.
 *
 * Each role's figures are written out as its data gives them, and a figure a role lacks reads
 * "Not published": nothing is guessed, and no cell is left blank. Pay is the salary band's
 * central figure, labelled "Median" or "Average" as its source says, with the range where one is
 * published; the figures are also drawn on one scale shared by every role (from 0 to the
 * highest figure, rounded up), and a note under the comparison writes the scale out. (Figures in
 * different currencies are not drawn.) Years to the senior tier are the years of experience at
 * which the first career tier that the source ties to the senior salary level begins; a role
 * whose ladder makes no such tie has none. Skills are the role's technical skills, soft skills
 * and skill map, split into those another role of the comparison names in the same words
 * (ignoring case) and those particular to the role; with three or four roles, each shared skill
 * says which others share it.
 *
 * Long cells (education, certifications, skills) show their first entries; a "Show all" button
 * expands the row in every role at once, and fires `cw-compare-row-toggle`. Every string goes
 * through the element's translations, and every figure through `Intl`, in the element's language.
 *
 * Bad input never blanks the element: fewer than two roles, more than four (only the first four
 * are shown), a role given twice (shown once), an unknown id or a role that fails to load each
 * get a plain-words message above the comparison, a console warning and a `cw-error` that names
 * the problem, while the valid roles are still compared.
 *
 * @cssproperty --cw-color-text - Text colour.
 * @cssproperty --cw-color-text-muted - Colour of secondary text: labels, sources, notes.
 * @cssproperty --cw-color-surface - Background of the element's box.
 * @cssproperty --cw-color-surface-alt - Background of placeholders and of the absent and unset states.
 * @cssproperty --cw-color-border - Border colour.
 * @cssproperty --cw-color-accent - Main accent colour: bars, markers, links, buttons.
 * @cssproperty --cw-color-accent-soft - Soft accent for highlighted areas.
 * @cssproperty --cw-color-danger - Colour of the error state and of the problems box.
 * @cssproperty --cw-color-focus - Colour of the keyboard focus ring.
 * @cssproperty --cw-radius - Corner radius of boxes and buttons.
 * @cssproperty --cw-space - Inner spacing of the box.
 * @cssproperty --cw-font-family - Font family; inherits the page's by default.
 * @cssproperty --cw-role-compare-divider-color - Lines between the rows and around the cards; falls back to `--cw-color-border`.
 * @cssproperty --cw-role-compare-range-color - The published pay range on the scale; falls back to `--cw-color-accent-soft`.
 * @cssproperty --cw-role-compare-marker-color - The median or average on the scale; falls back to `--cw-color-accent`.
 * @cssproperty --cw-role-compare-track-color - The pay scale's track; falls back to `--cw-color-surface-alt`.
 *
 * @csspart base - The element's box, in every state.
 * @csspart heading - The element's heading.
 * @csspart message - The text of the error and unset states, and of the absent state.
 * @csspart retry - The button that loads the roles again after a failure that trying again can help.
 * @csspart problems - The box above the comparison that says what is wrong with the roles given.
 * @csspart table - The comparison as a table, from the container width that fits the roles.
 * @csspart column-header - Each role's column header in the table.
 * @csspart criterion - Each criterion's row header in the table.
 * @csspart cell - Each cell of the table.
 * @csspart cards - The comparison as a list of cards, one per role, in narrower containers.
 * @csspart card - Each role's card.
 * @csspart subheading - Each card's title, the role's.
 * @csspart label - Each criterion's label in a card.
 * @csspart value - Each criterion's value in a card.
 * @csspart pay-scale - Each role's pay drawn on the shared scale (hidden from assistive technology: the figures are written out).
 * @csspart scale-note - The note that writes the pay scale out.
 * @csspart not-published - Each "Not published".
 * @csspart toggle - Each button that expands or collapses a row.
 * @csspart sources - The small print naming each role's sources.
 *
 * @fires {CwCompareRowToggleEvent} cw-compare-row-toggle - A reader expanded or collapsed a row. `detail`: `row` (`education`, `certifications` or `skills`), `expanded`.
 * @fires {CwLoadEvent} cw-load - The roles are loaded and compared. `detail`: `roleIds` (every role shown, in order), `roleId` and `title` (the first's), `source`.
 * @fires {CwErrorEvent} cw-error - A problem with the roles given, one event each. `detail`: `message`, `kind` (`too-few-roles`, `too-many-roles`, `duplicate-role`, `invalid-attribute`, or the failed role's `unknown-role`, `invalid-data`, `http`…), `source`, and `issues` for invalid data.
 */
export class RoleCompare extends LitElement {
  /** The version of career-widgets that defined this element. */
  static cwVersion = VERSION;

  static override styles = [baseStyles, errorStyles, roleCompareStyles];

  // In the order of the other elements' attributes: its own, then heading-level and theme, then the roles.
  static override properties: PropertyDeclarations = {
    rows: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    roleData: { attribute: false },
    roleIds: { attribute: 'role-ids' },
    src: {},
    timeout: { type: Number },
  };

  /**
   * The rows to show, in order, separated by commas or spaces: `pay`, `growth`, `demand`,
   * `education`, `years-to-senior`, `certifications`, `skills`, `work-life`. Every row when left
   * out. A name that is no row is reported (console warning and `cw-error`) and left out.
   */
  rows?: string | undefined;

  /** The level (1–6) of the element's own heading, 2 by default; the cards' titles are one level below. */
  headingLevel = usableHeadingLevel(undefined);

  /** `light` or `dark` forces a colour scheme; without it the element follows the reader's system setting. */
  theme?: 'light' | 'dark' | undefined;

  /**
   * The roles to compare, supplied by the page as an array of objects shaped like
   * `role.schema.json`; each is validated when it arrives. Wins over `role-ids` and `src`. (A
   * single object is taken as a list of one.)
   */
  roleData?: readonly RoleInput[] | undefined;

  /**
   * The ids of two to four bundled roles, separated by commas or spaces:
   * `security-technician,security-engineer`. Wins over `src`.
   */
  roleIds?: string | undefined;

  /**
   * The URLs of two to four role JSON documents, separated by white space (a URL holds none:
   * write a space inside one as `%20`); each is resolved against the page, fetched and
   * validated. Used when neither `roleData` nor `role-ids` is given.
   */
  src?: string | undefined;

  /** Milliseconds each `src` request may take before it is abandoned. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Loads the roles and tracks their state. */
  readonly #roles = new RoleSetController(
    this,
    () => this.#given()?.request,
    () => this.#partsShown(),
    (state) => this.#announce(state),
  );

  /** The rows a reader has expanded. */
  readonly #expanded = new Set<RowKey>();
  readonly #reported = new Set<string>();

  /** The element's language, kept current while connected, and its strings (src/base/i18n-host.ts). */
  readonly #i18n = new LocaleController(this, () => [STRINGS]);

  /** True when a server rendered the element (see `career-widgets/ssr`): its first update waits for its roles. */
  readonly #serverRendered = this.shadowRoot !== null;
  /** Resolves the next time a property changes, for a server-rendered element waiting for its roles. */
  private onChange: (() => void) | undefined;

  /**
   * Settles once the bundled roles or supplied data `element` would show now have loaded or
   * failed: a server renders the element after it.
   * @internal
   */
  static rolesSettled(element: RoleCompare): Promise<void> {
    return element.#roles.settled();
  }

  /**
   * The `cw-error` details the element announces for the roles it has now, once they have
   * settled: a server rendering reports them through `onError`, since it announces nothing.
   * @internal
   */
  static problemsOf(element: RoleCompare): CwErrorDetail[] {
    element.#roles.choose();
    const state = element.#roles.state;
    if (state.status !== 'settled') return [];
    return element.#problems(state).map(({ error, message, kind }) =>
      error
        ? { message: error.message, kind: error.kind, source: state.source, ...(error.issues ? { issues: error.issues } : {}) }
        : { message, kind: kind as ComparisonProblemKind, source: state.source },
    );
  }

  /** What the element is showing: `unset`, `loading`, `ready` (at least one role) or `error` (none could be shown). */
  get state(): 'unset' | 'loading' | 'ready' | 'error' {
    const state = this.#roles.state;
    if (state.status === 'unset' || state.status === 'loading') return state.status;
    return this.#shown(state).length > 0 ? 'ready' : 'error';
  }

  /** The roles being compared, once loaded, in order. (Not `roles`: `role` is ARIA's.) */
  get loadedRoles(): readonly Role[] {
    const state = this.#roles.state;
    return state.status === 'settled' ? this.#shown(state) : [];
  }

  /** Loads the roles again, bypassing cached results; for example after a failed `src` request. */
  reload(): void {
    this.#roles.reload();
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    this.onChange?.();
  }

  /**
   * A server-rendered element keeps the server's markup until it can render the same. Every
   * update waits for the element's strings, but the first of an element that shows no role yet,
   * which shows its loading state meanwhile.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.#serverRendered && !this.hasUpdated) {
      for (;;) {
        await this.#roles.settled();
        this.#roles.choose();
        if (this.state === 'ready' || this.state === 'error') break;
        await new Promise<void>((resolve) => (this.onChange = resolve));
        this.onChange = undefined;
      }
    }
    await this.#i18n.beforeUpdate(() => !this.hasUpdated && !this.#serverRendered && !this.#showsRoles());
    return super.scheduleUpdate();
  }

  /** Chooses the roles now, and tells whether the next render would show them (or their failure). */
  #showsRoles(): boolean {
    this.#roles.choose();
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute (null) means the default, not a bad value.
    if (changed.has('headingLevel') && this.headingLevel != null && usableHeadingLevel(this.headingLevel) !== this.headingLevel) {
      this.#reportAttribute('heading-level', this.headingLevel, `must be a whole number from 1 to 6; using 2.`);
    }
    if (changed.has('rows')) {
      const unknown = listOf(this.rows, /[\s,]+/).filter((name) => !isRowKey(name));
      if (unknown.length > 0) {
        this.#reportAttribute(
          'rows',
          this.rows,
          `names ${unknown.map((name) => `"${name}"`).join(', ')}, which ${unknown.length === 1 ? 'is no row' : 'are no rows'}; the rows are ${ROW_KEYS.join(', ')}.`,
        );
      }
    }
    this.#roles.choose();
  }

  protected override render(): TemplateResult {
    const state = this.#roles.state;
    // Only a first render goes ahead without the element's strings: a loading state with a
    // wordless line in the place of the heading.
    if (!this.#i18n.ready) return this.#renderLoading(false);
    if (state.status === 'unset') {
      return this.#notice(
        'unset',
        msg('No roles chosen yet. Set role-ids, src or roleData on this element to compare two to four roles.'),
      );
    }
    if (state.status === 'loading') return this.#renderLoading(true);
    const roles = this.#shown(state);
    const problems = this.#problems(state);
    if (roles.length === 0) {
      const retryable = problems.some((problem) => problem.error && isRetryable(problem.error));
      const errors = problems.flatMap((problem) => (problem.error ? [problem.error] : []));
      return html`<div part="base" class="base state-error">
        ${this.#heading(this.#headingText())}
        <div part="message" class="message">${problems.map((problem) => html`<p>${problem.text}</p>`)}</div>
        ${retryable ? renderRetry(() => this.reload()) : nothing}
        ${errors.length > 0 ? renderErrorDetails(errors) : nothing}
      </div>`;
    }
    const rows = this.#rowsShown();
    const context = this.#context(roles);
    if (!rows.some((row) => roles.some((role) => hasRow(row, role)))) {
      return html`<div part="base" class="base state-absent">
        ${this.#heading(this.#headingText(roles))} ${this.#renderProblems(problems)}
        <p part="message" class="message">
          ${msg(str`None of these roles publishes what this comparison shows: ${formatList(context.lang, rows.map(rowLabel))}.`)}
        </p>
      </div>`;
    }
    return html`<div part="base" class="base cols-${roles.length}">
      ${this.#heading(this.#headingText(roles))} ${this.#renderProblems(problems)}
      ${this.#renderTable(rows, context)} ${this.#renderCards(rows, context)} ${this.#renderScaleNote(rows, context)}
      ${roles.map((role) =>
        renderSources(
          role,
          rows.flatMap((row) => ROW_PARTS[row].map((part) => part.key as PartKey)),
          context.lang,
          this.#i18n.withData(role, `${role.title}. `, role.title),
          (sentence, name) => this.#i18n.withData(role, sentence, name),
        ),
      )}
    </div>`;
  }

  /** The loading state; `worded` false while the element's strings are still to come. */
  #renderLoading(worded: boolean): TemplateResult {
    const count = Math.min(this.#given()?.distinct ?? MIN_ROLES, MAX_ROLES);
    return html`<div part="base" class="base state-loading cols-${count}" aria-busy="true">
      ${
        worded
          ? html`${this.#heading(this.#headingText())}<span class="visually-hidden">${msg('Loading…')}</span>`
          : html`<div class="heading lines"></div>`
      }
      ${Array.from({ length: SKELETON_ROWS }, () => html`<span class="skeleton row-shape"></span>`)}
      <span class="skeleton sources-line"></span>
    </div>`;
  }

  /** A role's own text, marked with its language where that differs from the element's words. */
  #data(role: DataLanguage, text: string): string | TemplateResult {
    return this.#i18n.withData(role, text, text);
  }

  #renderTable(rows: readonly RowKey[], context: Context): TemplateResult {
    return html`<table part="table" class="table">
      <caption class="visually-hidden">${this.#headingText(context.roles)}</caption>
      <thead>
        <tr>
          <td class="corner"></td>
          ${context.roles.map((role) => html`<th part="column-header" scope="col">${this.#data(role, role.title)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr data-row=${row}>
            <th part="criterion" scope="row">
              <span class="criterion-label">${rowLabel(row)}</span>
              ${this.#overflows(row, context) ? this.#toggle(row, context.roles.map((_, i) => `t-${row}-${i}`)) : nothing}
            </th>
            ${context.roles.map(
              (role, i) => html`<td part="cell" id=${`t-${row}-${i}`}>${this.#cell(row, role, i, context)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderCards(rows: readonly RowKey[], context: Context): TemplateResult {
    return html`<ul part="cards" class="cards" role="list">
      ${context.roles.map(
        (role, i) => html`<li part="card" class="card">
          ${this.#heading(this.#data(role, role.title), 1)}
          <dl class="entries">
            ${rows.map(
              (row) => html`<div class="entry" data-row=${row}>
                <dt part="label">${rowLabel(row)}</dt>
                <dd part="value" id=${`c-${row}-${i}`}>
                  ${this.#cell(row, role, i, context)}
                  ${
                    this.#overflows(row, context)
                      ? this.#toggle(row, context.roles.map((_, j) => `c-${row}-${j}`))
                      : nothing
                  }
                </dd>
              </div>`,
            )}
          </dl>
        </li>`,
      )}
    </ul>`;
  }

  /** Writes the pay scale out: what the bars are drawn on, or why there are none. */
  #renderScaleNote(rows: readonly RowKey[], { pays, scale, lang }: Context): TemplateResult | typeof nothing {
    if (!rows.includes('pay') || pays.every((pay) => pay === undefined)) return nothing;
    const text = scale
      ? msg(
          str`Pay is drawn on one scale for every role, from ${formatMoney(lang, 0, scale.currency)} to ${formatMoney(lang, scale.max, scale.currency)} a year: the band is the published range, the line the median or average.`,
        )
      : msg('The pay figures are in different currencies, so they are not drawn on one scale.');
    return html`<p part="scale-note" class="scale-note small muted">${text}</p>`;
  }

  #renderProblems(problems: readonly Problem[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    const errors = problems.flatMap((problem) => (problem.error ? [problem.error] : []));
    const retryable = errors.some(isRetryable);
    return html`<div part="problems" class="problems">
      ${problems.map((problem) => html`<p>${problem.text}</p>`)}
      ${retryable ? renderRetry(() => this.reload()) : nothing}
      ${errors.length > 0 ? renderErrorDetails(errors) : nothing}
    </div>`;
  }

  /** The "Show all" button of an expandable row, controlling its cells `ids`. */
  #toggle(row: RowKey, ids: readonly string[]): TemplateResult {
    const expanded = this.#expanded.has(row);
    return html`<button
      part="toggle"
      class="toggle"
      type="button"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${ids.join(' ')}
      @click=${() => this.#toggleRow(row)}
    >
      ${expanded ? msg('Show less') : msg('Show all')}<span class="visually-hidden">: ${rowLabel(row)}</span>
    </button>`;
  }

  #toggleRow(row: RowKey): void {
    const expanded = !this.#expanded.has(row);
    if (expanded) this.#expanded.add(row);
    else this.#expanded.delete(row);
    this.requestUpdate();
    this.dispatchEvent(new CwCompareRowToggleEvent({ row, expanded }));
  }

  /** True when a cell of the row holds more than it shows until the row is expanded. */
  #overflows(row: RowKey, { roles, skills }: Context): boolean {
    switch (row) {
      case 'education':
        return roles.some(
          (role) =>
            (role.educationLevel?.paragraphs.length ?? 0) > FIRST_PARAGRAPHS ||
            (role.pathIntoRole?.paragraphs.length ?? 0) > FIRST_PARAGRAPHS,
        );
      case 'certifications':
        return roles.some((role) => (role.certifications?.items.length ?? 0) > FIRST_CERTIFICATIONS);
      case 'skills':
        return skills.some(
          (split) => !!split && (split.shared.length > FIRST_SKILLS || split.particular.length > FIRST_SKILLS),
        );
      default:
        return false;
    }
  }

  /** One role's value for one row, as the table and the cards show it. */
  #cell(row: RowKey, role: Role, index: number, context: Context): TemplateResult {
    const { lang } = context;
    const expanded = this.#expanded.has(row);
    switch (row) {
      case 'pay':
        return this.#payCell(context.pays[index], context);
      case 'growth': {
        const growth = growthOf(role);
        if (!growth) return notPublished();
        return html`<p class="figure">${formatPercent(lang, growth.percent)}</p>
          ${growth.status ? html`<p class="small muted">${this.#data(role, growth.status)}</p>` : nothing}`;
      }
      case 'demand': {
        const level = role.marketDemand?.level;
        if (!level) return notPublished();
        return html`<p class="figure">${demandLabel(level)}</p>
          <p class="small muted">${msg('On a scale of low, moderate and high.')}</p>`;
      }
      case 'education':
        return html`${block(msg('Education'), paragraphs(role.educationLevel?.paragraphs, expanded, this.#dataLang(role)))}
        ${block(msg('Entry path'), paragraphs(role.pathIntoRole?.paragraphs, expanded, this.#dataLang(role)))}`;
      case 'years-to-senior': {
        const tier = seniorTierOf(role);
        if (!tier) return notPublished();
        const years = formatNumber(lang, tier.yearsFrom);
        return html`<p class="figure">${isSingular(this.#i18n.wordsLocale, tier.yearsFrom) ? msg(str`${years} year`) : msg(str`${years} years`)}</p>
          <p class="small muted">${this.#data(role, tier.title)}</p>`;
      }
      case 'certifications': {
        const items = role.certifications?.items.map((item) => this.#data(role, item.name));
        return items ? list(items, FIRST_CERTIFICATIONS, expanded, lang) : notPublished();
      }
      case 'skills': {
        const split = context.skills[index];
        if (!split) return notPublished();
        // The other roles' titles, each in its own role's language.
        const others = (alsoIn: readonly number[]) => {
          const titled = alsoIn.map((j) => context.roles[j]!);
          const sentence = msg(str`(also ${formatList(lang, titled.map((other) => other.title))})`);
          return this.#withDataOf(sentence, titled.map((other) => [other, other.title] as const));
        };
        const shared = split.shared.map(({ skill, alsoIn }) =>
          context.roles.length > MIN_ROLES
            ? html`<span class="skill">${this.#data(role, skill)}</span> <span class="small muted">${others(alsoIn)}</span>`
            : html`<span class="skill">${this.#data(role, skill)}</span>`,
        );
        return html`${block(
          msg('Shared'),
          shared.length > 0 ? list(shared, FIRST_SKILLS, expanded, lang) : html`<p>${msg('None')}</p>`,
        )}
        ${block(
          msg('Particular to this role'),
          split.particular.length > 0
            ? list(split.particular.map((skill) => this.#data(role, skill)), FIRST_SKILLS, expanded, lang)
            : html`<p>${msg('None')}</p>`,
        )}`;
      }
      case 'work-life': {
        const wlb = role.workLifeBalance;
        if (!wlb) return notPublished();
        return html`<p>${msg(str`Stress: ${stressLabel(wlb.stress)}`)}</p>
          <p>${msg(str`Work-life balance: ${balanceLabel(wlb.balance)}`)}</p>`;
      }
    }
  }

  #payCell(pay: Pay | undefined, { scale, lang }: Context): TemplateResult {
    if (!pay) return notPublished();
    const money = (amount: number) => formatMoney(lang, amount, pay.currency);
    const range = pay.min !== undefined && pay.max !== undefined ? { min: pay.min, max: pay.max } : undefined;
    const at = (amount: number) => (scale ? (amount / scale.max) * 100 : 0);
    return html`<p class="figure">
        ${pay.kind === 'median' ? msg(str`Median: ${money(pay.amount)} a year`) : msg(str`Average: ${money(pay.amount)} a year`)}
      </p>
      ${range ? html`<p class="small">${msg(str`Range: ${formatMoneyRange(lang, range.min, range.max, pay.currency)}`)}</p>` : nothing}
      ${
        scale
          ? html`<svg
              part="pay-scale"
              class="pay-scale"
              viewBox="0 0 100 12"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect class="track" x="0" y="4" width="100" height="4"></rect>
              ${range ? svg`<rect class="range" x=${at(range.min)} y="1" width=${at(range.max) - at(range.min)} height="10"></rect>` : nothing}
              <line class="central" x1=${at(pay.amount)} x2=${at(pay.amount)} y1="0" y2="12"></line>
            </svg>`
          : nothing
      }`;
  }

  #context(roles: readonly Role[]): Context {
    const pays = roles.map(payOf);
    return { roles, pays, scale: payScaleOf(pays), skills: splitSkills(roles), lang: this.#i18n.locale };
  }

  /** The rows `rows` names, in its order, once each; every row when it names none. */
  #rowsShown(): RowKey[] {
    const named = [...new Set(listOf(this.rows, /[\s,]+/).filter(isRowKey))];
    return named.length > 0 ? named : [...ROW_KEYS];
  }

  /** The parts of a bundled role the rows shown read. */
  #partsShown(): Part[] {
    return [...new Set(this.#rowsShown().flatMap((row) => ROW_PARTS[row]))];
  }

  /** The roles given, in precedence order: `roleData`, then `role-ids`, then `src`. */
  #given(): Given | undefined {
    const { roleData } = this;
    if (roleData !== undefined && roleData !== null) {
      const values: readonly unknown[] = Array.isArray(roleData) ? roleData : [roleData];
      return given('role-data', values, 'roleData', () => 'the same object');
    }
    const ids = listOf(this.roleIds, /[\s,]+/);
    if (ids.length > 0) return given('role-id', ids, `role-ids="${this.roleIds}"`, (id) => `"${String(id)}"`);
    const urls = listOf(this.src, /\s+/);
    if (urls.length > 0) return given('src', urls, `src="${this.src}"`, (url) => String(url), this.timeout);
    return undefined;
  }

  /** The roles loaded, in order, each once (the first of two with the same id). */
  #shown(state: SettledRoleSet): Role[] {
    const seen = new Set<string>();
    return state.members.flatMap((member) => {
      if (member.status !== 'ready' || seen.has(member.role.id)) return [];
      seen.add(member.role.id);
      return [member.role];
    });
  }

  /** Everything wrong with the roles given: which failed, which came twice, how many there are. */
  #problems(state: SettledRoleSet): Problem[] {
    const given = this.#given();
    if (!given) return [];
    const { named, distinct } = given;
    const lang = this.#i18n.locale;
    const problems: Problem[] = [];
    const seen = new Set<string>();
    state.members.forEach((member, i) => {
      if (member.status === 'error') {
        // An unknown id is named in the message itself; other failures say which role failed.
        const text =
          member.error.kind === 'unknown-role'
            ? userMessage(member.error)
            : msg(str`Role ${formatNumber(lang, i + 1)}: ${userMessage(member.error)}`);
        problems.push({
          kind: 'load',
          text,
          message: member.error.message,
          error: member.error,
        });
      } else if (member.status === 'ready') {
        const { id, title } = member.role;
        if (seen.has(id)) {
          problems.push({
            kind: 'duplicate-role',
            text: this.#i18n.withData(member.role, msg(str`${title} is given more than once; it is shown once.`), title),
            message: `${named} gives the role "${id}" more than once; it is shown once.`,
          });
        }
        seen.add(id);
      }
    });
    if (distinct < MIN_ROLES) {
      problems.push({
        kind: 'too-few-roles',
        text: msg('A comparison needs at least two roles; only one is given.'),
        message: `${named} gives 1 role; a comparison takes ${MIN_ROLES} to ${MAX_ROLES}.`,
      });
    }
    if (distinct > MAX_ROLES) {
      problems.push({
        kind: 'too-many-roles',
        text: msg(str`A comparison shows at most four roles; ${formatNumber(lang, distinct)} are given, so only the first four are shown.`),
        message: `${named} gives ${distinct} roles; a comparison takes ${MIN_ROLES} to ${MAX_ROLES}, so only the first ${MAX_ROLES} are shown.`,
      });
    }
    for (const { name, index } of given.repeated) {
      // The reader gets the role's title once it has loaded; the developer, the value given.
      const member = state.members[index];
      const sentence = msg(str`${member?.status === 'ready' ? member.role.title : name} is given more than once; it is shown once.`);
      problems.push({
        kind: 'duplicate-role',
        text: member?.status === 'ready' ? this.#i18n.withData(member.role, sentence, member.role.title) : sentence,
        message: `${named} gives ${name} more than once; it is shown once.`,
      });
    }
    return problems;
  }

  /** Announces a set that has just settled: `cw-load` for the roles shown, then each problem. */
  #announce(state: SettledRoleSet): void {
    const roles = this.#shown(state);
    if (roles.length > 0) {
      const [first] = roles;
      this.dispatchEvent(
        new CwLoadEvent({ roleId: first!.id, title: first!.title, source: state.source, roleIds: roles.map((role) => role.id) }),
      );
    }
    for (const problem of this.#problems(state)) {
      if (problem.kind === 'load') announceFailure(this, problem.error!, state.source);
      else {
        warn(this, problem.message);
        this.dispatchEvent(new CwErrorEvent({ message: problem.message, kind: problem.kind, source: state.source }));
      }
    }
  }

  #reportAttribute(attribute: string, value: unknown, problem: string): void {
    reportInvalidAttribute(this, this.#reported, attribute, value, problem);
  }

  /** The heading, naming the roles once loaded: each title marked with its role's language (`withDataOf`). */
  #headingText(roles?: readonly Role[]): string | TemplateResult {
    if (!roles || roles.length === 0) return msg('Compare roles');
    const sentence = msg(str`Compare: ${formatList(this.#i18n.locale, roles.map((role) => role.title))}`);
    return this.#withDataOf(sentence, roles.map((role) => [role, role.title] as const));
  }

  /**
   * A sentence that quotes the titles of several roles (`marks`, in the order it quotes them),
   * each marked with its role's language where that differs from the element's words.
   */
  #withDataOf(sentence: string, marks: readonly (readonly [role: DataLanguage, text: string])[]): string | TemplateResult {
    const pieces: (string | TemplateResult)[] = [];
    let from = 0;
    for (const [role, text] of marks) {
      const lang = this.#i18n.dataLang(role);
      const at = text ? sentence.indexOf(text, from) : -1;
      if (lang === nothing || at < 0) continue;
      pieces.push(sentence.slice(from, at), html`<span lang=${lang}>${text}</span>`);
      from = at + text.length;
    }
    if (pieces.length === 0) return sentence;
    pieces.push(sentence.slice(from));
    return html`${pieces}`;
  }

  /** `lang` for a role's own paragraphs. */
  #dataLang(role: DataLanguage): string | typeof nothing {
    return this.#i18n.dataLang(role);
  }

  /** The element's heading (`depth` 0), or a card's title one level below it. */
  #heading(content: unknown, depth = 0): TemplateResult {
    return renderHeading(this.headingLevel, content, depth, depth === 0 ? 'heading' : 'subheading');
  }

  #notice(kind: 'unset', message: string): TemplateResult {
    return html`<div part="base" class="base state-${kind}">
      ${this.#heading(this.#headingText())}
      <p part="message" class="message">${message}</p>
    </div>`;
  }
}

/** The values given, each once and at most four, and those given more than once. */
function given(
  kind: RoleSetRequest['kind'],
  values: readonly unknown[],
  named: string,
  describe: (value: unknown) => string,
  timeout?: unknown,
): Given {
  const distinct: unknown[] = [];
  const repeated: { name: string; index: number }[] = [];
  for (const value of values) {
    const index = distinct.findIndex((seen) => Object.is(seen, value));
    if (index < 0) distinct.push(value);
    else if (!repeated.some((entry) => entry.index === index)) repeated.push({ name: describe(value), index });
  }
  const kept = distinct.slice(0, MAX_ROLES);
  const request: RoleSetRequest =
    kind === 'src'
      ? { kind, values: kept.map(String), timeout }
      : kind === 'role-id'
        ? { kind, values: kept.map(String) }
        : { kind, values: kept };
  return { request, distinct: distinct.length, named, repeated };
}

/** The entries of a list attribute: `a, b c` → `['a', 'b', 'c']`. */
function listOf(value: unknown, separator: RegExp): string[] {
  return typeof value === 'string' ? value.split(separator).filter(Boolean) : [];
}

/** True when the role has something to show in the row. */
function hasRow(row: RowKey, role: Role): boolean {
  switch (row) {
    case 'pay':
      return payOf(role) !== undefined;
    case 'growth':
      return growthOf(role) !== undefined;
    case 'demand':
      return role.marketDemand !== undefined;
    case 'education':
      return role.educationLevel !== undefined || role.pathIntoRole !== undefined;
    case 'years-to-senior':
      return seniorTierOf(role) !== undefined;
    case 'certifications':
      return role.certifications !== undefined;
    case 'skills':
      return skillsOf(role) !== undefined;
    case 'work-life':
      return role.workLifeBalance !== undefined;
  }
}

function rowLabel(row: RowKey): string {
  return {
    pay: msg('Pay'),
    growth: msg('Growth rate'),
    demand: msg('Market demand'),
    education: msg('Education and entry path'),
    'years-to-senior': msg('Years to the senior tier'),
    certifications: msg('Certifications'),
    skills: msg('Skills'),
    'work-life': msg('Stress and work-life balance'),
  }[row];
}

function notPublished(): TemplateResult {
  return html`<p part="not-published" class="not-published">${msg('Not published')}</p>`;
}

/** A labelled block of a cell: education and entry path, shared and particular skills. */
function block(label: string, content: TemplateResult): TemplateResult {
  return html`<div class="block">
    <p class="block-label small">${label}</p>
    ${content}
  </div>`;
}

/** Paragraphs of the role's, in its language `lang`; the first shown until the row is expanded; "Not published" for none. */
function paragraphs(texts: readonly string[] | undefined, expanded: boolean, lang: string | typeof nothing): TemplateResult {
  if (!texts) return notPublished();
  return html`${texts.map((text, i) => html`<p lang=${lang} ?hidden=${!expanded && i >= FIRST_PARAGRAPHS}>${text}</p>`)}`;
}

/** A list, its first `first` entries shown until the row is expanded, with how many more there are. */
function list(items: readonly unknown[], first: number, expanded: boolean, lang: string): TemplateResult {
  const more = items.length - first;
  return html`<ul class="items">
      ${items.map((item, i) => html`<li ?hidden=${!expanded && i >= first}>${item}</li>`)}
    </ul>
    ${!expanded && more > 0 ? html`<p class="more small muted">${msg(str`and ${formatNumber(lang, more)} more`)}</p>` : nothing}`;
}

function demandLabel(level: DemandLevel): string {
  return { low: msg('Low'), moderate: msg('Moderate'), high: msg('High') }[level];
}

function stressLabel(level: StressLevel): string {
  return { low: msg('Low'), moderate: msg('Moderate'), high: msg('High'), 'very-high': msg('Very high') }[level];
}

function balanceLabel(rating: BalanceRating): string {
  return { poor: msg('Poor'), fair: msg('Fair'), good: msg('Good'), excellent: msg('Excellent') }[rating];
}

declare global {
  interface HTMLElementTagNameMap {
    'role-compare': RoleCompare;
  }
}
