export { listRoles, getRole, getRoleSections, parseRole, UnknownRoleError, type RoleSummary } from './catalogue.js';
export type { PartKey } from './role-index-types.js';
export { RoleDataError, type RoleIssue } from './role-data-error.js';
export { BUNDLED_ROLE_IDS, isBundledRoleId, type BundledRoleId } from './role-ids.js';
export type { Role, RoleInput, Source, Section, SectionKey, SalaryFigureKind, SalaryLevel } from './schema.js';
