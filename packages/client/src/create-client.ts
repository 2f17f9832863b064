import { AuditApi, auditApi } from './resources/audit';
import { AuthApi, authApi, health } from './resources/auth';
import { CasesApi, casesApi } from './resources/cases';
import { DefinitionsApi, definitionsApi } from './resources/definitions';
import { FilesApi, filesApi } from './resources/files';
import { ListsApi, listsApi } from './resources/lists';
import { NotificationsApi, notificationsApi } from './resources/notifications';
import { StatisticsApi, statisticsApi } from './resources/statistics';
import { HallApi, hallApi } from './resources/hall';
import { OpinionsApi, opinionsApi } from './resources/opinions';
import { OrgApi, orgApi } from './resources/org';
import { createTransport, Request, TransportOptions } from './transport';
import type { HealthReport } from './types';

export type ClientOptions = TransportOptions;

// One property per resource; each lives in its own file under resources/.
export interface FlowhallClient {
  health(): Promise<HealthReport>;
  auth: AuthApi;
  hall: HallApi;
  files: FilesApi;
  audit: AuditApi;
  definitions: DefinitionsApi;
  cases: CasesApi;
  lists: ListsApi;
  notifications: NotificationsApi;
  statistics: StatisticsApi;
  org: OrgApi;
  opinions: OpinionsApi;
  /** Low-level call for endpoints without a typed method; errors arrive as `ApiError`. */
  request: Request;
}

/** Creates a client for the Flowhall REST API. */
export function createClient(options: ClientOptions = {}): FlowhallClient {
  const request = createTransport(options);
  return {
    health: health(request),
    auth: authApi(request),
    hall: hallApi(request),
    files: filesApi(request, options.baseUrl),
    audit: auditApi(request),
    definitions: definitionsApi(request),
    cases: casesApi(request, options.baseUrl),
    lists: listsApi(request),
    notifications: notificationsApi(request),
    statistics: statisticsApi(request, options.baseUrl),
    org: orgApi(request),
    opinions: opinionsApi(request),
    request,
  };
}
