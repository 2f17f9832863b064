import type { ProcessDefinition } from '../definition';

// The shapes of the definitions API, shared by server and client.

export interface DefinitionSummary {
  key: string;
  name: string;
  category: string | null;
  latestVersion: number;
  hasDraft: boolean;
  draftRevision: number;
  draftUpdatedAt: string | null;
  source: string;
  baselineVersion: number | null;
  offeredBaselineVersion: number | null;
  updatedAt: string;
}

export interface VersionSummary {
  version: number;
  changeNote: string | null;
  publishedBy: number | null;
  publishedAt: string;
}

export interface DefinitionDetail extends DefinitionSummary {
  draft: ProcessDefinition | null;
  versions: VersionSummary[];
}
