// Shapes of the REST API's answers. They mirror the server's own types; the API tests check both
// sides agree by calling the real server through this client.

import type {
  CaseRating,
  DepartmentSummary,
  HallFigures,
  Identity,
  ServiceCard,
  ServiceMode,
  UsedService,
} from '@flowhall/schema';

export type { CaseRating, DepartmentSummary, HallFigures, Identity, ServiceCard, ServiceMode, UsedService };

export interface UserProfile {
  id: number;
  username: string;
  displayName: string;
  identity: Identity;
  title: string | null;
  staffNo: string | null;
  phone: string | null;
  email: string | null;
  department: DepartmentSummary | null;
  roles: Array<{ key: string; name: string; departmentId: number | null }>;
  /** Ids of the departments this person heads. */
  headOf?: number[];
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { dialect: string; reachable: boolean };
  version: string;
  time: string;
}

export interface ServiceQuery {
  q?: string;
  onlineOnly?: boolean;
  category?: string;
  theme?: string;
  departmentId?: number;
  mode?: ServiceMode;
  audience?: Identity;
  favouritesOnly?: boolean;
  pinnedOnly?: boolean;
  /** Administrators only: include hidden services. */
  includeHidden?: boolean;
  /** hot: by cases submitted; rating: by average stars, then by number of ratings. */
  sort?: 'default' | 'visits' | 'hot' | 'rating';
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}
