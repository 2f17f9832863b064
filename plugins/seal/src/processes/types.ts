import type { ProcessDefinition } from '@flowhall/schema';

/** How a hall service is done; mirrors the server's plugin API (structurally identical). */
export type ServiceMode = 'online' | 'offline' | 'self-service';

/**
 * A process the seal plugin ships: version N of its definition (plain data, editable by
 * administrators in the designers) plus how the hall shows it. The server installs it the first
 * time and only offers later versions, never overwriting an administrator's edits.
 */
export interface ProcessBaseline {
  definition: ProcessDefinition;
  hall: {
    summary?: string;
    theme?: string;
    mode?: ServiceMode;
  };
}

/** A global role the baselines name in their assignee rules; the server seeds these. */
export interface SealRole {
  key: string;
  name: string;
  nameEn: string;
}
