/**
 * The base of the elements made of a fixed list of sub-parts (<education-path>, <job-market>,
 * <tech-stack>).
 */
import { html, type TemplateResult } from 'lit';
import type { PartKey } from '../data/role-index-types.js';
import type { Role } from '../data/schema.js';
import { CareerElement } from './career-element.js';

/**
 * An element made of a fixed list of sub-parts, any of which a role may lack: the sub-parts the
 * role has are shown in order under the element's heading, and the small print names the
 * sources of those shown.
 */
export abstract class SubPartsElement<K extends PartKey> extends CareerElement {
  /** The keys of the sub-parts: the element's parts, in the order its registry entry gives. */
  protected get subParts(): readonly K[] {
    return this.partKeys as K[];
  }

  /** The box holding the sub-parts shown: those of `subParts` the role has (at least one), in order. */
  protected abstract renderSubParts(role: Role, shown: readonly K[]): TemplateResult;

  protected renderRole(role: Role): TemplateResult {
    const shown = this.subParts.filter((key) => role[key] !== undefined);
    return html`<div part="base" class="base">
      ${this.heading(this.headingText(role))} ${this.renderSubParts(role, shown)} ${this.renderSources(role, shown)}
    </div>`;
  }
}
