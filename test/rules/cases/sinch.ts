import type { RuleCase } from '../rule-tester.js';

/**
 * Sinch SMS REST bodies (`code` + `text`) and Voice / Verification bodies (`errorCode` = HTTP status
 * and two digits, `message`, `reference`).
 * Sources: developers.sinch.com/docs/sms/api-reference/status-codes and community.sinch.com "Common
 * SMS HTTP Statuses and Codes Explained" (code tables); developers.sinch.com/docs/voice/api-reference/
 * errors (40001, 40004 samples); sinch/sinch-sdk-node packages/verification/tests/rest/v1/verifications/
 * start.steps.ts (403 errorCode 40300 body); a public SinchSmsResponseMapper test (400
 * syntax_invalid_parameter_format body).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const sinchCases: RuleCase[] = [
  {
    line: j({ level: 'error', msg: 'send batch failed', status: 403, url: 'https://us.sms.api.sinch.com/xms/v1/a1b2c3d4/batches', body: { code: 'blocked_account', text: 'Account is blocked' } }),
    category: 'plan',
    destination: 'sinch',
    rule: 'sinch/blocked-account',
    note: 'community.sinch.com SMS codes: 403 blocked_account, the account is blocked (account manager)',
  },
  {
    line: j({ level: 'error', status: 400, body: { code: 'syntax_invalid_parameter_format', text: 'The recipient number is invalid.' } }),
    category: 'validation',
    destination: 'sinch',
    rule: 'sinch/request-invalid',
    note: 'SMS status-codes table: 400 syntax_invalid_parameter_format (a malformed MSISDN); the code names Sinch with no host',
  },
  {
    line: j({ level: 'error', msg: 'callout failed', url: 'https://calling.api.sinch.com/calling/v1/callouts', status: 400, body: { errorCode: 40004, message: 'Bad request: Application key is invalid' } }),
    category: 'auth',
    destination: 'sinch',
    rule: 'sinch/voice-auth',
    note: 'Voice errors page: 40004 is an invalid application key, a 400 that is the credentials',
  },
  {
    line: j({ level: 'error', url: 'https://verification.api.sinch.com/verification/v1/verifications', status: 403, body: { errorCode: 40300, message: 'Seamless verification not available for given destination.', reference: 'c01dc0de-c4db-44f1-5ca1-da9159d21c191' } }),
    category: 'permissions',
    destination: 'sinch',
    rule: 'sinch/voice-forbidden',
    note: 'sinch-sdk-node verification start.steps.ts: the 403 body of a data verification the app may not run',
  },
  {
    line: j({ level: 'error', url: 'https://calling.api.sinch.com/calling/v1/callouts', body: { status: '400 ParameterValidation', errorCode: 40001, message: 'Method needs to be `ttsCallout`, `conferenceCallout`, or `customCallout`' } }),
    category: 'validation',
    destination: 'sinch',
    rule: 'sinch/voice-invalid',
    note: 'Voice errors page: 40001 parameter validation',
  },
];
