export { sealUseProblems, picksNameSeal } from './seal-use-rules';
export type { SealUseProblem, SealUseProblemCode } from './seal-use-rules';
export { sealAbolitionProblems, legalPersonCertProblems, sealFormProblems } from './process-rules';
export type { SealRuleProblem, FormValues } from './problem';
