/**
 * React wrappers for every element, made with @lit/react: properties such as `roleData` pass
 * through as properties, and the `cw-` events become typed props (`onCwLoad`, `onCwError`, …).
 * Importing this module defines the elements.
 *
 *   import { SalaryBand } from 'career-widgets/react';
 *   <SalaryBand roleId="security-technician" offerMin={50000} onCwLoad={(e) => track(e.detail)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './index.js';
import * as elements from './elements.js';
import type {
  CwErrorEvent,
  CwFaqSearchEvent,
  CwFaqToggleEvent,
  CwLoadEvent,
  CwRelatedRoleSelectEvent,
  CwResponsibilitiesToggleEvent,
  CwTierToggleEvent,
} from './index.js';

const roleEvents = {
  onCwLoad: 'cw-load' as EventName<CwLoadEvent>,
  onCwError: 'cw-error' as EventName<CwErrorEvent>,
};

export const CareerRole = createComponent({
  react: React,
  tagName: 'career-role',
  elementClass: elements.CareerRole,
  events: roleEvents,
});
export const SalaryBand = createComponent({
  react: React,
  tagName: 'salary-band',
  elementClass: elements.SalaryBand,
  events: roleEvents,
});
export const CareerLadder = createComponent({
  react: React,
  tagName: 'career-ladder',
  elementClass: elements.CareerLadder,
  events: { ...roleEvents, onCwTierToggle: 'cw-tier-toggle' as EventName<CwTierToggleEvent> },
});
export const SkillMap = createComponent({
  react: React,
  tagName: 'skill-map',
  elementClass: elements.SkillMap,
  events: roleEvents,
});
export const RoleFaq = createComponent({
  react: React,
  tagName: 'role-faq',
  elementClass: elements.RoleFaq,
  events: {
    ...roleEvents,
    onCwFaqToggle: 'cw-faq-toggle' as EventName<CwFaqToggleEvent>,
    onCwFaqSearch: 'cw-faq-search' as EventName<CwFaqSearchEvent>,
  },
});
export const EducationPath = createComponent({
  react: React,
  tagName: 'education-path',
  elementClass: elements.EducationPath,
  events: roleEvents,
});
export const TechStack = createComponent({
  react: React,
  tagName: 'tech-stack',
  elementClass: elements.TechStack,
  events: roleEvents,
});
export const JobMarket = createComponent({
  react: React,
  tagName: 'job-market',
  elementClass: elements.JobMarket,
  events: roleEvents,
});
export const RelatedRoles = createComponent({
  react: React,
  tagName: 'related-roles',
  elementClass: elements.RelatedRoles,
  events: { ...roleEvents, onCwRelatedRoleSelect: 'cw-related-role-select' as EventName<CwRelatedRoleSelectEvent> },
});
export const DayInTheLife = createComponent({
  react: React,
  tagName: 'day-in-the-life',
  elementClass: elements.DayInTheLife,
  events: roleEvents,
});
export const ProsCons = createComponent({
  react: React,
  tagName: 'pros-cons',
  elementClass: elements.ProsCons,
  events: roleEvents,
});
export const CaseStudies = createComponent({
  react: React,
  tagName: 'case-studies',
  elementClass: elements.CaseStudies,
  events: roleEvents,
});
export const RoleOverview = createComponent({
  react: React,
  tagName: 'role-overview',
  elementClass: elements.RoleOverview,
  events: {
    ...roleEvents,
    onCwResponsibilitiesToggle: 'cw-responsibilities-toggle' as EventName<CwResponsibilitiesToggleEvent>,
  },
});
export const MarketDemand = createComponent({
  react: React,
  tagName: 'market-demand',
  elementClass: elements.MarketDemand,
  events: roleEvents,
});
export const WorkLifeBalance = createComponent({
  react: React,
  tagName: 'work-life-balance',
  elementClass: elements.WorkLifeBalance,
  events: roleEvents,
});
export const CareerGuide = createComponent({
  react: React,
  tagName: 'career-guide',
  elementClass: elements.CareerGuide,
  events: roleEvents,
});
export const CareerAdvice = createComponent({
  react: React,
  tagName: 'career-advice',
  elementClass: elements.CareerAdvice,
  events: roleEvents,
});
