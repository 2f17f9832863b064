import type { CategoryGroups, ServiceAttachment, ServiceDetail } from '@flowhall/schema';
import { queryString, Request } from '../transport';
import type {
  CaseRating,
  HallFigures,
  Identity,
  Page,
  ServiceCard,
  ServiceMode,
  ServiceQuery,
  UsedService,
} from '../types';

export type { CategoryGroups, ServiceAttachment, ServiceDetail };

/** What administrators set on a service; every field optional on edit. */
export interface ServiceInput {
  name?: string;
  nameEn?: string | null;
  summary?: string | null;
  category?: string | null;
  theme?: string | null;
  departmentId?: number | null;
  audience?: Identity[];
  mode?: ServiceMode;
  status?: 'published' | 'hidden';
  pinned?: boolean;
  sortOrder?: number;
  definitionKey?: string | null;
  guide?: string | null;
  guideEn?: string | null;
  attachments?: ServiceAttachment[];
  offlineLocation?: string | null;
  contact?: string | null;
}

export interface HallApi {
  services(query?: ServiceQuery): Promise<Page<ServiceCard>>;
  /** Counts a visit. */
  service(key: string): Promise<ServiceDetail>;
  categories(): Promise<CategoryGroups>;
  /** Administrators (platform-admin, office-admin). */
  createService(input: ServiceInput & { key: string; name: string }): Promise<ServiceDetail>;
  /** Administrators: edit, pin, order, hide. */
  updateService(key: string, patch: ServiceInput): Promise<ServiceDetail>;
  setFavourite(key: string, favourite: boolean): Promise<{ key: string; favourite: boolean }>;
  /** Hall-wide figures for the home page (R4). */
  figures(): Promise<HallFigures>;
  /** Services I applied for: `last` used first (default) or `most` used first. */
  recent(query?: { sort?: 'last' | 'most'; limit?: number }): Promise<{ items: UsedService[] }>;
  /** The applicant rates their approved or rejected case, once (409 CASE_ALREADY_RATED after). */
  rate(caseId: number, input: { stars: 1 | 2 | 3 | 4 | 5; comment?: string }): Promise<CaseRating>;
}

export function hallApi(request: Request): HallApi {
  const path = (key: string) => `/api/hall/services/${encodeURIComponent(key)}`;
  return {
    services: (query = {}) => request<Page<ServiceCard>>('GET', `/api/hall/services${queryString(query)}`),
    service: (key) => request<ServiceDetail>('GET', path(key)),
    categories: () => request<CategoryGroups>('GET', '/api/hall/categories'),
    createService: (input) => request<ServiceDetail>('POST', '/api/hall/services', input),
    updateService: (key, patch) => request<ServiceDetail>('PATCH', path(key), patch),
    setFavourite: (key, favourite) =>
      request<{ key: string; favourite: boolean }>(favourite ? 'PUT' : 'DELETE', `${path(key)}/favourite`),
    figures: () => request<HallFigures>('GET', '/api/hall/figures'),
    recent: (query = {}) => request<{ items: UsedService[] }>('GET', `/api/hall/recent${queryString(query)}`),
    rate: (caseId, input) => request<CaseRating>('POST', `/api/cases/${caseId}/rating`, input),
  };
}
