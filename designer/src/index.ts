export { createComponentRegistry } from './component-registry';
export type { ComponentEntry, ComponentRegistry, RegisterResult } from './component-registry';
