import { introLetterBaseline } from './intro-letter';
import { legalPersonCertBaseline } from './legal-person-cert';
import { sealAbolitionBaseline } from './seal-abolition';
import { sealEngravingBaseline } from './seal-engraving';
import { sealUseBaseline } from './seal-use';
import type { ProcessBaseline } from './types';

/** The five ready processes of the seal plugin, in the order the hall lists them (001). */
export const SEAL_PROCESSES: readonly ProcessBaseline[] = [
  sealUseBaseline,
  sealEngravingBaseline,
  sealAbolitionBaseline,
  introLetterBaseline,
  legalPersonCertBaseline,
];

export { sealUseBaseline, SEAL_USE_NODES, BUSINESS_TYPES } from './seal-use';
export { sealEngravingBaseline, SEAL_ENGRAVING_NODES } from './seal-engraving';
export { sealAbolitionBaseline, SEAL_ABOLITION_NODES } from './seal-abolition';
export { introLetterBaseline, INTRO_LETTER_NODES } from './intro-letter';
export { legalPersonCertBaseline, LEGAL_PERSON_CERT_NODES } from './legal-person-cert';
export { SEAL_ROLES } from './roles';
export type { SealRoleKey } from './roles';
export { FORM_COMPONENTS } from './form-parts';
export type { ProcessBaseline, ServiceMode, SealRole } from './types';
