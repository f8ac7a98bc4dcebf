import type { RuleCase } from '../rule-tester.js';

/**
 * Prefect Cloud API answers as the Prefect SDK, workers and CLI print them
 * (PrefectHTTPStatusError's "Client error '<status>' for url '…' - Response: {…}").
 * Sources: PrefectHQ/prefect src/prefect/exceptions.py, client/orchestration/_work_pools/client.py,
 * client/orchestration/_deployments/client.py, cli/worker.py, cli/cloud/__init__.py;
 * docs/v3/how-to-guides/cloud/troubleshoot-cloud.mdx; docs/v3/concepts/rate-limits.mdx;
 * PrefectHQ/prefect #8513, #6596, #19313.
 */
const ACCT = 'https://api.prefect.cloud/api/accounts/8eed9803-456a-4126-a7f7-074aa44aa1b2/workspaces/8ff919f1-a2c3-4660-9ab5-66b57758d46d';

export const prefectCases: RuleCase[] = [
  {
    line: `prefect.exceptions.PrefectHTTPStatusError: Client error '401 Unauthorized' for url '${ACCT}/deployments/name/online-pipeline/online-pipeline' - Response: {'detail': 'Invalid authentication credentials'} - For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401`,
    category: 'auth',
    destination: 'prefect',
    rule: 'prefect/invalid-credentials',
    note: 'troubleshoot-cloud.mdx: a missing, wrong or expired key answers 401 "Invalid authentication credentials"',
  },
  {
    line: 'Unable to authenticate with Prefect Cloud. Please ensure your credentials are correct and unexpired.',
    category: 'auth',
    destination: 'prefect',
    rule: 'prefect/invalid-credentials',
    note: 'cli/cloud/__init__.py: `prefect cloud login` on CloudUnauthorizedError',
  },
  {
    line: `prefect.exceptions.PrefectHTTPStatusError: Client error '403 Forbidden' for url '${ACCT}/work_pools/' - Response: {'detail': 'Your plan does not support this work pool type.'} - For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403`,
    category: 'plan',
    destination: 'prefect',
    rule: 'prefect/plan-limit',
    note: '_work_pools/client.py: the SDK reads "plan does not support" in a 403 as ObjectUnsupported (detail worded after that check)',
  },
  {
    line: 'ERROR   | prefect.deployments - Failed to create deployment: prefect.exceptions.ObjectLimitReached',
    category: 'plan',
    destination: 'prefect',
    rule: 'prefect/plan-limit',
    note: '_deployments/client.py: a 403 with "maximum number" is raised as ObjectLimitReached, which carries no message of its own',
  },
  {
    line: "10:42:07.118 | ERROR   | prefect.worker.process.processworker 3f1c - The work pool 'etl-pool' is currently paused. This worker will not execute any flow runs until the work pool is unpaused.",
    category: 'validation',
    destination: 'prefect',
    rule: 'prefect/work-pool-paused',
    note: 'cli/worker.py warning for a paused pool, logged at error by the wrapper that starts the worker (runs go Late: #19313)',
  },
  {
    line: `prefect.exceptions.PrefectHTTPStatusError: Client error '429 Too Many Requests' for url '${ACCT}/logs/' - For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429`,
    category: 'transient',
    destination: 'prefect',
    rule: 'http/rate-limit-message',
    note: 'rate-limits.mdx: 429 with Retry-After once the account’s logs+events bucket is spent (generic rule, the host names Prefect)',
  },
];
