import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import type { Role, Section } from '../../data/schema.js';
import { caseStudiesStyles } from './case-studies.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/case-studies';
import STRINGS from 'career-widgets-virtual/strings-of/case-studies';

/** One case study: its title, its story and its key takeaway. */
export type CaseStudy = Section<'caseStudies'>['items'][number];

const SKELETON_STUDIES = 4;
const SKELETON_STORY_LINES = 6;

/**
 * Each case study is a card in a list: its title as a sub-heading, its story, then its key
 * takeaway in a box of its own that starts with the words "Key takeaway", so the lesson is
 * labelled in text rather than by its look alone. The cards stand one per row in narrow
 * containers and two per row from 40em wide.
 *
 * @csspart studies - The list of case studies.
 * @csspart study - Each case study's card (list item).
 * @csspart subheading - Each case study's title.
 * @csspart story - Each case study's story.
 * @csspart takeaway - Each case study's key takeaway, with its label.
 * @csspart takeaway-label - The "Key takeaway" label.
 *
 * @cssproperty --cw-case-studies-card-background - Background of the cards; falls back to `--cw-color-surface`.
 * @cssproperty --cw-case-studies-takeaway-background - Background of the key takeaways; falls back to `--cw-color-accent-soft`.
 * @cssproperty --cw-case-studies-takeaway-accent - Colour of the stripe beside each key takeaway; falls back to `--cw-color-accent`.
 */
export class CaseStudies extends CareerElement {
  static override styles = [...CareerElement.styles, caseStudiesStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Case studies: ${role.title}`), role.title) : msg('Case studies');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No case studies are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="studies">
        ${Array.from(
          { length: SKELETON_STUDIES },
          () =>
            html`<div class="study skeleton-study">
              <span class="skeleton title"></span>
              ${Array.from({ length: SKELETON_STORY_LINES }, () => html`<span class="skeleton"></span>`)}
              <span class="skeleton short"></span>
              <span class="skeleton takeaway-shape"></span>
            </div>`,
        )}
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <ul part="studies" class="studies" role="list">
        ${role.caseStudies!.items.map((study) => this.renderStudy(role, study))}
      </ul>
      ${this.renderSources(role)}
    </div>`;
  }

  private renderStudy(role: Role, study: CaseStudy): TemplateResult {
    return html`<li part="study" class="study">
      ${this.heading(this.dataText(role, study.title), 1)}
      <p part="story" class="story" lang=${this.dataLang(role)}>${study.story}</p>
      <p part="takeaway" class="takeaway">
        <strong part="takeaway-label" class="takeaway-label">${msg('Key takeaway:')}</strong>
        ${this.dataText(role, study.takeaway)}
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'case-studies': CaseStudies;
  }
}
