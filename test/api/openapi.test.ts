import { expect } from 'chai';
import { testServer } from '../support/api-hooks';

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

  it('serves a browsable page at /api/docs', async () => {
    const response = await fetch(`${testServer().url}/api/docs`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/html/);
    expect(await response.text()).to.contain('/api/openapi.json');
  });
});
