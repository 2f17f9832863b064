/**
 * The map of form components shared by the form designer and the runtime. Formily schemas name
 * components by string (`x-component: 'SealPicker'`); hosts resolve those names here. Plugins add
 * their components through `register`. One registry per host instance, never a module global, so
 * two apps (or two tests) on one page cannot leak components into each other.
 */
export interface ComponentEntry<C> {
  name: string;
  component: C;
  /** Palette title, Chinese first. */
  title: string;
  titleEn?: string;
  /** Palette group, e.g. 'input', 'layout', 'org', or a plugin's own. */
  group: string;
  /** The plugin that registered it, for error messages and the palette's tooltip. */
  source: string;
}

export type RegisterResult = { ok: true } | { ok: false; code: 'COMPONENT_NAME_TAKEN'; message: string };

export interface ComponentRegistry<C> {
  register(entry: ComponentEntry<C>): RegisterResult;
  get(name: string): ComponentEntry<C> | undefined;
  list(): ComponentEntry<C>[];
  /** The `{ name: component }` object Formily's `createSchemaField({ components })` expects. */
  componentMap(): Record<string, C>;
}

const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*$/;

export function createComponentRegistry<C>(): ComponentRegistry<C> {
  const entries = new Map<string, ComponentEntry<C>>();
  return {
    register(entry) {
      if (!COMPONENT_NAME.test(entry.name)) {
        // A programmer error in a plugin, not a user's input: fail loudly at start-up.
        throw new Error(
          `Component name "${entry.name}" must be PascalCase (e.g. SealPicker or ArrayTable.Column)`,
        );
      }
      const existing = entries.get(entry.name);
      if (existing) {
        return {
          ok: false,
          code: 'COMPONENT_NAME_TAKEN',
          message: `Component "${entry.name}" is already registered by ${existing.source}`,
        };
      }
      entries.set(entry.name, entry);
      return { ok: true };
    },
    get: (name) => entries.get(name),
    list: () => [...entries.values()],
    componentMap: () => Object.fromEntries([...entries].map(([name, entry]) => [name, entry.component])),
  };
}
