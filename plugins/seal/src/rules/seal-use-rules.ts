import { findSealType } from '../seal-types';
import { isBlank, ruleProblem, type FormValues, type SealRuleProblem } from './problem';

export type SealUseProblemCode =
  | 'CONFIDENTIALITY_REQUIRED'
  | 'BLANK_PAPER_PROMISE_REQUIRED'
  | 'SEALS_REQUIRED'
  | 'DEPT_SEAL_ON_CONTRACT'
  | 'SEAL_NOT_FOR_CONTRACT'
  | 'NAME_SEAL_OWNER_REQUIRED'
  | 'TAKE_OUT_REASON_REQUIRED'
  | 'TAKE_OUT_RETURN_DATE_REQUIRED';

export interface SealUseProblem extends SealRuleProblem {
  code: SealUseProblemCode;
}

interface PickedSeal {
  sealType: string;
  sealName?: unknown;
}

/** Rows that name a seal type; anything else (null, numbers, half-filled rows) is not a pick. */
const pickedSeals = (form: FormValues): PickedSeal[] =>
  Array.isArray(form.seals)
    ? form.seals.filter(
        (s): s is PickedSeal =>
          !!s && typeof s === 'object' && typeof (s as PickedSeal).sealType === 'string',
      )
    : [];

/** Does the form pick a person's name seal (名章)? The flow routes to its owner when it does. */
export const picksNameSeal = (form: FormValues): boolean =>
  pickedSeals(form).some((s) => s.sealType === 'name');

/**
 * What the seal-use form must satisfy beyond its schema, for the server to check on submit and
 * resubmit (the schema's `required` cannot depend on other answers, and a checkbox left `false`
 * is not empty):
 * - R12: the confidentiality commitment is ticked;
 * - R30: the applicant promises the materials are complete (never stamp blank paper) and picks seals;
 * - R32: a horizontal contract carries no department seal (nor any seal type not allowed on
 *   contracts); a name seal names its owner, whose approval the flow then requires;
 * - R20: a seal taken out of the office has a reason and a return date.
 */
export function sealUseProblems(form: FormValues): SealUseProblem[] {
  const problems: SealUseProblem[] = [];
  const add = (path: string, code: SealUseProblemCode, zh: string, en: string): void => {
    problems.push(ruleProblem(path, code, zh, en) as SealUseProblem);
  };
  if (form.confidentialityCommitment !== true)
    add(
      'confidentialityCommitment',
      'CONFIDENTIALITY_REQUIRED',
      '请勾选保密承诺',
      'tick the confidentiality commitment',
    );
  if (form.noBlankPaper !== true)
    add(
      'noBlankPaper',
      'BLANK_PAPER_PROMISE_REQUIRED',
      '请确认材料已填写完整，不在空白纸张上盖章',
      'confirm that no blank paper will be stamped',
    );
  const seals = pickedSeals(form);
  if (seals.length === 0) add('seals', 'SEALS_REQUIRED', '请选择要使用的印章', 'pick at least one seal');
  if (form.horizontalContract === true) {
    // Index the original rows so the path points at the row the applicant sees.
    (Array.isArray(form.seals) ? (form.seals as unknown[]) : []).forEach((row, i) => {
      if (!seals.includes(row as PickedSeal)) return;
      const type = findSealType((row as PickedSeal).sealType);
      if (!type || type.contractAllowed) return;
      if (type.key === 'department')
        add(
          `seals[${i}].sealType`,
          'DEPT_SEAL_ON_CONTRACT',
          '合同一律不得加盖部门章，请申请使用学校公章或合同专用章',
          'a contract may not carry a department seal; use the university or contract seal',
        );
      else
        add(
          `seals[${i}].sealType`,
          'SEAL_NOT_FOR_CONTRACT',
          `合同不得加盖${type.name}，请申请使用学校公章或合同专用章`,
          `a contract may not carry a ${type.nameEn.toLowerCase()}`,
        );
    });
  }
  if (picksNameSeal(form) && isBlank(form.nameSealOwner))
    add(
      'nameSealOwner',
      'NAME_SEAL_OWNER_REQUIRED',
      '使用负责人名章须选择名章所属负责人，由其本人审核同意',
      'a name seal needs its owner, who must approve',
    );
  if (form.takeOut === true) {
    if (isBlank(form.takeOutReason))
      add(
        'takeOutReason',
        'TAKE_OUT_REASON_REQUIRED',
        '带出印章须填写带出事由',
        'say why the seal leaves the office',
      );
    if (isBlank(form.expectedReturnDate))
      add(
        'expectedReturnDate',
        'TAKE_OUT_RETURN_DATE_REQUIRED',
        '带出印章须填写预计归还日期',
        'give the date the seal comes back',
      );
  }
  return problems;
}
