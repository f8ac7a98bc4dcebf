import type { RuleCase } from '../rule-tester.js';

/**
 * AppsFlyer S2S events (plain-word responses) and OpenDSR `af_gdpr_code` errors. Sources:
 * dev.appsflyer.com S2S and OpenDSR references; rudder-transformer af network fixture (e411).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const appsflyerCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 400, response: { error: { code: 400, af_gdpr_code: 'e411', message: "AppID given in 'property_id' is incorrect or does not belong to your account" } } }),
    category: 'permissions',
    destination: 'appsflyer',
    rule: 'appsflyer/gdpr-permission',
    note: 'af_gdpr_code names AppsFlyer; e411 is an authorization error of the OpenDSR API',
  },
  {
    line: j({ level: 'error', url: 'https://hq1.appsflyer.com/api/gdpr/v1/opendsr_request', status: 400, response: { error: { code: 400, af_gdpr_code: 'e318', message: 'Invalid identity_type' } } }),
    category: 'validation',
    cause: 'e318',
    destination: 'appsflyer',
    rule: 'appsflyer/gdpr-request',
    note: 'e3xx validation',
  },
  {
    line: j({ level: 'error', job: 'gdpr_erasure', status: 500, response: { error: { code: 500, af_gdpr_code: 'e511', message: 'Internal problem. Wait 60 mins and try again' } } }),
    category: 'transient',
    destination: 'appsflyer',
    rule: 'appsflyer/gdpr-internal',
    note: 'e511: wait an hour and retry',
  },
  {
    line: 'POST https://api2.appsflyer.com/inappevent/com.example.shop failed: 400 Failed to Authenticate',
    category: 'auth',
    destination: 'appsflyer',
    rule: 'appsflyer/authentication',
    note: 'S2S answers a wrong key with 400 "Failed to Authenticate": auth, not validation',
  },
  {
    line: 'POST https://api3.appsflyer.com/inappevent/id1234567890 returned 400: appsflyer_id is a mandatory field',
    category: 'validation',
    field: 'appsflyer_id',
    destination: 'appsflyer',
    rule: 'appsflyer/mandatory-field',
    note: 'the field named in the message',
  },
  {
    line: j({ level: 'error', destination: 'AppsFlyer', status: 403, response: 'App traffic blocked due to Zero package limit' }),
    category: 'plan',
    rule: 'appsflyer/zero-package',
    note: 'Zero package: the plan, not a grant',
  },
  {
    line: 'HTTPError: 401 Client Error: Unauthorized for url: https://api2.appsflyer.com/inappevent/com.example.shop',
    category: 'auth',
    destination: 'appsflyer',
    rule: 'appsflyer/unauthorized',
    note: 'S2S 401: not this app’s key',
  },
  {
    line: 'HTTPError: 403 Client Error: Forbidden for url: https://api2.appsflyer.com/inappevent/com.example.shop',
    category: 'plan',
    destination: 'appsflyer',
    rule: 'appsflyer/forbidden',
    note: 'S2S 403 "Forbidden" is the Zero package refusal',
  },
];
