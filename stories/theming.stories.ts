/**
 * Theming: the global --cw-* tokens, set once on the page, restyle every element together. The
 * controls are the main tokens; the descriptions come from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { FULL_ROLE, HEADLINE_TAGS, stack } from './story-helpers.js';

/** The tokens a designer changes first, with the library's light defaults. */
const TOKENS = {
  '--cw-color-accent': '#1f4fbf',
  '--cw-color-surface': '#ffffff',
  '--cw-color-text': '#1b1b1f',
  '--cw-radius': '0.5em',
  '--cw-font-family': 'system-ui, sans-serif',
  '--cw-space': '1em',
} as const;

/**
 * The other global tokens. Empty means the library's default, which follows the light or dark
 * scheme and does not follow the main tokens: a brand that changes the accent or the surface
 * usually sets these too.
 */
const MORE_TOKENS = {
  '--cw-color-accent-soft': '',
  '--cw-color-surface-alt': '',
  '--cw-color-text-muted': '',
  '--cw-color-border': '',
  '--cw-color-on-accent': '',
  '--cw-color-focus': '',
  '--cw-color-danger': '',
} as const;
type Token = keyof typeof TOKENS | keyof typeof MORE_TOKENS;

/** The token's description from the manifest (the elements' @cssproperty JSDoc). */
function described(name: string): string | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const found = (declaration as { cssProperties?: { name: string; description?: string }[] }).cssProperties?.find(
        (property) => property.name === name,
      );
      if (found?.description) return found.description;
    }
  }
  return undefined;
}

const FONTS = [
  'system-ui, sans-serif',
  'Georgia, "Times New Roman", serif',
  '"Trebuchet MS", Verdana, sans-serif',
  'ui-monospace, "DejaVu Sans Mono", monospace',
  'inherit',
];

const control = (name: Token) =>
  name.includes('color')
    ? { control: 'color' as const }
    : name === '--cw-font-family'
      ? { control: 'select' as const, options: FONTS }
      : { control: 'text' as const };

const argType = (name: Token, category: string) => ({
  ...control(name),
  description: described(name),
  table: { category },
});

/** The non-empty tokens, as inline custom properties (an empty one would hide the default). */
const tokenStyles = (args: Record<string, unknown>) =>
  styleMap(
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && !!entry[1]),
    ),
  );

const meta = {
  title: 'Theming/Global tokens',
  args: { ...TOKENS, ...MORE_TOKENS },
  argTypes: Object.fromEntries([
    ...(Object.keys(TOKENS) as Token[]).map((name) => [name, argType(name, 'main tokens')]),
    ...(Object.keys(MORE_TOKENS) as Token[]).map((name) => [name, argType(name, 'more tokens')]),
  ]),
  // The tokens go on one wrapper; every element inside inherits them.
  render: (args) =>
    html`<div class="cw-story-theme" style=${tokenStyles(args)}>
      <career-role role-id=${FULL_ROLE}>${stack(HEADLINE_TAGS)}</career-role>
    </div>`,
  parameters: {
    cw: { expect: 'ready' },
    docs: {
      description: {
        component: `Change a token in the controls and ${HEADLINE_TAGS.map((tag) => `\`<${tag}>\``).join(', ')} follow it together. The main tokens come first; the others keep the library's defaults until set. Each element's own properties (such as \`--cw-salary-band-bar-color\`) fall back to these: see its docs.`,
      },
    },
  },
} satisfies Meta;

export default meta;

/** The library's light defaults, written out: start here and change them. */
export const Tokens: StoryObj = {};

/** A warm brand: the main tokens, plus the soft accent, alternate surface, muted text and border to match. */
export const Brand: StoryObj = {
  args: {
    '--cw-color-accent': '#8a3b00',
    '--cw-color-surface': '#fff8f0',
    '--cw-color-text': '#2b1d0e',
    '--cw-radius': '0',
    '--cw-font-family': 'Georgia, "Times New Roman", serif',
    '--cw-space': '1.5em',
    '--cw-color-accent-soft': '#ffd9b8',
    '--cw-color-surface-alt': '#fbeadb',
    '--cw-color-text-muted': '#5c4632',
    '--cw-color-border': '#b07d50',
    '--cw-color-focus': '#8a3b00',
  },
};
