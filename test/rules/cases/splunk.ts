import type { RuleCase } from '../rule-tester.js';

/** Splunk HEC answers as shippers print them. Sources: Splunk docs "Troubleshoot HTTP Event Collector". */
export const splunkCases: RuleCase[] = [
  {
    line: '2026-07-01 09:00:00 +0000 [error]: #0 out_splunk_hec: https://splunk.example.net:8088/services/collector: 403 (Forbidden) {"text":"Invalid token","code":4}',
    category: 'auth',
    destination: 'splunk',
    rule: 'splunk/token',
  },
  {
    line: '{"level":"error","msg":"HEC push failed","url":"https://http-inputs-acme.splunkcloud.com/services/collector/event","status":400,"body":{"text":"Event field is required","code":12,"invalid-event-number":0}}',
    category: 'validation',
    destination: 'splunk',
    rule: 'splunk/event-refused',
  },
  {
    line: '2026-07-01T09:00:00Z WARN sink{component_kind="sink" component_id=splunk component_type=splunk_hec_logs}: Retrying after response. status=503 body={"text":"Server is busy","code":9}',
    category: 'transient',
    destination: 'splunk',
    rule: 'splunk/busy',
  },
  {
    line: 'ERROR search export failed: GET https://splunk.acme.internal:8089/servicesNS/admin/search/search/jobs/export -> 403 Forbidden',
    category: 'permissions',
    destination: 'splunk',
    note: 'a 403 from the REST API (not HEC) is a missing capability',
  },
  {
    line: '2026-09-30 23:35:56 +0000 [warn]: #0 failed to flush the buffer. retry_time=0 chunk="5f1a" error_class=RuntimeError error="Server error (503) for POST https://hec.acme.io/services/collector, response: {\\"text\\":\\"Server is busy\\",\\"code\\":9}"',
    category: 'transient',
    destination: 'splunk',
    note: "the HEC path after the host names Splunk (fluent-plugin-splunk-hec)",
  },
];
