import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import {
  collectFieldNames,
  fieldPermissionsFor,
  validateFormData,
  type FormFieldSchema,
  type ProcessDefinition,
} from '@flowhall/schema';
import { QueryTypes, type Transaction } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { PluginManager } from '../plugins/plugin-manager';

const FILE_ID = /^[0-9a-f]{32}$/;

/** Fields holding stored files (uploads, a handwritten Signature's PNG): a copy never carries them. */
const isUpload = (field: FormFieldSchema): boolean => {
  const component = field['x-component'];
  return typeof component === 'string' && /Upload(\.Dragger)?$|^Signature$/.test(component);
};

/** Data fields of a schema level, looking through void layout (cards, grids, table columns). */
function dataFields(
  properties: Record<string, FormFieldSchema> | undefined,
): Array<[string, FormFieldSchema]> {
  return Object.entries(properties ?? {}).flatMap(
    ([name, field]): Array<[string, FormFieldSchema]> =>
      field.type === 'void' ? dataFields(field.properties) : [[name, field]],
  );
}

/**
 * The value without its upload fields at any depth (objects, and each row of a table): uploaded
 * files belong to the case they were submitted with, so a copy must not refer to them.
 */
function withoutUploads(field: FormFieldSchema, value: unknown): unknown {
  if (field.type === 'object' && value && typeof value === 'object' && !Array.isArray(value))
    return withoutUploadsIn(field.properties, value as Record<string, unknown>);
  const items = field.items;
  if (field.type === 'array' && Array.isArray(value) && items?.type === 'object')
    return value.map((row: unknown) =>
      row && typeof row === 'object' && !Array.isArray(row)
        ? withoutUploadsIn(items?.properties, row as Record<string, unknown>)
        : row,
    );
  return value;
}

function withoutUploadsIn(
  properties: Record<string, FormFieldSchema> | undefined,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const fields = new Map(dataFields(properties));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields.get(key);
    if (field && isUpload(field)) continue;
    kept[key] = field ? withoutUploads(field, value) : value;
  }
  return kept;
}

/** Every file id mentioned anywhere in the data (upload fields may sit inside table rows). */
function fileIdsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 32) return found;
  if (typeof value === 'string' && FILE_ID.test(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => fileIdsIn(v, found, depth + 1));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => fileIdsIn(v, found, depth + 1));
  return found;
}

/**
 * Checks form data against the case's own form version and the acting node's field permissions
 * before the engine runs, so a bad field is refused with its path and nothing is written.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FormChecker {
  @Inject()
  db!: Database;

  @Inject()
  plugins!: PluginManager;

  async check(
    definition: ProcessDefinition,
    nodeId: string,
    data: Record<string, unknown>,
    userId: number,
    mode: 'draft' | 'submit',
    where: { caseId?: number; transaction: Transaction },
  ): Promise<void> {
    const node =
      nodeId === 'start'
        ? definition.flow.nodes.find((n) => n.type === 'start')
        : definition.flow.nodes.find((n) => n.id === nodeId);
    const permissions = (node && fieldPermissionsFor(definition, node.id)) || {};
    const editable = new Set(
      Object.entries(permissions)
        .filter(([, p]) => p === 'editable')
        .map(([f]) => f),
    );
    const acceptable = await this.acceptableFileIds(fileIdsIn(data), userId, where);
    // Plugin checks add codes of their own, so the list is wider than the schema's problem type.
    const problems: Array<{ path: string; code: string; message: string }> = validateFormData(
      definition.form,
      data,
      {
        mode,
        editable,
        isAcceptableFileId: (id) => acceptable.has(id),
      },
    );
    if (problems.length === 0 && mode === 'submit' && node?.type === 'start') {
      // Business rules a schema cannot express (a plugin's, e.g. no department seal on a contract).
      for (const check of this.plugins.registry.formChecksFor(definition.key)) {
        const found = await check(data, {
          sequelize: this.db.sequelize,
          transaction: where.transaction,
          models: this.plugins.registry.models,
          applicantId: userId,
        });
        problems.push(...found.map((p) => ({ path: p.path, code: p.code, message: p.message })));
      }
    }
    if (problems.length === 0) return;
    const onlyPermissions = problems.every((p) => p.code === 'NOT_EDITABLE');
    throw new AppError(
      422,
      onlyPermissions ? 'FIELD_NOT_EDITABLE' : 'FORM_INVALID',
      onlyPermissions
        ? '此环节不能修改这些字段 / These fields may not be changed at this step'
        : `表单有 ${problems.length} 处需要修改 / The form has ${problems.length} problem(s)`,
      problems,
    );
  }

  /** Form data worth carrying into a copy: fields the latest form still has, files left behind. */
  carryOver(definition: ProcessDefinition, form: Record<string, unknown>): Record<string, unknown> {
    const fields = new Set(collectFieldNames(definition.form).filter((f) => !f.includes('.')));
    // Only what the applicant fills in: approvers' opinion fields and handlers' records stay behind
    // (they are hidden or read-only at the start, and submitting them would be refused).
    const start = definition.flow.nodes.find((n) => n.type === 'start');
    const permissions = (start && fieldPermissionsFor(definition, start.id)) || {};
    const carried = Object.fromEntries(
      Object.entries(form).filter(
        ([key]) => fields.has(key) && (permissions[key] ?? 'editable') === 'editable',
      ),
    );
    return withoutUploadsIn(definition.form.properties, carried);
  }

  /** Binds the uploaded files a form refers to to the case, so only its readers may download them. */
  async attachFiles(
    _definition: ProcessDefinition,
    form: Record<string, unknown>,
    caseId: number,
    userId: number,
    transaction: Transaction,
  ): Promise<void> {
    const ids = [...fileIdsIn(form)];
    if (!ids.length) return;
    await this.db.sequelize.query(
      'UPDATE files SET case_id = :caseId WHERE id IN (:ids) AND owner_user_id = :userId AND case_id IS NULL',
      { replacements: { caseId, ids, userId }, transaction },
    );
  }

  /** Files the user uploaded that are free or already belong to this case. */
  private async acceptableFileIds(
    ids: Set<string>,
    userId: number,
    where: { caseId?: number; transaction: Transaction },
  ): Promise<Set<string>> {
    if (ids.size === 0) return ids;
    const rows = await this.db.sequelize.query<{ id: string }>(
      'SELECT id FROM files WHERE id IN (:ids) AND owner_user_id = :userId AND (case_id IS NULL OR case_id = :caseId)',
      {
        replacements: { ids: [...ids], userId, caseId: where.caseId ?? -1 },
        type: QueryTypes.SELECT,
        transaction: where.transaction,
      },
    );
    return new Set(rows.map((r) => r.id));
  }
}
