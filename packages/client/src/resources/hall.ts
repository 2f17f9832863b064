import { queryString, Request } from '../transport';
import type { Page, ServiceCard, ServiceQuery } from '../types';

export interface HallApi {
  services(query?: ServiceQuery): Promise<Page<ServiceCard>>;
}

export function hallApi(request: Request): HallApi {
  return {
    services: (query = {}) => request<Page<ServiceCard>>('GET', `/api/hall/services${queryString(query)}`),
  };
}
