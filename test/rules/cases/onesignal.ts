import type { RuleCase } from '../rule-tester.js';

/**
 * OneSignal `{"errors":[…]}` bodies. Sources: documentation.onesignal.com rate limits and keys;
 * OneSignal SDK error catalog; OneSignal-Android-SDK #2221, onesignal-dotnet-api #73,
 * OneSignal-WordPress-Plugin #80, OneSignal-Cordova-SDK #203.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const onesignalCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api.onesignal.com/notifications', status: 403, response: { errors: ["Access denied.  Please include an 'Authorization: ...' header with a valid API key (https://documentation.onesignal.com/docs/accounts-and-keys)."] } }),
    category: 'auth',
    destination: 'onesignal',
    rule: 'onesignal/invalid-api-key',
    note: '403 for a wrong key: auth, not a grant',
  },
  {
    line: 'OneSignal API error 400: {"errors":["Please include a case-sensitive header of Authorization: Basic <YOUR-REST-API-KEY-HERE> or Bearer token=\\"<YOUR-REST-API-KEY-HERE>\\" with a valid REST API key."],"reference":["https://documentation.onesignal.com/docs/accounts-and-keys#section-keys-ids"]}',
    category: 'auth',
    destination: 'onesignal',
    rule: 'onesignal/invalid-api-key',
    note: 'the legacy wording on a 400',
  },
  {
    line: 'POST https://onesignal.com/api/v1/notifications 400 {"errors":["app_id not found. You may be missing a Content-Type: application/json header."]}',
    category: 'auth',
    destination: 'onesignal',
    rule: 'onesignal/app-id',
    note: 'app id not the key’s (OneSignal-Cordova-SDK #203)',
  },
  {
    line: j({ level: 'error', destination: 'onesignal', record_id: 'user_771', status: 200, response: { id: '', errors: ['All included players are not subscribed'] } }),
    category: 'validation',
    rule: 'onesignal/not-subscribed',
    note: 'HTTP 200 with errors, logged as a failed record: nobody to send to',
  },
  {
    line: j({ level: 'error', destination: 'onesignal', status: 400, response: { errors: ['You must include which players, segments, or tags you wish to send this notification to.'] } }),
    category: 'validation',
    rule: 'onesignal/no-targeting',
    note: 'no audience mapped',
  },
  {
    line: j({ level: 'error', url: 'https://api.onesignal.com/apps/5a1b/users/by/external_id/cus_9', status: 404, response: { errors: [{ title: 'User not found', meta: { external_id: 'cus_9' } }] } }),
    category: 'validation',
    destination: 'onesignal',
    rule: 'onesignal/not-found',
    note: '404 on the user model',
  },
  {
    line: j({ level: 'warn', destination: 'OneSignal', status: 429, response: { errors: ['API rate limit exceeded.'] } }),
    category: 'transient',
    rule: 'onesignal/rate-limit',
    note: 'documented 429 body',
  },
  {
    line: j({ level: 'warn', destination: 'onesignal', status: 503, response: { errors: ['Service temporarily unavailable'] } }),
    category: 'transient',
    rule: 'onesignal/unavailable',
    note: 'pgbouncer rejection: retryable',
  },
];
