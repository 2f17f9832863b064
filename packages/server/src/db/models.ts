import type { Sequelize } from 'sequelize';
import { AuditModels, defineAuditModels } from '../audit/audit-models';
import { AuthModels, defineAuthModels } from '../auth/session-models';
import { CaseModels, defineCaseModels } from '../cases/case-models';
import { DefinitionModels, defineDefinitionModels } from '../definitions/definition-models';
import { defineFileModels, FileModels } from '../files/file-models';
import { defineHallModels, HallModels } from '../hall/hall-models';
import { defineOrgModels, OrgModels } from '../org/org-models';
import { defineOpinionModels, OpinionModels } from '../opinions/opinion-models';
import { defineNotificationModels, NotificationModels } from '../notifications/notification-models';

// Each feature folder defines its own models; this file only puts them together. Add a feature's
// models here with one line in the interface and one in the function.

export type { DepartmentRow, Identity, RoleHolderRow, RoleRow, UserRow } from '../org/org-models';
export { IDENTITIES } from '../org/org-models';
export type { SessionRow } from '../auth/session-models';
export type { HallServiceRow, ServiceMode, ServiceStatus } from '../hall/hall-models';

export interface Models
  extends OrgModels,
    AuthModels,
    HallModels,
    DefinitionModels,
    CaseModels,
    OpinionModels,
    FileModels,
    AuditModels,
    NotificationModels {}

export function defineModels(sequelize: Sequelize): Models {
  return {
    ...defineOrgModels(sequelize),
    ...defineAuthModels(sequelize),
    ...defineHallModels(sequelize),
    ...defineDefinitionModels(sequelize),
    ...defineCaseModels(sequelize),
    ...defineOpinionModels(sequelize),
    ...defineFileModels(sequelize),
    ...defineAuditModels(sequelize),
    ...defineNotificationModels(sequelize),
  };
}
