// Shapes of the REST API's answers. They mirror the server's own types; the API tests check both
// sides agree by calling the real server through this client.

import type { DepartmentSummary, Identity } from '@flowhall/schema';

export type { DepartmentSummary, Identity };

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
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { dialect: string; reachable: boolean };
  version: string;
  time: string;
}

export interface ServiceCard {
  id: number;
  key: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  category: string | null;
  theme: string | null;
  department: { id: number; name: string } | null;
  audience: Identity[];
  mode: ServiceMode;
  status: 'published' | 'hidden';
  pinned: boolean;
  sortOrder: number;
  visits: number;
  handled: number;
  /** Whether the signed-in user marked it a favourite. */
  favourite: boolean;
  /** Applicants' ratings of finished cases (R5, R29), average to one decimal; null until rated. */
  rating: { average: number; count: number } | null;
}

/** `GET /api/hall/figures` (R4). */
export interface HallFigures {
  services: number;
  onlineServices: number;
  /** Running or returned to the applicant. */
  running: number;
  /** Approved or rejected. */
  completed: number;
  /** Every submitted case. */
  total: number;
}

/** A service I applied for (R5 "most used"): the card, how many cases, when last. */
export interface UsedService extends ServiceCard {
  myCases: number;
  lastUsedAt: string;
}

/** A finished case's rating by its applicant (R29). */
export interface CaseRating {
  caseId: number;
  stars: number;
  comment: string | null;
  createdAt: string;
}

export type ServiceMode = 'online' | 'offline' | 'self-service';

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
