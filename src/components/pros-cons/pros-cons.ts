import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { iconListStyles } from '../../base/icon-list.styles.js';
import type { Role } from '../../data/schema.js';
import { prosConsStyles } from './pros-cons.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/pros-cons';
import STRINGS from 'career-widgets-virtual/strings-of/pros-cons';

type Side = 'pros' | 'cons';

const SKELETON_LINES = 9;

/** A plus in a circle for pros, a minus for cons: shapes, so colour is never the only cue. */
const ICONS: Record<Side, TemplateResult> = {
  pros: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M8 4.5v7M4.5 8h7" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />`,
  cons: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M4.5 8h7" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />`,
};

/**
 * Pros and cons are two real lists, each under its own sub-heading ("Pros", "Cons") and named by
 * it, so a screen reader announces which list it is in and how many points it holds. Each side
 * has its own icon, a plus or a minus, next to the word and before every point; the icons are
 * decorative (hidden from assistive technology) and the words carry the meaning, so neither
 * colour nor shape is the only cue. In containers of 36em or more the two lists stand side by
 * side; in narrower ones the cons follow the pros.
 *
 * @csspart columns - The box holding both lists.
 * @csspart pros - The pros: sub-heading and list.
 * @csspart cons - The cons: sub-heading and list.
 * @csspart subheading - The "Pros" and "Cons" sub-headings.
 * @csspart icon - The plus and minus icons (decorative).
 * @csspart list - Each of the two lists.
 * @csspart item - Each pro or con.
 *
 * @cssproperty --cw-pros-cons-pro-color - Colour of the pros' icons and stripe; a green by default.
 * @cssproperty --cw-pros-cons-con-color - Colour of the cons' icons and stripe; falls back to `--cw-color-danger`.
 * @cssproperty --cw-pros-cons-card-background - Background of the two lists' boxes; falls back to `--cw-color-surface-alt`.
 */
export class ProsCons extends CareerElement {
  static override styles = [...CareerElement.styles, iconListStyles, prosConsStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Pros and cons: ${role.title}`), role.title) : msg('Pros and cons');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No pros and cons are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    const side = (name: Side) =>
      html`<div class="side skeleton-side ${name}">
        <span class="skeleton title"></span>
        ${Array.from({ length: SKELETON_LINES }, () => html`<span class="skeleton line"></span>`)}
      </div>`;
    return html`<div class="columns">${side('pros')}${side('cons')}</div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const { pros, cons } = role.prosCons!;
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <div part="columns" class="columns">
        ${this.renderSide(role, 'pros', msg('Pros'), pros)} ${this.renderSide(role, 'cons', msg('Cons'), cons)}
      </div>
      ${this.renderSources(role)}
    </div>`;
  }

  private renderSide(role: Role, side: Side, title: string, items: readonly string[]): TemplateResult {
    const titleId = `${side}-title`;
    const icon = html`<svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      ${ICONS[side]}
    </svg>`;
    return html`<div part=${side} class="side ${side}">
      ${this.heading(html`${icon}<span id=${titleId}>${title}</span>`, 1)}
      <ul part="list" class="list" role="list" aria-labelledby=${titleId} lang=${this.dataLang(role)}>
        ${items.map((item) => html`<li part="item" class="item">${icon}<span class="text">${item}</span></li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pros-cons': ProsCons;
  }
}
