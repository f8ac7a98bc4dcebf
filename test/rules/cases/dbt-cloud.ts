import type { RuleCase } from '../rule-tester.js';

/**
 * dbt Cloud Administrative API bodies (`{"status": {"code", "is_success", "user_message",
 * "developer_message"}, "data"}`) and the job-run failures orchestrators report.
 * Sources: kestra-io/plugin-dbt #101; projectdiscovery/nuclei-templates #11289; public client
 * tests quoting the live "Token is not scoped to account." body; apache/airflow
 * providers/dbt/cloud operators/dbt.py; PrefectHQ/prefect prefect-dbt cloud/jobs.py.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const dbtCloudCases: RuleCase[] = [
  {
    line: `2024-03-19T11:57:16.280Z ERROR Request failed '401' and body '${j({ status: { code: 401, is_success: false, user_message: 'Invalid token.', developer_message: null }, data: null })}'`,
    category: 'auth',
    destination: 'dbt-cloud',
    rule: 'dbt-cloud/invalid-token',
    note: 'kestra-io/plugin-dbt #101: the 401 body for a wrong token; no host, `is_success` names dbt Cloud',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://cloud.getdbt.com/api/v2/accounts/', body: { status: { code: 403, is_success: false, user_message: 'Access denied: User API Keys are deprecated.', developer_message: null }, data: null } }),
    category: 'auth',
    destination: 'dbt-cloud',
    rule: 'dbt-cloud/user-api-key-deprecated',
    note: 'nuclei-templates #11289: a legacy user API key refused with 403 (body quoted up to its first sentence)',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://cloud.getdbt.com/api/v2/accounts/99999/jobs/', body: { status: { code: 403, is_success: false, user_message: 'Access denied: Token is not scoped to account.', developer_message: null }, data: null } }),
    category: 'permissions',
    destination: 'dbt-cloud',
    rule: 'dbt-cloud/token-not-scoped',
    note: 'the live 403 for another account’s id, as a public client’s tests quote it',
  },
  {
    line: "[2024-05-02, 06:14:51 UTC] {taskinstance.py:2698} ERROR - Task failed with exception\nairflow.providers.dbt.cloud.hooks.dbt.DbtCloudJobRunException: Job run 318226405 has failed or has been cancelled.",
    category: 'validation',
    destination: 'dbt-cloud',
    rule: 'dbt-cloud/job-run-failed',
    note: 'apache/airflow operators/dbt.py: the run ended in Error (20) or Cancelled (30)',
  },
  {
    line: 'prefect_dbt.cloud.exceptions.DbtCloudJobRunFailed: Triggered job run with ID: 318226405 failed.',
    category: 'validation',
    destination: 'dbt-cloud',
    rule: 'dbt-cloud/job-run-failed',
    note: 'prefect-dbt cloud/jobs.py: trigger_dbt_cloud_job_run_and_wait_for_completion',
  },
];
