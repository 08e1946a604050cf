import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { DisclosureElement } from '../../base/disclosure-element.js';
import type { PartsOf } from '../../registry.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/job-market';
import STRINGS from 'career-widgets-virtual/strings-of/job-market';
import type { Role } from '../../data/schema.js';
import { jobMarketStyles } from './job-market.styles.js';

/** The sub-parts of `<job-market>`, in the order it shows them. */
export type JobMarketPart = PartsOf<'job-market'>;

/**
 * Each sub-part the role has is a native `<details>` disclosure whose summary is its
 * sub-heading, so the element stays compact: every one is closed at first and opens with a
 * click, Enter or Space, with or without script; its content is in the page while closed, so the
 * browser's find-in-page reaches it. A sub-part the role lacks is left out. The outlook,
 * challenges, growth paths and trends are paragraphs; the related terms are a description list
 * of each term and what it means. The small print names the sources of every sub-part shown.
 *
 * @csspart parts - The box holding every sub-part.
 * @csspart part - Each sub-part, a `<details>` disclosure: its summary and its panel.
 * @csspart toggle - The `<summary>` that opens or closes a sub-part; it holds the chevron and the sub-heading.
 * @csspart subheading - Each sub-part's heading, inside its summary.
 * @csspart panel - A sub-part's content, not rendered while closed.
 * @csspart terms - The description list of related terms.
 * @csspart term - Each related term.
 * @csspart definition - Each related term's description.
 *
 * @cssproperty --cw-job-market-divider-color - Colour of the lines between sub-parts; falls back to `--cw-color-border`.
 * @cssproperty --cw-job-market-toggle-color - Colour of the summaries' chevrons and hover state, and of the terms' marker line; falls back to `--cw-color-accent`.
 */
export class JobMarket extends DisclosureElement<JobMarketPart> {
  static override styles = [...DisclosureElement.styles, jobMarketStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Job market: ${role.title}`), role.title) : msg('Job market');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No job market information is published for ${role.title}.`), role.title);
  }

  protected subPartLabel(key: JobMarketPart): string {
    return {
      globalOutlook: msg('Global outlook'),
      challenges: msg('Challenges'),
      growthPaths: msg('Growth paths'),
      industryTrends: msg('Industry trends'),
      relatedTerms: msg('Related terms'),
    }[key];
  }

  protected renderPanel(role: Role, key: JobMarketPart): TemplateResult {
    if (key === 'relatedTerms') {
      return html`<dl part="terms" class="terms" lang=${this.dataLang(role)}>
        ${role.relatedTerms!.items.map(
          (item) =>
            html`<div class="entry">
              <dt part="term">${item.term}</dt>
              <dd part="definition">${item.description}</dd>
            </div>`,
        )}
      </dl>`;
    }
    return html`${role[key]!.paragraphs.map((text) => html`<p lang=${this.dataLang(role)}>${text}</p>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'job-market': JobMarket;
  }
}
