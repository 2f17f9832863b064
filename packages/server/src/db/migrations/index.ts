import type { QueryInterface } from 'sequelize';
import * as organisation from './0001-organisation';
import * as hall from './0002-hall';
import * as definitions from './0008-definitions';
import * as cases from './0009-cases';

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
  { name: '0008-definitions', ...definitions },
  { name: '0009-cases', ...cases },
];
