import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { formatList } from '../../base/format-list.js';
import type { Role, Section } from '../../data/schema.js';
import { skillMapStyles } from './skill-map.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/skill-map';
import STRINGS from 'career-widgets-virtual/strings-of/skill-map';

/** One group of a role's skill map: foundational, specialization, professional… */
export type SkillGroup = Section<'skillMap'>['groups'][number];

/** The groups to show, after reading the `groups` attribute against the role's groups. */
interface GroupSelection {
  /** The groups to show, in the order to show them. */
  shown: SkillGroup[];
  /** Names in `groups` that match no group of the role. */
  unknown: string[];
}

/**
 * Each group is a card with its title, its description and its skills. The skills are a real
 * list, one per group and named by the group's heading, so a screen reader announces the group
 * and the number of skills and can move through them item by item. The cards sit in a grid that
 * follows the width of the element's container: one column when narrow, two in between and three
 * when wide. With `groups`, a page shows only some groups, in the order it names them.
 *
 * @csspart intro - The introduction above the groups.
 * @csspart groups - The grid of group cards.
 * @csspart group - Each group's card.
 * @csspart subheading - Each group's heading.
 * @csspart description - Each group's description.
 * @csspart skills - Each group's list of skills.
 * @csspart skill - Each skill in a list.
 * @csspart message - Also the message shown when none of the groups named in `groups` exists.
 *
 * @cssproperty --cw-skill-map-card-background - Background of the group cards; falls back to `--cw-color-surface-alt`.
 * @cssproperty --cw-skill-map-card-accent - Colour of the stripe along the top of each card; falls back to `--cw-color-accent`.
 * @cssproperty --cw-skill-map-chip-background - Background of each skill; falls back to `--cw-color-surface`.
 * @cssproperty --cw-skill-map-chip-border - Border colour of each skill; falls back to `--cw-color-border`.
 */
export class SkillMap extends CareerElement {
  static override styles = [...CareerElement.styles, skillMapStyles];

  static override properties: PropertyDeclarations = {
    groups: {},
  };

  /**
   * Which groups to show, and in what order: group ids separated by commas and/or spaces, such
   * as `professional, foundational`. The bundled roles have `foundational`, `specialization` and
   * `professional`. Unknown ids are reported and ignored; empty or absent shows every group in
   * the data's order.
   */
  groups?: string | undefined;

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Skill map: ${role.title}`), role.title) : msg('Skill map');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No skill map is published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    const card = html`<div class="group skeleton-group">
      <span class="skeleton title"></span>
      <span class="skeleton line"></span>
      <span class="skeleton line short"></span>
      <span class="skeleton-chips"> ${[0, 1, 2, 3, 4].map(() => html`<span class="skeleton chip"></span>`)} </span>
    </div>`;
    return html`<span class="skeleton intro-line"></span>
      <span class="skeleton intro-line short"></span>
      <div class="grid">${card}${card}${card}</div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const map = role.skillMap!;
    const selection = this.select(map.groups);
    return html`<div part="base" class="base map">
      ${this.heading(this.headingText(role))}
      ${map.intro ? html`<p part="intro" class="intro" lang=${this.dataLang(role)}>${map.intro}</p>` : nothing}
      ${
        selection.shown.length === 0
          ? this.renderNoMatch(role, map.groups)
          : html`<div part="groups" class="grid">${selection.shown.map((group) => this.renderGroup(role, group))}</div>`
      }
      ${this.renderSources(role)}
    </div>`;
  }

  private renderGroup(role: Role, group: SkillGroup): TemplateResult {
    const titleId = `skill-group-${group.id}`;
    const lang = this.dataLang(role);
    return html`<div part="group" class="group" data-group=${group.id}>
      ${this.heading(html`<span id=${titleId} lang=${lang}>${group.title}</span>`, 1)}
      ${group.description ? html`<p part="description" class="description" lang=${lang}>${group.description}</p>` : nothing}
      <ul part="skills" class="skills" role="list" aria-labelledby=${titleId} lang=${lang}>
        ${group.skills.map((skill) => html`<li part="skill" class="skill">${skill}</li>`)}
      </ul>
    </div>`;
  }

  private renderNoMatch(role: Role, groups: readonly SkillGroup[]): TemplateResult {
    const available = formatList(
      this.locale,
      groups.map((group) => `“${group.id}” (${group.title})`),
    );
    return html`<div class="no-match">
      <p part="message" class="message">
        ${msg(str`None of the skill groups chosen for this map exists for ${role.title}.`)}
        ${msg(str`Available groups: ${available}.`)}
      </p>
    </div>`;
  }

  /** Reads `groups` against the role's groups. */
  private select(groups: readonly SkillGroup[]): GroupSelection {
    const names = [
      ...new Set(
        (this.groups ?? '')
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean),
      ),
    ];
    if (names.length === 0) return { shown: [...groups], unknown: [] };
    const byId = new Map(groups.map((group) => [group.id, group]));
    const shown: SkillGroup[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const group = byId.get(name);
      if (group) shown.push(group);
      else unknown.push(name);
    }
    return { shown, unknown };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const groups = this.loadedRole?.skillMap?.groups;
    if (!groups) return;
    const { unknown } = this.select(groups);
    if (unknown.length > 0) {
      this.reportInvalidAttribute(
        'groups',
        this.groups,
        `names unknown groups: ${unknown.join(', ')}; they are ignored. Groups available: ${groups.map((group) => group.id).join(', ')}.`,
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'skill-map': SkillMap;
  }
}
