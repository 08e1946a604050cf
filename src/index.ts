/**
 * career-widgets: importing this module defines every element and exposes the runtime API.
 */
export * from './data/index.js';
