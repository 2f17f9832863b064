import type { ComponentRegistry } from '@flowhall/designer';
import type { ComponentType } from 'react';
import { SealPicker } from './seal-picker';

export type RegisterProblem = { code: 'COMPONENT_NAME_TAKEN'; message: string };

// Formily components take any props; the registry's element type is the host's to choose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/**
 * Registers the seal plugin's form components into a host's registry (the runtime's form
 * renderer, the form designer's palette). Returns the problems instead of throwing: a host decides
 * whether a clash is fatal.
 */
export function registerSealComponents(registry: ComponentRegistry<AnyComponent>): RegisterProblem[] {
  const result = registry.register({
    name: 'SealPicker',
    component: SealPicker,
    title: '印章选择',
    titleEn: 'Seal picker',
    group: 'seal',
    source: '@flowhall/plugin-seal',
  });
  return result.ok ? [] : [{ code: result.code, message: result.message }];
}
