/**
 * The modules scripts/vite-plugin.js makes from the registry (src/registry.ts) and the role data
 * (data/roles/). See that file for what each holds.
 */

/** Registers one element (a `<career-guide>` also registers its sections). */
declare module 'career-widgets-virtual/define/*' {}

/** Registers every element. */
declare module 'career-widgets-virtual/define' {}

/** The script-tag loader's table: each registered tag, and the import of its define module. */
declare module 'career-widgets-virtual/loader' {
  type ElementTag = import('./registry.js').ElementTag;

  export const ELEMENT_MODULES: Readonly<Record<ElementTag, () => Promise<unknown>>>;
}

/** `<career-guide>`'s sections, in the guide's order: each tag and the parts it shows. */
declare module 'career-widgets-virtual/sections' {
  type SectionTag = import('./registry.js').SectionTag;
  type PartKey = import('./data/role-index-types.js').PartKey;

  export const SECTIONS: readonly { readonly tag: SectionTag; readonly parts: readonly PartKey[] }[];
}

/** The parts of a role one element shows, in its registry entry's order. */
declare module 'career-widgets-virtual/parts-of/*' {
  type BundledPart = import('./data/role-index-types.js').BundledPart;

  const parts: readonly BundledPart[];
  export default parts;
}

/** One part of the bundled roles, with a lazy import for each role that has it. */
declare module 'career-widgets-virtual/part/*' {
  type BundledPart = import('./data/role-index-types.js').BundledPart;

  const part: BundledPart;
  export default part;
}

/** Every part a role may have (alphabetical), and the title and language of each bundled role. */
declare module 'career-widgets-virtual/roles' {
  type BundledPart = import('./data/role-index-types.js').BundledPart;

  export const ALL_PARTS: readonly BundledPart[];
  export const ROLE_TITLES: Readonly<Record<string, string>>;
  export const ROLE_LANGUAGES: Readonly<Record<string, string>>;
}

/** The id, title and sources of every bundled role, which every element loads. */
declare module 'career-widgets-virtual/part/core' {
  type CorePart = import('./data/role-index-types.js').CorePart;

  const core: CorePart;
  export default core;
}

/** Every element class, under its registry name (see src/elements.ts). */
declare module 'career-widgets-virtual/elements' {}

/** Every React wrapper, under its element's class name (see src/react.ts). */
declare module 'career-widgets-virtual/react' {}

/**
 * One group of the elements' messages (`base`, or an element's tag): a lazy import of its
 * strings in each target locale (see src/base/i18n.ts).
 */
declare module 'career-widgets-virtual/strings-of/*' {
  const group: import('./base/i18n.js').StringGroup;
  export default group;
}

/** Every group of messages, for a server that renders any element in any locale. */
declare module 'career-widgets-virtual/strings-of' {
  const groups: readonly import('./base/i18n.js').StringGroup[];
  export default groups;
}

/** One group's translations in one locale, by key (see src/base/i18n-strings.ts). */
declare module 'career-widgets-virtual/strings/*' {
  const entries: import('./base/i18n.js').Entries;
  export default entries;
}
