import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { formatNumber } from '../../base/format.js';
import { stepClass, stepPart } from '../../base/scale-steps.js';
import type { Role, Section } from '../../data/schema.js';
import { workLifeBalanceStyles } from './work-life-balance.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/work-life-balance';
import STRINGS from 'career-widgets-virtual/strings-of/work-life-balance';

/** How stressful the role is. */
export type StressLevel = Section<'workLifeBalance'>['stress'];
/** How well the role leaves room for life outside work. */
export type BalanceRating = Section<'workLifeBalance'>['balance'];

/* The scales, lowest first. (The schema's lists are not imported: that module loads zod.) */
const STRESS_LEVELS: readonly StressLevel[] = ['low', 'moderate', 'high', 'very-high'];
const BALANCE_RATINGS: readonly BalanceRating[] = ['poor', 'fair', 'good', 'excellent'];

/**
 * Two ratings stand side by side (stacked in a narrow container): the stress level, from low
 * to very high, and the work-life balance, from poor to excellent. Each is written in words
 * ("Moderate", "Good") with its place on the scale ("2 of 4, from low to very high"), and drawn
 * as four steps filled up to the rating; the steps repeat the words, so they are hidden from
 * assistive technology. The reached step also has a thicker border, so colour is never the
 * only cue. The explanation paragraphs and the sources follow.
 *
 * @csspart ratings - The two ratings (a description list).
 * @csspart rating - Each rating: label, value in words, and scale.
 * @csspart stress - The stress rating.
 * @csspart balance - The work-life balance rating.
 * @csspart value - Each rating's value in words.
 * @csspart scale - Each four-step scale (hidden from assistive technology; `value` says the same).
 * @csspart step - Each step of a scale; the reached ones also have the part `step-filled`.
 * @csspart step-filled - The steps up to and including the rating.
 * @csspart explanation - The paragraphs explaining the ratings.
 *
 * @cssproperty --cw-work-life-balance-stress-color - Colour of the reached steps of the stress scale; falls back to `--cw-color-accent`.
 * @cssproperty --cw-work-life-balance-balance-color - Colour of the reached steps of the balance scale; falls back to `--cw-color-accent`.
 * @cssproperty --cw-work-life-balance-track-color - Background of the steps not reached; falls back to `--cw-color-surface-alt`.
 */
export class WorkLifeBalance extends CareerElement {
  static override styles = [...CareerElement.styles, workLifeBalanceStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role
      ? this.withData(role, msg(str`Work-life balance: ${role.title}`), role.title)
      : msg('Work-life balance');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(
      role,
      msg(str`No stress or work-life balance rating is published for ${role.title}.`),
      role.title,
    );
  }

  protected override renderSkeleton(): TemplateResult {
    const rating = html`<div class="rating skeleton-rating">
      <span class="skeleton label-shape"></span>
      <span class="skeleton value-shape"></span>
      <span class="skeleton scale-shape"></span>
    </div>`;
    return html`<div class="ratings">${rating}${rating}</div>
      <span class="skeleton line"></span>
      <span class="skeleton line"></span>
      <span class="skeleton line"></span>
      <span class="skeleton line short"></span>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const wlb = role.workLifeBalance!;
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <dl part="ratings" class="ratings">
        ${this.renderRating('stress', msg('Stress level'), STRESS_LEVELS, wlb.stress, stressLabel, (step, of) =>
          msg(str`(${step} of ${of}, from low to very high)`),
        )}
        ${this.renderRating(
          'balance',
          msg('Work-life balance'),
          BALANCE_RATINGS,
          wlb.balance,
          balanceLabel,
          (step, of) => msg(str`(${step} of ${of}, from poor to excellent)`),
        )}
      </dl>
      ${
        wlb.explanation
          ? html`<div part="explanation" class="explanation" lang=${this.dataLang(role)}>
              ${wlb.explanation.map((text) => html`<p>${text}</p>`)}
            </div>`
          : nothing
      }
      ${this.renderSources(role)}
    </div>`;
  }

  private renderRating<T extends string>(
    kind: 'stress' | 'balance',
    label: string,
    scale: readonly T[],
    value: T,
    labelOf: (value: T) => string,
    position: (step: string, of: string) => string,
  ): TemplateResult {
    const reached = scale.indexOf(value);
    const lang = this.locale;
    return html`<div part="rating ${kind}" class="rating ${kind}">
      <dt class="rating-label">${label}</dt>
      <dd class="rating-value">
        <span part="value" class="value">${labelOf(value)}</span>
        <span class="visually-hidden"
          >${position(formatNumber(lang, reached + 1), formatNumber(lang, scale.length))}</span
        >
        <span part="scale" class="scale" aria-hidden="true">
          ${scale.map(
            (step, i) =>
              html`<span part=${stepPart(i, reached)} class=${stepClass(i, reached)} data-step=${step}></span>`,
          )}
        </span>
        <span class="ends" aria-hidden="true">
          <span>${labelOf(scale[0]!)}</span><span>${labelOf(scale[scale.length - 1]!)}</span>
        </span>
      </dd>
    </div>`;
  }
}

function stressLabel(level: StressLevel): string {
  return { low: msg('Low'), moderate: msg('Moderate'), high: msg('High'), 'very-high': msg('Very high') }[level];
}

function balanceLabel(rating: BalanceRating): string {
  return { poor: msg('Poor'), fair: msg('Fair'), good: msg('Good'), excellent: msg('Excellent') }[rating];
}

declare global {
  interface HTMLElementTagNameMap {
    'work-life-balance': WorkLifeBalance;
  }
}
