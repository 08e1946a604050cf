import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { chevronStyles, disclosureChevronStyles } from '../../base/disclosure-chevron-styles.js';
import { toggledOpen } from '../../base/disclosures.js';
import { figureStyles } from '../../base/figure.styles.js';
import { CwResponsibilitiesToggleEvent } from './role-overview.events.js';
import { formatMoney, formatNumber, formatPercent } from '../../base/format.js';
import type { Part, PartKey } from '../../data/role-index-types.js';
import type { Role, SalaryFigureKind } from '../../data/schema.js';
import { roleOverviewStyles } from './role-overview.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/role-overview';
import STRINGS from 'career-widgets-virtual/strings-of/role-overview';
import salaryPart from 'career-widgets-virtual/part/salary';

/** Responsibilities shown before the disclosure of the rest; a list of up to one more shows whole. */
const SHOWN_RESPONSIBILITIES = 5;

/** The central salary figure the overview shows, and where it was read. */
interface SalaryFigure {
  kind: SalaryFigureKind;
  amount: number;
  currency: string;
  /** `headline` when the role's headline gives it, `salary` when it comes from the salary band. */
  from: 'headline' | 'salary';
}

/**
 * The headline figures are written out as label and value: the job growth rate, the central
 * salary figure, labelled with what it is (a median or an average, never one for the other)
 * and taken from the role's headline or else its salary band, and whether the role is
 * remote-friendly. Each part of the role that the data gives follows under its own
 * sub-heading, and a part the data lacks is left out. A long list of responsibilities shows
 * its first five, and the rest in a native `<details>` disclosure ("14 more responsibilities"),
 * so a job board can embed the overview without a wall of text. It opens with a click, Enter or
 * Space, with or without script; the rest is in the page while closed, so the browser's
 * find-in-page reaches it, and it closes again when the role changes. Sources are named in
 * small print.
 *
 * @csspart summary - The role's summary paragraphs.
 * @csspart figures - The headline figures (a description list).
 * @csspart figure - Each headline figure: label and value.
 * @csspart core-functions - The core functions: sub-heading and paragraphs.
 * @csspart responsibilities - The key responsibilities: sub-heading, the first few, and the disclosure of the rest.
 * @csspart work-setting - The work setting: sub-heading and paragraphs.
 * @csspart subheading - The sub-heading of each part.
 * @csspart toggle - The `<summary>` of the disclosure holding the responsibilities after the first few: it says how many more there are, and shows or hides them.
 *
 * @cssproperty --cw-role-overview-figure-background - Background of the headline figures; falls back to `--cw-color-surface-alt`.
 * @cssproperty --cw-role-overview-figure-accent - Colour of the stripe beside each headline figure and of the list markers; falls back to `--cw-color-accent`.
 *
 * @fires {CwResponsibilitiesToggleEvent} cw-responsibilities-toggle - A reader opened the disclosure of the other responsibilities, showing them all, or closed it. `detail`: `expanded`, `total`.
 */
