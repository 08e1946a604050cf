// Angular compiled in the browser (JIT), bundled with esbuild: no Angular CLI needed for the test.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

declare global {
  interface Window {
    /** What the app's handlers received, read by the test. */
    hostLoads: unknown[];
  }
}
window.hostLoads = [];
bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
