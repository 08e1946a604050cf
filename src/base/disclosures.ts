/**
 * The open state behind the buttons that expand or collapse content, and the disclosure rows
 * of <education-path> and <job-market>.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Which of an element's disclosures are open, by key: the sub-parts of <education-path> and
 * <job-market>, which `render` draws, the tiers of <career-ladder>, the responsibilities of
 * <role-overview>. Everything starts closed, and closes again when the role changes.
 */
export class DisclosureController<K extends string | number> implements ReactiveController {
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

  /** Whether `key` is open. */
  isOpen(key: K): boolean {
    return this.open.has(key);
  }

  /** Opens `key` if closed and closes it if open, then updates the host; returns whether it is open. */
  toggle(key: K): boolean {
    const open = !this.open.delete(key);
    if (open) this.open.add(key);
    this.host.requestUpdate();
    return open;
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
