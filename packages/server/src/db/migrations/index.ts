import type { QueryInterface } from 'sequelize';
import * as organisation from './0001-organisation';
import * as hall from './0002-hall';
import * as orgAdmin from './0003-org-admin';
import * as opinions from './0004-opinions';
import * as hallCatalogue from './0005-hall-catalogue';
import * as files from './0006-files';
import * as audit from './0007-audit';
import * as definitions from './0008-definitions';
import * as cases from './0009-cases';
import * as baselineOffers from './0010-baseline-offers';
import * as delegatedTasks from './0011-delegated-tasks';
import * as caseRatings from './0012-case-ratings';
import * as hallUsage from './0013-hall-usage';
import * as caseListFields from './0014-case-list-fields';
import * as notifications from './0015-notifications';
import * as taskTime from './0016-task-time';
import * as statistics from './0017-statistics';

export interface Migration {
  name: string;
  up(params: { context: QueryInterface }): Promise<void>;
  down(params: { context: QueryInterface }): Promise<void>;
}

/**
 * Every schema change, in order. Listed explicitly (no directory scan) so the compiled server
 * and the tests run exactly the same set. Never edit a released migration: add a new one.
 */
export const migrations: Migration[] = [
  { name: '0001-organisation', ...organisation },
  { name: '0002-hall', ...hall },
  { name: '0003-org-admin', ...orgAdmin },
  { name: '0004-opinions', ...opinions },
  { name: '0005-hall-catalogue', ...hallCatalogue },
  { name: '0006-files', ...files },
  { name: '0007-audit', ...audit },
  { name: '0008-definitions', ...definitions },
  { name: '0009-cases', ...cases },
  { name: '0010-baseline-offers', ...baselineOffers },
  { name: '0011-delegated-tasks', ...delegatedTasks },
  { name: '0012-case-ratings', ...caseRatings },
  { name: '0013-hall-usage', ...hallUsage },
  { name: '0014-case-list-fields', ...caseListFields },
  { name: '0015-notifications', ...notifications },
  { name: '0016-task-time', ...taskTime },
  { name: '0017-statistics', ...statistics },
];
