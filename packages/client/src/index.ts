export { createClient } from './create-client';
export type { ClientOptions, FlowhallClient } from './create-client';
export type { Request, RequestOptions, TransportOptions } from './transport';
export type { AuthApi } from './resources/auth';
export type { HallApi } from './resources/hall';
export type {
  DefinitionsApi,
  DefinitionDetail,
  DefinitionSummary,
  VersionSummary,
} from './resources/definitions';
export type {
  CasesApi,
  CaseOutcome,
  CaseStatus,
  CaseView,
  MyTask,
  ProcessStart,
  TaskActionType,
  TaskCommand,
  TraceEntry,
  WriteOptions,
} from './resources/cases';
export type { Box, Counts, ListItem, ListPage, ListsApi } from './resources/lists';
export { ApiError } from './api-error';
export { CookieJar } from './cookie-jar';
export type {
  DepartmentSummary,
  ErrorBody,
  HealthReport,
  Identity,
  Page,
  ServiceCard,
  ServiceQuery,
  UserProfile,
} from './types';
