import type { Provider } from './provider.js';

/**
 * Vercel's REST API (`api.vercel.com`, the Vercel CLI and `@vercel/sdk`) and its storage SDKs
 * (`@vercel/blob`, and `@vercel/kv`, which is Upstash Redis under Vercel's name). API errors are
 * `{"error":{"code":"forbidden","message":"…"}}`:
 * - 403 `forbidden` "Not authorized" with `"invalidToken": true`: the token is expired, revoked or
 *   not the team's: auth (the CLI says "The specified token is not valid. Use `vercel login` to
 *   generate a new token."). Other `forbidden` answers ("You don't have permission to create the
 *   project.") are a missing role: the generic rules' permissions.
 * - Limits name their bucket: "Resource is limited - try again in 24 hours (more than 100, code:
 *   \"api-deployments-free-per-day\")" (the API answers 402 `payment_required` with `limit` and
 *   `resource`). A `*-free-*` bucket is the Hobby plan's cap (100 deployments a day): plan, and waiting
 *   for a rolling window is no fix. Plain 429 `rate_limited` is the generic rules'.
 * - Vercel KV answers as Upstash does: "ERR max daily request limit exceeded. Limit: 3000, Usage: 3000.
 *   See https://vercel.com/docs/storage/vercel-kv/vercel-kv-error-codes": the store's plan: plan (the
 *   Upstash rules cannot decide a line that names Vercel).
 * - Vercel Blob prefixes its errors "Vercel Blob: ": "Access denied, please provide a valid token for
 *   this resource." / "No token found" / "Client token has expired." (auth), "This store has been
 *   suspended." (plan), "This store does not exist." / "The requested blob does not exist" / "File is
 *   too large" / "Content type mismatch" (validation).
 * `*.vercel.app` hosts are apps deployed on Vercel, not its API: they name no destination.
 * Sources: vercel.com/docs/rest-api/reference/welcome#errors, vercel.com/docs/limits (deployments per
 * day), vercel.com/docs/storage/vercel-kv/vercel-kv-error-codes; vercel/storage
 * packages/blob/src/api.ts and helpers.ts (BlobError classes and messages); vercel/vercel #10131
 * (invalid token message), #2606, #10874, #17426 (api-deployments-free-per-day); PriyaGhosal/BuddyTrail
 * #331, bgoonz/BGOONZ_BLOG_2.0 #1488 (Vercel bot: Resource is limited); harlan-zw/requestindexing.com #2
 * (KV daily limit); dyad-sh/dyad #4175 (403 forbidden body); workflow logs with
 * `{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}` in public repositories.
 */
const V = ['vercel'];

export const provider: Provider = {
  name: 'vercel',
  display: 'Vercel',
  hints: [
    'api\\.vercel\\.com',
    'vercel\\.com/(?:docs|account|help|api)[\\w/#.-]*',
    '[\\w.-]*vercel-storage\\.com',
    '@vercel/(?:kv|blob|edge-config|sdk|client)',
    'Vercel (?:Blob|KV|API|CLI)',
    'vercel login',
  ],
  links: {
    auth: 'https://vercel.com/account/tokens',
    permissions: 'https://vercel.com/docs/rbac/access-roles',
    plan: 'https://vercel.com/docs/limits',
    validation: 'https://vercel.com/docs/rest-api/reference/welcome#errors',
    transient: 'https://vercel.com/docs/limits',
    outage: 'https://www.vercel-status.com',
  },
  rules: [
    // Before the OAuth pack's forbidden (permissions): "Not authorized" is Vercel's invalidToken answer.
    {
      id: 'vercel/invalid-token',
      category: 'auth',
      cause: 'forbidden (invalid token)',
      code: ['forbidden'],
      message: /\bNot authorized\b(?! to)|\btoken is (?:invalid|expired)\b/,
      destination: V,
      summary: 'Vercel rejected the token (expired, revoked or for another team)',
      fix: 'Create a new token at vercel.com/account/tokens with the team’s scope and update the connection (VERCEL_TOKEN); pause the sync until then.',
    },
    {
      id: 'vercel/cli-invalid-token',
      category: 'auth',
      cause: 'token not valid',
      message: /\bThe specified token is not valid\b/,
      destination: V,
      summary: 'Vercel rejected the token (expired, revoked or for another team)',
      fix: 'Run vercel login or create a new token at vercel.com/account/tokens and update the connection; pause the sync until then.',
    },
    {
      id: 'vercel/free-plan-limit',
      category: 'plan',
      cause: 'Hobby plan limit',
      message: /\bResource is limited - try again (?:after )?in [^()]{1,40}\(more than \d+, code: \\?"[\w-]*-free[\w-]*\\?"\)/,
      summary: 'Vercel Hobby plan limit reached (e.g. 100 deployments a day)',
      fix: 'Wait for the window the message states or move the project to a Pro team; deploying or calling again before that fails the same way.',
    },
    {
      id: 'vercel/kv-limit',
      category: 'plan',
      cause: 'KV request limit exceeded',
      message: /\bERR max (?:daily )?requests? limit exceeded\b|\bERR max (?:request|data|entry|record) size (?:limit )?exceeded\b/,
      destination: V,
      summary: 'Vercel KV store hit its plan’s limit (daily or monthly requests, or size)',
      fix: 'Wait for the limit to reset or raise the store’s plan (Vercel → Storage, or the Upstash console); commands fail until then.',
    },
    {
      id: 'vercel/blob-token',
      category: 'auth',
      cause: 'Vercel Blob access denied',
      message: /\bVercel Blob: (?:Access denied, please provide a valid token|No token found|Client token has expired)/,
      summary: 'Vercel Blob rejected or found no read-write token',
      fix: 'Set BLOB_READ_WRITE_TOKEN (or the token option) to the store’s current token; pause the uploads until then.',
    },
    {
      id: 'vercel/blob-suspended',
      category: 'plan',
      cause: 'Vercel Blob store suspended',
      message: /\bVercel Blob: This store has been suspended\b/,
      summary: 'Vercel Blob store is suspended',
      fix: 'Resolve the suspension in the Vercel dashboard (usage over the plan, billing); uploads fail until it is lifted.',
    },
    {
      id: 'vercel/blob-request',
      category: 'validation',
      cause: 'Vercel Blob rejected the request',
      message: /\bVercel Blob: (?:This store does not exist|The requested blob does not exist|File is too large|Content type mismatch|Pathname mismatch)/,
      summary: 'Vercel Blob rejected the request (store, blob, size or content type)',
      fix: 'Fix the store token, pathname, size or content type the message names; retrying the same upload fails again.',
    },
  ],
};
