import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str, type StringGroup } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { formatMoney, formatMoneyRange, formatPercent, regionName } from '../../base/format.js';
import type { Role, SalaryLevel, Section } from '../../data/schema.js';
import { salaryBandStyles } from './salary-band.styles.js';
import { readOffer, renderOfferNote, renderOfferRange, salaryOfferStyles } from './salary-offer.js';
import {
  areaLabel,
  formatMonth,
  monthOfFigures,
  monthsSince,
  nationalName,
  needsFigureWords,
  ordinal,
  orMore,
  percentileName,
  pointsOf,
  staleNotice,
  unknownAreaNotice,
  whereFiguresApply,
  type Area,
  type Figures,
  type Point,
} from './figures/band-figures.js';
import { bandFiguresStyles } from './figures/band-figures.styles.js';
import { CwLocationChangeEvent } from './salary-band.events.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/salary-band';
import STRINGS from 'career-widgets-virtual/strings-of/salary-band';
import FIGURES_STRINGS from 'career-widgets-virtual/strings-of/salary-band.figures';
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
 * places; labels that would touch move to another row. Where the source publishes percentiles,
 * a box spans the 25th to the 75th, whiskers reach the 10th and 90th, and each is written over
 * its place; a top-coded figure reads "$239,200 or more", and the band ends at its floor with an
 * open end. The band is a picture: screen readers read the same figures, in order, from the list
 * of figures, which names every percentile. With `offer-min` and `offer-max`, a job board draws
 * its posting's range on the band, labelled under it, and a sentence says where it sits: with
 * percentiles, between which two, or that it lies beyond the published ones. Where the data has
 * bands for areas, a list chooses one (`location`), and the band shows that area's own figures
 * only. The month the figures refer to is written with them, and `stale-after` marks old ones.
 * The element is as tall as what it shows.
 *
 * @csspart figures - The written figures: the central figure, shown, then the range, percentiles and levels, read by screen readers (the band shows them).
 * @csspart band - The band picture (hidden from assistive technology; the figures carry the same values).
 * @csspart track - The bar from the lowest to the highest figure; open at its end when the highest is top-coded.
 * @csspart marker - The central figure's marker on the band.
 * @csspart level - Each level's tick on the band.
 * @csspart label - Each figure written on the band: a level or a percentile over its place; the lowest, central and highest figures and the offer under theirs.
 * @csspart whisker - The line from the lowest to the highest percentile (10th to 90th).
 * @csspart box - The box from the 25th to the 75th percentile.
 * @csspart median - The median's tick in the box, where the central figure is an average (the marker shows a median).
 * @csspart offer - The offered range drawn on the band.
 * @csspart note - What the pay depends on, or how to read the figures, when the source says.
 * @csspart top-earners - The note on the top earners.
 * @csspart offer-note - The sentence that places the offer, or says why it cannot be placed.
 * @csspart location - The list of areas (`<select>`) with its label, when the data has bands for areas.
 * @csspart location-note - Says that `location` names no area, so the national band is shown.
 * @csspart stale - Says that the figures are older than `stale-after` months.
 *
 * @cssproperty --cw-salary-band-bar-color - Colour of the band; falls back to `--cw-color-accent-soft`.
 * @cssproperty --cw-salary-band-marker-color - Colour of the central marker, level ticks and percentile box and whiskers; falls back to `--cw-color-accent`.
 * @cssproperty --cw-salary-band-offer-color - Colour of the offered range; a green by default.
 *
 * @fires {CwLocationChangeEvent} cw-location-change - A reader chose another area in the list. `detail`: `code`, the area's code, or `null` for the national band.
 */
export class SalaryBand extends CareerElement {
  static override styles = [...CareerElement.styles, salaryBandStyles, labelRowStyles, salaryOfferStyles, bandFiguresStyles];

  static override properties: PropertyDeclarations = {
    period: {},
    hoursPerYear: { attribute: 'hours-per-year', type: Number },
    offerMin: { attribute: 'offer-min', type: Number },
    offerMax: { attribute: 'offer-max', type: Number },
    location: { reflect: true },
    staleAfter: { attribute: 'stale-after', type: Number },
  };

  /** The period the figures are shown in: `year` (as published), `month` or `hour`. */
  period: SalaryPeriod = 'year';

  /** Working hours in a year, used to convert annual figures for `period="hour"`. */
  hoursPerYear = DEFAULT_HOURS_PER_YEAR;

  /** The lower end of a posting's offered pay, in the shown period and the band's currency. */
  offerMin?: number | undefined;

  /** The upper end of a posting's offered pay, in the shown period and the band's currency. */
  offerMax?: number | undefined;

