/**
 * React wrappers for every element, made with @lit/react: properties such as `roleData` pass
 * through as properties, and the `cw-` events become typed props (`onCwLoad`, `onCwError`, …).
 * Using a wrapper registers its element; a bundle keeps only the wrappers an app uses. To import
 * one wrapper alone, use `career-widgets/react/<tag>.js`.
 *
 *   import { SalaryBand } from 'career-widgets/react';
 *   <SalaryBand roleId="security-technician" offerMin={50000} onCwLoad={(e) => track(e.detail)} />
 */
// One wrapper per element of the registry (src/registry.ts), named as its class.
export * from 'career-widgets-virtual/react';
