import type { FlowhallClient } from '@flowhall/client';
import { newClient, signedIn } from '../../support/api-hooks';
import { uniqueKey } from '../../support/sample-process';
import { USERNAMES, type Role, type World } from './matrix-world';

/**
 * What each of the seven people (in ROLES order: anonymous, applicant, other applicant, assignee,
 * other approver, office administrator, platform administrator) must get:
 *   A  2xx                       D  403 or 404 (refused, or the object is hidden from them)
 *   U  401 (not signed in)       V  past the access check, refused as invalid (400, 404, 409, 422)
 *   N  404 for everyone (no such object: proves the route answers without leaking, e.g. public ones)
 */
export type Expectation = 'A' | 'D' | 'U' | 'V' | 'N';

export interface Call {
  path: string;
  body?: unknown;
  /** Another client than the role's own (e.g. a fresh session for sign-out). */
  client?: FlowhallClient;
}

export interface Row {
  /** `METHOD /path` exactly as in the OpenAPI document. */
  op: string;
  expect: string;
  call(world: World, role: Role): Promise<Call> | Call;
}

const other = (w: World, role: Role): number =>
  role === 'applicant' ? w.ids.platformAdmin : w.ids.applicant;
let day = 0;
/** Far-future, never-overlapping periods: these delegations are never active during the tests. */
const period = () => {
  const start = Date.UTC(2045, 0, 1) + ++day * 2 * 86_400_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 86_400_000).toISOString() };
};
const freshSession = async (role: Role): Promise<FlowhallClient> =>
  role === 'anonymous' ? newClient() : signedIn(USERNAMES[role]);
const seal = '/api/plugins/seal';
const NO_ID = 987654321;

const caseRead = (suffix: string): Row => ({
  op: `GET /api/cases/{id}${suffix}`,
  expect: 'UADADAA',
  call: (w) => ({ path: `/api/cases/${w.caseId}${suffix}` }),
});

const applicantOnly = (suffix: string, make: (w: World) => Promise<number>, body: unknown = {}): Row => ({
  op: `POST /api/cases/{id}/${suffix}`,
  expect: 'UADDDDD',
  call: async (w) => ({ path: `/api/cases/${await make(w)}/${suffix}`, body }),
});

