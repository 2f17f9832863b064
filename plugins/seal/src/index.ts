export { SEAL_TYPES, findSealType } from './seal-types';
export type { SealType, SealTypeKey } from './seal-types';
