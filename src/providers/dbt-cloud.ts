import type { Provider } from './provider.js';

/**
 * dbt Cloud's Administrative API (`https://cloud.getdbt.com/api/v2/accounts/<id>/…`, v3 for
 * projects and environments; regional and cell hosts `emea.dbt.com`, `au.dbt.com`,
 * `<prefix>.us1.dbt.com`), called by orchestrators to trigger and watch job runs: the Airflow
 * provider (`airflow.providers.dbt.cloud`, `DbtCloudHook`, `DbtCloudJobRunException: Job run 42
 * has failed or has been cancelled.`), prefect-dbt (`DbtCloudJobRunFailed: Triggered job run with
 * ID: 42 failed.`), dagster-dbt, dbt-cloud-cli, Kestra. Not dbt Core: its "Database Error in
 * model x" lines are the warehouse's. Error bodies are `{"status": {"code": 401, "is_success":
 * false, "user_message": "Invalid token.", "developer_message": null}, "data": null}`:
 * - 401 "Invalid token.": the API token is wrong, revoked or expired: auth. 403 "Access denied:
 *   User API Keys are deprecated…": the legacy user API key is no longer accepted (a service
 *   token or personal access token is needed): auth.
 * - 403 "Access denied: Token is not scoped to account." (the token belongs to another account,
 *   or the account id is wrong; dbt Cloud answers 403, never 404, for another account's id):
 *   permissions. Other 403s are the generic permissions rule's.
 * - A job run that ends in Error (status 20) or Cancelled (30): the run's steps failed in dbt
 *   Cloud (a model, test or connection), which the orchestrator only reports: validation, to be
 *   read in the run's logs. 429 and 5xx are the generic rules' (the Airflow hook retries them).
 * Sources: apache/airflow providers/dbt/cloud hooks/dbt.py (statuses, DbtCloudJobRunException,
 * retryable 429/5xx), operators/dbt.py and sensors/dbt.py ("has failed or has been cancelled");
 * PrefectHQ/prefect src/integrations/prefect-dbt/prefect_dbt/cloud/exceptions.py and jobs.py;
 * kestra-io/plugin-dbt #101 (401 "Invalid token." body); projectdiscovery/nuclei-templates #11289
 * (403 "User API Keys are deprecated"); public client tests quoting the live 403 "Token is not
 * scoped to account." body; data-mie/dbt-cloud-cli #105; dbt docs docs.getdbt.com/docs/dbt-apis/
 * service-tokens, /authentication, /rate-limits (Administrative API 5,000 requests a minute per
 * account) and /docs/deploy/run-visibility.
 */
const D = ['dbt-cloud'];

export const provider: Provider = {
  name: 'dbt-cloud',
  display: 'dbt Cloud',
  aliases: ['dbtcloud', 'getdbt'],
  hints: [
    '(?:[\\w-]+\\.)*cloud\\.getdbt\\.com',
    '(?:[\\w-]+\\.)?(?:emea|au|[a-z]{2}\\d)\\.dbt\\.com',
    'DbtCloud\\w+',
    'airflow\\.providers\\.dbt\\.cloud(?:\\.\\w+)*',
    'prefect_dbt\\.cloud(?:\\.\\w+)*',
    'dagster_dbt\\.cloud(?:\\.\\w+)*',
    'dbt_cloud(?:_\\w+)?',
    'dbt-cloud-cli',
    'dbt Cloud',
  ],
  bodyKeys: ['is_success'],
  links: {
    auth: 'https://docs.getdbt.com/docs/dbt-apis/service-tokens',
    permissions: 'https://docs.getdbt.com/docs/dbt-apis/service-tokens',
    validation: 'https://docs.getdbt.com/docs/deploy/run-visibility',
    transient: 'https://docs.getdbt.com/docs/dbt-apis/rate-limits',
  },
  rules: [
    {
      id: 'dbt-cloud/invalid-token',
      category: 'auth',
      cause: 'Invalid token',
      message: /\bInvalid token\.(?!\w)/,
      destination: D,
      summary: 'dbt Cloud rejected the API token (wrong, revoked or expired)',
      fix: 'Create a new service token with the job permissions the orchestrator needs and update the connection; pause the orchestration until then.',
    },
    {
      id: 'dbt-cloud/user-api-key-deprecated',
      category: 'auth',
      cause: 'user API key deprecated',
      message: /\bUser API Keys are deprecated\b/,
      summary: 'dbt Cloud no longer accepts the legacy user API key',
      fix: 'Replace the user API key with a service token (or a personal access token) in the connection; pause the orchestration until then.',
    },
    {
      id: 'dbt-cloud/token-not-scoped',
      category: 'permissions',
      cause: 'token not scoped to account',
      message: /\bToken is not scoped to account\b/,
      summary: 'dbt Cloud token belongs to another account (or the account id is wrong)',
      fix: 'Use a token created in the account the connection names, or fix the account id (the number after /accounts/ in the dbt Cloud URL).',
    },
    {
      id: 'dbt-cloud/job-run-failed',
      category: 'validation',
      cause: 'job run failed',
      message: /\bDbtCloudJobRun(?:Exception|Failed)\b|\bJob run \d+ has failed or has been cancelled\b|\bTriggered job run with ID: \d+ failed\b/,
      summary: 'dbt Cloud job run ended in error (or was cancelled)',
      fix: 'Open the run in dbt Cloud and read the failing step’s log (a model, test or warehouse connection); fix the project or its environment, then rerun from failure.',
    },
  ],
};
