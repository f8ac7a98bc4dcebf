import type { Provider } from './provider.js';

/**
 * LinkedIn Marketing / Community Management APIs (Rest.li): `{"serviceErrorCode":65600,
 * "message":"Invalid access token","status":401}` (extract reads `message` and `status`, not
 * `serviceErrorCode`), versioned APIs add `code` (`NONEXISTENT_VERSION`…). Rate limits are per day
 * (application and member, reset at midnight UTC): a 429 "… DAY limit …" is a plan limit.
 * Sources: learn.microsoft.com/linkedin/shared/api-guide/concepts/error-handling and /rate-limits
 * (daily application and member limits); learn.microsoft.com/linkedin/shared/authentication
 * (token expiry and revocation); real bodies in react-native-linkedin#80 (65600 Invalid access
 * token), hybridauth#1020 ("Not enough permissions to access: GET /me", serviceErrorCode 100),
 * PostHog/posthog#64614 ("Resource level throttle APPLICATION DAY limit for calls to this resource
 * is reached").
 */
const L = ['linkedin'];

export const provider: Provider = {
  name: 'linkedin',
  display: 'LinkedIn',
  keys: { code: ['serviceErrorCode'] },
  aliases: ['linkedinads'],
  // Not the bare word: CRM records are full of "LinkedIn URL" fields. The connectors' names are
  // linkedin-ads / LinkedIn Ads (tap-linkedin-ads, source-linkedin-ads).
  hints: ['api\\.linkedin\\.com', 'www\\.linkedin\\.com/oauth', 'linkedin[ _-]?ads', 'linkedin_api'],
  bodyKeys: ['serviceErrorCode'],
  links: {
    auth: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authentication',
    permissions: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/getting-access',
    plan: 'https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits',
    validation: 'https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling',
    transient: 'https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits',
  },
  rules: [
    {
      id: 'linkedin/daily-throttle',
      category: 'plan',
      cause: 'daily throttle',
      message: /throttle (?:APPLICATION|MEMBER|APPLICATION_AND_MEMBER) DAY limit|\bDAY limit for calls to this resource is reached/i,
      summary: 'LinkedIn daily call limit for this resource reached',
      fix: 'Pause until the limit resets at midnight UTC; cut calls per run (larger pages, fewer fields, fewer accounts) or ask LinkedIn for a higher tier.',
    },
    {
      id: 'linkedin/throttle',
      category: 'transient',
      cause: 'throttle',
      message: /Throttle limit for calls to this resource is reached|Resource level throttle/i,
      summary: 'LinkedIn throttle (short window)',
      fix: 'Retry with backoff; lower concurrency if it persists.',
    },
    {
      id: 'linkedin/token-expired',
      category: 'auth',
      cause: 'token expired or revoked',
      // LinkedIn spells its codes in capitals; Dropbox's `expired_access_token` is Dropbox's own.
      message: /[Tt]he token used in the request has (?:expired|been revoked)|\bEXPIRED_ACCESS_TOKEN\b|\bREVOKED_ACCESS_TOKEN\b/,
      summary: 'LinkedIn access token expired or revoked',
      fix: 'Reconnect the LinkedIn account (access tokens last 60 days; refresh tokens one year); pause the sync until then.',
    },
    {
      id: 'linkedin/invalid-token',
      category: 'auth',
      cause: 'Invalid access token',
      message: /^[Ii]nvalid access token$|\bEMPTY_ACCESS_TOKEN\b|\bINVALID_ACCESS_TOKEN\b/,
      destination: L,
      summary: 'LinkedIn access token invalid or missing',
      fix: 'Reconnect the LinkedIn account; pause the sync until then.',
    },
    {
      id: 'linkedin/not-enough-permissions',
      category: 'permissions',
      cause: 'Not enough permissions',
      message: /Not enough permissions to access:? (?:[A-Z]+ )?(\S+)|Unpermitted fields present in/i,
      fieldFrom: /Not enough permissions to access:? (?:[A-Z]+ )?(\S+)/,
      summary: 'LinkedIn token or app lacks the permission for this endpoint',
      fix: 'Request the product / scope (r_ads, rw_ads, r_organization_social…) for the app and reconnect with it; the member also needs a role on the ad account or page.',
    },
    {
      id: 'linkedin/version',
      category: 'validation',
      cause: 'NONEXISTENT_VERSION',
      code: ['NONEXISTENT_VERSION', 'VERSION_MISSING'],
      summary: 'LinkedIn API version sunset or missing (Linkedin-Version header)',
      fix: 'Upgrade the connector to a LinkedIn-Version that is still active (versions are supported for about a year).',
    },
    // Rest.li validation: "ERROR :: /name :: is required but was not present".
    {
      id: 'linkedin/validation',
      category: 'validation',
      cause: 'validation',
      message: /\bERROR :: \/[\w/]+ ::/,
      fieldFrom: /\bERROR :: \/(?:[\w]+\/)*(\w+) ::/,
      destination: L,
      summary: 'LinkedIn rejected `{field}`',
      fix: 'Fix the value mapped to the field; never retry the same payload.',
    },
  ],
};
