/** The subset of Midway's router table the document is built from. */
export interface RouteInfo {
  url: string | RegExp;
  /** The controller prefix joined with the route's url. */
  fullUrl?: string;
  requestMethod: string;
  summary?: string;
  description?: string;
  controllerClz?: { name: string };
  /** Set by routes added at run time (plugin routes): they have no controller class to tag by. */
  openApi?: RouteDocumentation;
}

/** What a dynamic route tells the document about itself. */
export interface RouteDocumentation {
  /** The tag to list it under (a plugin's routes under the plugin's name). */
  tag: string;
  /** Answers without signing in: no security requirement and no 401/403 responses. */
  public: boolean;
}

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Array<{ name: string; in: 'path'; required: true; schema: { type: 'string' } }>;
  requestBody?: { content: { 'application/json': { schema: { type: 'object' } } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: object }> }>;
  security?: Array<Record<string, string[]>>;
}

const PUBLIC = new Set(['GET /api/health', 'POST /api/auth/login', 'GET /api/openapi.json', 'GET /api/docs']);
const ERROR_REF = { $ref: '#/components/schemas/Error' };

const tagOf = (route: RouteInfo): string =>
  route.openApi?.tag ??
  (route.controllerClz?.name ?? 'Api').replace(/Controller$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');

/**
 * An OpenAPI 3.0 document built from the server's own router table, so every route is listed the
 * moment it exists. Summaries come from the route decorators' `summary` option.
 */
export function buildOpenApi(routes: RouteInfo[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of routes) {
    const url = route.fullUrl ?? (typeof route.url === 'string' ? route.url : undefined);
    if (!url || !url.startsWith('/api')) continue;
    const method = route.requestMethod.toLowerCase();
    if (method === 'all') continue;
    const path = url.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}') || '/';
    const params = [...url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    const signature = `${route.requestMethod.toUpperCase()} ${url}`;
    const isPublic = PUBLIC.has(signature) || route.openApi?.public === true;
    const operation: Operation = {
      operationId: `${method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary || route.description || signature,
      tags: [tagOf(route)],
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        '400': { description: 'Bad input', content: { 'application/json': { schema: ERROR_REF } } },
        ...(isPublic
          ? {}
          : {
              '401': { description: 'Not signed in', content: { 'application/json': { schema: ERROR_REF } } },
              '403': { description: 'Not allowed', content: { 'application/json': { schema: ERROR_REF } } },
            }),
      },
      ...(isPublic ? { security: [] } : {}),
    };
    if (params.length) {
      operation.parameters = params.map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
    }
    if (method === 'post' || method === 'put' || method === 'patch') {
      operation.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } };
    }
    (paths[path] ??= {})[method] = operation;
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Flowhall API',
      version,
      description:
        'Flowhall REST API. Sign in with POST /api/auth/login (session cookie + x-csrf-token header on writes). ' +
        'Errors are { code, message, details } with stable codes.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'flowhall_session' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
        },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}
