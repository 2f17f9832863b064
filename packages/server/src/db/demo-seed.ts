import bcrypt from 'bcryptjs';
import type { Sequelize } from 'sequelize';
import type { Identity, Models } from './models';

/** The password of every demo account; printed by the start script and documented in the README. */
export const DEMO_PASSWORD = 'Flowhall@2026';

interface DemoDepartment {
  code: string;
  name: string;
  nameEn: string;
  parent?: string;
}

interface DemoUser {
  username: string;
  displayName: string;
  department: string;
  identity: Identity;
  title: string;
  staffNo: string;
  phone: string;
  roles?: Array<{ role: string; department?: string }>;
  heads?: string[];
  leadsInCharge?: string[];
}

const ROLES: Array<{ key: string; name: string; nameEn: string }> = [
  { key: 'platform-admin', name: '平台管理员', nameEn: 'Platform administrator' },
  { key: 'office-admin', name: '业务管理员', nameEn: 'Office administrator' },
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

const DEPARTMENTS: DemoDepartment[] = [
  { code: 'university', name: '示范大学', nameEn: 'Demo University' },
  { code: 'leadership', name: '学校领导', nameEn: 'University leadership', parent: 'university' },
  {
    code: 'office',
    name: '党委办公室、校长办公室',
    nameEn: "Party & President's Office",
    parent: 'university',
  },
  { code: 'logistics', name: '后勤管理处', nameEn: 'Logistics Department', parent: 'university' },
  { code: 'cs-school', name: '计算机学院', nameEn: 'School of Computer Science', parent: 'university' },
  {
    code: 'cs-general',
    name: '计算机学院综合办公室',
    nameEn: 'CS School General Office',
    parent: 'cs-school',
  },
  { code: 'research', name: '科学技术研究院', nameEn: 'Research Office', parent: 'university' },
  { code: 'legal', name: '法律事务室', nameEn: "Legal Adviser's Office", parent: 'university' },
  { code: 'academic', name: '教务处', nameEn: 'Academic Affairs Office', parent: 'university' },
  { code: 'international', name: '国际合作与交流处', nameEn: 'International Office', parent: 'university' },
];

const USERS: DemoUser[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    department: 'office',
    identity: 'staff',
    title: '平台管理员',
    staffNo: 'T0001',
    phone: '13800000001',
    roles: [{ role: 'platform-admin' }, { role: 'office-admin' }],
  },
  {
    username: 'zhangsan',
    displayName: '张三',
    department: 'cs-school',
    identity: 'staff',
    title: '教师',
    staffNo: 'T1001',
    phone: '13800001001',
  },
  {
    username: 'lisi',
    displayName: '李四',
    department: 'cs-school',
    identity: 'undergraduate',
    title: '本科生',
    staffNo: 'S2026001',
    phone: '13800002001',
  },
  {
    username: 'wangke',
    displayName: '王科长',
    department: 'cs-general',
    identity: 'staff',
    title: '综合办公室主任',
    staffNo: 'T1002',
    phone: '13800001002',
    roles: [{ role: 'section-head', department: 'cs-school' }],
    heads: ['cs-general'],
  },
  {
    username: 'liyuan',
    displayName: '李院长',
    department: 'cs-school',
    identity: 'staff',
    title: '院长',
    staffNo: 'T1003',
    phone: '13800001003',
    heads: ['cs-school'],
  },
  {
    username: 'zhoufx',
    displayName: '周副校长',
    department: 'leadership',
    identity: 'staff',
    title: '副校长',
    staffNo: 'T0101',
    phone: '13800000101',
    leadsInCharge: ['cs-school', 'research', 'logistics'],
  },
  {
    username: 'chensj',
    displayName: '陈书记',
    department: 'leadership',
    identity: 'staff',
    title: '党委书记',
    staffNo: 'T0100',
    phone: '13800000100',
    roles: [{ role: 'party-admin-head' }],
    heads: ['leadership', 'university'],
    leadsInCharge: ['office', 'legal'],
  },
  {
    username: 'zhaozr',
    displayName: '赵主任',
    department: 'office',
    identity: 'staff',
    title: '党政办公室主任',
    staffNo: 'T0201',
    phone: '13800000201',
    roles: [{ role: 'office-admin' }, { role: 'office-director' }],
    heads: ['office'],
  },
  {
    username: 'sunbs',
    displayName: '孙办事员',
    department: 'office',
    identity: 'staff',
    title: '党政办公室科员',
    staffNo: 'T0202',
    phone: '13800000202',
    roles: [{ role: 'office-staff' }],
  },
  {
    username: 'qianyg',
    displayName: '钱印管',
    department: 'office',
    identity: 'staff',
    title: '印章管理员',
    staffNo: 'T0203',
    phone: '13800000203',
    roles: [{ role: 'seal-custodian' }],
  },
  {
    username: 'wufw',
    displayName: '吴法务',
    department: 'legal',
    identity: 'staff',
    title: '法律顾问',
    staffNo: 'T0301',
    phone: '13800000301',
    roles: [{ role: 'legal-adviser' }],
    heads: ['legal'],
  },
  {
    username: 'zhenghq',
    displayName: '郑后勤',
    department: 'logistics',
    identity: 'staff',
    title: '处长',
    staffNo: 'T0401',
    phone: '13800000401',
    heads: ['logistics'],
  },
  {
    username: 'fengky',
    displayName: '冯科研',
    department: 'research',
    identity: 'staff',
    title: '院长',
    staffNo: 'T0501',
    phone: '13800000501',
    roles: [{ role: 'research-admin' }],
    heads: ['research'],
  },
  {
    username: 'zhoujw',
    displayName: '周教务',
    department: 'academic',
    identity: 'staff',
    title: '教务处处长',
    staffNo: 'T0601',
    phone: '13800000601',
    roles: [{ role: 'academic-affairs' }],
    heads: ['academic'],
  },
  {
    username: 'hegj',
    displayName: '何国际',
    department: 'international',
    identity: 'staff',
    title: '国际处处长',
    staffNo: 'T0701',
    phone: '13800000701',
    roles: [{ role: 'international-office' }],
    heads: ['international'],
  },
  {
    username: 'lizz',
    displayName: '李组织',
    department: 'office',
    identity: 'staff',
    title: '组织员',
    staffNo: 'T0204',
    phone: '13800000204',
    roles: [{ role: 'party-organiser' }],
  },
];

