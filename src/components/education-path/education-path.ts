import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { DisclosureElement } from '../../base/disclosure-element.js';
import { formatNumber, isSingular } from '../../base/format.js';
import type { PartsOf } from '../../registry.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/education-path';
import STRINGS from 'career-widgets-virtual/strings-of/education-path';
import type { Role, Section } from '../../data/schema.js';
import { educationPathStyles } from './education-path.styles.js';

/** The sub-parts of `<education-path>`, in the order it shows them. */
export type EducationPart = PartsOf<'education-path'>;

type Requirement = Section<'experience'>['requirements'][number];

/**
 * Each sub-part the role has is a native `<details>` disclosure whose summary is its
 * sub-heading, so the element stays compact: every one is closed at first and opens with a
 * click, Enter or Space, with or without script; its content is in the page while closed, so the
 * browser's find-in-page reaches it. A sub-part the role lacks is left out. Certifications are a
 * list with each one's issuer and description where the data gives them; qualifications are a
 * list; experience gives the years asked for at each level ("Entry level: 1–3 years", "Senior
 * level: up to 10 years"), written out in the element's language. The small print names the
 * sources of every sub-part shown.
 *
 * @csspart parts - The box holding every sub-part.
 * @csspart part - Each sub-part, a `<details>` disclosure: its summary and its panel.
 * @csspart toggle - The `<summary>` that opens or closes a sub-part; it holds the chevron and the sub-heading.
 * @csspart subheading - Each sub-part's heading, inside its summary.
 * @csspart panel - A sub-part's content, not rendered while closed.
 * @csspart certifications - The list of certifications.
 * @csspart certification - Each certification in the list.
 * @csspart qualifications - The list of qualifications.
 * @csspart requirements - The list of experience required at each level.
 *
 * @cssproperty --cw-education-path-divider-color - Colour of the lines between sub-parts; falls back to `--cw-color-border`.
 * @cssproperty --cw-education-path-toggle-color - Colour of the summaries' chevrons and hover state; falls back to `--cw-color-accent`.
 */
export class EducationPath extends DisclosureElement<EducationPart> {
  static override styles = [...DisclosureElement.styles, educationPathStyles];

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role
      ? this.withData(role, msg(str`Education and training: ${role.title}`), role.title)
      : msg('Education and training');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(
      role,
      msg(str`No education or training requirements are published for ${role.title}.`),
      role.title,
    );
  }

  protected subPartLabel(key: EducationPart): string {
    return {
      educationLevel: msg('Education level'),
      pathIntoRole: msg('Path into the role'),
      requiredEducation: msg('Required education'),
      certifications: msg('Certifications'),
      licensing: msg('Licensing'),
      qualifications: msg('Qualifications'),
      experience: msg('Experience'),
    }[key];
  }

  protected renderPanel(role: Role, key: EducationPart): TemplateResult | typeof nothing {
    switch (key) {
      case 'certifications':
        return html`<ul part="certifications" class="items certifications" role="list">
          ${role.certifications!.items.map(
            (item) =>
              html`<li part="certification" class="certification">
                <span class="name" lang=${this.dataLang(role)}>${item.name}</span>
                ${
                  item.issuer
                    ? html`<span class="issuer">${this.withData(role, msg(str`Issued by ${item.issuer}`), item.issuer)}</span>`
                    : nothing
                }
                ${
                  item.description
                    ? html`<span class="description" lang=${this.dataLang(role)}>${item.description}</span>`
                    : nothing
                }
              </li>`,
          )}
        </ul>`;
      case 'qualifications':
        return html`<ul part="qualifications" class="items qualifications" role="list">
          ${role.qualifications!.items.map((item) => html`<li lang=${this.dataLang(role)}>${item}</li>`)}
        </ul>`;
      case 'experience': {
        const experience = role.experience!;
        return html`<ul part="requirements" class="items requirements" role="list">
            ${experience.requirements.map((requirement) => html`<li>${this.requirementText(requirement)}</li>`)}
          </ul>
          ${paragraphs(experience.paragraphs, this.dataLang(role))}`;
      }
      default:
        return paragraphs(role[key]!.paragraphs, this.dataLang(role));
    }
  }

  /** "Entry level: 1–3 years", "Senior level: up to 10 years", or the level alone. */
  private requirementText(requirement: Requirement): string {
    const label = levelLabel(requirement.level);
    const years = this.yearsText(requirement.minYears, requirement.maxYears);
    return years ? msg(str`${label}: ${years}`) : label;
  }

  private yearsText(min: number | undefined, max: number | undefined): string | undefined {
    const lang = this.locale;
    if (min !== undefined && max !== undefined) {
      if (min === max) {
        return isSingular(this.wordsLocale, min)
          ? msg(str`${formatNumber(lang, min)} year`)
          : msg(str`${formatNumber(lang, min)} years`);
      }
      return msg(str`${formatNumber(lang, min)}–${formatNumber(lang, max)} years`);
    }
    if (min !== undefined) {
      return isSingular(this.wordsLocale, min)
        ? msg(str`at least ${formatNumber(lang, min)} year`)
        : msg(str`at least ${formatNumber(lang, min)} years`);
    }
    if (max !== undefined) {
      return isSingular(this.wordsLocale, max)
        ? msg(str`up to ${formatNumber(lang, max)} year`)
        : msg(str`up to ${formatNumber(lang, max)} years`);
    }
    return undefined;
  }
}

function paragraphs(texts: readonly string[] | undefined, lang: string | typeof nothing): TemplateResult | typeof nothing {
  return texts ? html`${texts.map((text) => html`<p lang=${lang}>${text}</p>`)}` : nothing;
}

function levelLabel(level: Requirement['level']): string {
  return { entry: msg('Entry level'), mid: msg('Mid level'), senior: msg('Senior level') }[level];
}

declare global {
  interface HTMLElementTagNameMap {
    'education-path': EducationPath;
  }
}
