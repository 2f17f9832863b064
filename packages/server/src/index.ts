export { MainConfiguration } from './configuration';
export { readSettings } from './settings';
export type { Settings, SettingsProblem } from './settings';
export { DEMO_PASSWORD, demoAccounts } from './db/demo-seed';
export { connect, migrate } from './db/connect';
export type { UserProfile, DepartmentSummary } from './org/org-service';
export type { ServiceCard } from './hall/hall-service';
export type { HealthReport } from './health/health-controller';
export { defineModels } from './db/models';
export { AuditService } from './audit/audit-service';
export type { VerifyReport, CheckpointSummary, AuditInput } from './audit/audit-service';
export type { Models } from './db/models';
export { seedLarge } from './tools/seed-large';
export type { SeedLargeOptions, SeedLargeReport } from './tools/seed-large';
export { definePlugin } from './plugins/plugin-api';
export type {
  CaseEvent,
  FlowhallPlugin,
  FormCheckContext,
  FormProblem,
  HookContext,
  InstallContext,
  PluginMigration,
  PluginSetup,
  ProcessBaseline,
  ServiceMode,
} from './plugins/plugin-api';
export type {
  DirectoryDepartment,
  DirectoryUser,
  PluginDirectory,
  PluginFileReply,
  PluginRequest,
  PluginRoute,
  PluginRouteAccess,
  PluginRouteMethod,
  PluginRouteUser,
  RouteContext,
} from './plugins/plugin-route-api';
