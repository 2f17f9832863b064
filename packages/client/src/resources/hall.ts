import { queryString, Request } from '../transport';
import type { Identity, Page, ServiceCard, ServiceMode, ServiceQuery } from '../types';

export interface ServiceAttachment {
  fileId: string;
  name: string;
}

/** A service's page (R3): the card plus its guide, manual and where to go. */
export interface ServiceDetail extends ServiceCard {
  definitionKey: string | null;
  guide: string | null;
  guideEn: string | null;
  attachments: ServiceAttachment[];
  offlineLocation: string | null;
  contact: string | null;
  updatedAt: string;
}

export interface CategoryGroups {
  total: number;
  byDepartment: Array<{ departmentId: number | null; name: string; count: number }>;
  byTheme: Array<{ theme: string | null; count: number }>;
  byCategory: Array<{ category: string | null; count: number }>;
}

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
  };
}
