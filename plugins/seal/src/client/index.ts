// The seal plugin's browser entry (`@flowhall/plugin-seal/client`): form components for hosts to
// register, and typed calls of the plugin's routes for the web app's pages.
export { registerSealComponents } from './register';
export type { RegisterProblem } from './register';
export { SealPicker, SealPickerField } from './seal-picker';
export type { SealPickerProps, SealRow } from './seal-picker';
export { sealApi, queryOf, SEAL_API_BASE } from './seal-api';
export type { JsonRequest, SealApi } from './seal-api';
export type {
  LedgerColumn,
  LedgerKind,
  LedgerPage,
  LedgerQuery,
  LedgerRow,
  LetterPerson,
  LetterStatusKey,
  LetterVerification,
  LetterView,
  NamedRef,
  Page,
  PickerSeal,
  SealDetail,
  SealEventKindKey,
  SealEventView,
  SealListQuery,
  SealStatusKey,
  SealView,
} from '../api-types';
export { SEAL_TYPES, findSealType } from '../seal-types';
