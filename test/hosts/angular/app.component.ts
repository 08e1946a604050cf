// #region readme
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { CwLoadEvent } from 'career-widgets';
import 'career-widgets/salary-band.js';
import 'career-widgets/career-ladder.js';
import role from './role.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <salary-band [roleData]="role" offer-min="100000" (cw-load)="onLoad($event)"></salary-band>
    <career-ladder role-id="security-technician" current="2" (cw-load)="onLoad($event)"></career-ladder>
  `,
})
export class AppComponent {
  role = role;
  onLoad(event: Event) {
    window.hostLoads.push((event as CwLoadEvent).detail);
  }
}
// #endregion
