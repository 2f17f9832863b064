import { expect } from 'chai';
import { routeBaseOf, routeProblems } from '../src/plugins/plugin-routes';
import type { PluginRoute } from '../src/plugins/plugin-route-api';

const route = (patch: Partial<PluginRoute> = {}): PluginRoute => ({
  method: 'GET',
  path: '/things',
  access: 'signed-in',
  summary: 'things',
  handler: async () => ({}),
  ...patch,
});

describe('server > plugin routes', () => {
  it('derives the route base from the npm name unless the plugin names one', () => {
    expect(routeBaseOf({ name: '@flowhall/plugin-seal' })).to.equal('seal');
    expect(routeBaseOf({ name: 'flowhall-plugin-leave-fixture' })).to.equal('leave-fixture');
    expect(routeBaseOf({ name: '@acme/plugin-Car_Pool' })).to.equal('car-pool');
    expect(routeBaseOf({ name: '@acme/whatever', routeBase: 'cars' })).to.equal('cars');
  });

  it('accepts well-formed routes', () => {
    expect(
      routeProblems([route(), route({ method: 'POST', access: { roles: ['office-staff'] } })]),
    ).to.deep.equal([]);
  });

  it('reports bad methods, paths, access, missing handlers and duplicates as data', () => {
    const problems = routeProblems([
      route({ method: 'FETCH' as PluginRoute['method'] }),
      route({ path: 'things' }),
      route({ path: '/a', access: { roles: [] } }),
      route({ path: '/b', handler: undefined as unknown as PluginRoute['handler'] }),
      route({ path: '/c' }),
      route({ path: '/c' }),
    ]);
    expect(problems.join('\n')).to.match(/unknown method/);
    expect(problems.join('\n')).to.match(/must start with \//);
    expect(problems.join('\n')).to.match(/access must be/);
    expect(problems.join('\n')).to.match(/has no handler/);
    expect(problems.join('\n')).to.match(/GET \/c: declared twice/);
  });
});
