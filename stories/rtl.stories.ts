/**
 * Right to left: every section element in a `dir="rtl"` part of the page (the `dir` control
 * switches it back), and the salary band with a job board's offer beside its left-to-right self.
 * Each element's own stories have a RightToLeft story too.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { FULL_ROLE, SECTION_TAGS, element } from './story-helpers.js';

type Args = { dir: 'rtl' | 'ltr'; width: string };

/** The attributes that give `tag` the Security Technician: a comparison sets it beside the engineer. */
const roleOf = (tag: string) =>
  tag === 'role-compare' ? { 'role-ids': `${FULL_ROLE},security-engineer` } : { 'role-id': FULL_ROLE };

/** Every section element with the Security Technician, in a box `width` wide, in the direction `dir`. */
const everyElement = ({ dir, width }: Args) =>
  html`<div class="cw-story-direction" dir=${dir} style=${styleMap({ width, maxWidth: '100%' })}>
    <div class="cw-story-stack" style=${styleMap({ display: 'grid', gap: '1.5rem' })}>
      ${SECTION_TAGS.map((tag) => element(tag, roleOf(tag)))}
    </div>
  </div>`;

export default {
  title: 'Right to left',
  args: { dir: 'rtl', width: '100%' },
  argTypes: {
    dir: {
      control: 'inline-radio',
      options: ['rtl', 'ltr'],
      description: 'The direction of the page around the elements.',
    },
    width: { control: 'text', description: 'The width of the box around the elements.' },
  },
  render: (args) => everyElement(args as Args),
  // The Security Technician has no related roles: that element says so.
  parameters: { cw: { expect: { '*': 'ready', 'related-roles': 'absent' } } },
} satisfies Meta;

export const EveryElement: StoryObj = {};

export const EveryElementNarrow: StoryObj = { args: { width: '320px' } };

/**
 * The salary band with an offer of $38,000–$50,000, below the published range at its start:
 * left to right, then right to left, where the lowest figure and the open (dashed) end of the
 * offer are on the right.
 */
export const SalaryBandBothWays: StoryObj = {
  render: () =>
    html`<div class="cw-story-both-ways" style=${styleMap({ display: 'grid', gap: '1.5rem', maxWidth: '50rem' })}>
      ${(['ltr', 'rtl'] as const).map(
        (dir) =>
          html`<div dir=${dir}>
            ${element('salary-band', { 'role-id': FULL_ROLE, 'offer-min': '38000', 'offer-max': '50000' })}
          </div>`,
      )}
    </div>`,
  parameters: { controls: { disable: true } },
};