export const ROWS: Row[] = [
  // Public
  { op: 'GET /api/health', expect: 'AAAAAAA', call: () => ({ path: '/api/health' }) },
  { op: 'GET /api/openapi.json', expect: 'AAAAAAA', call: () => ({ path: '/api/openapi.json' }) },
  { op: 'GET /api/docs', expect: 'AAAAAAA', call: () => ({ path: '/api/docs' }) },
  {
    op: 'POST /api/auth/login',
    expect: 'AAAAAAA',
    call: (_w, role) => ({
      path: '/api/auth/login',
      body: { username: role === 'anonymous' ? 'lisi' : USERNAMES[role], password: 'Flowhall@2026' },
      client: newClient(),
    }),
  },
  {
    op: `GET ${seal}/verify/letters/{code}`,
    expect: 'NNNNNNN',
    call: () => ({ path: `${seal}/verify/letters/NO-SUCH-LETTER` }),
  },

  // Me
  {
    // Signing out is harmless without a session too: it only clears cookies.
    op: 'POST /api/auth/logout',
    expect: 'AAAAAAA',
    call: async (_w, role) => ({ path: '/api/auth/logout', client: await freshSession(role) }),
  },
  { op: 'GET /api/me', expect: 'UAAAAAA', call: () => ({ path: '/api/me' }) },
  { op: 'GET /api/me/delegations', expect: 'UAAAAAA', call: () => ({ path: '/api/me/delegations' }) },
  {
    op: 'POST /api/me/delegations',
    expect: 'UAAAAAA',
    call: (w, role) => ({
      path: '/api/me/delegations',
      body: { delegateUserId: other(w, role), ...period() },
    }),
  },
  {
    op: 'DELETE /api/me/delegations/{id}',
    expect: 'UADDDDD',
    call: async (w) => {
      const mine = await w.clients.applicant.auth.delegate({
        delegateUserId: w.ids.platformAdmin,
        ...period(),
      });
      return { path: `/api/me/delegations/${mine.id}` };
    },
  },
  { op: 'GET /api/me/tokens', expect: 'UAAAAAA', call: () => ({ path: '/api/me/tokens' }) },
  {
    op: 'POST /api/me/tokens',
    expect: 'UAAAAAA',
    call: () => ({ path: '/api/me/tokens', body: { name: '矩阵' } }),
  },
  {
    op: 'DELETE /api/me/tokens/{id}',
    expect: 'UADDDDD',
    call: async (w) => ({
      path: `/api/me/tokens/${(await w.clients.applicant.auth.createToken({ name: '矩阵' })).id}`,
    }),
  },
  {
    op: 'GET /api/me/notification-preferences',
    expect: 'UAAAAAA',
    call: () => ({ path: '/api/me/notification-preferences' }),
  },
  {
    op: 'PUT /api/me/notification-preferences',
    expect: 'UAAAAAA',
    call: async (w, role) => ({
      path: '/api/me/notification-preferences',
      body:
        role === 'anonymous' ? {} : await w.clients[role].request('GET', '/api/me/notification-preferences'),
    }),
  },
  { op: 'GET /api/notifications', expect: 'UAAAAAA', call: () => ({ path: '/api/notifications' }) },
  {
    op: 'GET /api/notifications/unread-count',
    expect: 'UAAAAAA',
    call: () => ({ path: '/api/notifications/unread-count' }),
  },
  {
    op: 'POST /api/notifications/read-all',
    expect: 'UAAAAAA',
    call: () => ({ path: '/api/notifications/read-all' }),
  },
  {
    op: 'POST /api/notifications/{id}/read',
    expect: 'UNNNNNN',
    call: () => ({ path: `/api/notifications/${NO_ID}/read` }),
  },
  { op: 'GET /api/opinions', expect: 'UAAAAAA', call: () => ({ path: '/api/opinions' }) },
  {
    op: 'POST /api/opinions',
    expect: 'UAAAAAA',
    call: () => ({ path: '/api/opinions', body: { text: '矩阵意见' } }),
  },
  {
    op: 'PUT /api/opinions/order',
    expect: 'UAAAAAA',
    call: async (w, role) => {
      const own =
        role === 'anonymous' ? [] : (await w.clients[role].opinions.list()).items.filter((o) => o.own);
      return { path: '/api/opinions/order', body: { ids: own.map((o) => o.id).reverse() } };
    },
  },
  {
    op: 'DELETE /api/opinions/{id}',
    expect: 'UADDDDD',
    call: async (w) => {
      await w.clients.applicant.opinions.add(`矩阵${++day}`);
      const own = (await w.clients.applicant.opinions.list()).items.filter((o) => o.own);
      return { path: `/api/opinions/${own[own.length - 1]!.id}` };
    },
  },

  // Hall
  { op: 'GET /api/hall/services', expect: 'UAAAAAA', call: () => ({ path: '/api/hall/services' }) },
  { op: 'GET /api/hall/categories', expect: 'UAAAAAA', call: () => ({ path: '/api/hall/categories' }) },
  { op: 'GET /api/hall/figures', expect: 'UAAAAAA', call: () => ({ path: '/api/hall/figures' }) },
  { op: 'GET /api/hall/recent', expect: 'UAAAAAA', call: () => ({ path: '/api/hall/recent' }) },
  {
    op: 'GET /api/hall/services/{key}',
    expect: 'UAAAAAA',
    call: (w) => ({ path: `/api/hall/services/${w.serviceKey}` }),
  },
  {
    op: 'POST /api/hall/services',
    expect: 'UDDDDAA',
    call: () => ({ path: '/api/hall/services', body: { key: uniqueKey('mx'), name: '矩阵新事项' } }),
  },
  {
    op: 'PATCH /api/hall/services/{key}',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/hall/services/${w.serviceKey}`, body: { summary: '矩阵' } }),
  },
  {
    op: 'PUT /api/hall/services/{key}/favourite',
    expect: 'UAAAAAA',
    call: (w) => ({ path: `/api/hall/services/${w.serviceKey}/favourite` }),
  },
  {
    op: 'DELETE /api/hall/services/{key}/favourite',
    expect: 'UAAAAAA',
    call: (w) => ({ path: `/api/hall/services/${w.serviceKey}/favourite` }),
  },
  // Definitions (office and platform administrators)
  { op: 'GET /api/definitions', expect: 'UDDDDAA', call: () => ({ path: '/api/definitions' }) },
  {
    op: 'POST /api/definitions',
    expect: 'UDDDDAA',
    call: () => ({ path: '/api/definitions', body: { key: uniqueKey('mx-def'), name: '矩阵流程' } }),
  },
  {
    op: 'GET /api/definitions/{key}',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/definitions/${w.key}` }),
  },
  {
    op: 'PUT /api/definitions/{key}/draft',
    expect: 'UDDDDVV',
    call: (w) => ({ path: `/api/definitions/${w.key}/draft`, body: {} }),
  },
  {
    op: 'POST /api/definitions/{key}/validate',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/definitions/${w.key}/validate`, body: {} }),
  },
  {
    op: 'POST /api/definitions/{key}/publish',
    expect: 'UDDDDAA',
    call: async (w) => {
      // A new blank process (start -> end) of its own: publishing it changes nothing else.
      const key = uniqueKey('mx-blank');
      await w.clients.platformAdmin.definitions.create({ key, name: '空白流程' });
      return { path: `/api/definitions/${key}/publish`, body: {} };
    },
  },
  {
    op: 'GET /api/definitions/{key}/versions/{version}',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/definitions/${w.key}/versions/1` }),
  },
  {
    op: 'GET /api/definitions/{key}/baseline-offer',
    expect: 'UDDDDAA',
    call: (w) => ({ path: `/api/definitions/${w.key}/baseline-offer` }),
  },
  {
    op: 'POST /api/definitions/{key}/baseline-offer/decide',
    expect: 'UDDDDVV',
    call: (w) => ({ path: `/api/definitions/${w.key}/baseline-offer/decide`, body: {} }),
  },

  // Cases and tasks
  { op: 'GET /api/processes/{key}', expect: 'UAAAAAA', call: (w) => ({ path: `/api/processes/${w.key}` }) },
  {
    op: 'POST /api/cases',
    expect: 'UAAAAAA',
    call: (w) => ({ path: '/api/cases', body: { definitionKey: w.key, form: { reason: '矩阵草稿' } } }),
  },
  caseRead(''),
  caseRead('/trace'),
  caseRead('/flow'),
  caseRead('/form-schema'),
  caseRead('/pdf'),
  {
    op: 'PUT /api/cases/{id}/form',
    expect: 'UADDDDD',
    call: async (w) => ({ path: `/api/cases/${await w.draft()}/form`, body: { form: { reason: '改' } } }),
  },
  applicantOnly('submit', (w) => w.draft()),
  applicantOnly('resubmit', (w) => w.returned()),
  applicantOnly('withdraw', async (w) => (await w.running()).caseId),
  {
    op: 'POST /api/cases/{id}/urge',
    expect: 'UADDDDD',
    call: async (w) => {
      const { caseId, taskId } = await w.running();
      return { path: `/api/cases/${caseId}/urge`, body: { taskIds: [taskId] } };
    },
  },
  applicantOnly('copy', async (w) => w.caseId),
  applicantOnly('rating', (w) => w.finished(), { stars: 5 }),
  {
    op: 'POST /api/tasks/{id}/act',
    expect: 'UDDADDD',
    call: async (w) => ({
      path: `/api/tasks/${encodeURIComponent((await w.running()).taskId)}/act`,
      body: { type: 'approve', opinion: '同意' },
    }),
  },
  {
    op: 'POST /api/tasks/{id}/reassign',
    expect: 'UDDDDAA',
    call: async (w) => ({
      path: `/api/tasks/${encodeURIComponent((await w.running()).taskId)}/reassign`,
      body: { userId: w.ids.otherApprover, reason: '矩阵' },
    }),
  },
  { op: 'GET /api/lists/counts', expect: 'UAAAAAA', call: () => ({ path: '/api/lists/counts' }) },
  // The supervised box is the restricted one; the others are each user's own.
  { op: 'GET /api/lists/{box}', expect: 'UDDDDAA', call: () => ({ path: '/api/lists/supervised' }) },

  {
    // One-click urge (督办) from the supervised list (issue 8): office and platform administrators.
    op: 'POST /api/lists/supervised/{taskId}/urge',
    expect: 'UDDDDAA',
    call: async (w) => ({
      path: `/api/lists/supervised/${encodeURIComponent((await w.running()).taskId)}/urge`,
    }),
  },

  // Files
  { op: 'POST /api/files', expect: 'UAAAAAA', call: (w) => ({ path: '/api/files', body: w.png() }) },
  { op: 'GET /api/files/{id}', expect: 'UADADAA', call: (w) => ({ path: `/api/files/${w.fileId}` }) },
];
