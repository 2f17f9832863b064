// The shapes the server's plugin API defines; imported as types only (erased at run time), so the
// processes stay plain data that tests and the designers can load without the server.
export type { ProcessBaseline, ServiceMode } from '@flowhall/server';

/** A global role the baselines name in their assignee rules; the server seeds these. */
export interface SealRole {
  key: string;
  name: string;
  nameEn: string;
}
