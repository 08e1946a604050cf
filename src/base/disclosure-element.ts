/**
 * The base of the elements whose sub-parts sit behind disclosure buttons (<education-path>,
 * <job-market>): their rendering, state and styles.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import type { PartKey } from '../data/role-index-types.js';
import type { Role } from '../data/schema.js';
import { chevronStyles, disclosureChevronStyles } from './disclosure-chevron-styles.js';
import { disclosureStyles } from './disclosure-styles.js';
import { DisclosureController } from './disclosures.js';
import { SubPartsElement } from './sub-parts-element.js';

/**
 * Placeholder rows while loading: as many as the Security Technician shows in each of these
 * elements, an estimate of the rows to come.
 */
const SKELETON_ROWS = 5;

/**
 * An element whose sub-parts sit behind disclosure buttons, one row each until opened: each
 * sub-part the role has is a sub-heading holding its toggle button (`aria-expanded`), and a
 * panel below it, hidden while closed. Every sub-part starts closed, and closes again when the
 * role changes (DisclosureController, base/disclosures.ts). The looks are in
 * base/disclosure-styles.ts and base/disclosure-chevron-styles.ts; the element maps its custom
 * properties onto them.
 */
export abstract class DisclosureElement<K extends PartKey> extends SubPartsElement<K> {
  static override styles = [...SubPartsElement.styles, chevronStyles, disclosureChevronStyles, disclosureStyles];

  /** Which sub-parts are open. */
  private readonly disclosures = new DisclosureController<K>(this);

  /** The sub-heading of a sub-part, which is also its toggle button's label. */
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
    return html`<div part="parts" class="parts">${shown.map((key) => this.renderRow(role, key))}</div>`;
  }

  /**
   * One sub-part: its sub-heading holding the toggle button, and the panel the button opens,
   * which stays in the DOM but hidden while closed.
   */
  private renderRow(role: Role, key: K): TemplateResult {
    const open = this.disclosures.isOpen(key);
    const panelId = `panel-${key}`;
    const button = html`<button
      part="toggle"
      class="toggle"
      type="button"
      id=${`toggle-${key}`}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${() => this.disclosures.toggle(key)}
    >
      <span class="chevron" aria-hidden="true"></span>
      <span class="label">${this.subPartLabel(key)}</span>
    </button>`;
    return html`<div part="part" class="part" data-part=${key}>
      ${this.heading(button, 1, 'subheading disclosure')}
      <div part="panel" class="panel" id=${panelId} ?hidden=${!open}>${this.renderPanel(role, key)}</div>
    </div>`;
  }
}
