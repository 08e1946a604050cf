/**
 * The open state behind the buttons that expand or collapse content.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which of an element's disclosures are open, by key: the sub-parts of <education-path> and
 * <job-market> (disclosure-element.ts), the tiers of <career-ladder>, the
 * responsibilities of <role-overview>. Everything starts closed, and closes again when the role
 * changes.
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
}
