import type { SealRole } from './types';

/**
 * Every role the five baselines use (role rules, byField cases, picker filters). The server's seed
 * creates them and gives each a holder; administrators re-assign holders, never edit the baselines.
 */
export const SEAL_ROLES: readonly SealRole[] = [
  { key: 'section-head', name: '科室负责人', nameEn: 'Section head' },
  { key: 'party-admin-head', name: '党政主要负责人', nameEn: 'Party / administration head' },
  { key: 'office-staff', name: '党政办公室工作人员', nameEn: 'Office staff' },
  { key: 'seal-custodian', name: '印章管理员', nameEn: 'Seal custodian' },
  { key: 'legal-adviser', name: '法律顾问', nameEn: 'Legal adviser' },
  {
    key: 'office-director',
    name: '党政办公室主任（保管负责人名章）',
    nameEn: "Office director (keeps the heads' name seals)",
  },
  { key: 'party-organiser', name: '组织员（保管党委章）', nameEn: 'Party organiser (keeps the party seal)' },
  { key: 'research-admin', name: '科研院审批人', nameEn: 'Research office approver' },
  { key: 'academic-affairs', name: '教务处审批人', nameEn: 'Academic affairs approver' },
  { key: 'international-office', name: '国际处审批人', nameEn: 'International office approver' },
];

export type SealRoleKey =
  | 'section-head'
  | 'party-admin-head'
  | 'office-staff'
  | 'seal-custodian'
  | 'legal-adviser'
  | 'office-director'
  | 'party-organiser'
  | 'research-admin'
  | 'academic-affairs'
  | 'international-office';
