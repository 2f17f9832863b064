import type {
  DefinitionDetail,
  DefinitionProblem,
  DefinitionSummary,
  ProcessDefinition,
  VersionSummary,
} from '@flowhall/schema';
import type { Request } from '../transport';

export interface DefinitionsApi {
  list(): Promise<{ items: DefinitionSummary[] }>;
  create(input: {
    key: string;
    name: string;
    category?: string;
    copyFrom?: string;
  }): Promise<DefinitionDetail>;
  get(key: string): Promise<DefinitionDetail>;
  /** `baseRevision` is the `draftRevision` the editor loaded; a stale one answers 409 DRAFT_CONFLICT. */
  saveDraft(key: string, baseRevision: number, definition: ProcessDefinition): Promise<DefinitionDetail>;
  validate(key: string): Promise<{ ok: boolean; problems: DefinitionProblem[] }>;
  publish(key: string, changeNote?: string): Promise<VersionSummary>;
  version(key: string, version: number): Promise<ProcessDefinition>;
  baselineOffer(key: string): Promise<{ offered: ProcessDefinition | null }>;
  /** adopt: the offered baseline becomes the draft; keep: dismiss it. */
  decideBaseline(key: string, decision: 'adopt' | 'keep'): Promise<DefinitionDetail>;
}

const path = (key: string) => `/api/definitions/${encodeURIComponent(key)}`;

export function definitionsApi(request: Request): DefinitionsApi {
  return {
    list: () => request('GET', '/api/definitions'),
    create: (input) => request('POST', '/api/definitions', input),
    get: (key) => request('GET', path(key)),
    saveDraft: (key, baseRevision, definition) =>
      request('PUT', `${path(key)}/draft`, { baseRevision, definition }),
    validate: (key) => request('POST', `${path(key)}/validate`),
    publish: (key, changeNote) =>
      request('POST', `${path(key)}/publish`, changeNote === undefined ? {} : { changeNote }),
    version: (key, version) => request('GET', `${path(key)}/versions/${version}`),
    baselineOffer: (key) => request('GET', `${path(key)}/baseline-offer`),
    decideBaseline: (key, decision) => request('POST', `${path(key)}/baseline-offer/decide`, { decision }),
  };
}
