import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { formatMoney, formatMoneyRange, formatPercent, regionName } from '../../base/format.js';
import type { Role, SalaryLevel, Section } from '../../data/schema.js';
import { salaryBandStyles } from './salary-band.styles.js';
import { readOffer, renderOfferNote, renderOfferRange, salaryOfferStyles } from './salary-offer.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/salary-band';
import STRINGS from 'career-widgets-virtual/strings-of/salary-band';
import { labelRowStyles, rowsByBucket, textWidth, type RowLabel } from './label-rows.js';
import { placeMarks, placed, serverStyle } from './place.js';

/** The pay period the figures are shown in. */
export type SalaryPeriod = 'year' | 'month' | 'hour';

const PERIODS: readonly SalaryPeriod[] = ['year', 'month', 'hour'];
const DEFAULT_HOURS_PER_YEAR = 2080;
const LEVELS: readonly SalaryLevel[] = ['entry', 'mid', 'senior'];

/**
 * One horizontal band runs from the lowest to the highest published figure. The central figure
 * is labelled with what it is, a median or an average, and written large. On the band, each
 * level's figure stands over its tick, and the lowest, central and highest figures under their
 * places; labels that would touch move to another row. The band is a picture: screen readers
 * read the same figures, in order, from the list of figures. With `offer-min` and `offer-max`, a
 * job board draws its posting's range on the band, labelled under it, and a sentence says where
 * it sits. The element is as tall as what it shows.
 *
 * @csspart figures - The written figures: the central figure, shown, then the range and levels, read by screen readers (the band shows them).
 * @csspart band - The band picture (hidden from assistive technology; the figures carry the same values).
 * @csspart track - The bar from the lowest to the highest figure.
 * @csspart marker - The central figure's marker on the band.
 * @csspart level - Each level's tick on the band.
 * @csspart label - Each figure written on the band: a level over its tick; the lowest, central and highest figures and the offer under theirs.
 * @csspart offer - The offered range drawn on the band.
 * @csspart note - What the pay depends on, or how to read the figures, when the source says.
 * @csspart top-earners - The note on the top earners.
 * @csspart offer-note - The sentence that places the offer, or says why it cannot be placed.
 *
 * @cssproperty --cw-salary-band-bar-color - Colour of the band; falls back to `--cw-color-accent-soft`.
 * @cssproperty --cw-salary-band-marker-color - Colour of the central marker and level ticks; falls back to `--cw-color-accent`.
 * @cssproperty --cw-salary-band-offer-color - Colour of the offered range; a green by default.
 */
export class SalaryBand extends CareerElement {
  static override styles = [...CareerElement.styles, salaryBandStyles, labelRowStyles, salaryOfferStyles];

  static override properties: PropertyDeclarations = {
    period: {},
    hoursPerYear: { attribute: 'hours-per-year', type: Number },
    offerMin: { attribute: 'offer-min', type: Number },
    offerMax: { attribute: 'offer-max', type: Number },
  };

  /** The period the figures are shown in: `year` (as published), `month` or `hour`. */
  period: SalaryPeriod = 'year';

  /** Working hours in a year, used to convert annual figures for `period="hour"`. */
  hoursPerYear = DEFAULT_HOURS_PER_YEAR;

  /** The lower end of a posting's offered pay, in the shown period and the band's currency. */
  offerMin?: number | undefined;

