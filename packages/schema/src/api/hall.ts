import type { Identity } from './org';

// The hall's answers (R1–R6, R29), shared by the server that sends them and the client that
// reads them.

export type ServiceMode = 'online' | 'offline' | 'self-service';
export type ServiceStatus = 'published' | 'hidden';

/** A service in the hall's lists. */
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
  status: ServiceStatus;
  pinned: boolean;
  sortOrder: number;
  visits: number;
  /** Cases submitted for it: the "hot" ranking (R5). */
  handled: number;
  /** Whether the signed-in user marked it a favourite. */
  favourite: boolean;
  /** Applicants' ratings of finished cases (R5, R29), average to one decimal; null until rated. */
  rating: { average: number; count: number } | null;
}

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

/** `GET /api/hall/figures` (R4). */
export interface HallFigures {
  /** Published services. */
  services: number;
  /** Published services that can be applied for online. */
  onlineServices: number;
  /** Cases running or returned to the applicant. */
  running: number;
  /** Cases approved or rejected. */
  completed: number;
  /** Every submitted case (drafts are not cases yet). */
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
