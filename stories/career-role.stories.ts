/**
 * <career-role>: one role shared by every element inside it. It draws nothing itself, so each
 * story shows the headline elements inside it; their states are the provider's.
 */
import type { Meta } from '@storybook/web-components-vite';
import {
  type Args,
  CUSTOM_THEME,
  FAILING_SRC,
  HEADLINE_TAGS,
  NEVER_MS,
  STALLING_SRC,
  type Story,
  container,
  dark,
  expecting,
  fakeServer,
  invalidRole,
  manifestHelpers,
  rightToLeft,
  stack,
  withTokens,
} from './story-helpers.js';

const { args, argTypes, template } = manifestHelpers('career-role');

/** The provider with `args`, around the headline elements with `inner` args. */
const provider = (own: Args, inner: Args = {}): Story => ({
  args: own,
  render: (all) => template(all, stack(HEADLINE_TAGS, inner)),
});

export default {
  title: 'Elements/career-role',
  component: 'career-role',
  args,
  argTypes,
  render: (all) => template(all, stack(HEADLINE_TAGS)),
  parameters: { cw: { expect: 'ready' } },
} satisfies Meta;

export const SecurityTechnician = provider({ 'role-id': 'security-technician' });
/** No salary, career tiers or FAQ: those elements say so. */
export const SecuritySystemsTechnician = expecting('shown', provider({ 'role-id': 'security-systems-technician' }));
/** An average salary only, no tiers and no skill map. */
export const SecurityEngineer = expecting('shown', provider({ 'role-id': 'security-engineer' }));
export const Loading = expecting('loading', {
  ...provider({ src: STALLING_SRC, timeout: NEVER_MS }),
  beforeEach: fakeServer,
});
export const ErrorFromSrc = expecting('error', { ...provider({ src: FAILING_SRC }), beforeEach: fakeServer });
export const ErrorInvalidData = expecting('error', provider({ roleData: invalidRole() }));
export const ErrorUnknownRole = expecting('error', provider({ 'role-id': 'astronaut' }));
export const Narrow = { ...provider({ 'role-id': 'security-technician' }), decorators: [container('300px')] };
export const Dark = { ...provider({ 'role-id': 'security-technician' }, { theme: 'dark' }), ...dark };
export const CustomTheme = {
  ...provider({ 'role-id': 'security-technician' }),
  decorators: [withTokens(CUSTOM_THEME)],
};
export const RightToLeft = { ...provider({ 'role-id': 'security-technician' }), decorators: [rightToLeft] };