export class RoleOverview extends CareerElement {
  static override styles = [
    ...CareerElement.styles,
    chevronStyles,
    disclosureChevronStyles,
    figureStyles,
    roleOverviewStyles,
  ];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  /**
   * Besides its own parts, a bundled role loads its salary band: the central figure stands in
   * for a headline that gives none. The band alone does not make an overview.
   */
  protected override partsShown(): readonly Part[] {
    return [...this.parts, salaryPart];
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.dataText(role, role.title) : msg('Role overview');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No overview is published for ${role.title}.`), role.title);
  }

  /**
   * Placeholders shaped like the overview: the summary, three figures, then the three parts.
   * Each block of text is striped like lines and grows with its share of the text, so the
   * placeholders fill the loading state's estimated height at any width.
   */
  protected override renderSkeleton(): TemplateResult {
    const subheading = html`<span class="skeleton subheading-shape"></span>`;
    return html`<div class="skeleton-part summary-shape"><span class="skeleton text"></span></div>
      <div class="figures skeleton-figures">
        <span class="skeleton figure-shape"></span><span class="skeleton figure-shape"></span
        ><span class="skeleton figure-shape"></span>
      </div>
      <div class="skeleton-part core-shape">${subheading}<span class="skeleton text"></span></div>
      <div class="skeleton-part responsibilities-shape">
        ${subheading}<span class="skeleton text"></span><span class="skeleton button-shape"></span>
      </div>
      <div class="skeleton-part setting-shape">${subheading}<span class="skeleton text"></span></div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const salary = salaryFigure(role);
    const sourced: PartKey[] = this.partKeys;
    if (salary?.from === 'salary') sourced.push('salary');
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      ${
        role.summary
          ? html`<div part="summary" class="summary prose" lang=${this.dataLang(role)}>
              ${role.summary.map((text) => html`<p>${text}</p>`)}
            </div>`
          : nothing
      }
      ${this.renderFigures(role, salary)}
      ${
        role.coreFunctions
          ? html`<div part="core-functions" class="part prose">
              ${this.heading(msg('Core functions'), 1)}
              ${role.coreFunctions.paragraphs.map((text) => html`<p lang=${this.dataLang(role)}>${text}</p>`)}
            </div>`
          : nothing
      }
      ${role.responsibilities ? this.renderResponsibilities(role, role.responsibilities.items) : nothing}
      ${
        role.workSetting
          ? html`<div part="work-setting" class="part prose">
              ${this.heading(msg('Work setting'), 1)}
              ${role.workSetting.paragraphs.map((text) => html`<p lang=${this.dataLang(role)}>${text}</p>`)}
            </div>`
          : nothing
      }
      ${this.renderSources(role, sourced)}
    </div>`;
  }

  private renderFigures(role: Role, salary: SalaryFigure | undefined): TemplateResult | typeof nothing {
    const lang = this.locale;
    const growth = role.headline?.growthRatePercent;
    const remote = role.headline?.remoteFriendly;
    const figures: TemplateResult[] = [];
    if (growth !== undefined) {
      figures.push(
        html`<div part="figure" class="figure" data-figure="growth">
          <dt>${msg('Job growth')}</dt>
          <dd>${formatPercent(lang, growth)}</dd>
        </div>`,
      );
    }
    if (salary) {
      figures.push(
        html`<div part="figure" class="figure" data-figure="salary">
          <dt>${salary.kind === 'median' ? msg('Median salary') : msg('Average salary')}</dt>
          <dd>
            ${formatMoney(lang, salary.amount, salary.currency)}
            <span class="unit">${msg('per year')}</span>
          </dd>
        </div>`,
      );
    }
    if (remote !== undefined) {
      figures.push(
        html`<div part="figure" class="figure" data-figure="remote">
          <dt>${msg('Remote work')}</dt>
          <dd>${remote ? msg('Remote-friendly') : msg('Not remote-friendly')}</dd>
        </div>`,
      );
    }
    return figures.length > 0 ? html`<dl part="figures" class="figures">${figures}</dl>` : nothing;
  }

  /**
   * The first few responsibilities, then the rest in a disclosure whose summary says how many
   * more there are. Keyed by role, so another role starts closed.
   */
  private renderResponsibilities(role: Role, items: readonly string[]): TemplateResult {
    const collapsible = items.length > SHOWN_RESPONSIBILITIES + 1;
    const first = collapsible ? items.slice(0, SHOWN_RESPONSIBILITIES) : items;
    const rest = collapsible ? items.slice(SHOWN_RESPONSIBILITIES) : [];
    const list = (shown: readonly string[]) =>
      html`<ul class="items" lang=${this.dataLang(role)}>
        ${shown.map((item) => html`<li>${item}</li>`)}
      </ul>`;
    return html`<div part="responsibilities" class="part prose">
      ${this.heading(msg('Key responsibilities'), 1)} ${list(first)}
      ${
        collapsible
          ? keyed(
              role,
              html`<details class="more" @toggle=${(event: Event) => this.onToggle(event, items.length)}>
                <summary part="toggle" class="button toggle">
                  <span class="chevron" aria-hidden="true"></span>
                  ${msg(str`${formatNumber(this.locale, rest.length)} more responsibilities`)}
                </summary>
                ${list(rest)}
              </details>`,
            )
          : nothing
      }
    </div>`;
  }

  /** Reports the reader's opening or closing of the other responsibilities. */
  private onToggle(event: Event, total: number): void {
    const expanded = toggledOpen(event);
    if (expanded !== undefined) this.dispatchEvent(new CwResponsibilitiesToggleEvent({ expanded, total }));
  }
}

/** The headline's salary figure, else the salary band's central figure in the band's currency. */
function salaryFigure(role: Role): SalaryFigure | undefined {
  const headline = role.headline?.salary;
  if (headline) return { ...headline, from: 'headline' };
  const band = role.salary;
  if (band) return { kind: band.central.kind, amount: band.central.amount, currency: band.currency, from: 'salary' };
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'role-overview': RoleOverview;
  }
}
