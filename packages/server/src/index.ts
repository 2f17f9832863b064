export { MainConfiguration } from './configuration';
export { readSettings } from './settings';
export type { Settings, SettingsProblem } from './settings';
export { DEMO_PASSWORD, demoAccounts } from './db/demo-seed';
export { connect, migrate } from './db/connect';
export type { UserProfile, DepartmentSummary } from './org/org-service';
export type { ServiceCard } from './hall/hall-service';
export type { HealthReport } from './health/health-controller';
