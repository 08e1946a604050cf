/**
 * The base of the elements whose sub-parts are disclosures (<education-path>, <job-market>):
 * their rendering and styles.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { PartKey } from '../data/role-index-types.js';
import type { Role } from '../data/schema.js';
import { chevronStyles, disclosureChevronStyles } from './disclosure-chevron-styles.js';
import { disclosureStyles } from './disclosure-styles.js';
import { SubPartsElement } from './sub-parts-element.js';

/**
 * Placeholder rows while loading: as many as the Security Technician shows in each of these
 * elements, an estimate of the rows to come.
 */
const SKELETON_ROWS = 5;

/**
 * An element whose sub-parts are disclosures, one row each until opened: each sub-part the role
 * has is a native `<details>` whose `<summary>` (the toggle) holds its sub-heading, with the
 * panel below, in the DOM but not rendered while closed. They open with a click, Enter or
 * Space, without script too (a server-rendered page), and keep their state while the element
 * re-renders. Every sub-part starts closed, and closes again when the role changes: the rows
 * are keyed by role, so another role brings new ones (base/disclosures.ts). The looks are in
 * base/disclosure-styles.ts and base/disclosure-chevron-styles.ts; the element maps its custom
 * properties onto them.
 */
export abstract class DisclosureElement<K extends PartKey> extends SubPartsElement<K> {
  static override styles = [...SubPartsElement.styles, chevronStyles, disclosureChevronStyles, disclosureStyles];

  /** The sub-heading of a sub-part, which is also its summary's text. */
  protected abstract subPartLabel(key: K): string;

  /** The content of a sub-part's panel, from a role that has the sub-part. */
  protected abstract renderPanel(role: Role, key: K): TemplateResult | typeof nothing;

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="parts skeleton-parts">
        ${Array.from(
          { length: SKELETON_ROWS },
          () => html`<div class="part"><span class="skeleton toggle-shape"></span></div>`,
        )}
      </div>
      <span class="skeleton sources-line"></span>`;
  }

  protected renderSubParts(role: Role, shown: readonly K[]): TemplateResult {
    return html`<div part="parts" class="parts">
      ${keyed(
        role,
        shown.map((key) => this.renderRow(role, key)),
      )}
    </div>`;
  }

  /**
   * One sub-part: a `<details>` whose summary holds the sub-heading, so heading navigation
   * reaches it, and the panel it opens.
   */
  private renderRow(role: Role, key: K): TemplateResult {
    const label = html`<span class="label">${this.subPartLabel(key)}</span>`;
    return html`<details part="part" class="part" data-part=${key}>
      <summary part="toggle" class="toggle">
        <span class="chevron" aria-hidden="true"></span>${this.heading(label, 1)}
      </summary>
      <div part="panel" class="panel">${this.renderPanel(role, key)}</div>
    </details>`;
  }
}
