import type { Provider } from './provider.js';
import type { Rule } from '../rules/rule.js';

/**
 * Okta management API (`<org>.okta.com/api/v1`, also `oktapreview.com`, `okta-emea.com`). Every
 * error is `{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011",
 * "errorId":"oae…","errorCauses":[{"errorSummary":"…"}]}`. The E-codes decide: E0000004
 * Authentication exception, E0000005 Invalid session, E0000011 Invalid token provided (the SSWS API
 * token revoked, expired after 30 days unused, or its admin deactivated): auth; E0000006 "You do not
 * have permission to perform the requested action" (the token's admin role is too narrow):
 * permissions; E0000015 "You do not have permission to access the feature you are requesting"
 * (feature or SKU not enabled on the org): plan; E0000047 "API call exceeded rate limit due to too
 * many requests." (per-endpoint org limits, X-Rate-Limit-Reset): transient; E0000009 Internal Server
 * Error and E0000010 "Service is in read only mode": transient; E0000007 "Not found: Resource not
 * found" and the request errors (E0000001 "Api validation failed: login" with `errorCauses`
 * "login: An object with this field already exists in the current organization", E0000002, E0000003,
 * E0000016 already active, E0000038 not allowed in the user's current status…): validation, the
 * field named before the colon.
 * SDK spellings: okta-sdk-python / Node `OktaAPIError` / `OktaApiError` "Okta HTTP 401 E0000011
 * Invalid token provided", Java `com.okta.sdk.resource.ResourceException: HTTP 401, Okta E0000011
 * (Invalid token provided), ErrorId oae…`.
 * Sources: developer.okta.com/docs/reference/error-codes, /docs/reference/rl-global-mgmt (rate
 * limits), /docs/guides/create-an-api-token (token expiry); the okta SDKs' error classes.
 */

/** The E-codes of a group, as SDK text prints them. */
const ecodes = (codes: string[]): RegExp => new RegExp(`\\b(?:${codes.join('|')})\\b`);

const AUTH = ['E0000004', 'E0000005', 'E0000011'];
const PERMISSIONS = ['E0000006'];
const PLAN = ['E0000015'];
const TRANSIENT = ['E0000047', 'E0000009', 'E0000010'];
const VALIDATION = ['E0000001', 'E0000002', 'E0000003', 'E0000007', 'E0000008', 'E0000014', 'E0000016', 'E0000017', 'E0000020', 'E0000022', 'E0000023', 'E0000029', 'E0000031', 'E0000038'];

const FIELD_FROM = /Api validation failed: ([\w.]+)|(?:\| |- )([\w.]+): /;

const fixes = {
  auth: 'Create a new API token (Security → API → Tokens) as an active admin, or reconnect the OAuth service app; unused tokens expire after 30 days. Pause the sync until then.',
  permissions: 'Give the admin who owns the token (or the service app) a role that covers this action (e.g. Group or Org Administrator); keep syncing other records.',
  plan: 'Enable the feature (or buy the SKU) on the Okta org, or drop the object from the sync.',
  transient: 'Retry after X-Rate-Limit-Reset; spread calls (limits are per endpoint and shared by the whole org).',
  validation: 'Fix the mapped value of the named field (duplicate login, pattern, required) or re-resolve the Okta id; retrying as is will not help.',
};

const codeRules: Rule[] = [
  { id: 'okta/auth', category: 'auth', cause: '{code}', code: AUTH, summary: 'Okta rejected the API token or session ({code})', fix: fixes.auth },
  { id: 'okta/permission', category: 'permissions', cause: '{code}', code: PERMISSIONS, summary: 'Okta admin behind the token lacks permission ({code})', fix: fixes.permissions },
  { id: 'okta/feature', category: 'plan', cause: '{code}', code: PLAN, summary: 'Okta feature not enabled on the org ({code})', fix: fixes.plan },
  { id: 'okta/rate-limit', category: 'transient', cause: '{code}', code: TRANSIENT, summary: 'Okta rate limit or temporary server state ({code})', fix: fixes.transient },
  { id: 'okta/validation', category: 'validation', cause: '{code}', code: VALIDATION, fieldFrom: FIELD_FROM, summary: 'Okta rejected the request for this record ({code}, `{field}`)', fix: fixes.validation },
];

// The SDKs print the E-code in the text, where no key holds it.
const textRules: Rule[] = [
  { id: 'okta/auth-text', category: 'auth', cause: 'invalid token', message: ecodes(AUTH), summary: 'Okta rejected the API token or session', fix: fixes.auth },
  { id: 'okta/permission-text', category: 'permissions', cause: 'E0000006', message: ecodes(PERMISSIONS), summary: 'Okta admin behind the token lacks permission', fix: fixes.permissions },
  { id: 'okta/feature-text', category: 'plan', cause: 'E0000015', message: ecodes(PLAN), summary: 'Okta feature not enabled on the org', fix: fixes.plan },
  { id: 'okta/rate-limit-text', category: 'transient', cause: 'E0000047', message: ecodes(TRANSIENT), summary: 'Okta rate limit or temporary server state', fix: fixes.transient },
  { id: 'okta/validation-text', category: 'validation', cause: 'E0000001', message: ecodes(VALIDATION), fieldFrom: FIELD_FROM, summary: 'Okta rejected the request for this record (`{field}`)', fix: fixes.validation },
];

export const provider: Provider = {
  name: 'okta',
  display: 'Okta',
  // Org hosts and SDK names: "okta" alone is too short a word to trust.
  hints: [
    '[\\w-]+\\.(?:okta|oktapreview|okta-emea|okta-gov|okta-mil)\\.com',
    '@okta/[\\w-]+',
    'okta-sdk-\\w+',
    'okta\\.exceptions',
    'OktaAPIError',
    'OktaApiError',
    'com\\.okta\\.[\\w.]+',
    'tap-okta',
    'source-okta',
  ],
  bodyKeys: ['errorCauses', 'errorLink'],
  links: {
    auth: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
    permissions: 'https://help.okta.com/en-us/content/topics/security/administrators-admin-comparison.htm',
    plan: 'https://www.okta.com/pricing/',
    validation: 'https://developer.okta.com/docs/reference/error-codes/',
    outage: 'https://status.okta.com',
    transient: 'https://developer.okta.com/docs/reference/rl-global-mgmt/',
  },
  rules: [...codeRules, ...textRules],
};