  /** The upper end of a posting's offered pay, in the shown period and the band's currency. */
  offerMax?: number | undefined;

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') && !PERIODS.includes(this.period)) {
      this.reportInvalidAttribute('period', this.period, 'must be "year", "month" or "hour"; showing yearly figures.');
    }
    if (changed.has('hoursPerYear') && !validHours(this.hoursPerYear)) {
      this.reportInvalidAttribute(
        'hours-per-year',
        this.hoursPerYear,
        `must be a number of hours from 1 to 8784; using ${DEFAULT_HOURS_PER_YEAR}.`,
      );
    }
    if (changed.has('offerMin') || changed.has('offerMax')) {
      const offer = readOffer(this);
      if (offer && 'problem' in offer) {
        const { attribute, problem } = offer;
        this.reportInvalidAttribute(attribute, attribute === 'offer-min' ? this.offerMin : this.offerMax, problem);
      }
    }
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`${role.title} salary`), role.title) : msg('Salary');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No salary figures are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton short"></span>
      <span class="skeleton tall"></span>
      <span class="skeleton bar"></span>
      <span class="skeleton"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const band = role.salary!;
    const period = PERIODS.includes(this.period) ? this.period : 'year';
    const hours = validHours(this.hoursPerYear) ? this.hoursPerYear : DEFAULT_HOURS_PER_YEAR;
    const divisor = period === 'year' ? 1 : period === 'month' ? 12 : hours;
    const digits = period === 'hour' ? 2 : 0;
    const lang = this.locale;
    const money = (annual: number) => formatMoney(lang, annual / divisor, band.currency, digits);

    const hasRange = band.min !== undefined && band.max !== undefined;
    const levels = LEVELS.flatMap((level) => {
      const amount = band.levels?.[level];
      return amount === undefined ? [] : [{ level, amount }];
    });
    // Read at each render, so that its problem is told in the element's language of the moment.
    const offer = readOffer(this);
    // With a band, the range and levels are drawn on it, and written here for screen readers.
    const drawn = hasRange ? 'visually-hidden' : '';

    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <p class="meta muted small">${this.#metaLine(band, period, lang)}</p>
      <dl class="figures" part="figures">
        <div class="figure central">
          <dt>${band.central.kind === 'median' ? msg('Median') : msg('Average')}</dt>
          <dd>${money(band.central.amount)}</dd>
        </div>
        ${
          hasRange
            ? html`<div class="figure range ${drawn}">
                <dt>${msg('Range')}</dt>
                <dd>${formatMoneyRange(lang, band.min! / divisor, band.max! / divisor, band.currency, digits)}</dd>
              </div>`
            : nothing
        }
        ${levels.map(
          ({ level, amount }) =>
            html`<div class="figure level ${drawn}">
              <dt>${levelLabel(level)}</dt>
              <dd>${money(amount)}</dd>
            </div>`,
        )}
      </dl>
      ${
        hasRange
          ? this.#renderBand(band, levels, offer && 'min' in offer ? offer : undefined, divisor, money)
          : levels.length === 0
            ? html`<p class="no-range muted small">
                ${msg('No salary range or levels are published for this role, only this figure.')}
              </p>`
            : nothing
      }
      ${band.note ? html`<p class="note small" part="note" lang=${this.dataLang(role)}>${band.note}</p>` : nothing}
      ${
        band.topEarners
          ? html`<p class="top-earners small" part="top-earners">
              ${msg(str`The top ${formatPercent(lang, band.topEarners.percentile)} of earners make ${money(band.topEarners.from)} or more.`)}
              ${band.topEarners.note ? this.dataText(role, band.topEarners.note) : nothing}
            </p>`
          : nothing
      }
      ${offer ? renderOfferNote(band, offer, divisor, digits, lang, money) : nothing} ${this.renderSources(role)}
    </div>`;
  }

  #metaLine(band: Section<'salary'>, period: SalaryPeriod, lang: string): string {
    const unit = { year: msg('Per year'), month: msg('Per month'), hour: msg('Per hour') }[period];
    const parts = [unit, band.country ? regionName(lang, band.country) : undefined, band.currency];
    return parts.filter(Boolean).join(' · ');
  }

  #renderBand(
    band: Section<'salary'>,
    levels: { level: SalaryLevel; amount: number }[],
    offer: { min: number; max: number } | undefined,
    divisor: number,
    money: (annual: number) => string,
  ): TemplateResult {
    const min = band.min!;
    const max = band.max!;
    const at = (annual: number) => (max === min ? 50 : clamp(((annual - min) / (max - min)) * 100));
    // A label written at an annual amount's place, its width estimated from its lines of text.
    type Label = RowLabel & { kind: string; text: unknown };
    const label = (kind: string, annual: number, text: unknown, ...lines: [string, boolean][]): Label => ({
      kind,
      text,
      at: at(annual),
      width: Math.max(...lines.map(([line, bold]) => textWidth(line, bold))),
    });
    // Each rail's labels, in its rows for every width of the rail; in a row, the first placed wins its spot.
    const rail = (labels: Label[], above: boolean) => {
      const rows = rowsByBucket(labels, above);
      return labels.map(({ kind, text, at, width }, i) => {
        const place = placed({ at: `${at}%`, w: `${width}em`, ...rows[i] });
        return html`<span part="label" class="label ${kind}" data-place=${place} style=${serverStyle(place)}>${text}</span>`;
      });
    };
    const above = levels.map(({ level, amount }) => {
      const name = levelName(level);
      const figure = money(amount);
      return label('level-label', amount, html`<span class="name">${name}</span> ${figure}`, [name, false], [figure, true]);
    });
    const central = placed({ at: `${at(band.central.amount)}%` });
    const offered = offer && ((offer.min + offer.max) / 2) * divisor;
    const below = [
      label('end-label', min, money(min), [money(min), false]),
      label('end-label', max, money(max), [money(max), false]),
      label('central-label', band.central.amount, money(band.central.amount), [money(band.central.amount), true]),
      ...(offered === undefined ? [] : [label('offer-label', offered, msg('Offer'), [msg('Offer'), true])]),
    ];
    return html`<div class="band" part="band" aria-hidden="true">
      ${levels.length > 0 ? html`<div class="rail above">${rail(above, true)}</div>` : nothing}
      <div class="track" part="track">
        ${offer ? renderOfferRange(band, offer, divisor, at) : nothing}
        ${levels.map(({ amount }) => {
          const place = placed({ at: `${at(amount)}%` });
          return html`<span part="level" class="tick" data-place=${place} style=${serverStyle(place)}></span>`;
        })}
        <span part="marker" class="marker" data-place=${central} style=${serverStyle(central)}></span>
      </div>
      <div class="rail below">${rail(below, false)}</div>
    </div>`;
  }

  /**
   * Places the marks on the band: each mark's `data-place` declarations (`--_at`, `--_w`, its
   * rows) are set through the CSSOM, because a strict Content Security Policy
   * (`style-src 'self'`) blocks `style` attributes. This runs right after each render, before the
   * browser paints; the styles do the rest, with no measuring.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    placeMarks(this.renderRoot);
  }
}

function levelLabel(level: SalaryLevel): string {
  return { entry: msg('Entry level'), mid: msg('Mid level'), senior: msg('Senior level') }[level];
}

/** The level's short name, written over its tick. */
function levelName(level: SalaryLevel): string {
  return { entry: msg('Entry'), mid: msg('Mid'), senior: msg('Senior') }[level];
}

function validHours(hours: unknown): hours is number {
  return typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 8784;
}

function clamp(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}

declare global {
  interface HTMLElementTagNameMap {
    'salary-band': SalaryBand;
  }
}
