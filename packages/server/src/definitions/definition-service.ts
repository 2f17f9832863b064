import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import {
  validateDefinition,
  type DefinitionDetail,
  type DefinitionProblem,
  type DefinitionSummary,
  type ProcessDefinition,
  type VersionSummary,
} from '@flowhall/schema';
import { type Transaction, UniqueConstraintError } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import type { DefinitionRow } from './definition-models';
import { blankDefinition, DEFINITION_KEY, definitionShapeProblems } from './definition-shape';

export type { DefinitionDetail, DefinitionSummary, VersionSummary };

export interface CreateDefinitionInput {
  key: string;
  name: string;
  category?: string;
  /** Start from the latest version (or draft) of another process instead of a blank one. */
  copyFrom?: string;
}

const notFound = (key: string): AppError =>
  new AppError(404, 'DEFINITION_NOT_FOUND', `没有这个流程 / No process with key "${key}"`);

// Published versions never change, so parsed bodies can be shared freely; the bound keeps memory flat.
const VERSION_CACHE_LIMIT = 500;

function summary(row: DefinitionRow): DefinitionSummary {
  return {
    key: row.key,
    name: row.name,
    category: row.category,
    latestVersion: row.latestVersion,
    hasDraft: row.draft !== null,
    draftRevision: row.draftRevision,
    draftUpdatedAt: row.draftUpdatedAt ? row.draftUpdatedAt.toISOString() : null,
    source: row.source,
    baselineVersion: row.baselineVersion,
    offeredBaselineVersion: row.offeredBaseline
      ? (JSON.parse(row.offeredBaseline) as { version: number }).version
      : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

@Provide()
@Scope(ScopeEnum.Singleton)
export class DefinitionService {
  @Inject()
  db!: Database;

  private readonly versionCache = new Map<string, ProcessDefinition>();

  async list(): Promise<DefinitionSummary[]> {
    const rows = await this.db.models.Definition.findAll({ order: [['key', 'ASC']] });
    return rows.map(summary);
  }

  async detail(key: string): Promise<DefinitionDetail> {
    const row = await this.row(key);
    const versions = await this.db.models.DefinitionVersion.findAll({
      where: { definitionKey: key },
      attributes: ['version', 'changeNote', 'publishedBy', 'publishedAt'],
      order: [['version', 'DESC']],
    });
    return {
      ...summary(row),
      draft: row.draft === null ? null : (JSON.parse(row.draft) as ProcessDefinition),
      versions: versions.map((v) => ({
        version: v.version,
        changeNote: v.changeNote,
        publishedBy: v.publishedBy,
        publishedAt: v.publishedAt.toISOString(),
      })),
    };
  }

  async create(input: CreateDefinitionInput, userId: number): Promise<DefinitionDetail> {
    const problems: Array<{ path: string; message: string }> = [];
    if (!DEFINITION_KEY.test(input.key ?? '')) {
      problems.push({
        path: 'key',
        message:
          '流程标识应为小写字母开头的 2–64 位小写字母、数字或连字符 / key must be 2–64 lowercase letters, digits or hyphens',
      });
    }
    if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 200) {
      problems.push({
        path: 'name',
        message: '请填写流程名称（200 字以内）/ name is required (max 200 characters)',
      });
    }
    if (problems.length)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        '提交的数据有误 / The request has invalid fields',
        problems,
      );
    let body: ProcessDefinition;
    if (input.copyFrom) {
      const source = await this.row(input.copyFrom);
      const from =
        source.draft !== null
          ? (JSON.parse(source.draft) as ProcessDefinition)
          : await this.version(input.copyFrom, source.latestVersion);
      body = {
        ...from,
        key: input.key,
        version: 1,
        name: input.name.trim(),
        ...(input.category ? { category: input.category } : {}),
      };
    } else {
      body = blankDefinition(input.key, input.name.trim(), input.category);
    }
    try {
      await this.db.models.Definition.create({
        key: input.key,
        name: body.name,
        category: body.category ?? null,
        draft: JSON.stringify(body),
        draftRevision: 1,
        draftUpdatedBy: userId,
        draftUpdatedAt: new Date(),
        baselineVersion: null,
      });
    } catch (err) {
      if (err instanceof UniqueConstraintError) {
        throw new AppError(409, 'DEFINITION_KEY_TAKEN', `流程标识已被使用 / The key "${input.key}" is taken`);
      }
      throw err;
    }
    return this.detail(input.key);
  }

  /**
   * Replaces the draft. `baseRevision` is the revision the editor loaded: if someone saved in between,
   * the save is refused (409) instead of silently overwriting their work.
   */
  async saveDraft(
    key: string,
    body: unknown,
    baseRevision: number,
    userId: number,
  ): Promise<DefinitionDetail> {
    const problems = definitionShapeProblems(body);
    if (problems.length) {
      throw new AppError(
        400,
        'DEFINITION_MALFORMED',
        '流程定义格式有误 / The definition is malformed',
        problems,
      );
    }
    const definition = body as ProcessDefinition;
    await this.db.transaction(async (transaction) => {
      const row = await this.db.models.Definition.findOne({ where: { key }, transaction });
      if (!row) throw notFound(key);
      if (row.draftRevision !== baseRevision) {
        throw new AppError(
          409,
          'DRAFT_CONFLICT',
          '草稿已被他人修改，请重新加载后再保存 / Someone else saved this draft; reload before saving',
          { currentRevision: row.draftRevision },
        );
      }
      const stored: ProcessDefinition = { ...definition, key, version: row.latestVersion + 1 };
      const [updated] = await this.db.models.Definition.update(
        {
          draft: JSON.stringify(stored),
          draftRevision: row.draftRevision + 1,
          draftUpdatedBy: userId,
          draftUpdatedAt: new Date(),
          name: stored.name,
          category: stored.category ?? null,
        },
        // The revision in the WHERE clause makes the check and the write one atomic step.
        { where: { key, draftRevision: baseRevision }, transaction },
      );
      if (updated !== 1) {
        throw new AppError(
          409,
          'DRAFT_CONFLICT',
          '草稿已被他人修改，请重新加载后再保存 / Someone else saved this draft; reload before saving',
        );
      }
    });
    return this.detail(key);
  }

  /** Problems that would block publishing the draft (or the latest version when there is no draft). */
  async validate(key: string): Promise<DefinitionProblem[]> {
    const row = await this.row(key);
    const body =
      row.draft !== null
        ? (JSON.parse(row.draft) as ProcessDefinition)
        : await this.version(key, row.latestVersion);
    return validateDefinition(body);
  }

  /** Freezes the draft as the next version. Running cases keep the version they started with. */
  async publish(key: string, changeNote: string | undefined, userId: number): Promise<VersionSummary> {
    return this.db.transaction(async (transaction) => {
      const row = await this.db.models.Definition.findOne({ where: { key }, transaction });
      if (!row) throw notFound(key);
      if (row.draft === null) {
        throw new AppError(409, 'NO_DRAFT', '没有待发布的草稿 / There is no draft to publish');
      }
      const version = row.latestVersion + 1;
      const body: ProcessDefinition = { ...(JSON.parse(row.draft) as ProcessDefinition), key, version };
      const problems = validateDefinition(body);
      if (problems.length) {
        throw new AppError(
          422,
          'DEFINITION_INVALID',
          `流程定义有 ${problems.length} 处问题，无法发布 / The definition has ${problems.length} problem(s) and cannot be published`,
          problems,
        );
      }
      const publishedAt = new Date();
      try {
        await this.db.models.DefinitionVersion.create(
          {
            definitionKey: key,
            version,
            body: JSON.stringify(body),
            changeNote: changeNote ?? null,
            publishedBy: userId,
            publishedAt,
          },
          { transaction },
        );
      } catch (err) {
        if (err instanceof UniqueConstraintError) {
          throw new AppError(
            409,
            'CONCURRENT_PUBLISH',
            '该流程正在被他人发布，请刷新 / Someone else is publishing this process; reload',
          );
        }
        throw err;
      }
      await this.db.models.Definition.update(
        {
          latestVersion: version,
          draft: null,
          draftRevision: row.draftRevision + 1,
          name: body.name,
          category: body.category ?? null,
        },
        { where: { key }, transaction },
      );
      return {
        version,
        changeNote: changeNote ?? null,
        publishedBy: userId,
        publishedAt: publishedAt.toISOString(),
      };
    });
  }

  /** A newer plugin baseline waiting for a decision, or null. */
  async baselineOffer(key: string): Promise<ProcessDefinition | null> {
    const row = await this.row(key);
    return row.offeredBaseline ? (JSON.parse(row.offeredBaseline) as ProcessDefinition) : null;
  }

  /**
   * Adopt: the offered baseline becomes the draft (to review, compare and publish as usual).
   * Keep: the administrators keep their version and the offer is dismissed until a newer one.
   */
  async decideBaseline(key: string, decision: 'adopt' | 'keep', userId: number): Promise<DefinitionDetail> {
    await this.db.transaction(async (transaction) => {
      const row = await this.db.models.Definition.findOne({ where: { key }, transaction });
      if (!row) throw notFound(key);
      if (!row.offeredBaseline) {
        throw new AppError(
          409,
          'NO_BASELINE_OFFER',
          '没有待处理的新版本 / There is no newer baseline to decide on',
        );
      }
      const offered = JSON.parse(row.offeredBaseline) as ProcessDefinition;
      await this.db.models.Definition.update(
        {
          offeredBaseline: null,
          baselineVersion: offered.version,
          ...(decision === 'adopt'
            ? {
                draft: JSON.stringify({ ...offered, key, version: row.latestVersion + 1 }),
                draftRevision: row.draftRevision + 1,
                draftUpdatedBy: userId,
                draftUpdatedAt: new Date(),
              }
            : {}),
        },
        { where: { key }, transaction },
      );
    });
    return this.detail(key);
  }

  /** A published version, parsed once and shared (versions are immutable). */
  /** Inside a case action pass its transaction (SQLite: no plain read while it holds the lock). */
  async version(key: string, version: number, transaction?: Transaction): Promise<ProcessDefinition> {
    const cacheKey = `${key}@${version}`;
    const cached = this.versionCache.get(cacheKey);
    if (cached) return cached;
    const row = await this.db.models.DefinitionVersion.findOne({
      where: { definitionKey: key, version },
      transaction,
    });
    if (!row) {
      throw new AppError(
        404,
        'VERSION_NOT_FOUND',
        `流程 ${key} 没有第 ${version} 版 / Process "${key}" has no version ${version}`,
      );
    }
    const body = JSON.parse(row.body) as ProcessDefinition;
    if (this.versionCache.size >= VERSION_CACHE_LIMIT) {
      const oldest = this.versionCache.keys().next().value;
      if (oldest !== undefined) this.versionCache.delete(oldest);
    }
    this.versionCache.set(cacheKey, body);
    return body;
  }

  /** The version new cases start on. */
  async latest(key: string, transaction?: Transaction): Promise<ProcessDefinition> {
    const row = await this.row(key, transaction);
    if (row.latestVersion === 0) {
      throw new AppError(409, 'NOT_PUBLISHED', '该流程尚未发布 / This process has not been published yet');
    }
    return this.version(key, row.latestVersion, transaction);
  }

  private async row(key: string, transaction?: Transaction): Promise<DefinitionRow> {
    const row = await this.db.models.Definition.findOne({ where: { key }, transaction });
    if (!row) throw notFound(key);
    return row;
  }
}
