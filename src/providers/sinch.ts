import type { Provider } from './provider.js';

/**
 * Sinch (SMS REST API `{region}.sms.api.sinch.com/xms/v1/…`, formerly CLX `api.clxcommunications.com`;
 * Conversation API `{region}.conversation.api.sinch.com`; Voice `calling.api.sinch.com` /
 * `callingapi.sinch.com`; Verification `verification.api.sinch.com`; Numbers, Fax, Number Lookup
 * `*.api.sinch.com`; OAuth `auth.sinch.com`). Three error shapes:
 * - the SMS REST API: `{"code":"syntax_invalid_parameter_format","text":"…"}`. 400 codes
 *   syntax_invalid_json, syntax_invalid_parameter_format (a malformed MSISDN), syntax_constraint_violation
 *   (a required field missing); 403 codes unknown_group, unknown_campaign, missing_callback_url,
 *   illegal_number_type (a number type the region does not allow), blocked_account ("your account
 *   has been blocked": reach the account manager); 409 conflict_group_name, conflict_send_at. All
 *   but blocked_account are the request's: validation; blocked_account is the account's: plan.
 * - Voice and Verification: `{"status":"400 ParameterValidation","errorCode":40001,"message":"…",
 *   "reference":"…"}`, the errorCode being the HTTP status and two digits: 400xx parameter
 *   validation / missing parameter / invalid request (40004 "Application key is invalid" is the
 *   credentials: auth), 401xx authorization: auth, 403xx forbidden ("Seamless verification not
 *   available for given destination"): permissions, 404xx not found: validation.
 * - Conversation, Numbers, Access Keys: Google-style `{"error":{"code":401,"message":…,"status":
 *   "UNAUTHENTICATED"}}`, read by the generic rules; Number Lookup answers 402 when the balance is
 *   negative (the generic 402).
 * The bare numbers and the common words are Sinch's only on Sinch's lines; the syntax_* codes name it.
 * The SMS body's message is under `text`, too common a key to read as a message everywhere: the code decides.
 * Client libraries: @sinch/sdk-core (RequestFailedError "[apiName: …] [operationId: …] [baseUrl: …]
 * [status: 401] …"), sinch (Python, sinch.core.exceptions.SinchException, SMSException…),
 * com.sinch.sdk, com.sinch.xms / com.clxcommunications.xms (ApiError code + text).
 * Sources: developers.sinch.com/docs/sms/api-reference/status-codes (code table) and
 * community.sinch.com "Common SMS HTTP Statuses and Codes Explained"; developers.sinch.com/docs/voice/
 * api-reference/errors and /docs/verification/api-reference/errors (errorCode samples);
 * sinch/sinch-java-sms ApiError.java (code constants); sinch/sinch-sdk-node packages/sdk-client/src/
 * api/api-errors.ts and packages/verification/tests (403 errorCode 40300 body); sinch/sinch-sdk-python
 * sinch/core/exceptions.py.
 */
const S = ['sinch'];

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The SMS REST API's codes for a request it refused. */
const XMS_INVALID = ['syntax_invalid_json', 'syntax_invalid_parameter_format', 'syntax_constraint_violation', 'unknown_group', 'unknown_campaign', 'missing_callback_url', 'illegal_number_type', 'conflict_group_name', 'conflict_send_at'];

export const provider: Provider = {
  name: 'sinch',
  display: 'Sinch',
  aliases: ['clxcommunications'],
  hints: [
    '(?:[\\w-]+\\.)*api\\.sinch\\.com',
    'callingapi\\.sinch\\.com',
    'auth\\.sinch\\.com',
    '@sinch/[\\w-]+',
    'com\\.sinch\\.(?:sdk|xms)(?:\\.\\w+)*',
    'sinch\\.(?:core|domains)(?:\\.\\w+)*',
    'Sinch\\w*(?:Exception|Error)',
    'clxcommunications',
    // Sinch also owns Mailgun and Mailjet: "Sinch Mailgun" names Mailgun.
    'sinch(?!\\s*(?:mailgun|mailjet|email))',
  ],
  // The SMS API's own codes: a body that carries one names Sinch.
  bodyCodes: ['syntax_invalid_json', 'syntax_invalid_parameter_format', 'syntax_constraint_violation', 'missing_callback_url', 'illegal_number_type', 'unknown_campaign', 'conflict_send_at'],
  links: {
    auth: 'https://dashboard.sinch.com/settings/access-keys',
    permissions: 'https://developers.sinch.com/docs/verification/api-reference/errors',
    plan: 'https://community.sinch.com/t5/SMS/Common-SMS-HTTP-Statuses-and-Codes-Explained/ta-p/14163',
    validation: 'https://developers.sinch.com/docs/sms/api-reference/status-codes/',
    transient: 'https://developers.sinch.com/docs/sms/api-reference/status-codes/',
    outage: 'https://status.sinch.com',
  },
  rules: [
    {
      id: 'sinch/blocked-account',
      category: 'plan',
      cause: 'blocked_account',
      code: ['blocked_account'],
      destination: S,
      summary: 'Sinch account is blocked (blocked_account)',
      fix: 'Reach your Sinch account manager to unblock the account; pause the sync until then.',
    },
    {
      id: 'sinch/request-invalid',
      category: 'validation',
      cause: '{code}',
      code: XMS_INVALID,
      destination: S,
      summary: 'Sinch SMS API rejected the request ({code})',
      fix: 'Fix what the code names: the recipient number (E.164, a number type the region allows), a missing required field, an unknown group or campaign id, or a callback URL; retrying as is fails again.',
    },
    // Voice and Verification errorCodes: the HTTP status and two digits.
    {
      id: 'sinch/voice-auth',
      category: 'auth',
      cause: '{code} unauthorized',
      code: ['40004', ...range(40100, 40199)],
      destination: S,
      summary: 'Sinch rejected the application key or request signature ({code})',
      fix: 'Use the application key and secret of the Voice / Verification app in the Sinch dashboard (and sign requests with that secret); pause the sync until then.',
    },
    {
      id: 'sinch/voice-forbidden',
      category: 'permissions',
      cause: '{code} forbidden',
      code: range(40300, 40399),
      destination: S,
      summary: 'Sinch app may not do this ({code}: feature or destination not enabled for the app)',
      fix: 'Enable the feature for the app (or the destination country) in the Sinch dashboard or with your account manager; keep syncing other records.',
    },
    {
      id: 'sinch/voice-invalid',
      category: 'validation',
      cause: '{code} invalid request',
      code: [...range(40000, 40099), ...range(40400, 40499)],
      destination: S,
      summary: 'Sinch rejected the request parameters or the id ({code})',
      fix: 'Fix the parameter the message names (a number without its leading +, a missing parameter, a call or verification id that does not exist); retrying as is fails again.',
    },
  ],
};
