import { AuthApi, authApi, health } from './resources/auth';
import { CasesApi, casesApi } from './resources/cases';
import { DefinitionsApi, definitionsApi } from './resources/definitions';
import { ListsApi, listsApi } from './resources/lists';
import { HallApi, hallApi } from './resources/hall';
import { createTransport, Request, TransportOptions } from './transport';
import type { HealthReport } from './types';

export type ClientOptions = TransportOptions;

// One property per resource; each lives in its own file under resources/.
export interface FlowhallClient {
  health(): Promise<HealthReport>;
  auth: AuthApi;
  hall: HallApi;
  definitions: DefinitionsApi;
  cases: CasesApi;
  lists: ListsApi;
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
    definitions: definitionsApi(request),
    cases: casesApi(request),
    lists: listsApi(request),
    request,
  };
}
