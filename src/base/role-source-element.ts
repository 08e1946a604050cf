/**
 * The properties that choose a role, and the controller that loads it. Shared by every
 * section element and by the `<career-role>` provider.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Role } from '../data/schema.js';
import type { Part } from '../data/role-index-types.js';
import { VERSION } from '../version.js';
import { RoleController } from './role-controller.js';
import { DEFAULT_TIMEOUT_MS } from './role-loader.js';
import type { RoleState } from './role-state.js';

export abstract class RoleSourceElement extends LitElement {
  /** The version of career-widgets that defined this element. */
  static cwVersion = VERSION;

  /**
   * Role data supplied by the page, as an object shaped like `role.schema.json`. It is validated
   * when it arrives and wins over `role-id`, `src` and any `<career-role>`.
   */
  @property({ attribute: false }) roleData?: Role | undefined;

  /** The id of a bundled role: `security-technician`, `security-systems-technician` or `security-engineer`. */
  @property({ attribute: 'role-id' }) roleId?: string | undefined;

  /** A URL of role JSON, fetched and validated when neither `roleData` nor `role-id` is given. */
  @property() src?: string | undefined;

  /** Milliseconds a `src` request may take before it is abandoned. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Resolves the role and tracks its state. */
  protected readonly roleController = new RoleController(
    this,
    () => this.partsShown(),
    () => this.prepareError(),
  );

  /** Resolves when the element can show an error; the controller waits for it first. */
  protected prepareError(): Promise<unknown> {
    return Promise.resolve();
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
