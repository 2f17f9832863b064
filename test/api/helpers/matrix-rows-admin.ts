import { uniqueKey } from '../../support/sample-process';
import type { Row } from './matrix-rows';
import type { World } from './matrix-world';

const seal = '/api/plugins/seal';
const leave = '/api/plugins/leave-fixture';
const NO_ID = 987654321;
const freshDepartment = async (w: World): Promise<number> =>
  (await w.clients.platformAdmin.org.createDepartment({ code: uniqueKey('mx-dept'), name: '矩阵部门' })).id;

/** Organisation, audit, notification administration, the scheduler and the seal plugin's routes. */
export const ADMIN_ROWS: Row[] = [
  // Organisation: reading for everyone signed in; writing for office and platform administrators
  { op: 'GET /api/org/departments', expect: 'UAAAAAA', call: () => ({ path: '/api/org/departments' }) },
  {
    op: 'POST /api/org/departments',
    expect: 'UDDDDAA',
    call: () => ({ path: '/api/org/departments', body: { code: uniqueKey('mx-dept'), name: '矩阵部门' } }),
  },
  {
    op: 'PATCH /api/org/departments/{id}',
    expect: 'UDDDDAA',
    call: async (w) => ({
      path: `/api/org/departments/${await freshDepartment(w)}`,
      body: { name: '矩阵改名' },
    }),
  },
  {
    op: 'DELETE /api/org/departments/{id}',
    expect: 'UDDDDAA',
    call: async (w) => ({ path: `/api/org/departments/${await freshDepartment(w)}` }),
  },
  { op: 'GET /api/org/users', expect: 'UAAAAAA', call: () => ({ path: '/api/org/users' }) },
  {
    op: 'POST /api/org/users',
    expect: 'UDDDDAA',
    call: () => ({
      path: '/api/org/users',
      body: {
        username: uniqueKey('mx').replace(/-/g, ''),
        displayName: '矩阵用户',
        password: 'Matrix@20260',
      },
    }),
  },
  {
    op: 'GET /api/org/users/{id}',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/org/users/${w.ids.applicant}` }),
  },
  {
    op: 'PATCH /api/org/users/{id}',
    expect: 'UDDDDAA',
    call: async (w) => {
      const user = await w.clients.platformAdmin.org.createUser({
        username: uniqueKey('mx').replace(/-/g, ''),
        displayName: '矩阵用户',
        password: 'Matrix@20260',
      });
      return { path: `/api/org/users/${user.id}`, body: { title: '矩阵' } };
    },
  },
  { op: 'GET /api/org/roles', expect: 'UAAAAAA', call: () => ({ path: '/api/org/roles' }) },
  {
    op: 'POST /api/org/roles',
    expect: 'UDDDDAA',
    call: () => ({ path: '/api/org/roles', body: { key: uniqueKey('mx-role'), name: '矩阵角色' } }),
  },
  {
    op: 'PUT /api/org/roles/{key}/holders',
    expect: 'UDDDDAA',
    call: async (w) => {
      const role = await w.clients.platformAdmin.org.createRole({
        key: uniqueKey('mx-role'),
        name: '矩阵角色',
      });
      return { path: `/api/org/roles/${role.key}/holders`, body: { holders: [] } };
    },
  },
  {
    op: 'POST /api/org/import',
    expect: 'UDDDDAA',
    call: () => ({
      path: '/api/org/import',
      body: { departmentsCsv: `code,name,parent_code,name_en\n${uniqueKey('mx-imp')},矩阵导入,,\n` },
    }),
  },

  // Audit: platform administrators only
  { op: 'GET /api/admin/audit/verify', expect: 'UDDDDDA', call: () => ({ path: '/api/admin/audit/verify' }) },
  {
    op: 'POST /api/admin/audit/checkpoint',
    expect: 'UDDDDDA',
    call: () => ({ path: '/api/admin/audit/checkpoint' }),
  },

  // Notifications and the scheduler (issue 8): platform administrators only
  {
    op: 'POST /api/admin/scheduler/sweep',
    expect: 'UDDDDDA',
    call: () => ({ path: '/api/admin/scheduler/sweep', body: {} }),
  },
  {
    op: 'GET /api/admin/notification-templates',
    expect: 'UDDDDDA',
    call: () => ({ path: '/api/admin/notification-templates' }),
  },
  {
    op: 'PUT /api/admin/notification-templates',
    expect: 'UDDDDDV',
    call: () => ({ path: '/api/admin/notification-templates', body: {} }),
  },
  {
    op: 'DELETE /api/admin/notification-templates/{event}',
    expect: 'UDDDDDA',
    call: () => ({ path: '/api/admin/notification-templates/assigned' }),
  },
  {
    op: 'GET /api/admin/webhook-endpoints',
    expect: 'UDDDDDA',
    call: () => ({ path: '/api/admin/webhook-endpoints' }),
  },
  {
    op: 'POST /api/admin/webhook-endpoints',
    expect: 'UDDDDDV',
    call: () => ({ path: '/api/admin/webhook-endpoints', body: {} }),
  },
  {
    op: 'PUT /api/admin/webhook-endpoints/{id}',
    expect: 'UDDDDDV',
    call: () => ({ path: `/api/admin/webhook-endpoints/${NO_ID}`, body: {} }),
  },
  {
    op: 'DELETE /api/admin/webhook-endpoints/{id}',
    expect: 'UDDDDDV',
    call: () => ({ path: `/api/admin/webhook-endpoints/${NO_ID}` }),
  },

  // The seal plugin (issue 5): the registry and ledgers for the office; letters for the office
  // and their applicant (no letter exists here: 404 for everyone signed in).
  // Statistics (issue 8): office and platform administrators for the organisation; department
  // heads (the assignee 李院长, the other approver 何国际) for their own unit
  ...['scope', 'cases', 'durations', 'backlog', 'ratings', 'export'].map(
    (name): Row => ({
      op: `GET /api/statistics/${name}`,
      expect: 'UDDAAAA',
      call: () => ({ path: `/api/statistics/${name}` }),
    }),
  ),

  // The API tests' third-party fixture plugin: one route per kind of plugin access.
  { op: `GET ${leave}/policy`, expect: 'AAAAAAA', call: () => ({ path: `${leave}/policy` }) },
  { op: `GET ${leave}/mine`, expect: 'UAAAAAA', call: () => ({ path: `${leave}/mine` }) },
  { op: `GET ${leave}/register`, expect: 'UDDDDAA', call: () => ({ path: `${leave}/register` }) },
  {
    op: `DELETE ${leave}/register/{caseId}`,
    expect: 'UDDDDVV',
    call: () => ({ path: `${leave}/register/${NO_ID}` }),
  },

  { op: `GET ${seal}/seals`, expect: 'UDDDDAA', call: () => ({ path: `${seal}/seals` }) },
  { op: `GET ${seal}/seals/picker`, expect: 'UAAAAAA', call: () => ({ path: `${seal}/seals/picker` }) },
  { op: `GET ${seal}/seals/{id}`, expect: 'UDDDDVV', call: () => ({ path: `${seal}/seals/${NO_ID}` }) },
  {
    op: `POST ${seal}/letters/{id}/status`,
    expect: 'UDDDDVV',
    call: () => ({ path: `${seal}/letters/${NO_ID}/status`, body: { status: 'bogus' } }),
  },
  { op: `GET ${seal}/letters/{id}`, expect: 'UNNNNNN', call: () => ({ path: `${seal}/letters/${NO_ID}` }) },
  {
    op: `GET ${seal}/cases/{caseId}/letter`,
    expect: 'UNNNNNN',
    call: (w) => ({ path: `${seal}/cases/${w.caseId}/letter` }),
  },
  {
    op: `GET ${seal}/ledgers/{kind}`,
    expect: 'UDDDDAA',
    call: () => ({ path: `${seal}/ledgers/seal-uses` }),
  },
  {
    op: `GET ${seal}/ledgers/{kind}/export`,
    expect: 'UDDDDAA',
    call: () => ({ path: `${seal}/ledgers/seal-uses/export` }),
  },
];
