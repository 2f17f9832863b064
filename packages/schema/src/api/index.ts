export type {
  CaseStatus,
  TaskActionType,
  CaseOutcome,
  MyTask,
  CaseView,
  TraceEntry,
  ProcessStart,
  TaskCommand,
} from './cases';
export type { Box, CaseImportance, ListItem, ListPage, Counts } from './lists';
export type { DefinitionSummary, VersionSummary, DefinitionDetail } from './definitions';
export type {
  Identity,
  DepartmentSummary,
  PersonRef,
  DepartmentNode,
  UserCard,
  UserDetail,
  RoleView,
  ImportProblem,
  ImportResult,
} from './org';
export type {
  ApiToken,
  Delegation,
  Opinion,
  StoredFile,
  AuditBrokenReason,
  AuditVerifyReport,
  AuditCheckpoint,
} from './account';
export type {
  ServiceMode,
  ServiceStatus,
  ServiceCard,
  ServiceAttachment,
  ServiceDetail,
  CategoryGroups,
  HallFigures,
  UsedService,
  CaseRating,
} from './hall';
export type {
  NotifyEvent,
  PersonalChannel,
  WebhookKind,
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  NotificationTemplate,
  NotificationTemplates,
  WebhookEndpoint,
  WebhookEndpointInput,
} from './notifications';
export { NOTIFY_EVENTS, PERSONAL_CHANNELS, WEBHOOK_KINDS } from './notifications';
export type {
  StatisticsQuery,
  StatisticsScopeOptions,
  CaseStatistics,
  DurationRow,
  DurationStatistics,
  BacklogRow,
  RatingRow,
} from './statistics';
