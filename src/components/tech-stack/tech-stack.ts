import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { SubPartsElement } from '../../base/sub-parts-element.js';
import type { PartsOf } from '../../registry.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/tech-stack';
import STRINGS from 'career-widgets-virtual/strings-of/tech-stack';
import type { Role } from '../../data/schema.js';
import { techStackStyles } from './tech-stack.styles.js';

/** The lists `<tech-stack>` shows, in order. */
export type TechStackPart = PartsOf<'tech-stack'>;

/** Placeholder lines per column while loading. */
const SKELETON_LINES = [9, 8, 5] as const;

/**
 * Each of the three is a real list under its own sub-heading, named by that heading, so a
 * screen reader announces the list and the number of entries and can move through them item by
 * item. The lists stand side by side as columns when the element's container is wide (three
 * from 46em, two from 30em) and one below the other when it is narrow. A list the role lacks is
 * left out. The small print names the sources of the lists shown.
 *
 * @csspart columns - The grid holding the lists.
 * @csspart group - Each list with its sub-heading.
 * @csspart subheading - Each list's heading.
 * @csspart list - Each list.
 * @csspart item - Each entry of a list.
 *
 * @cssproperty --cw-tech-stack-marker-color - Colour of the list bullets and of the line above each list; falls back to `--cw-color-accent`.
 * @cssproperty --cw-tech-stack-divider-color - Colour of the lines between the columns; falls back to `--cw-color-border`.
 */
export class TechStack extends SubPartsElement<TechStackPart> {
  static override styles = [...SubPartsElement.styles, techStackStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Tools and skills: ${role.title}`), role.title) : msg('Tools and skills');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No tools or skills are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="columns">
        ${SKELETON_LINES.map(
          (lines) =>
            html`<div class="group skeleton-group">
              <span class="skeleton title"></span>
              ${Array.from({ length: lines }, () => html`<span class="skeleton line"></span>`)}
            </div>`,
        )}
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderSubParts(role: Role, shown: readonly TechStackPart[]): TemplateResult {
    return html`<div part="columns" class="columns">
      ${shown.map((key) => {
        const titleId = `${key}-title`;
        return html`<div part="group" class="group" data-part=${key}>
          ${this.heading(html`<span id=${titleId}>${partLabel(key)}</span>`, 1)}
          <ul part="list" class="list" role="list" aria-labelledby=${titleId} lang=${this.dataLang(role)}>
            ${role[key]!.items.map((item) => html`<li part="item">${item}</li>`)}
          </ul>
        </div>`;
      })}
    </div>`;
  }
}

function partLabel(key: TechStackPart): string {
  return {
    techStack: msg('Tools and technologies'),
    techSkills: msg('Technical skills'),
    softSkills: msg('Soft skills'),
  }[key];
}

declare global {
  interface HTMLElementTagNameMap {
    'tech-stack': TechStack;
  }
}
