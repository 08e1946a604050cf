import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../base/i18n.js';
import { CareerElement } from '../../base/career-element.js';
import { CwRelatedRoleSelectEvent } from './related-roles.events.js';
import { ROLE_LANGUAGES, ROLE_TITLES } from 'career-widgets-virtual/roles';
import type { Role } from '../../data/schema.js';
import { relatedRolesStyles } from './related-roles.styles.js';
import PARTS_SHOWN from 'career-widgets-virtual/parts-of/related-roles';
import STRINGS from 'career-widgets-virtual/strings-of/related-roles';

/** The placeholder `href-template` replaces with each role's id. */
export const ROLE_ID_PLACEHOLDER = '{id}';

/** Any bundled id gives the same verdict: ids are lower-case letters, digits and hyphens. */
const SAMPLE_ID = 'security-technician';

/** Placeholder links while loading: the three of a typical list. */
const SKELETON_LINKS = 3;

/** Each bundled role's title by id, built once for every list. */
const TITLES = new Map<string, string>(Object.entries(ROLE_TITLES));

/**
 * The address of a related role's page: `template` with every `{id}` replaced by the
 * URL-encoded id. Undefined unless the template has `{id}` and the result is a relative URL or
 * an http(s) one, so `javascript:`, `data:` and other schemes never become links.
 */
export function relatedRoleHref(template: string | null | undefined, id: string): string | undefined {
  if (typeof template !== 'string' || !template.includes(ROLE_ID_PLACEHOLDER)) return undefined;
  const href = template.replaceAll(ROLE_ID_PLACEHOLDER, encodeURIComponent(id));
  try {
    // A relative URL resolves against the stand-in base, so it comes out as https:. The URL
    // parser drops tabs, newlines and leading controls as a browser would, so "java\tscript:"
    // is caught too.
    const { protocol } = new URL(href, 'https://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The related roles are a list of their titles, in the data's order. With `href-template`
 * (such as `/careers/{id}`) each becomes a link to the host site's page for that role; without
 * it, or with a template that cannot make a safe link, they are plain text, never broken or
 * unsafe links. Following a link fires `cw-related-role-select`, for the host's analytics; the
 * link then works as any link does. The list runs top to bottom in a narrow container and
 * stands in two columns from 36em wide, three from 50em.
 *
 * @csspart list - The list of related roles.
 * @csspart item - Each related role.
 * @csspart link - Each related role's link, with `href-template`.
 * @csspart name - Each related role's title as plain text, without a usable `href-template`.
 *
 * @cssproperty --cw-related-roles-link-color - Colour of the links and their arrows; falls back to `--cw-color-accent`.
 * @cssproperty --cw-related-roles-item-background - Background of each related role; falls back to `--cw-color-surface-alt`.
 *
 * @fires {CwRelatedRoleSelectEvent} cw-related-role-select - A reader followed the link to a related role (click, or Enter on the link). `detail`: `roleId`, `href`. Not cancelable: the link is followed.
 */
export class RelatedRoles extends CareerElement {
  static override styles = [...CareerElement.styles, relatedRolesStyles];

  static override properties: PropertyDeclarations = {
    hrefTemplate: { attribute: 'href-template' },
  };

  /**
   * The address of each related role's page on the host site, with `{id}` where the role's id
   * goes: `/careers/{id}` or `https://example.org/roles/{id}.html`. Only relative and http(s)
   * addresses are used; anything else (`javascript:`, `data:`…) or a template without `{id}` is
   * reported (console warning and `cw-error`) and the roles are shown as plain text.
   */
  hrefTemplate?: string | undefined;

  protected readonly parts = PARTS_SHOWN;
  protected override readonly strings = STRINGS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hrefTemplate') && typeof this.hrefTemplate === 'string') {
      if (!this.hrefTemplate.includes(ROLE_ID_PLACEHOLDER)) {
        this.reportInvalidAttribute(
          'href-template',
          this.hrefTemplate,
          `must contain ${ROLE_ID_PLACEHOLDER} where the role's id goes, such as "/careers/${ROLE_ID_PLACEHOLDER}"; the related roles are shown without links.`,
        );
      } else if (relatedRoleHref(this.hrefTemplate, SAMPLE_ID) === undefined) {
        this.reportInvalidAttribute(
          'href-template',
          this.hrefTemplate,
          'must give a relative or an http(s) URL; the related roles are shown without links.',
        );
      }
    }
  }

  protected headingText(role?: Role): string | TemplateResult {
    return role ? this.withData(role, msg(str`Roles related to ${role.title}`), role.title) : msg('Related roles');
  }

  protected absentMessage(role: Role): string | TemplateResult {
    return this.withData(role, msg(str`No related roles are published for ${role.title}.`), role.title);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="list skeleton-list">
        ${Array.from({ length: SKELETON_LINKS }, () => html`<div class="item"><span class="skeleton title-shape"></span></div>`)}
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderRole(role: Role): TemplateResult {
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))}
      <ul part="list" class="list" role="list">
        ${role.relatedRoles!.ids.map((id) => {
          // A bundled role's title, in that role's language; an unknown role shows its id.
          const known = TITLES.get(id);
          const title = known === undefined ? id : this.dataText({ language: ROLE_LANGUAGES[id] }, known);
          const href = relatedRoleHref(this.hrefTemplate, id);
          return html`<li part="item" class="item">
            ${
              href === undefined
                ? html`<span part="name" class="name">${title}</span>`
                : html`<a
                    part="link"
                    class="link"
                    href=${href}
                    @click=${() => this.dispatchEvent(new CwRelatedRoleSelectEvent({ roleId: id, href }))}
                    ><span class="title">${title}</span><span class="arrow" aria-hidden="true"></span
                  ></a>`
            }
          </li>`;
        })}
      </ul>
      ${this.renderSources(role)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-roles': RelatedRoles;
  }
}
