/**
 * Sub-parts behind disclosure buttons, one row each until opened: the behaviour shared by the
 * elements that keep long content compact (<education-path>, <job-market>); the looks are in
 * disclosure-styles.ts. Every sub-part starts closed, and closes again when the role changes.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class DisclosureController<K extends string> implements ReactiveController {
  private readonly open = new Set<K>();
  /** The role the open set refers to. */
  private openFor: unknown;

  constructor(private readonly host: ReactiveControllerHost & { readonly loadedRole?: unknown }) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Runs after the role controller in the same update, so a new role starts closed.
    if (this.host.loadedRole !== this.openFor) {
      this.openFor = this.host.loadedRole;
      this.open.clear();
    }
  }

  isOpen(key: K): boolean {
    return this.open.has(key);
  }

  toggle(key: K): void {
    if (!this.open.delete(key)) this.open.add(key);
    this.host.requestUpdate();
  }

  /**
   * One sub-part: a heading (made by the element, at its level) holding the toggle button, and
   * the panel it opens, which stays in the DOM but hidden while closed.
   */
  render(key: K, label: string, heading: (button: TemplateResult) => TemplateResult, content: unknown): TemplateResult {
    const open = this.isOpen(key);
    const panelId = `panel-${key}`;
    return html`<div part="part" class="part" data-part=${key}>
      ${heading(
        html`<button
          part="toggle"
          class="toggle"
          type="button"
          id=${`toggle-${key}`}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${panelId}
          @click=${() => this.toggle(key)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="label">${label}</span>
        </button>`,
      )}
      <div part="panel" class="panel" id=${panelId} ?hidden=${!open}>${content}</div>
    </div>`;
  }
}
