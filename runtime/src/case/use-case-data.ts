import type { CaseView, FlowGraph, FormSchema, TraceEntry } from '@flowhall/schema';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

export interface CaseData {
  view: CaseView;
  schema: FormSchema;
  flow: { flow: FlowGraph; path: Array<{ nodeId: string; outcome: string; at: string }>; current: string[] };
  trace: TraceEntry[];
}

export type CaseLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; data: CaseData };

/** Everything the case view shows, loaded together; `reload` after an action or a conflict. */
export function useCaseData(id: number): { load: CaseLoad; reload: () => Promise<void> } {
  const [load, setLoad] = useState<CaseLoad>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const [view, schema, flow, trace] = await Promise.all([
        api.cases.get(id),
        api.cases.formSchema(id),
        api.cases.flow(id),
        api.cases.trace(id),
      ]);
      setLoad({ status: 'ready', data: { view, schema, flow, trace: trace.items } });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [id]);
  useEffect(() => {
    setLoad({ status: 'loading' });
    void reload();
  }, [reload]);
  return { load, reload };
}
