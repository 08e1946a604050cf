import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { formatPercent } from '../../base/format.js';
import { figureStyles } from '../../base/figure.styles.js';
import { stepClass, stepPart } from '../../base/scale-steps.js';
import type { Role, Section } from '../../data/schema.js';
import { marketDemandStyles } from './market-demand.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/market-demand';
import STRINGS from 'career-widgets-virtual/strings-of/market-demand';

/** A position on the low-to-high demand scale. */
export type DemandLevel = Section<'marketDemand'>['level'];

/** The scale from low to high. (The schema's list is not imported: that module loads zod.) */
const DEMAND_LEVELS: readonly DemandLevel[] = ['low', 'moderate', 'high'];

/**
 * The demand level is written in words ("Demand: High") and drawn on a three-step scale from
 * low to high; the scale is a picture of the same words, hidden from assistive technology, and
 * marks the level with its fill, a thicker border and the bold label under it, so colour is
 * never the only cue. The demand summary follows, then the job outlook: the growth rate
 * (e.g. 7%) and its status ("Growing faster than average"). Sources, such as the U.S. Bureau
 * of Labor Statistics for the growth rate, are named in small print. A role with only one of
 * the two parts shows that one.
 *
 * @csspart level - The demand level in words: "Demand: High".
 * @csspart scale - The low-to-high scale (hidden from assistive technology; `level` says the same).
 * @csspart step - Each step of the scale; the reached ones also have the part `step-filled`.
 * @csspart step-filled - The steps up to and including the demand level.
 * @csspart summary - The paragraphs explaining the demand.
 * @csspart outlook - The job outlook: sub-heading, growth rate and status.
 * @csspart subheading - The job outlook's sub-heading.
 * @csspart growth - The growth rate.
 * @csspart status - How the growth compares, e.g. "Growing faster than average".
 *
 * @cssproperty --cw-market-demand-scale-color - Colour of the reached steps of the scale; falls back to `--cw-color-accent`.
 * @cssproperty --cw-market-demand-track-color - Background of the steps not reached; falls back to `--cw-color-surface-alt`.
 */
export class MarketDemand extends CareerElement {
  static override styles = [...CareerElement.styles, figureStyles, marketDemandStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Market demand: ${role.title}`), role.title) : msg('Market demand');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No market demand or job outlook is published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton level-shape"></span>
      <span class="skeleton scale-shape"></span>
      <span class="skeleton line"></span>
      <span class="skeleton line"></span>
      <span class="skeleton line short"></span>
      <span class="skeleton subheading-shape"></span>
      <span class="skeleton outlook-shape"></span>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const demand = role.marketDemand;
    const outlook = role.jobOutlook;
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))} ${demand ? this.renderDemand(role, demand) : nothing}
      ${outlook ? this.renderOutlook(role, outlook) : nothing} ${this.renderSources(role)}
    </div>`;
  }

  private renderDemand(role: Role, demand: Section<'marketDemand'>): TemplateResult {
    const reached = DEMAND_LEVELS.indexOf(demand.level);
    return html`<div class="demand">
      <p part="level" class="level">
        <span class="level-label">${msg('Demand:')}</span>
        <strong class="level-value">${levelLabel(demand.level)}</strong>
      </p>
      <div part="scale" class="scale" aria-hidden="true">
        ${DEMAND_LEVELS.map(
          (level, i) =>
            html`<span part=${stepPart(i, reached)} class=${stepClass(i, reached)} data-level=${level}>
              <span class="bar"></span>
              <span class="step-label">${levelLabel(level)}</span>
            </span>`,
        )}
      </div>
      ${
        demand.summary
          ? html`<div part="summary" class="summary" lang=${this.dataLang(role)}>
              ${demand.summary.map((text) => html`<p>${text}</p>`)}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderOutlook(role: Role, outlook: Section<'jobOutlook'>): TemplateResult {
    return html`<div part="outlook" class="outlook">
      ${this.heading(msg('Job outlook'), 1)}
      <dl class="outlook-figures">
        <div class="figure">
          <dt>${msg('Growth rate')}</dt>
          <dd part="growth" class="growth">${formatPercent(this.locale, outlook.growthRatePercent)}</dd>
        </div>
        ${
          outlook.status
            ? html`<div class="figure">
                <dt>${msg('Trend')}</dt>
                <dd part="status" class="status" lang=${this.dataLang(role)}>${outlook.status}</dd>
              </div>`
            : nothing
        }
      </dl>
    </div>`;
  }
}

function levelLabel(level: DemandLevel): string {
  return { low: msg('Low'), moderate: msg('Moderate'), high: msg('High') }[level];
}

declare global {
  interface HTMLElementTagNameMap {
    'market-demand': MarketDemand;
  }
}
