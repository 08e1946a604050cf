import { html, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { roleContext } from '../../base/role-context.js';
import { RoleSourceElement } from '../../base/role-source-element.js';
import { ALL_PARTS } from 'career-widgets-virtual/roles';
import type { Part } from '../../data/role-index-types.js';
import { careerRoleStyles } from './career-role.styles.js';

/**
 * Give it `role-id`, `src` or `roleData`; the elements inside then need none of their own, and
 * all of them share this one load. It draws nothing itself: a failure shows up as the error
 * state of each element inside.
 *
 * @slot - Career-widgets elements, at any depth, and any other content.
 *
 * @fires {CwLoadEvent} cw-load - The role is loaded. `detail`: `roleId`, `title`, `source`.
 * @fires {CwErrorEvent} cw-error - The role could not be loaded. `detail`: `message`, `kind`, `source`, and `issues` for invalid data.
 */
export class CareerRole extends RoleSourceElement {
  static override styles = [careerRoleStyles];

  private readonly provider = new ContextProvider(this, {
    context: roleContext,
    initialValue: this.roleController.state,
  });

  /** Elements inside may show any part, so the whole role loads. */
  protected override partsShown(): readonly Part[] {
    return ALL_PARTS;
  }

  protected override updated(): void {
    // setValue notifies the elements inside only when the state object changed.
    this.provider.setValue(this.roleController.state);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-role': CareerRole;
  }
}
