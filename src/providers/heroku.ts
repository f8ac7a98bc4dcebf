import type { Provider } from './provider.js';

/**
 * The Heroku Platform API (`api.heroku.com`, `Accept: application/vnd.heroku+json; version=3`), as
 * the Heroku CLI, the platform-api Ruby gem (Excon), heroku3.py, the heroku-maven-plugin and deploy
 * integrations call it. Errors are `{"id":"<error id>","message":"…","url":"…"}`; the CLI prints the
 * message, then `Error ID: <id>`. The id decides, as the Platform API Reference's error table defines it:
 * - `unauthorized` (401, "Invalid credentials provided."): the API key or OAuth token is missing,
 *   invalid or expired: auth.
 * - `forbidden` (403, "You do not have access to the app x."): the credentials do not reach this app,
 *   team or pipeline: permissions.
 * - `delinquent` (402, the account is delinquent or its payment method must be confirmed),
 *   `suspended` (403, the account or app was suspended), `verification_needed` /
 *   `verification_required` ("Please verify your account to install this add-on plan (please enter
 *   a credit card) … Verify now at https://heroku.com/verify", also the app limit of unverified
 *   accounts): plan.
 * - `not_found` (404, "Couldn't find that app."), `invalid_params` (422), `bad_request`, `conflict`,
 *   `gone`: the request, validation.
 * - `rate_limit` (429, "Your account reached the API rate limit. Please wait a few minutes before
 *   making new requests"): 4,500 tokens per account, refilled about 75 a minute: transient.
 * The `id` key is no code key of the engine (ids are everywhere), so the rules read the CLI's
 * "Error ID:" line and the documented messages, on Heroku's lines. `*.herokuapp.com` hosts are apps
 * running on Heroku, not its API: they name no destination.
 * Sources: devcenter.heroku.com/articles/platform-api-reference (Errors, Rate Limits),
 * devcenter.heroku.com/articles/account-verification; iterative/mlem #501 (CLI "Error ID:
 * unauthorized"), scala-vienna/scala-vienna-web #35 (`{"id":"unauthorized","error":"Invalid
 * credentials provided."}`), heroku/heroku-builds #67, heroku/cli #772, martyzz1/heroku3.py #117,
 * plivo/voicechat #11 and mhoofman/wordpress-heroku #120 (verification), heroku-maven-plugin 403
 * `{"id":"forbidden","message":"You do not have access to the app …"}` in a public post.
 */
const H = ['heroku'];

/** The CLI's line for an API error id: `Error ID: rate_limit`. */
const errorId = (ids: string): RegExp => new RegExp(`\\bError ID: (?:${ids})\\b`);

export const provider: Provider = {
  name: 'heroku',
  display: 'Heroku',
  // Heroku Postgres, Heroku Data for Redis and Apache Kafka on Heroku are those engines' destinations.
  familyName: true,
  hints: [
    'api\\.heroku\\.com',
    'devcenter\\.heroku\\.com',
    'dashboard\\.heroku\\.com',
    'heroku\\.com/verify',
    'heroku-cli',
    '@heroku-cli/[\\w-]+',
    '@heroku/[\\w-]+',
    'Heroku::API(?:::\\w+)*',
    'heroku3',
    'heroku-maven-plugin',
    'com\\.heroku\\.sdk[\\w.]*',
    'HEROKU_API_KEY',
    // The CLI's error-id line, for the ids the Platform API documents.
    'Error ID: (?:unauthorized|forbidden|delinquent|suspended|verification_needed|verification_required|not_found|invalid_params|rate_limit|bad_request|conflict|gone)',
  ],
  links: {
    auth: 'https://devcenter.heroku.com/articles/authentication',
    permissions: 'https://devcenter.heroku.com/articles/collaborating',
    plan: 'https://dashboard.heroku.com/account/billing',
    validation: 'https://devcenter.heroku.com/articles/platform-api-reference',
    transient: 'https://devcenter.heroku.com/articles/platform-api-reference#rate-limits',
    outage: 'https://status.heroku.com',
  },
  rules: [
    {
      id: 'heroku/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      message: new RegExp(`${errorId('unauthorized').source}|\\bInvalid credentials provided\\b`),
      destination: H,
      summary: 'Heroku rejected the API key or token (missing, invalid or expired)',
      fix: 'Set a valid HEROKU_API_KEY (heroku authorizations:create for a long-lived token) or log in again; pause the sync until then.',
    },
    {
      id: 'heroku/forbidden',
      category: 'permissions',
      cause: 'forbidden',
      message: new RegExp(`${errorId('forbidden').source}|\\bYou do not have access to (?:the app|the team|the pipeline|this resource)\\b|\\bInsufficient privileges to\\b`),
      destination: H,
      summary: 'Heroku credentials do not reach this app, team or pipeline',
      fix: 'Add the token’s user as a collaborator or team member with the permission the call needs (deploy, operate, manage), or use the owner’s token; keep syncing other apps.',
    },
    {
      id: 'heroku/verification',
      category: 'plan',
      cause: 'account verification required',
      message: new RegExp(`${errorId('verification_needed|verification_required').source}|\\bPlease verify your account to install this add-on\\b|\\breached the limit of \\d+ apps for unverified accounts\\b|\\benter billing information in the Heroku Dashboard\\b`),
      destination: H,
      summary: 'Heroku requires a verified account (payment method) for this',
      fix: 'Add a payment method to the Heroku account (heroku.com/verify), then retry; until then the add-on or app cannot be created.',
    },
    {
      id: 'heroku/delinquent',
      category: 'plan',
      cause: 'delinquent',
      message: new RegExp(`${errorId('delinquent').source}|\\baccount (?:has become |is )?delinquent\\b`),
      destination: H,
      summary: 'Heroku account is delinquent (unpaid invoice or unconfirmed payment method)',
      fix: 'Settle the balance or confirm the payment method in the Heroku billing page; pause the sync until then.',
    },
    {
      id: 'heroku/suspended',
      category: 'plan',
      cause: 'suspended',
      message: new RegExp(`${errorId('suspended').source}|\\b(?:account|app) (?:has been |was |is )suspended\\b`),
      destination: H,
      summary: 'Heroku account or app is suspended',
      fix: 'Resolve the suspension with Heroku support (billing, verification or policy); calls fail until it is lifted.',
    },
    {
      id: 'heroku/rate-limit',
      category: 'transient',
      cause: 'rate_limit',
      message: new RegExp(`${errorId('rate_limit').source}|\\bYour account reached the API rate limit\\b`),
      destination: H,
      summary: 'Heroku Platform API rate limit reached (4,500 requests per account, refilled over time)',
      fix: 'Retry after a few minutes (about 75 requests a minute come back); spread the calls or share fewer tokens across jobs of one account.',
    },
    {
      id: 'heroku/not-found',
      category: 'validation',
      cause: 'not_found',
      message: new RegExp(`${errorId('not_found|invalid_params').source}|\\bCouldn't find that (?:app|add-on|addon|pipeline|team|dyno|space|release|build)\\b`),
      destination: H,
      summary: 'Heroku has no such app or resource, or rejected the parameters',
      fix: 'Fix the app name (or id) and the other parameters of the call; a deleted or renamed app keeps failing until the connection names the new one.',
    },
  ],
};
