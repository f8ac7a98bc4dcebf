import type { Provider } from './provider.js';

/**
 * Splunk's HTTP Event Collector (HEC) as a log destination: `https://<host>:8088/services/collector`
 * (`/event`, `/raw`); Splunk Cloud `http-inputs-<stack>.splunkcloud.com`. Shippers (Fluentd
 * fluent-plugin-splunk-hec, Fluent Bit `splunk`, Vector `splunk_hec_logs`, the OpenTelemetry
 * Collector `splunk_hec` exporter, Logstash) print its answer `{"text": "…", "code": N}`:
 * - 1 "Token disabled", 2 "Token is required", 3 "Invalid authorization", 4 "Invalid token": auth
 *   (HTTP 401 or 403; a 403 on a HEC line without its body is the token too).
 * - 5 "No data", 6 "Invalid data format", 10/11 data channel missing or invalid, 12 "Event field is
 *   required", 13 "Event field cannot be blank", 15 "Error in handling indexed fields": the events
 *   are refused: validation.
 * - 9 "Server is busy", 18–20 "HEC is unhealthy" (queues full, ack service unavailable): transient.
 * Sources: Splunk docs "Troubleshoot HTTP Event Collector" (HEC status codes) and "Format events
 * for HTTP Event Collector".
 */
const S = ['splunk'];

const TOKEN_FIX = 'Set a valid, enabled HEC token in the shipper (Authorization: Splunk <token>); pause shipping until then.';

export const provider: Provider = {
  name: 'splunk',
  display: 'Splunk',
  aliases: ['splunkhec', 'splunkcloud'],
  hints: ['splunk', '/services/collector(?:/event|/raw)?', '[\\w.-]+\\.splunkcloud\\.com', 'splunk_hec(?:_logs)?', 'SplunkHec\\w*'],
  links: {
    auth: 'https://help.splunk.com/en/splunk-enterprise/get-data-in/collect-http-event-data',
    validation: 'https://help.splunk.com/splunk-enterprise/get-data-in/collect-http-event-data/format-events-for-http-event-collector',
    transient: 'https://help.splunk.com/en/splunk-enterprise/get-data-in/collect-http-event-data',
  },
  // The answer's `code` (HEC status code) decides; its numbers are Splunk's only on Splunk's lines.
  rules: [
    {
      id: 'splunk/token',
      category: 'auth',
      cause: 'HEC code {code}',
      code: ['1', '2', '3', '4'],
      destination: S,
      summary: 'Splunk HEC rejected the token (missing, invalid or disabled)',
      fix: TOKEN_FIX,
    },
    // HEC answers 403 for a token it refuses (code 1 disabled, 4 invalid), and shippers often print
    // only the status ("HTTP 403 \"Forbidden\""): on Splunk's lines that is the token, not a grant —
    // unless the line shows a REST endpoint (`/services/search/…`, `/servicesNS/…`), where a 403 is
    // a missing capability.
    {
      id: 'splunk/hec-403',
      category: 'auth',
      cause: 'HEC HTTP 403',
      status: [403],
      message: /^(?![\s\S]{0,4000}\/services(?:NS)?\/(?!collector))/,
      destination: S,
      summary: 'Splunk HEC refused the token (HTTP 403: invalid or disabled)',
      fix: TOKEN_FIX,
    },
    {
      id: 'splunk/event-refused',
      category: 'validation',
      cause: 'HEC code {code}',
      code: ['5', '6', '10', '11', '12', '13', '15'],
      destination: S,
      summary: 'Splunk HEC refused the events (empty, malformed or without an event field)',
      fix: 'Fix what the shipper sends (a non-empty `event` per JSON object, valid JSON, the channel header with acknowledgements); retrying the same events fails again.',
    },
    {
      id: 'splunk/busy',
      category: 'transient',
      cause: 'HEC code {code}',
      code: ['9', '18', '19', '20'],
      destination: S,
      summary: 'Splunk HEC busy (queues full); the shipper retries',
      fix: 'Retry with backoff; if it persists, look at the indexers’ queues and add HEC capacity.',
    },
  ],
};
