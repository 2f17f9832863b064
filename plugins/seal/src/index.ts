export { SEAL_TYPES, findSealType } from './seal-types';
export type { SealType, SealTypeKey } from './seal-types';
export {
  SEAL_PROCESSES,
  sealUseBaseline,
  sealEngravingBaseline,
  sealAbolitionBaseline,
  introLetterBaseline,
  legalPersonCertBaseline,
  SEAL_USE_NODES,
  SEAL_ENGRAVING_NODES,
  SEAL_ABOLITION_NODES,
  INTRO_LETTER_NODES,
  LEGAL_PERSON_CERT_NODES,
  BUSINESS_TYPES,
  SEAL_ROLES,
  FORM_COMPONENTS,
} from './processes';
export type { ProcessBaseline, ServiceMode, SealRole, SealRoleKey } from './processes';
export {
  sealUseProblems,
  picksNameSeal,
  sealAbolitionProblems,
  legalPersonCertProblems,
  sealFormProblems,
} from './rules';
export type { SealUseProblem, SealUseProblemCode, SealRuleProblem, FormValues } from './rules';
export { plugin } from './plugin';
