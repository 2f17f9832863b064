import type { Effect } from './effects';
import type { EngineError } from './errors';
import type { CaseState } from './state';

export interface EngineOk {
  ok: true;
  state: CaseState;
  effects: Effect[];
}

export type EngineResult = EngineOk | EngineError;
