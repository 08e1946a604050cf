import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { chevronStyles, disclosureChevronStyles } from '../../base/disclosure-chevron-styles.js';
import { toggledOpen } from '../../base/disclosures.js';
import { CwTierToggleEvent } from './career-ladder.events.js';
import { formatMoney, formatNumber, isSingular } from '../../base/format.js';
import type { Part } from '../../data/role-index-types.js';
import type { Role, SalaryLevel, Section } from '../../data/schema.js';
import { careerLadderStyles } from './career-ladder.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/career-ladder';
import STRINGS from 'career-widgets-virtual/strings-of/career-ladder';
import salary from 'career-widgets-virtual/part/salary';

type Tier = Section<'careerTiers'>['tiers'][number];

/** What `current` points at: a tier's position, nothing, or a value that names no tier. */
type CurrentTier = { index: number } | { index: undefined; invalid: boolean };

const SKELETON_TIERS = 4;

/**
 * The tiers form an ordered list, so assistive technology announces each one's position. In
 * a narrow container they run top to bottom; from 45em wide they stand side by side as
 * steps. Each tier shows its title, its years of experience ("0–2 years", "10+ years") and,
 * where the tier has a `salaryLevel` that the role's salary band publishes, that figure
 * ("Entry level: $47,400 per year"). Its description is a native `<details>` disclosure, closed
 * at first, whose "Description" summary opens it with a click, Enter or Space, with or without
 * script; the text is in the page while closed, so the browser's find-in-page reaches it. Every
 * tier closes again when the role changes. With `current`, a job board or school marks the
 * reader's tier: it gets `aria-current="step"`, a "Current" badge and a thicker border, so
 * colour is never the only cue.
 *
 * @csspart tiers - The ordered list of tiers.
 * @csspart tier - Each tier (list item); the current one also has the part `current-tier`.
 * @csspart current-tier - The tier chosen with `current`.
 * @csspart marker - The numbered step marker of each tier (decorative: the list gives the position).
 * @csspart card - The box holding a tier's text.
 * @csspart subheading - Each tier's title.
 * @csspart badge - The "Current" badge of the current tier.
 * @csspart years - A tier's years of experience.
 * @csspart pay - A tier's salary level figure.
 * @csspart toggle - The `<summary>` that expands or collapses a tier's description.
 * @csspart description - A tier's description, not rendered while collapsed.
 *
 * @cssproperty --cw-career-ladder-marker-color - Colour of the step markers, the current tier's border and its badge; falls back to `--cw-color-accent`.
 * @cssproperty --cw-career-ladder-connector-color - Colour of the line joining the steps; falls back to `--cw-color-border`.
 * @cssproperty --cw-career-ladder-current-background - Background of the current tier; falls back to `--cw-color-accent-soft`.
 *
 * @fires {CwTierToggleEvent} cw-tier-toggle - A reader expanded or collapsed a tier's description. `detail`: `index` (from 0), `title`, `expanded`.
 */
export class CareerLadder extends CareerElement {
  static override styles = [...CareerElement.styles, chevronStyles, disclosureChevronStyles, careerLadderStyles];

  static override properties: PropertyDeclarations = {
    current: {},
  };

  /**
   * The reader's tier, highlighted on the ladder: its step number as the ladder shows it, from 1
   * (`current="2"` is the second step), or its title, matched without regard to case
   * (`current="senior security technician"`). A value that names no tier (`0`, a number past the
   * last step, an unknown title) is reported (console warning and `cw-error`) and highlights
   * nothing. As a property it also takes a number.
   */
  current?: string | number | undefined;

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  /** Besides the tiers, a bundled role loads its salary band, for the tiers' pay levels. */
  protected override partsShown(): readonly Part[] {
    return [...this.parts, salary];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const role = this.loadedRole;
    const tiers = role?.careerTiers?.tiers;
    if (tiers) {
      const current = this.currentTier(tiers);
      if ('invalid' in current && current.invalid) {
        this.reportInvalidAttribute(
          'current',
          this.current,
          `names no tier of "${role.id}": use a step number from 1 to ${tiers.length} or one of the titles ${tiers
            .map((tier) => `"${tier.title}"`)
            .join(', ')}; no tier is highlighted.`,
        );
      }
    }
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Career path: ${role.title}`), role.title) : msg('Career path');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No career tiers are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="tiers skeleton-tiers">
      ${Array.from(
        { length: SKELETON_TIERS },
        () =>
          html`<div class="tier">
            <span class="marker skeleton-marker"></span>
            <div class="card">
              <span class="skeleton title"></span>
              <span class="skeleton short"></span>
              <span class="skeleton short"></span>
              <span class="skeleton button-shape"></span>
            </div>
          </div>`,
      )}
    </div>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const tiers = role.careerTiers!.tiers;
    const current = this.currentTier(tiers).index;
    const paid = tiers.some((tier) => this.payText(role, tier) !== undefined);
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <ol part="tiers" class="tiers" role="list">
        ${keyed(
          role,
          tiers.map((tier, index) => this.renderTier(role, tier, index, index === current)),
        )}
      </ol>
      ${this.renderSources(role, paid ? ['careerTiers', 'salary'] : ['careerTiers'])}
    </div>`;
  }

