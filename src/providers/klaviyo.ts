import type { Provider } from './provider.js';

/**
 * Klaviyo: JSON:API `errors[].code` (`duplicate_profile`, `not_authenticated`, `permission_denied`).
 * Sources: developers.klaviyo.com/en/docs/api_overview (errors).
 */
export const provider: Provider = {
  name: 'klaviyo',
  display: 'Klaviyo',
  hints: ['klaviyo\\.com', 'klaviyo'],
  rank: 95,
  links: {
    auth: 'https://developers.klaviyo.com/en/docs/authenticate_',
    validation: 'https://developers.klaviyo.com/en/docs/api_overview',
    outage: 'https://status.klaviyo.com',
    transient: 'https://status.klaviyo.com',
  },
  rules: [
    {
      id: 'klaviyo/duplicate-profile',
      category: 'validation',
      cause: 'duplicate_profile',
      code: ['duplicate_profile'],
      summary: 'Profile already exists',
      fix: 'Update the existing profile (id in meta.duplicate_profile_id) instead of creating it.',
    },
    {
      id: 'klaviyo/not-authenticated',
      category: 'auth',
      cause: 'not_authenticated',
      code: ['not_authenticated', 'authentication_failed'],
      summary: 'API key missing or invalid',
      fix: 'Update the private API key; pause the sync until then.',
    },
    {
      id: 'klaviyo/permission-denied',
      category: 'permissions',
      cause: 'permission_denied',
      code: ['permission_denied'],
      summary: 'API key lacks the scope for this call',
      fix: 'Create a key with the needed scopes and update the connection.',
    },
  ],
};