  /**
   * The area whose band is shown, by its code in the data (`US-CO`, `metro:19740`), matched
   * exactly; the national band without it. A code the data does not have shows the national
   * band, with a note, and is reported (console warning and `cw-error`). When a reader chooses
   * an area in the list, this property, reflected to the attribute, follows the choice.
   */
  location?: string | undefined;

  /**
   * Months after which figures count as old: with `stale-after="18"`, figures whose reference
   * month (`salary.asOf`) lies more than 18 whole months before the current month (in UTC) carry
   * a visible notice. A value that is not a number of months marks nothing.
   */
  staleAfter?: number | undefined;

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  /** The words of percentiles, areas and months come too where the band has them. */
  protected override stringGroups(): readonly StringGroup[] {
    return needsFigureWords(this.loadedRole?.salary, this.location) ? [STRINGS, FIGURES_STRINGS] : [STRINGS];
  }

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
    // A removed attribute (null) means none, not a bad value.
    if (changed.has('staleAfter') && this.staleAfter != null && !(this.staleAfter >= 0)) {
      this.reportInvalidAttribute('stale-after', this.staleAfter, 'must be a number of months, 0 or more; marking no figures as old.');
    }
    const band = this.loadedRole?.salary;
    if (band && this.location && !areaOf(band, this.location)) {
      this.reportInvalidAttribute('location', this.location, 'names no area; showing the national figures.');
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
    // An area shows its own figures only: what it does not publish is missing, never the nation's.
    const area = areaOf(band, this.location);
    const figures: Figures = area ?? band;
    const points = pointsOf(figures);
    const figure = (point: Point) => (point.open ? orMore(money(point.value)) : money(point.value));
    const country = band.country && regionName(lang, band.country);

    const hasRange = figures.min !== undefined && figures.max !== undefined;
    const levels = LEVELS.flatMap((level) => {
      const amount = figures.levels?.[level];
      return amount === undefined ? [] : [{ level, amount }];
    });
    // Read at each render, so that its problem is told in the element's language of the moment.
    const offer = readOffer(this);
    const banded = hasRange || points.length > 1;
    // With a band, the range, percentiles and levels are drawn on it, and written here for screen readers.
    const drawn = banded ? 'visually-hidden' : '';
    const month = band.asOf && formatMonth(lang, band.asOf);
    const stale = month && this.staleAfter! >= 0 && monthsSince(band.asOf!) > this.staleAfter!;

    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      ${
        band.locations
          ? html`<p class="small">
                <label part="location"
                  >${areaLabel()}
                  <select .value=${area?.code ?? ''} @change=${this.#choose}>
                    ${[{ code: '', name: country || nationalName() }, ...band.locations].map(
                      ({ code, name }) => html`<option value=${code} ?selected=${code === (area?.code ?? '')}>${name}</option>`,
                    )}
                  </select></label
                >
              </p>`
          : nothing
      }
      ${
        this.location && !area
          ? html`<p class="notice small" part="location-note">
              ${unknownAreaNotice(this.location)}
            </p>`
          : nothing
      }
      <p class="meta muted small" aria-live="polite">${this.#metaLine(band, area?.name ?? country, period, month)}</p>
      ${
        stale
          ? html`<p class="notice small" part="stale">
              ${staleNotice()}
            </p>`
          : nothing
      }
      <dl class="figures" part="figures">
        ${
          figures.central
            ? html`<div class="figure central">
                <dt>${figures.central.kind === 'median' ? msg('Median') : msg('Average')}</dt>
                <dd>${money(figures.central.amount)}</dd>
              </div>`
            : nothing
        }
        ${
          hasRange
            ? html`<div class="figure range ${drawn}">
                <dt>${msg('Range')}</dt>
                <dd>${formatMoneyRange(lang, figures.min! / divisor, figures.max! / divisor, band.currency, digits)}</dd>
              </div>`
            : nothing
        }
        ${[
          ...points.map((point) => ['percentile', percentileName(point.key), figure(point)]),
          ...levels.map(({ level, amount }) => ['level', levelLabel(level), money(amount)]),
        ].map(
          ([kind, name, value]) =>
            html`<div class="figure ${kind} ${drawn}">
              <dt>${name}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${
        banded
          ? this.#renderBand(figures, points, levels, offer && 'min' in offer ? offer : undefined, divisor, money, figure)
          : levels.length + points.length === 0
            ? html`<p class="no-range muted small">
                ${msg('No salary range or levels are published for this role, only this figure.')}
              </p>`
            : nothing
      }
      ${figures.note ? html`<p class="note small" part="note" lang=${this.dataLang(role)}>${figures.note}</p>` : nothing}
      ${
        figures.topEarners
          ? html`<p class="top-earners small" part="top-earners">
              ${msg(str`The top ${formatPercent(lang, figures.topEarners.percentile)} of earners make ${money(figures.topEarners.from)} or more.`)}
              ${figures.topEarners.note ? this.dataText(role, figures.topEarners.note) : nothing}
            </p>`
          : nothing
      }
      ${
        offer
          ? renderOfferNote(
              { ...figures, points, levels, where: whereFiguresApply(area?.name), currency: band.currency },
              offer,
              divisor,
              digits,
              lang,
              money,
            )
          : nothing
      }
      ${this.renderSources(area?.sources ? { ...role, salary: { ...band, sources: area.sources } } : role)}
    </div>`;
  }

  /**
   * A reader chose an area: show its band and tell the page. The line over the figures, which
   * names the area, is a polite live region, so screen readers announce the change.
   */
  #choose = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.location = select.value || undefined;
    this.dispatchEvent(new CwLocationChangeEvent({ code: select.value || null }));
  };

  #metaLine(band: Section<'salary'>, place: string | undefined, period: SalaryPeriod, month?: string): string {
    const unit = { year: msg('Per year'), month: msg('Per month'), hour: msg('Per hour') }[period];
    const parts = [
      unit,
      place,
      band.currency,
      month && monthOfFigures(month),
    ];
    return parts.filter(Boolean).join(' · ');
  }

  #renderBand(
    figures: Figures,
    points: Point[],
    levels: { level: SalaryLevel; amount: number }[],
    offer: { min: number; max: number } | undefined,
    divisor: number,
    money: (annual: number) => string,
    figure: (point: Point) => string,
  ): TemplateResult {
    const { min: low, max: high, central } = figures;
    const top = points.at(-1);
    // The band runs over the range, or else from the lowest to the highest percentile; a figure
    // beyond them (an average above a top-coded 90th) stands at the band's end, never past it.
    const min = low ?? points[0]!.value;
    const max = high ?? top!.value;
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
    const named = (kind: string, annual: number, name: string, value: string) =>
      label(kind, annual, html`<span class="name">${name}</span> ${value}`, [name, false], [value, true]);
    // A mark on the track: at an amount, or (`to`) spanning two percentiles.
    const mark = (part: string, className: string, from: number, to?: Point) => {
      const place = placed(to ? { from: `${at(from)}%`, to: `${at(to.value)}%` } : { at: `${at(from)}%` });
      return html`<span part=${part} class=${className} data-place=${place} style=${serverStyle(place)}></span>`;
    };
    const { p25, p50, p75 } = Object.fromEntries(points.map((point) => [point.key, point]));
    // The median is written under the band as the central figure, where it is that.
    const median = central?.kind === 'median' ? undefined : p50;
    const above = [
      ...levels.map(({ level, amount }) => named('level-label', amount, levelName(level), money(amount))),
      ...points
        .filter((point) => point === median || point !== p50)
        .map((point) => named('level-label', point.value, ordinal(point.key), figure(point))),
    ];
    const offered = offer && ((offer.min + offer.max) / 2) * divisor;
    // A label of one line: an amount, or the offer's.
    const line = (kind: string, annual: number, text = money(annual)) => label(kind, annual, text, [text, kind !== 'end-label']);
    const below = [
      ...(low === undefined ? [] : [line('end-label', low), line('end-label', high!)]),
      ...(central ? [line('central-label', central.amount)] : []),
      ...(offered === undefined ? [] : [line('offer-label', offered, msg('Offer'))]),
    ];
    return html`<div class="band" part="band" aria-hidden="true">
      ${above.length > 0 ? html`<div class="rail above">${rail(above, true)}</div>` : nothing}
      <div class="track ${top?.open && top.value === max ? 'open' : ''}" part="track">
        ${points.length > 1 ? mark('whisker', 'whisker', points[0]!.value, top) : nothing}
        ${p25 && p75 ? mark('box', 'box', p25.value, p75) : nothing}
        ${median ? mark('median', 'tick', median.value) : nothing}
        ${offer ? renderOfferRange(min, max, offer, divisor, at) : nothing}
        ${levels.map(({ amount }) => mark('level', 'tick', amount))}
        ${central ? mark('marker', 'marker', central.amount) : nothing}
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

/** The area of the band with this code, if the data has it. */
function areaOf(band: Section<'salary'>, code: string | undefined): Area | undefined {
  return band.locations?.find((area) => area.code === code);
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
