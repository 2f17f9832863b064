import { expect } from 'chai';
import { testServer } from '../support/api-hooks';

interface Operation {
  tags: string[];
  security?: unknown[];
  responses: Record<string, unknown>;
}

describe('api > openapi', () => {
  it('publishes a valid OpenAPI document that lists every route, without signing in', async () => {
    const response = await fetch(`${testServer().url}/api/openapi.json`);
    expect(response.status).to.equal(200);
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const specifier = '@apidevtools/swagger-parser';
    const { default: SwaggerParser } = (await import(specifier)) as {
      default: { validate(doc: unknown): Promise<unknown> };
    };
    await SwaggerParser.validate(structuredClone(document));
    const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).to.include.members([
      'GET /api/health',
      'POST /api/auth/login',
      'GET /api/me',
      'GET /api/hall/services',
      'PUT /api/definitions/{key}/draft',
      'POST /api/cases',
      'POST /api/tasks/{id}/act',
      'GET /api/lists/{box}',
    ]);
  });

  it('Given the seal plugin, When the document is read, Then its public route needs no sign-in and every plugin route is tagged by the plugin', async () => {
    const response = await fetch(`${testServer().url}/api/openapi.json`);
    const document = (await response.json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const verify = document.paths['/api/plugins/seal/verify/letters/{code}']?.get;
    expect(verify, 'the public letter check is listed').to.not.equal(undefined);
    expect(verify!.security).to.deep.equal([]);
    expect(Object.keys(verify!.responses)).to.not.include.members(['401']);
    expect(Object.keys(verify!.responses)).to.not.include.members(['403']);
    expect(verify!.tags).to.deep.equal(['@flowhall/plugin-seal']);

    const letter = document.paths['/api/plugins/seal/letters/{id}']?.get;
    expect(letter!.security, 'a signed-in route keeps the global requirement').to.equal(undefined);
    expect(Object.keys(letter!.responses)).to.include.members(['401', '403']);

    const pluginTags = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/plugins/'))
      .flatMap(([, ops]) => Object.values(ops).flatMap((op) => op.tags));
    expect(pluginTags).to.not.include('Api');
    expect(new Set(pluginTags)).to.include('@flowhall/plugin-seal');
    // Controller routes keep their controller's tag.
    expect(document.paths['/api/me']?.get?.tags).to.not.deep.equal(['Api']);
  });

  it('serves a browsable page at /api/docs', async () => {
    const response = await fetch(`${testServer().url}/api/docs`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/html/);
    expect(await response.text()).to.contain('/api/openapi.json');
  });
});
