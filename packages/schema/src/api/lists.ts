import type { CaseStatus } from './cases';

// The shapes of the lists API (to-do, done, CC'd, my cases, supervised), shared by server and client.

export type Box = 'todo' | 'done' | 'cc' | 'mine' | 'supervised';

export type CaseImportance = 'normal' | 'urgent';

export interface ListItem {
  caseId: number;
  serialNo: string | null;
  definition: { key: string; name: string };
  applicant: { id: number; name: string };
  caseStatus: CaseStatus;
  currentStep: string | null;
  /** Share of the flow done, 0–100, as the case view's progress bar shows it. */
  progress: number;
  /** 加急 when the applicant marked the case urgent on submitting. */
  importance: CaseImportance;
  submittedAt: string | null;
  finishedAt: string | null;
  arrivedAt: string;
  task: {
    id: string;
    nodeName: string;
    status: string;
    action: string | null;
    urgedAt: string | null;
    dueAt: string | null;
    overdue: boolean;
    assigneeId: number;
    /** In the to-do list: the absent assignee whose task the reader holds as their delegate (代办). */
    onBehalfOf: { id: number; name: string } | null;
  } | null;
  cc: { read: boolean } | null;
}

export interface ListPage {
  items: ListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface Counts {
  todo: number;
  urged: number;
  ccUnread: number;
  returned: number;
  drafts: number;
}
