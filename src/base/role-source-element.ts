/**
 * The properties that choose a role, and the controller that loads it. Shared by every
 * section element and by the `<career-role>` provider.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Role, RoleInput } from '../data/schema.js';
import type { Part } from '../data/role-index-types.js';
import { VERSION } from '../version.js';
import { RoleController } from './role-controller.js';
import { DEFAULT_TIMEOUT_MS } from './role-result.js';
import type { RoleState } from './role-state.js';

export abstract class RoleSourceElement extends LitElement {
  /** The version of career-widgets that defined this element. */
  static cwVersion = VERSION;

  static override properties: PropertyDeclarations = {
    roleData: { attribute: false },
    roleId: { attribute: 'role-id' },
    src: {},
    timeout: { type: Number },
    inheritedRole: { attribute: false },
  };

  /**
   * Role data supplied by the page, as an object shaped like `role.schema.json` (a role read
   * from a `.json` file fits its type, `RoleInput`). It is validated when it arrives and wins
   * over `role-id`, `src` and any `<career-role>`.
   */
  roleData?: RoleInput | undefined;

  /** The id of a bundled role: `security-technician`, `security-systems-technician` or `security-engineer`. */
  roleId?: string | undefined;

  /** A URL of role JSON, fetched and validated when neither `roleData` nor `role-id` is given. */
  src?: string | undefined;

  /** Milliseconds a `src` request may take before it is abandoned. */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * The role of the element that renders this one in its own shadow root: `<career-guide>`
   * hands its sections its role this way, which works on the server too, unlike a context.
   * @internal
   */
  inheritedRole?: RoleState | undefined;

  /** Resolves the role and tracks its state. */
  protected readonly roleController = new RoleController(this, () => this.partsShown());

  /**
   * True when the element arrived with a shadow root rendered by the server (declarative shadow
   * DOM, see `career-widgets/ssr`): its first update then waits for its role, so that it hydrates
   * the same markup rather than replacing it with a loading state.
   */
  readonly #serverRendered = this.shadowRoot !== null;

  /**
   * Settles once the role `element` would show now has loaded or failed: a server renders the
   * element after it, with the role in place.
   * @internal
   */
  static roleSettled(element: RoleSourceElement): Promise<void> {
    return element.roleController.settled();
  }

  /**
   * Resolves the next time a property changes, for a server-rendered element waiting for its
   * role. (Not a #private field: Lit requests an update from its constructor, before those exist.)
   */
  private onChange: (() => void) | undefined;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    this.onChange?.();
  }

  /**
   * A server-rendered element keeps the server's markup until it can render the same: its role
   * loaded or failed. If the role is still to come (a page that sets `roleData` later), it
   * waits for it rather than replace the content with a loading state.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.#serverRendered && !this.hasUpdated) {
      for (;;) {
        await this.roleController.settled();
        this.roleController.choose();
        if (this.state === 'ready' || this.state === 'error') break;
        await new Promise<void>((resolve) => (this.onChange = resolve));
        this.onChange = undefined;
      }
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.roleController.choose();
  }

  /** Also waits, when the element has no role of its own, until it has asked its surroundings for one. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let subscribing; (subscribing = this.roleController.subscribing);) {
      await subscribing;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The parts of a bundled role this element shows: a `role-id` loads only these. */
  protected abstract partsShown(): readonly Part[];

  /** What the element is showing: `unset`, `loading`, `ready` or `error`. */
  get state(): RoleState['status'] {
    return this.roleController.state.status;
  }

  /** The role being shown, once it is loaded. (Not `role`: that name is ARIA's.) */
  get loadedRole(): Role | undefined {
    const state = this.roleController.state;
    return state.status === 'ready' ? state.role : undefined;
  }

  /** Loads the role again, bypassing cached results; for example after a failed `src` request. */
  reload(): void {
    this.roleController.reload();
  }
}
