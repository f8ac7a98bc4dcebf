import type { RuleCase } from '../rule-tester.js';

/**
 * Heroku Platform API errors (`{"id","message","url"}`) as the Heroku CLI ("Error ID: <id>"), the
 * platform-api gem (Excon), the heroku-maven-plugin and sync jobs log them.
 * Sources: devcenter.heroku.com/articles/platform-api-reference (Errors, Rate Limits);
 * iterative/mlem #501, scala-vienna/scala-vienna-web #35, plivo/voicechat #11, heroku/heroku-builds
 * #67, martyzz1/heroku3.py #117, a heroku-maven-plugin 403 in a public post.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const herokuCases: RuleCase[] = [
  {
    line: ' ›   Error: Invalid credentials provided. ›   Error ID: unauthorized',
    category: 'auth',
    destination: 'heroku',
    rule: 'heroku/unauthorized',
    note: 'mlem #501: the CLI prints the message and the error id, and no host',
  },
  {
    line: 'Excon::Error::Unauthorized: Expected([200, 201, 202, 204, 206, 304]) <=> Actual(401 Unauthorized) excon.error.response :body => "{\\"id\\":\\"unauthorized\\",\\"message\\":\\"Invalid credentials provided.\\"}" :host => "api.heroku.com"',
    category: 'auth',
    destination: 'heroku',
    rule: 'heroku/unauthorized',
    note: 'scala-vienna-web #35: the platform-api gem’s Excon error with the unauthorized body',
  },
  {
    line: '[ERROR] Failed to execute goal com.heroku.sdk:heroku-maven-plugin:2.0.11:deploy (default-cli) on project gs-spring-boot: Failed to deploy application: Insufficient privileges to "warm-falls-30932" statuscode:403 responseBody:{"id":"forbidden","message":"You do not have access to the app warm-falls-30932."} -> [Help 1]',
    category: 'permissions',
    destination: 'heroku',
    rule: 'heroku/forbidden',
    note: 'heroku-maven-plugin: the credentials do not reach the app (id forbidden)',
  },
  {
    line: ' !    Please verify your account to install this add-on plan (please enter a credit card) For more information, see https://devcenter.heroku.com/categories/billing Verify now at https://heroku.com/verify',
    category: 'plan',
    destination: 'heroku',
    rule: 'heroku/verification',
    note: 'plivo/voicechat #11: an unverified account may not install add-ons',
  },
  {
    line: " ›   Error: You've reached the limit of 5 apps for unverified accounts. Delete some apps or add a credit card to verify your account. ›   Error ID: verification_required",
    category: 'plan',
    destination: 'heroku',
    rule: 'heroku/verification',
    note: 'account-verification article: unverified accounts are limited in apps; the CLI’s id line names Heroku',
  },
  {
    line: j({ level: 'error', url: 'https://api.heroku.com/apps/acme-sync/formation', status: 402, body: { id: 'delinquent', message: 'The account has become delinquent as a result of non-payment.' } }),
    category: 'plan',
    destination: 'heroku',
    rule: 'heroku/delinquent',
    note: 'Platform API error table: 402 delinquent (non-payment, or the payment method must be confirmed)',
  },
  {
    line: ' ›   Error: This app has been suspended. ›   Error ID: suspended',
    category: 'plan',
    destination: 'heroku',
    rule: 'heroku/suspended',
    note: 'Platform API error table: 403 suspended is the account’s or app’s standing, not a missing permission',
  },
  {
    line: j({ level: 'warn', url: 'https://api.heroku.com/apps/acme-sync/dynos', status: 429, body: { id: 'rate_limit', message: 'Your account reached the API rate limit\nPlease wait a few minutes before making new requests', url: 'https://devcenter.heroku.com/articles/platform-api-reference#rate-limits' } }),
    category: 'transient',
    destination: 'heroku',
    rule: 'heroku/rate-limit',
    note: 'Platform API reference: the 429 rate_limit body',
  },
  {
    line: "Scaling dynos... ! ›   Error: Couldn't find that app. ›   Error ID: not_found",
    category: 'validation',
    destination: 'heroku',
    rule: 'heroku/not-found',
    note: 'CLI: the app name in the command or git remote does not exist',
  },
  {
    line: 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.heroku.com/apps',
    category: 'auth',
    destination: 'heroku',
    rule: 'http/auth-message',
    note: 'heroku3.py #117: no Heroku wording, the generic rule decides; the host names Heroku',
  },
];
