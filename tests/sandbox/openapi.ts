import { paths } from './openapi/paths';
import { schemas } from './openapi/schemas';
import type { OpenApiDocument } from './openapi/types';

/** The sandbox's OpenAPI 3.1 document, served publicly at /api/v1/openapi.json. */
export function openApiDocument(serverUrl = '/api/v1'): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sume Public API v1 (local sandbox)',
      version: '1.0.0-sandbox',
      description:
        'A local stand-in for the Sume Public API. Shapes marked [A] in shared/sume-api.md are ' +
        "the sandbox's concrete reading of what Sume's public docs leave open.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer sume_live_...' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Legacy keys.' },
      },
    },
  };
}