/** The demo accounts as the README and the start banner list them. */
export function demoAccounts(): Array<{ username: string; displayName: string; title: string }> {
  return USERS.map(({ username, displayName, title }) => ({ username, displayName, title }));
}

/**
 * Creates the demo university once: only when the database has no users at all, so an
 * operator's own data is never touched. Runs in one transaction: all or nothing.
 */
export async function seedDemoData(sequelize: Sequelize, models: Models): Promise<boolean> {
  if ((await models.User.count()) > 0) return false;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  await sequelize.transaction(async (transaction) => {
    const roleIds = new Map<string, number>();
    for (const role of ROLES) {
      const row = await models.Role.create(role, { transaction });
      roleIds.set(role.key, row.id);
    }
    const deptIds = new Map<string, number>();
    for (const [index, dept] of DEPARTMENTS.entries()) {
      const row = await models.Department.create(
        {
          code: dept.code,
          name: dept.name,
          nameEn: dept.nameEn,
          parentId: dept.parent ? (deptIds.get(dept.parent) ?? null) : null,
          sortOrder: index,
          headUserId: null,
          leaderInChargeUserId: null,
        },
        { transaction },
      );
      deptIds.set(dept.code, row.id);
    }
    const lookup = (map: Map<string, number>, key: string): number => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`demo seed refers to unknown key ${key}`);
      return value;
    };
    for (const user of USERS) {
      const row = await models.User.create(
        {
          username: user.username,
          displayName: user.displayName,
          passwordHash,
          departmentId: lookup(deptIds, user.department),
          identity: user.identity,
          staffNo: user.staffNo,
          title: user.title,
          phone: user.phone,
          email: `${user.username}@demo.flowhall.cn`,
        },
        { transaction },
      );
      for (const holding of user.roles ?? []) {
        await models.RoleHolder.create(
          {
            roleId: lookup(roleIds, holding.role),
            userId: row.id,
            departmentId: holding.department ? lookup(deptIds, holding.department) : null,
          },
          { transaction },
        );
      }
      for (const code of user.heads ?? []) {
        await models.Department.update({ headUserId: row.id }, { where: { code }, transaction });
      }
      for (const code of user.leadsInCharge ?? []) {
        await models.Department.update({ leaderInChargeUserId: row.id }, { where: { code }, transaction });
      }
    }
  });
  return true;
}
