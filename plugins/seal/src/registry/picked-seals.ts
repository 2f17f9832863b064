import type { FormCheckContext, FormProblem } from '@flowhall/server';
import { ruleProblem } from '../rules/problem';
import { sealModels } from './models';

interface PickedRow {
  sealId?: unknown;
  sealType?: unknown;
}

const rowsOf = (value: unknown): PickedRow[] =>
  Array.isArray(value) ? value.filter((r): r is PickedRow => !!r && typeof r === 'object') : [];

/** The registry id a picked row names, or undefined for a row that names none. */
export const pickedSealId = (row: PickedRow): number | undefined => {
  const id = typeof row.sealId === 'number' ? row.sealId : Number(row.sealId);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

/**
 * Checks picked seals against the registry on submit: each must exist and be in use (an abolished
 * seal can never be picked again), and its type must be the registry's, since the contract and
 * name-seal rules (R32) read the type from the row. With `unitField`, the seal must belong to the
 * unit the form names (a unit abolishes only its own seals).
 */
export async function pickedSealProblems(
  form: Record<string, unknown>,
  field: string,
  context: FormCheckContext,
  options: { unitField?: string } = {},
): Promise<FormProblem[]> {
  const rows = rowsOf(form[field]);
  const ids = rows.map(pickedSealId).filter((id): id is number => id !== undefined);
  const { Seal } = sealModels(context.models);
  const found = ids.length
    ? await Seal.findAll({ where: { id: [...new Set(ids)] }, transaction: context.transaction })
    : [];
  const byId = new Map(found.map((s) => [s.id, s]));
  const unit =
    options.unitField && form[options.unitField] !== undefined
      ? await context.directory.findDepartment(form[options.unitField], { transaction: context.transaction })
      : undefined;
  const problems: FormProblem[] = [];
  rows.forEach((row, i) => {
    const path = `${field}[${i}].sealId`;
    const id = pickedSealId(row);
    const seal = id === undefined ? undefined : byId.get(id);
    if (!seal) {
      problems.push(
        ruleProblem(
          path,
          'SEAL_NOT_FOUND',
          '所选印章不在印章台账中',
          'the picked seal is not in the registry',
        ),
      );
      return;
    }
    if (seal.status === 'abolished') {
      problems.push(
        ruleProblem(path, 'SEAL_ABOLISHED', `“${seal.name}”已废止，不能使用`, `"${seal.name}" is abolished`),
      );
      return;
    }
    if (seal.status !== 'in-use') {
      problems.push(
        ruleProblem(
          path,
          'SEAL_NOT_IN_USE',
          `“${seal.name}”已带出，暂不能选择`,
          `"${seal.name}" is out of the office`,
        ),
      );
      return;
    }
    if (row.sealType !== seal.sealType)
      problems.push(
        ruleProblem(
          `${field}[${i}].sealType`,
          'SEAL_TYPE_MISMATCH',
          `“${seal.name}”的印章类型与台账不符`,
          `the type of "${seal.name}" differs from the registry`,
        ),
      );
    if (options.unitField && unit && seal.departmentId !== unit.id)
      problems.push(
        ruleProblem(
          path,
          'SEAL_NOT_OF_UNIT',
          `“${seal.name}”不属于申请单位`,
          `"${seal.name}" is not the unit's seal`,
        ),
      );
  });
  return problems;
}
