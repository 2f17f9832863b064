export { createClient } from './create-client';
export type { ClientOptions, FlowhallClient } from './create-client';
export type { BinaryResponse, Request, RequestOptions, TransportOptions } from './transport';
export type { ApiToken, AuthApi, Delegation, DelegationInput } from './resources/auth';
export type {
  CategoryGroups,
  HallApi,
  ServiceAttachment,
  ServiceDetail,
  ServiceInput,
} from './resources/hall';
export type { FilesApi, StoredFile, UploadItem } from './resources/files';
export type { AuditApi, AuditBrokenReason, AuditCheckpoint, AuditVerifyReport } from './resources/audit';
export type { DefinitionsApi } from './resources/definitions';
export type { CasesApi, SubmitOptions, WriteOptions } from './resources/cases';
export type { ListsApi, ListQuery } from './resources/lists';
export type { NotificationsApi } from './resources/notifications';
export type { StatisticsApi } from './resources/statistics';
export type {
  Department,
  DepartmentInput,
  DepartmentNode,
  ImportProblem,
  ImportResult,
  OrgApi,
  PersonRef,
  RoleView,
  UserCard,
  UserDetail,
  UserFields,
  UserSearch,
} from './resources/org';
export type { Opinion, OpinionsApi } from './resources/opinions';
export { ApiError } from './api-error';
export { CookieJar } from './cookie-jar';
export type {
  DepartmentSummary,
  ErrorBody,
  HealthReport,
  Identity,
  Page,
  ServiceCard,
  ServiceMode,
  ServiceQuery,
  UserProfile,
} from './types';
// The API's shapes live in @flowhall/schema, shared with the server; re-exported for callers.
export type {
  Box,
  CaseImportance,
  CaseOutcome,
  CaseStatus,
  CaseView,
  CaseRating,
  HallFigures,
  Counts,
  DefinitionDetail,
  DefinitionSummary,
  UsedService,
  ListItem,
  ListPage,
  MyTask,
  ProcessStart,
  TaskActionType,
  TaskCommand,
  TraceEntry,
  VersionSummary,
} from '@flowhall/schema';
export type {
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  NotificationTemplate,
  NotificationTemplates,
  NotifyEvent,
  PersonalChannel,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookKind,
  BacklogRow,
  CaseStatistics,
  DurationRow,
  DurationStatistics,
  RatingRow,
  StatisticsQuery,
  StatisticsScopeOptions,
} from '@flowhall/schema';
