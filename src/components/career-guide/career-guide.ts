import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '../../base/i18n.js';
import { CareerElement, usableHeadingLevel } from '../../base/career-element.js';
import { ALL_PARTS } from 'career-widgets-virtual/roles';
import type { Role } from '../../data/schema.js';
import { careerGuideStyles } from './career-guide.styles.js';
import { GUIDE_SECTIONS, type GuideSection } from './guide-sections.js';
import STRINGS from 'career-widgets-virtual/strings-of/career-guide';

const SECTION_ID = (tag: string) => `cw-guide-${tag}`;

/**
 * The guide loads the role once and hands it to every section inside it, so a complete guide
 * costs one load. Sections the role lacks are left out, and the table of contents lists only
 * what is shown. `sections` chooses which sections appear and in what order; the headings of
 * the sections sit one level below the guide's own, so the page outline stays valid.
 *
 * @csspart toc - The table of contents.
 * @csspart toc-link - Each link in the table of contents.
 * @csspart section - The wrapper around each section's element.
 *
 * @cssproperty --cw-career-guide-gap - Space between sections; falls back to `--cw-space`.
 * @cssproperty --cw-career-guide-toc-background - Background of the table of contents; falls back to `--cw-color-surface-alt`.
 *
 * @fires {CwLoadEvent} cw-load - Fired once by the guide when its role is ready. The sections' own `cw-load` events stay inside the guide, so a host counts one load per guide.
 */
export class CareerGuide extends CareerElement {
  static override styles = [...CareerElement.styles, careerGuideStyles];

  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /**
   * Which sections to show, and in what order: element names separated by commas and/or spaces,
   * such as `role-overview, salary-band, role-faq`. Without it, every section the role has
   * appears in the guide's order. Unknown names are reported and ignored.
   */
  sections?: string | undefined;

  protected readonly parts = ALL_PARTS;
  protected override readonly strings = STRINGS;

  constructor() {
    super();
    // One widget, one load: a section's cw-load stops at the guide, before any listener of the
    // page (this listener is the guide's first). Its other events, errors included, go on.
    this.addEventListener('cw-load', (event) => {
      if (event.composedPath()[0] !== this) event.stopImmediatePropagation();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const { unknown } = this.chosen();
      if (unknown.length > 0) {
        this.reportInvalidAttribute(
          'sections',
          this.sections,
          `names unknown sections: ${unknown.join(', ')}; they are ignored. Sections: ${GUIDE_SECTIONS.map((s) => s.tag).join(', ')}.`,
        );
      }
    }
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`${role.title}: career guide`), role.title) : msg('Career guide');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No career guide content is published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton toc"></span>
      <span class="skeleton block"></span>
      <span class="skeleton block"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const { shown } = this.chosen();
    const present = shown.filter((section) => section.parts.some((part) => role[part] !== undefined));
    const level = this.childHeadingLevel();
    if (present.length === 0) {
      return html`<div part="base" class="base">
        ${this.heading(this.headingText(role))}
        <p part="message" class="message">${msg('None of the chosen sections is published for this role.')}</p>
      </div>`;
    }
    return html`<div part="base" class="base guide">
      ${this.heading(this.headingText(role))}
      <nav part="toc" class="toc" aria-labelledby="toc-heading">
        ${this.heading(html`<span id="toc-heading">${msg('Contents')}</span>`, 1)}
        <ol>
          ${present.map(
            (section) =>
              html`<li>
                <a
                  part="toc-link"
                  href="#${SECTION_ID(section.tag)}"
                  @click=${(event: Event) => this.jump(event, section)}
                  >${section.title()}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      ${present.map(
        (section) =>
          html`<section part="section" class="section" id=${SECTION_ID(section.tag)} tabindex="-1">
            ${staticHtml`<${section.literal}
              heading-level=${level}
              theme=${ifDefined(this.theme)}
              .inheritedRole=${this.roleController.state}
            ></${section.literal}>`}
          </section>`,
      )}
    </div>`;
  }

  /** The sections named by `sections`, in that order, or all of them. */
  private chosen(): { shown: GuideSection[]; unknown: string[] } {
    const names = (this.sections ?? '')
      .split(/[\s,]+/)
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    if (names.length === 0) return { shown: [...GUIDE_SECTIONS], unknown: [] };
    const shown: GuideSection[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const section = GUIDE_SECTIONS.find((candidate) => candidate.tag === name);
      if (!section) unknown.push(name);
      else if (!shown.includes(section)) shown.push(section);
    }
    return { shown, unknown };
  }

  /** Section elements' headings sit one level below the guide's own (capped at 6). */
  private childHeadingLevel(): number {
    return Math.min(usableHeadingLevel(this.headingLevel) + 1, 6);
  }

  /** In-page links cannot reach into a shadow root, so the guide scrolls and focuses itself. */
  private jump(event: Event, section: GuideSection): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${SECTION_ID(section.tag)}`);
    if (!target) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-guide': CareerGuide;
  }
}
