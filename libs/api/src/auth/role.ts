import { registerEnum } from '../common/enums';

/** What a staff account may do; where it may do it is its scope (the zones it holds). */
export enum Role {
  COUNTY_ADMIN = 'COUNTY_ADMIN',
  TOWNSHIP_OFFICER = 'TOWNSHIP_OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  ENUMERATOR = 'ENUMERATOR',
  INTEGRATION = 'INTEGRATION',
}

export const STAFF_ROLES: readonly Role[] = Object.values(Role);

registerEnum(Role, 'Role', '角色: what an account may do.', {
  COUNTY_ADMIN:
    '人普办管理员 (named for the county office it began with): the administrator of a census office at any ' +
    'level above the township — nation (国务院), province, city or county — holding that zone: sets up zones ' +
    'and accounts below it, watches progress, exports results.',
  TOWNSHIP_OFFICER: '乡镇/社区人普办: manages census zones, supervisors and enumerators.',
  SUPERVISOR: '普查指导员: reviews submitted forms of 4-5 enumerators.',
  ENUMERATOR: '普查员: lists and enumerates the households of a small zone.',
  INTEGRATION: '县普查系统对接: machine account of the county census system, with API tokens.',
});
