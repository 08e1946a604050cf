/**
 * career-widgets: importing this module defines every element and exposes the runtime API.
 * For the classes without registering any tag, import `career-widgets/elements`.
 */
// Registers every element of the registry (src/registry.ts).
import 'career-widgets-virtual/define';

export * from './data/index.js';
export * from './elements.js';
export * from './base/events.js';
export * from './components/role-faq/role-faq.events.js';
export * from './components/career-ladder/career-ladder.events.js';
export * from './components/related-roles/related-roles.events.js';
export * from './components/role-overview/role-overview.events.js';
export * from './components/salary-band/salary-band.events.js';
export * from './components/role-compare/role-compare.events.js';
export { VERSION } from './version.js';
