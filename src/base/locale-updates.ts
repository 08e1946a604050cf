/**
 * Re-renders an element in the new language when the page switches locale with @lit/localize
 * (`configureLocalization` and `setLocale`, in an app that bundles career-widgets from npm).
 * The script-tag build replaces this module with locale-updates.cdn.ts.
 */
export { updateWhenLocaleChanges } from '@lit/localize';
