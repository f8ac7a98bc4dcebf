import type { Provider } from './provider.js';

/**
 * Prefect Cloud's API (`https://api.prefect.cloud/api/accounts/<account>/workspaces/<workspace>/…`)
 * as the Prefect SDK, workers and CLI report it. The client raises
 * `prefect.exceptions.PrefectHTTPStatusError` ("Client error '401 Unauthorized' for url '…' -
 * Response: {'detail': 'Invalid authentication credentials'} - For more information check: …",
 * printed over several lines by some loggers), and turns some answers into its own classes:
 * 403 with "maximum number" (deployments over the plan's limit) → `ObjectLimitReached`, 403 with
 * "plan does not support" (a work pool type the tier lacks) → `ObjectUnsupported`, 404 →
 * `ObjectNotFound`, 409 → `ObjectAlreadyExists`; `prefect cloud login` prints "Unable to
 * authenticate with Prefect Cloud." (`CloudUnauthorizedError`). Meanings, per the docs:
 * - 401 "Invalid authentication credentials": a missing, wrong or expired API key (`pnu_` user
 *   keys, `pnb_` service-account keys): auth.
 * - 403 for a role without the permission (e.g. a Viewer starting a worker): permissions, the
 *   generic 403's; 403 for an object limit or a feature the plan lacks: plan.
 * - 429 with Retry-After: the account's per-minute API-request or logs+events bucket (limits by
 *   plan); the SDK retries 5 times: transient, the generic 429's (the host names Prefect).
 * - A paused work pool: "The work pool 'x' is currently paused. This worker will not execute any
 *   flow runs until the work pool is unpaused." Runs go Late until someone resumes it, nothing
 *   to retry: the pool's setting: validation.
 * Sources: PrefectHQ/prefect src/prefect/exceptions.py (PrefectHTTPStatusError,
 * ObjectLimitReached, ObjectUnsupported), src/prefect/client/orchestration/_deployments/client.py
 * and _work_pools/client.py (403 "maximum number" / "plan does not support"),
 * src/prefect/client/base.py (retried statuses, Retry-After), src/prefect/cli/worker.py (paused
 * pool), src/prefect/cli/cloud/__init__.py ("Unable to authenticate with Prefect Cloud");
 * docs/v3/concepts/rate-limits.mdx, docs/v3/how-to-guides/cloud/troubleshoot-cloud.mdx (401
 * detail, 404 for non-members, Viewer role); issues PrefectHQ/prefect #6596 (403), #8513 (401),
 * #19313 and #19318 (paused pools leave runs Late).
 */
const P = ['prefect'];

export const provider: Provider = {
  name: 'prefect',
  display: 'Prefect Cloud',
  aliases: ['prefectcloud'],
  hints: [
    '(?:api|app)\\.prefect\\.cloud',
    'prefect\\.exceptions\\.\\w+',
    'PrefectHTTPStatusError',
    'CloudUnauthorizedError',
    'prefect\\.(?:client|workers?|flow_runs|flow_engine|task_engine|engine|runner|deployments|_internal)(?:\\.\\w+)*',
    'PREFECT_API_(?:URL|KEY)',
    'Prefect Cloud',
  ],
  links: {
    auth: 'https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys',
    permissions: 'https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/manage-roles',
    plan: 'https://www.prefect.io/pricing',
    transient: 'https://docs.prefect.io/v3/concepts/rate-limits',
    validation: 'https://docs.prefect.io/v3/how-to-guides/cloud/troubleshoot-cloud',
  },
  rules: [
    {
      id: 'prefect/invalid-credentials',
      category: 'auth',
      cause: 'Invalid authentication credentials',
      message: /\bInvalid authentication credentials\b|\bUnable to authenticate with Prefect Cloud\b|\bCloudUnauthorizedError\b/,
      destination: P,
      summary: 'Prefect Cloud rejected the API key (missing, wrong or expired)',
      fix: 'Create a new API key (a service-account key for workers and CI) and set PREFECT_API_KEY with the matching PREFECT_API_URL; pause the deployment’s schedule until then.',
    },
    {
      id: 'prefect/plan-limit',
      category: 'plan',
      cause: 'plan limit',
      message: /\bObjectLimitReached\b|\bObjectUnsupported\b|\bplan does not support\b|\bmaximum number of (?:deployments|work pools|workspaces|automations)\b/,
      destination: P,
      summary: 'Prefect Cloud plan limit: too many objects of this kind, or a feature the plan lacks',
      fix: 'Delete unused deployments or work pools, or upgrade the Prefect Cloud plan; creating more fails until then.',
    },
    {
      id: 'prefect/work-pool-paused',
      category: 'validation',
      cause: 'work pool paused',
      message: /\bThe work pool '[^'\n]{1,200}' is currently paused\b|\bin the work pool '[^'\n]{1,200}' are currently paused\b/,
      summary: 'Prefect work pool (or its queues) is paused: its flow runs will not start',
      fix: 'Resume the work pool or queue (`prefect work-pool resume <name>` or the UI) if the pause was not meant to last; its scheduled runs go Late meanwhile.',
    },
  ],
};