  private renderTier(role: Role, tier: Tier, index: number, isCurrent: boolean): TemplateResult {
    const lang = this.locale;
    const titleId = `tier-${index}-title`;
    const pay = this.payText(role, tier);
    return html`<li
      part=${isCurrent ? 'tier current-tier' : 'tier'}
      class="tier ${isCurrent ? 'current' : ''}"
      aria-current=${isCurrent ? 'step' : nothing}
    >
      <span part="marker" class="marker" aria-hidden="true">${formatNumber(lang, index + 1)}</span>
      <div part="card" class="card">
        ${this.heading(html`<span id=${titleId} lang=${this.dataLang(role)}>${tier.title}</span>`, 1)}
        ${isCurrent ? html`<p part="badge" class="badge">${msg('Current')}</p>` : nothing}
        <p part="years" class="years">${this.yearsText(tier)}</p>
        ${pay ? html`<p part="pay" class="pay">${pay}</p>` : nothing}
        <details class="disclosure" @toggle=${(event: Event) => this.onToggle(event, index, tier.title)}>
          <summary part="toggle" class="button toggle" aria-describedby=${titleId}>
            <span class="chevron" aria-hidden="true"></span>
            ${msg('Description')}
          </summary>
          <div part="description" class="description"><p lang=${this.dataLang(role)}>${tier.description}</p></div>
        </details>
      </div>
    </li>`;
  }

  /** Reports the reader's opening or closing of a tier's description. */
  private onToggle(event: Event, index: number, title: string): void {
    const expanded = toggledOpen(event);
    if (expanded !== undefined) this.dispatchEvent(new CwTierToggleEvent({ index, title, expanded }));
  }

  /** "0–2 years", or "10+ years" for an open-ended tier. */
  private yearsText(tier: Tier): string {
    const lang = this.locale;
    const from = formatNumber(lang, tier.yearsFrom);
    if (tier.yearsTo === null) return msg(str`${from}+ years`);
    if (tier.yearsTo === tier.yearsFrom) {
      return isSingular(this.wordsLocale, tier.yearsFrom) ? msg(str`${from} year`) : msg(str`${from} years`);
    }
    return msg(str`${from}–${formatNumber(lang, tier.yearsTo)} years`);
  }

  /** The salary band's figure for the tier's level, labelled by level, when both exist. */
  private payText(role: Role, tier: Tier): string | undefined {
    const band = role.salary;
    const level: SalaryLevel | undefined = tier.salaryLevel;
    const amount = level && band?.levels?.[level];
    if (!band || !level || amount === undefined) return undefined;
    const money = formatMoney(this.locale, amount, band.currency);
    return {
      entry: msg(str`Entry level: ${money} per year`),
      mid: msg(str`Mid level: ${money} per year`),
      senior: msg(str`Senior level: ${money} per year`),
    }[level];
  }

  /** Resolves `current` to a tier: a step number from 1, as shown, else a title in any case. */
  private currentTier(tiers: readonly Tier[]): CurrentTier {
    const value = String(this.current ?? '').trim();
    if (!value) return { index: undefined, invalid: false };
    if (/^\d+$/.test(value)) {
      const step = Number(value);
      return step >= 1 && step <= tiers.length ? { index: step - 1 } : { index: undefined, invalid: true };
    }
    const wanted = value.toLocaleLowerCase();
    const index = tiers.findIndex((tier) => tier.title.trim().toLocaleLowerCase() === wanted);
    return index >= 0 ? { index } : { index: undefined, invalid: true };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-ladder': CareerLadder;
  }
}
