import type { RuleCase } from '../rule-tester.js';

/**
 * Criteo API `errors[]` with type / code / title / detail. Sources: developers.criteo.com
 * api-error-types and authorization-requests; criteo SDK error models; rudder-transformer
 * criteo_audience fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const criteoCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api.criteo.com/2025-10/audiences/3485/contactlist', status: 401, response: { errors: [{ traceIdentifier: '80a1a0ba3981b04da847d05700752c77', type: 'authorization', code: 'authorization-token-expired', title: 'The authorization token has expired' }] } }),
    category: 'auth',
    cause: 'authorization-token-expired',
    destination: 'criteo',
    rule: 'criteo/token',
    note: 'expired 15-minute token; the host names Criteo',
  },
  {
    line: j({ level: 'error', status: 400, response: { errors: [{ traceIdentifier: '80a1a0ba3981b04da847d05700752c77', type: 'authorization', code: 'audience-invalid' }] } }),
    category: 'validation',
    destination: 'criteo',
    rule: 'criteo/audience-invalid',
    note: 'near miss: type authorization, but the code says the audience id is wrong; traceIdentifier names Criteo',
  },
  {
    line: j({ level: 'error', destination: 'criteo', status: 403, response: { errors: [{ traceId: 'e0a1', type: 'access-control', code: 'permission-denied', title: 'Permission denied', detail: 'The application has no consent for advertiser 12345.' }] } }),
    category: 'permissions',
    rule: 'criteo/permission-denied',
    note: 'no consent for the advertiser',
  },
  {
    line: j({ level: 'error', destination: 'criteo_audience', status: 400, response: { errors: [{ traceId: 'b7c2', type: 'validation', code: 'required-field', title: 'Required field is missing', detail: "The field 'identifierType' is required.", source: { 'data.attributes.identifierType': 'required' } }] } }),
    category: 'validation',
    cause: 'required-field',
    destination: 'criteo',
    rule: 'criteo/validation',
    note: 'validation type with a kebab code',
  },
  {
    line: j({ level: 'warn', destination: 'criteo', status: 429, response: { errors: [{ traceId: '9d3e', type: 'quota', title: 'API quota exceeded' }] } }),
    category: 'transient',
    rule: 'criteo/quota',
    note: 'app rate limit',
  },
  {
    line: j({ level: 'error', destination: 'criteo', status: 500, response: { errors: [{ traceId: '1a2b', type: 'availability', code: 'internal-error', title: 'Internal error' }] } }),
    category: 'transient',
    rule: 'criteo/internal',
    note: 'internal error',
  },
  {
    line: '2026-03-03T10:00:00Z ERROR criteo_audience: The authorization header is invalid during criteo_audience response transformation',
    category: 'auth',
    destination: 'criteo',
    rule: 'criteo/token-text',
    note: 'the title alone, logged by a connector',
  },
  {
    line: 'PATCH https://api.criteo.com/2023-04/audiences/34898/contactlist 429 Too Many Requests',
    category: 'transient',
    destination: 'criteo',
    rule: 'criteo/rate-limit',
    note: 'bare 429 from the host',
  },
];
