import type { RuleCase } from '../rule-tester.js';

/**
 * Webflow Data API v2 bodies `{"code","message","externalReference","details":[{"param",
 * "description"}]}`, raw and as the generated SDKs print them.
 * Sources: developers.webflow.com/data/v2.0.0/reference/error-handling (body shape, sample
 * resource_not_found body, 429 handling); webflow/js-webflow-api ErrorCode.ts (the codes),
 * ForbiddenErrorBody.ts, WebflowError.ts ("<Name>\nStatus code\nBody") and the generated error
 * classes; webflow/js-webflow-api #165 (validation_error with details[].param); public code quoting
 * the missing_scopes body; the Fern-generated Python SDK's ApiError text (headers, status_code, body).
 */
const j = (o: unknown): string => JSON.stringify(o);
const body = (code: string, message: string, details: unknown[] = []) => ({ message, code, externalReference: null, details });

export const webflowCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/collections', body: body('not_authorized', 'Request not authorized') }),
    category: 'auth',
    destination: 'webflow',
    cause: 'not_authorized',
    rule: 'webflow/unauthorized',
    note: 'ErrorCode not_authorized on a 401 (the docs’ common error codes); the API host names Webflow',
  },
  {
    line: j({ level: 'error', status: 401, body: body('invalid_auth_version', 'Invalid auth version') }),
    category: 'auth',
    destination: 'webflow',
    rule: 'webflow/unauthorized',
    note: 'invalid_auth_version (a v1 credential on v2): a code only Webflow sends names it without a host',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.webflow.com/v2/collections/6390c49774a71f0e3c1a08ee/items', body: { message: "OAuthForbidden: You are missing the following scopes - 'cms:write'", code: 'missing_scopes' } }),
    category: 'permissions',
    destination: 'webflow',
    field: 'cms:write',
    rule: 'webflow/missing-scopes',
    note: 'ForbiddenErrorBody InvalidScopes: a valid token without the scope (the wording quoted in public code)',
  },
  {
    line: "Error: OAuthForbidden: You are missing the following scopes - 'sites:read'",
    category: 'permissions',
    destination: 'webflow',
    rule: 'webflow/missing-scopes-message',
    note: 'a client that threw the body’s message alone',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/pages/63c720f9347c2139b248e552', body: body('forbidden', 'Forbidden') }),
    category: 'permissions',
    destination: 'webflow',
    rule: 'webflow/forbidden',
    note: 'ErrorCode forbidden',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/activity_logs', body: body('not_enterprise_plan_site', 'Forbidden') }),
    category: 'plan',
    destination: 'webflow',
    cause: 'not_enterprise_plan_site',
    rule: 'webflow/plan',
    note: 'ForbiddenErrorBody NotEnterprisePlanSite: an Enterprise-only endpoint on a site of another plan',
  },
  {
    line: j({ level: 'error', destination: 'webflow', status: 409, body: body('ecommerce_not_enabled', 'Ecommerce is not enabled for this site') }),
    category: 'plan',
    rule: 'webflow/plan',
    note: 'ErrorCode ecommerce_not_enabled: the site lacks the Ecommerce feature',
  },
  {
    line: `Error processing listing 26514721 BadRequestError: BadRequestError Status code: 400 Body: ${j(body('validation_error', 'Validation Error', [{ param: 'ListingId', description: 'Field not described in schema: undefined' }, { param: 'ListingKey', description: 'Field not described in schema: undefined' }]))}`,
    category: 'validation',
    destination: 'webflow',
    field: 'ListingId, ListingKey',
    rule: 'webflow/validation',
    note: 'js-webflow-api #165: the SDK’s BadRequestError text; details[].param names the fields, externalReference names Webflow',
  },
  {
    line: j({ level: 'error', status: 409, url: 'https://api.webflow.com/v2/collections/6390c49774a71f0e3c1a08ee/items', body: body('conflict', 'Conflict', [{ param: 'slug', description: "Unique value is already in database: 'spring-sale'" }]) }),
    category: 'validation',
    destination: 'webflow',
    field: 'slug',
    rule: 'webflow/duplicate',
    note: 'ErrorCode conflict on a CMS item whose slug is taken',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741', body: body('resource_not_found', 'Requested resource not found: The site cannot be found') }),
    category: 'validation',
    destination: 'webflow',
    cause: 'resource_not_found',
    rule: 'webflow/not-found',
    note: 'the error-handling page’s sample body',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.webflow.com/v1/sites', body: body('unsupported_version', 'Unsupported API version') }),
    category: 'validation',
    destination: 'webflow',
    rule: 'webflow/unsupported-version',
    note: 'ErrorCode unsupported_version (a retired v1 route)',
  },
  {
    line: "webflow.core.api_error.ApiError: headers: {'content-type': 'application/json', 'retry-after': '60'}, status_code: 429, body: {'message': 'Too many requests', 'code': 'too_many_requests', 'externalReference': None, 'details': []}",
    category: 'transient',
    destination: 'webflow',
    rule: 'webflow/rate-limit',
    note: 'the Python SDK’s ApiError text; the docs say to honour Retry-After (per-minute limits)',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.webflow.com/v2/collections/6390c49774a71f0e3c1a08ee/items/live', body: body('internal_error', 'Internal Error') }),
    category: 'transient',
    destination: 'webflow',
    rule: 'webflow/internal',
    note: 'ErrorCode internal_error',
  },
  {
    line: j({ level: 'error', destination: 'notion', status: 400, body: { object: 'error', status: 400, code: 'validation_error', message: 'body failed validation: body.properties.Name.title should be defined' } }),
    category: 'validation',
    destination: 'notion',
    note: 'near miss: validation_error on another API’s line is not Webflow’s',
  },
];
