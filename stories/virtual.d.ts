/** Served by .storybook/elements.ts: importing it registers every element Storybook shows. */
declare module 'virtual:career-widgets-elements' {
  /** The tag names of those elements, from src/define/<tag>.ts. */
  export const ELEMENT_TAGS: string[];
}
