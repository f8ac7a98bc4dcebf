import type { RuleCase } from '../rule-tester.js';

/**
 * MYOB Business (AccountRight) `Errors[]` bodies (`Name`, `Message`, `AdditionalDetails`, `ErrorCode`,
 * `Severity`) and pymyob exception lines.
 * Sources: developer.myob.com/api/myob-business-api/api-overview/error-messages (GatewayTimeout,
 * RateLimitError, DeveloperInactive bodies); myob-oss/AccountRight_Live_API_.Net_SDK #279
 * (CustomerNotFound 11003 body, verbatim); uptick/pymyob myob/exceptions.py (MyobRateLimitExceeded,
 * "<Name>: <Message> <AdditionalDetails>"); public MYOB clients that refresh on ErrorCode 31001
 * (OAuthTokenIsInvalid); apisupport.myob.com "Solving Access Denied errors" (`[{"Message":"Access denied"}]`).
 */
const j = (o: unknown): string => JSON.stringify(o);
const INFO = 'Warning, error messages have not been finalised in this release and may change';
const API = 'https://arl2.api.myob.com/accountright/b7259c7c-a109-4013-a6e2-9be6410ab300';
const myobError = (e: Record<string, unknown>) => ({ Errors: [{ Severity: 'Error', LearnMore: null, ...e }], Information: INFO });

export const myobCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/Contact/Customer`, body: myobError({ Name: 'OAuthTokenIsInvalid', Message: 'The supplied OAuth token (Bearer) is not valid', AdditionalDetails: 'Header: Authorization', ErrorCode: 31001 }) }),
    category: 'auth',
    destination: 'myob',
    rule: 'myob/oauth-token',
    note: 'MYOB clients refresh the token on ErrorCode 31001 (OAuthTokenIsInvalid); the number decides, not the wording',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      url: `${API}/Sale/Invoice/Service/?returnBody=true`,
      body: myobError({ Name: 'CustomerNotFound', Message: "The Customer with UID of '511d425d-a306-4e19-add4-de842086444a' cannot be found.", AdditionalDetails: 'Customer.UID', ErrorCode: 11003 }),
    }),
    category: 'validation',
    destination: 'myob',
    field: 'Customer.UID',
    rule: 'myob/validation',
    note: 'AccountRight_Live_API_.Net_SDK #279: CustomerNotFound 11003, AdditionalDetails names the field',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/GeneralLedger/Account`, body: myobError({ Name: 'RateLimitError', Message: 'API key has exceeded the daily rate limit', AdditionalDetails: 'Header: x-myobapi-key', ErrorCode: null }) }),
    category: 'plan',
    destination: 'myob',
    rule: 'myob/daily-limit',
    note: 'error-messages guide: RateLimitError for the daily limit, a 403',
  },
  {
    line: "myob.exceptions.MyobRateLimitExceeded: (<Response [403]>, 'RateLimitError: API key has exceeded the per-second rate limit Header: x-myobapi-key')",
    category: 'transient',
    destination: 'myob',
    rule: 'myob/rate-limit',
    note: 'pymyob exceptions.py: MyobRateLimitExceeded is the 403 RateLimitError; per-second wording of the error-messages guide',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.myob.com/accountright/', body: myobError({ Name: 'DeveloperInactive', Message: 'API key is missing or inactive', ErrorCode: null }) }),
    category: 'auth',
    destination: 'myob',
    rule: 'myob/api-key-inactive',
    note: 'error-messages guide: DeveloperInactive, the x-myobapi-key missing or inactive (403)',
  },
  {
    line: "myob.exceptions.MyobUnauthorized: (<Response [401]>, 'OAuthTokenIsInvalid: The supplied OAuth token (Bearer) is not valid Header: Authorization')",
    category: 'auth',
    destination: 'myob',
    rule: 'myob/oauth-token-message',
    note: 'pymyob prints "<Name>: <Message> <AdditionalDetails>": the name is in the text',
  },
  {
    line: j({ level: 'error', destination: 'MYOB AccountRight', status: 401, body: [{ Message: 'Access denied' }] }),
    category: 'auth',
    destination: 'myob',
    rule: 'myob/company-file-access',
    note: 'apisupport.myob.com Solving Access Denied errors: the company file sign-in (cftoken) missing or wrong',
  },
  {
    line: j({ level: 'error', status: 504, url: `${API}/Sale/Invoice/Item`, body: myobError({ Name: 'GatewayTimeout', Message: 'Connection to the API has timed out', ErrorCode: null }) }),
    category: 'transient',
    destination: 'myob',
    rule: 'myob/gateway-timeout',
    note: 'error-messages guide: GatewayTimeout, calls over the 120 s limit (504)',
  },
];
