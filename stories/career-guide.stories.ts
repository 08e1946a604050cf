/**
 * <career-guide>: the whole career guide of a role, every section element in one.
 *
 * The guide leaves out the sections a role lacks; each section inside is
 * expected to show its data (`shown` also accepts an absent message).
 */
import type { Meta } from '@storybook/web-components-vite';
import {
  CUSTOM_THEME,
  FAILING_SRC,
  NEVER_MS,
  STALLING_SRC,
  container,
  dark,
  expecting,
  fakeServer,
  invalidRole,
  manifestHelpers,
  rightToLeft,
  withTokens,
} from './story-helpers.js';

const { args, argTypes, template } = manifestHelpers('career-guide');
const shown = { 'career-guide': 'ready', '*': 'shown' } as const;

export default {
  title: 'Elements/career-guide',
  component: 'career-guide',
  args,
  argTypes,
  render: (all) => template(all),
  parameters: { cw: { expect: shown } },
} satisfies Meta;

export const SecurityTechnician = { args: { 'role-id': 'security-technician' } };
export const SecuritySystemsTechnician = { args: { 'role-id': 'security-systems-technician' } };
export const SecurityEngineer = { args: { 'role-id': 'security-engineer' } };
export const Loading = expecting('loading', {
  args: { src: STALLING_SRC, timeout: NEVER_MS },
  beforeEach: fakeServer,
});
export const ErrorFromSrc = expecting('error', { args: { src: FAILING_SRC }, beforeEach: fakeServer });
export const ErrorInvalidData = expecting('error', { args: { roleData: invalidRole() } });
export const ErrorUnknownRole = expecting('error', { args: { 'role-id': 'astronaut' } });
export const Narrow = { args: { 'role-id': 'security-technician' }, decorators: [container('300px')] };
export const Dark = { args: { 'role-id': 'security-technician', theme: 'dark' }, ...dark };
export const CustomTheme = { args: { 'role-id': 'security-technician' }, decorators: [withTokens(CUSTOM_THEME)] };
export const RightToLeft = { args: { 'role-id': 'security-technician' }, decorators: [rightToLeft] };
/** Only the sections a page names, in its order. */
export const ChosenSections = {
  args: { 'role-id': 'security-technician', sections: 'role-overview, salary-band, role-faq' },
};
