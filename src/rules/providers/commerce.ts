import type { RulePack } from '../rule.js';

/**
 * Shopify, Zendesk and Klaviyo: small packs for the shapes that the generic rules get wrong.
 * Shopify REST `{"errors": string|object}`, GraphQL `errors[].extensions.code` on HTTP 200;
 * Zendesk `{"error":"RecordInvalid","details":{field:[…]}}`; Klaviyo JSON:API `errors[].code`.
 */
export const commerce: RulePack = {
  name: 'commerce',
  rules: [
    {
      id: 'commerce/throttled',
      category: 'transient',
      cause: 'THROTTLED',
      // Shopify GraphQL's extensions.code and Klaviyo's JSON:API code: the same word.
      code: ['THROTTLED'],
      summary: 'Rate limited',
      fix: 'Retried with backoff; lower query cost or concurrency.',
    },
    {
      id: 'shopify/access-denied',
      provider: 'shopify',
      category: 'permissions',
      cause: 'ACCESS_DENIED',
      code: ['ACCESS_DENIED'],
      summary: 'App lacks the access scope for this field or mutation',
      fix: 'Add the required access scope to the app and have the store re-install it.',
    },
    {
      id: 'shopify/invalid-token',
      provider: 'shopify',
      category: 'auth',
      cause: 'invalid access token',
      message: /\[API\] Invalid API key or access token/i,
      summary: 'Shopify access token invalid (app uninstalled or token rotated)',
      fix: 'Reinstall / reconnect the Shopify app; pause the sync until then.',
    },
    {
      id: 'shopify/calls-per-second',
      provider: 'shopify',
      link: 'https://shopify.dev/docs/api/usage/limits',
      category: 'transient',
      cause: 'THROTTLED',
      message: /Exceeded \d+ calls per second/i,
      summary: 'Rate limited (query cost / calls per second)',
      fix: 'Retried with backoff; lower query cost or concurrency.',
    },
    {
      id: 'zendesk/record-invalid',
      provider: 'zendesk',
      category: 'validation',
      cause: 'RecordInvalid',
      code: ['RecordInvalid', 'DuplicateValue', 'InvalidValue', 'BlankValue'],
      summary: 'Zendesk record validation failed',
      fix: 'Fix the value of the named field (details key) in the mapping.',
    },
    {
      id: 'zendesk/authenticate',
      provider: 'zendesk',
      category: 'auth',
      cause: "Couldn't authenticate you",
      message: /Couldn't authenticate you/i,
      summary: 'Zendesk credentials rejected',
      fix: 'Update the Zendesk API token / OAuth connection; pause the sync until then.',
    },
    {
      id: 'klaviyo/duplicate-profile',
      provider: 'klaviyo',
      category: 'validation',
      cause: 'duplicate_profile',
      code: ['duplicate_profile'],
      summary: 'Profile already exists',
      fix: 'Update the existing profile (id in meta.duplicate_profile_id) instead of creating it.',
    },
    {
      id: 'klaviyo/not-authenticated',
      provider: 'klaviyo',
      category: 'auth',
      cause: 'not_authenticated',
      code: ['not_authenticated', 'authentication_failed'],
      summary: 'API key missing or invalid',
      fix: 'Update the private API key; pause the sync until then.',
    },
    {
      id: 'klaviyo/permission-denied',
      provider: 'klaviyo',
      category: 'permissions',
      cause: 'permission_denied',
      code: ['permission_denied'],
      summary: 'API key lacks the scope for this call',
      fix: 'Create a key with the needed scopes and update the connection.',
    },
  ],
};
