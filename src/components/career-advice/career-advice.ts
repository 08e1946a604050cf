import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { iconListStyles } from '../../base/icon-list.styles.js';
import type { Role } from '../../data/schema.js';
import { careerAdviceStyles } from './career-advice.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/career-advice';
import STRINGS from 'career-widgets-virtual/strings-of/career-advice';

type ListKind = 'mistakes' | 'advice';

/** A cross for mistakes, a tick for advice; decorative, as the sub-headings name the lists. */
const ICONS: Record<ListKind, TemplateResult> = {
  mistakes: svg`<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />`,
  advice: svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />`,
};

/**
 * Each of the three parts has its own sub-heading: "Common mistakes to avoid" and "Advice" are
 * real lists named by their sub-headings, "Building your portfolio" is prose. A part the role
 * does not publish is left out; the element says the advice is missing only when none of the
 * three exists. In containers of 40em or more the mistakes and the advice stand side by side,
 * with the portfolio tips below them.
 *
 * @csspart parts - The box holding the parts shown.
 * @csspart mistakes - The common mistakes: sub-heading and list.
 * @csspart advice - The advice: sub-heading and list.
 * @csspart portfolio - The portfolio tips: sub-heading and paragraphs.
 * @csspart subheading - Each part's sub-heading.
 * @csspart list - The lists of mistakes and of advice.
 * @csspart item - Each mistake or piece of advice.
 * @csspart icon - The cross before each mistake and the tick before each piece of advice (decorative).
 *
 * @cssproperty --cw-career-advice-mistake-color - Colour of the crosses before mistakes; falls back to `--cw-color-danger`.
 * @cssproperty --cw-career-advice-advice-color - Colour of the ticks before advice; a green by default.
 * @cssproperty --cw-career-advice-card-background - Background of each part's box; falls back to `--cw-color-surface-alt`.
 */
export class CareerAdvice extends CareerElement {
  static override styles = [...CareerElement.styles, iconListStyles, careerAdviceStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Career advice: ${role.title}`), role.title) : msg('Career advice');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No career advice is published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    const list = (kind: ListKind) =>
      html`<div class="part skeleton-part ${kind}">
        <span class="skeleton title"></span>
        ${Array.from({ length: 13 }, () => html`<span class="skeleton line"></span>`)}
      </div>`;
    return html`<div class="parts">
        ${list('mistakes')}${list('advice')}
        <div class="part skeleton-part portfolio">
          <span class="skeleton title"></span>
          ${Array.from({ length: 10 }, () => html`<span class="skeleton line"></span>`)}
        </div>
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const mistakes = role.commonMistakes?.items;
    const advice = role.advice?.items;
    const tips = role.portfolioTips?.paragraphs;
    // A single list takes the whole row rather than half of it.
    const lists = (mistakes ? 1 : 0) + (advice ? 1 : 0);
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <div part="parts" class="parts ${lists === 1 ? 'single' : ''}">
        ${mistakes ? this.renderList(role, 'mistakes', msg('Common mistakes to avoid'), mistakes) : nothing}
        ${advice ? this.renderList(role, 'advice', msg('Advice'), advice) : nothing}
        ${
          tips
            ? html`<div part="portfolio" class="part portfolio">
                ${this.heading(msg('Building your portfolio'), 1)}
                ${tips.map((paragraph) => html`<p class="paragraph" lang=${this.dataLang(role)}>${paragraph}</p>`)}
              </div>`
            : nothing
        }
      </div>
      ${this.renderSources(role)}
    </div>`;
  }

  private renderList(role: Role, kind: ListKind, title: string, items: readonly string[]): TemplateResult {
    const titleId = `${kind}-title`;
    return html`<div part=${kind} class="part ${kind}">
      ${this.heading(html`<span id=${titleId}>${title}</span>`, 1)}
      <ul part="list" class="list" role="list" aria-labelledby=${titleId} lang=${this.dataLang(role)}>
        ${items.map(
          (item) =>
            html`<li part="item" class="item">
              <svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[kind]}</svg
              ><span class="text">${item}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-advice': CareerAdvice;
  }
}
