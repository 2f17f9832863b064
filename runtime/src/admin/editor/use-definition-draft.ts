import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '@flowhall/client';
import type { DefinitionDetail, DefinitionProblem, ProcessDefinition } from '@flowhall/schema';
import { validateDefinition } from '@flowhall/schema';
import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redo,
  undo,
  type History,
} from '@flowhall/designer/schema-ops';
import { api } from '../../api';

export type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready' };

/**
 * The draft being edited: loaded from the server (the draft, else the latest version), edited
 * with undo / redo, saved with the revision it was loaded at so a concurrent save is refused
 * rather than overwritten. Validation runs on every edit so problems show as they appear.
 */
export function useDefinitionDraft(key: string) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [detail, setDetail] = useState<DefinitionDetail | null>(null);
  const [history, setHistory] = useState<History<ProcessDefinition> | null>(null);
  const [saved, setSaved] = useState<ProcessDefinition | null>(null);
  const [conflict, setConflict] = useState(false);

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    setConflict(false);
    try {
      const fresh = await api.definitions.get(key);
      const working = fresh.draft ?? (await api.definitions.version(key, fresh.latestVersion));
      setDetail(fresh);
      setHistory(createHistory(working));
      setSaved(working);
      setLoad({ status: 'ready' });
    } catch (err) {
      setLoad({ status: 'failed', message: (err as Error).message });
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const present = history?.present ?? null;
  const problems: DefinitionProblem[] = useMemo(
    () => (present ? validateDefinition(present) : []),
    [present],
  );

  const edit = useCallback(
    (next: ProcessDefinition) => setHistory((h) => (h ? pushHistory(h, next) : h)),
    [],
  );

  /** Saves when there is something to save; answers false on a conflict (the page offers a reload). */
  const save = useCallback(async (): Promise<boolean> => {
    if (!detail || !present) return false;
    if (present === saved && detail.hasDraft) return true;
    try {
      const next = await api.definitions.saveDraft(key, detail.draftRevision, present);
      setDetail(next);
      setSaved(present);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DRAFT_CONFLICT') {
        setConflict(true);
        return false;
      }
      throw err;
    }
  }, [detail, key, present, saved]);

  return {
    load,
    detail,
    setDetail,
    definition: present,
    problems,
    dirty: present !== null && present !== saved,
    conflict,
    edit,
    save,
    reload,
    undo: () => setHistory((h) => (h ? undo(h) : h)),
    redo: () => setHistory((h) => (h ? redo(h) : h)),
    canUndo: history ? canUndo(history) : false,
    canRedo: history ? canRedo(history) : false,
  };
}

export type DefinitionDraft = ReturnType<typeof useDefinitionDraft>;
