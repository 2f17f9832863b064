import { createFormRegistry, type FormRegistry } from '@flowhall/designer/components';
import { HostProvider } from '@flowhall/designer/host';
import { registerSealComponents } from '@flowhall/plugin-seal/client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { OpinionItem } from '../case/opinion-item';
import { runtimeHost } from './host';

/**
 * The form kit of the app: one component registry (standard components plus the plugins') and
 * the host they call the API through. Made once per provider, never a module global, so a test
 * page or a second app instance gets its own.
 */
export interface FormKit {
  registry: FormRegistry;
}

const FormKitContext = createContext<FormKit | null>(null);

export function createFormKit(): FormKit {
  const registry = createFormRegistry();
  // The case view's decorator for decided opinion areas (R14); not a palette item.
  registry.register({
    name: 'OpinionItem',
    component: OpinionItem,
    title: '审批意见区',
    titleEn: 'Opinion area',
    group: 'part',
    source: 'runtime',
  });
  // Plugins' form components (configured plugins only; the seal plugin is the one we ship).
  for (const problem of registerSealComponents(registry)) {
    // A name clash is a build mistake, not a user's: say so loudly in the console, keep working.
    console.error(`[form-kit] ${problem.message}`);
  }
  return { registry };
}

export function FormKitProvider({ children }: { children: ReactNode }) {
  const kit = useMemo(createFormKit, []);
  return (
    <FormKitContext.Provider value={kit}>
      <HostProvider host={runtimeHost}>{children}</HostProvider>
    </FormKitContext.Provider>
  );
}

export function useFormKit(): FormKit {
  const kit = useContext(FormKitContext);
  if (!kit) throw new Error('useFormKit must be used inside <FormKitProvider>');
  return kit;
}
