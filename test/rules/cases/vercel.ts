import type { RuleCase } from '../rule-tester.js';

/**
 * Vercel REST API bodies (`{"error":{"code","message"}}`), the CLI's messages, Vercel KV and Vercel Blob errors.
 * Sources: vercel.com/docs/rest-api/reference/welcome#errors, vercel.com/docs/limits; vercel/vercel #10131
 * and #17426; PriyaGhosal/BuddyTrail #331; dyad-sh/dyad #4175; harlan-zw/requestindexing.com #2;
 * vercel/storage packages/blob/src/api.ts and helpers.ts.
 */
export const vercelCases: RuleCase[] = [
  {
    line: "❌ Vercel API request failed with HTTP 403 {\"error\":{\"code\":\"forbidden\",\"message\":\"Not authorized\",\"invalidToken\":true}}",
    category: 'auth',
    destination: 'vercel',
    rule: 'vercel/invalid-token',
    note: 'a scheduled workflow’s Vercel API call: 403 forbidden "Not authorized" with invalidToken is an expired or revoked token, not a role',
  },
  {
    line: "Error: The specified token is not valid. Use `vercel login` to generate a new token.",
    category: 'auth',
    destination: 'vercel',
    rule: 'vercel/cli-invalid-token',
    note: 'vercel/vercel #10131: the CLI’s message for an invalid or expired token',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.vercel.com/v11/projects\",\"status\":403,\"body\":{\"error\":{\"code\":\"forbidden\",\"message\":\"You don't have permission to create the project.\",\"action\":\"create\",\"resource\":\"project\"}}}",
    category: 'permissions',
    destination: 'vercel',
    rule: 'oauth/access-denied',
    note: 'dyad-sh/dyad #4175: other forbidden answers are a missing role; the generic rule decides, the host names Vercel',
  },
  {
    line: "Deployment failed with the following error: Resource is limited - try again in 54 minutes (more than 100, code: \"api-deployments-free-per-day\").",
    category: 'plan',
    destination: 'vercel',
    rule: 'vercel/free-plan-limit',
    note: 'PriyaGhosal/BuddyTrail #331 (Vercel bot comment): the Hobby plan’s 100 deployments a day; no host, the bucket names Vercel',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.vercel.com/v13/deployments\",\"status\":402,\"body\":{\"error\":{\"code\":\"payment_required\",\"message\":\"Resource is limited - try again in 24 hours (more than 100, code: \\\"api-deployments-free-per-day\\\").\",\"limit\":{\"total\":100,\"remaining\":0,\"reset\":1791210516348},\"resource\":\"api-deployments-free-per-day\"}}}",
    category: 'plan',
    destination: 'vercel',
    rule: 'vercel/free-plan-limit',
    note: 'vercel/vercel #17426: the API’s 402 payment_required answer for the same bucket',
  },
  {
    line: "Error: ERR max daily request limit exceeded. Limit: 3000, Usage: 3000. See https://vercel.com/docs/storage/vercel-kv/vercel-kv-error-codes for details, command was: [\"get\",\"user:user-xxxxxxxxx:me.json\"]",
    category: 'plan',
    destination: 'vercel',
    rule: 'vercel/kv-limit',
    note: 'harlan-zw/requestindexing.com #2: Vercel KV’s daily request limit (Upstash’s wording on a line that names Vercel)',
  },
  {
    line: "Error: Vercel Blob: Access denied, please provide a valid token for this resource.",
    category: 'auth',
    destination: 'vercel',
    rule: 'vercel/blob-token',
    note: 'vercel/storage packages/blob/src/api.ts: BlobAccessError',
  },
  {
    line: "BlobStoreSuspendedError: Vercel Blob: This store has been suspended.",
    category: 'plan',
    destination: 'vercel',
    rule: 'vercel/blob-suspended',
    note: 'vercel/storage packages/blob/src/api.ts: BlobStoreSuspendedError',
  },
  {
    line: "BlobStoreNotFoundError: Vercel Blob: This store does not exist.",
    category: 'validation',
    destination: 'vercel',
    rule: 'vercel/blob-request',
    note: 'vercel/storage packages/blob/src/api.ts: BlobStoreNotFoundError',
  },
  {
    line: "Error: Vercel Blob: No token found. Either configure the `BLOB_READ_WRITE_TOKEN` environment variable, or pass a `token` option to your calls.",
    category: 'auth',
    destination: 'vercel',
    rule: 'vercel/blob-token',
    note: 'vercel/storage packages/blob/src/helpers.ts: no BLOB_READ_WRITE_TOKEN configured',
  },
];
