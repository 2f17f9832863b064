export { createClient } from './create-client';
export type { ClientOptions, FlowhallClient } from './create-client';
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
