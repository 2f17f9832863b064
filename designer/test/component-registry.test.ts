import { expect } from 'chai';
import { createComponentRegistry } from '../src/component-registry';

describe('designer > component registry', () => {
  const entry = (name: string, source = 'core') => ({
    name,
    component: name,
    title: name,
    group: 'input',
    source,
  });

  it('returns the registered components as the map Formily expects', () => {
    const registry = createComponentRegistry<string>();
    expect(registry.register(entry('Input')).ok).to.equal(true);
    expect(registry.register(entry('ArrayTable.Column')).ok).to.equal(true);
    expect(registry.componentMap()).to.deep.equal({
      Input: 'Input',
      'ArrayTable.Column': 'ArrayTable.Column',
    });
  });

  it('refuses a second component under a taken name and says who holds it', () => {
    const registry = createComponentRegistry<string>();
    registry.register(entry('SealPicker', '@flowhall/plugin-seal'));
    const result = registry.register(entry('SealPicker', 'another-plugin'));
    expect(result).to.deep.include({ ok: false, code: 'COMPONENT_NAME_TAKEN' });
    expect(registry.get('SealPicker')?.source).to.equal('@flowhall/plugin-seal');
  });

  it('keeps registries apart: one host never sees another host’s components', () => {
    const a = createComponentRegistry<string>();
    const b = createComponentRegistry<string>();
    a.register(entry('Input'));
    expect(b.list()).to.have.length(0);
  });

  it('throws on a name that is not PascalCase, a plugin programming error', () => {
    expect(() => createComponentRegistry<string>().register(entry('seal-picker'))).to.throw(/PascalCase/);
  });
});
