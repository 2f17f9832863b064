import { isBlank, ruleProblem, type FormValues, type SealRuleProblem } from './problem';
import { sealUseProblems } from './seal-use-rules';

/** R12 for the four smaller processes (seal use checks it itself). */
function commitment(form: FormValues): SealRuleProblem[] {
  return form.confidentialityCommitment === true
    ? []
    : [
        ruleProblem(
          'confidentialityCommitment',
          'CONFIDENTIALITY_REQUIRED',
          '请勾选保密承诺',
          'tick the confidentiality commitment',
        ),
      ];
}

/** A lost seal is surrendered by a published loss notice. */
export function sealAbolitionProblems(form: FormValues): SealRuleProblem[] {
  const problems = commitment(form);
  if (form.surrenderMode === 'lost' && isBlank(form.lossNotice))
    problems.push(
      ruleProblem(
        'lossNotice',
        'LOSS_NOTICE_REQUIRED',
        '印章遗失须上传登报遗失声明',
        'upload the published loss notice',
      ),
    );
  return problems;
}

/** An original that leaves the office has borrow and return dates, the return not before the borrow. */
export function legalPersonCertProblems(form: FormValues): SealRuleProblem[] {
  const problems = commitment(form);
  const lends = Array.isArray(form.usage) && form.usage.includes('lend');
  if (!lends) return problems;
  const documents = Array.isArray(form.documents) ? form.documents : [];
  if (!documents.some((d) => d === 'certificate-original' || d === 'id-original'))
    problems.push(
      ruleProblem(
        'documents',
        'ORIGINAL_REQUIRED_TO_LEND',
        '借出原件须选择原件',
        'lending needs an original document',
      ),
    );
  if (isBlank(form.borrowDate))
    problems.push(
      ruleProblem('borrowDate', 'BORROW_DATE_REQUIRED', '借出原件须填写借出日期', 'give the borrow date'),
    );
  if (isBlank(form.returnDate))
    problems.push(
      ruleProblem('returnDate', 'RETURN_DATE_REQUIRED', '借出原件须填写归还日期', 'give the return date'),
    );
  else if (
    typeof form.borrowDate === 'string' &&
    typeof form.returnDate === 'string' &&
    form.returnDate < form.borrowDate
  )
    problems.push(
      ruleProblem(
        'returnDate',
        'RETURN_BEFORE_BORROW',
        '归还日期不能早于借出日期',
        'the return date is before the borrow date',
      ),
    );
  return problems;
}

/** Problems of a seal plugin form by process key; other keys have none. */
export function sealFormProblems(key: string, form: FormValues): SealRuleProblem[] {
  switch (key) {
    case 'seal-use':
      return sealUseProblems(form);
    case 'seal-abolition':
      return sealAbolitionProblems(form);
    case 'legal-person-cert':
      return legalPersonCertProblems(form);
    case 'seal-engraving':
    case 'intro-letter':
      return commitment(form);
    default:
      return [];
  }
}
