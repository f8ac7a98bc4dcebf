import type { RulePack } from '../rule.js';

/**
 * Transport errors, in Node (libuv errno, undici UND_ERR_*, axios, node-fetch, got) and Python
 * (requests / urllib3 / http.client) spellings. "Unreachable" (refused, no such host, no route,
 * bad certificate) is an outage; "cut or slow" (reset, timeout, temporary DNS failure) is
 * transient. Order matters: a "Max retries exceeded" line is decided by its "Caused by".
 */
export const network: RulePack = {
  name: 'network',
  rules: [
    // Codes under a key (Node's err.code, undici's cause.code, Python errno names).
    {
      id: 'network/refused-code',
      category: 'outage',
      cause: 'ECONNREFUSED',
      code: ['ECONNREFUSED'],
      summary: 'Destination refused the connection (down or wrong port)',
      fix: 'Nothing to fix on the records: check the destination’s status page; resume when it is back.',
    },
    {
      id: 'network/not-found-code',
      category: 'outage',
      cause: '{code}',
      code: ['ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
      summary: 'Destination host unreachable (DNS, routing or certificate)',
      fix: 'Check the instance URL in the connection; otherwise wait for the destination (status page).',
    },
    {
      id: 'network/transient-code',
      category: 'transient',
      cause: '{code}',
      code: [
        'ECONNRESET',
        'EPIPE',
        'ETIMEDOUT',
        'ESOCKETTIMEDOUT',
        'ECONNABORTED',
        'EAI_AGAIN',
        'UND_ERR_CONNECT_TIMEOUT',
        'UND_ERR_HEADERS_TIMEOUT',
        'UND_ERR_BODY_TIMEOUT',
        'UND_ERR_SOCKET',
        'UND_ERR_CLOSED',
        'ERR_SOCKET_CONNECTION_TIMEOUT',
        'ERR_STREAM_PREMATURE_CLOSE',
      ],
      summary: 'Network error (reset or timeout)',
      fix: 'Retry with backoff; if every request fails, the destination is degraded (status page).',
    },
    {
      id: 'network/too-many-429',
      category: 'transient',
      cause: 'rate limit (retries exhausted)',
      message: /too many 429 error responses/i,
      summary: 'Rate limited until retries ran out',
      fix: 'Raise the backoff / retry budget and lower concurrency; honour Retry-After.',
    },
    {
      // urllib3's Retry gives up with "too many 504 error responses" (requests' RetryError).
      id: 'network/too-many-5xx',
      category: 'transient',
      cause: 'server errors (retries exhausted)',
      message: /too many 5\d\d error responses/i,
      summary: 'Server errors until retries ran out',
      fix: 'The destination was failing (5xx) for longer than the retry budget; check its status page and re-run.',
    },
    // Python's backoff library logs "Giving up fetch(...) after 5 tries (HTTPError …)" when its
    // budget runs out (the Singer taps' wrappers: "Backoff gave up after 5 tries"): the error it
    // retried is named above it, or in its parentheses, which a rule before this one reads.
    {
      id: 'network/retries-gave-up',
      category: 'transient',
      cause: 'retries exhausted',
      message: /\bgave up after \d+ (?:tries|attempts|retries)\b|\bGiving up \S{1,200} after \d+ tries\b|\bexhausted (?:all )?(?:\d+ )?retries\b/i,
      summary: 'Retries ran out on a transient error',
      fix: 'The sync stopped after its retry budget: re-run it; if it recurs, lower concurrency or raise the retry limits (the lines before it name what was retried).',
    },
    {
      id: 'network/dns-temporary',
      category: 'transient',
      cause: 'EAI_AGAIN',
      // musl (Alpine images) words EAI_AGAIN "Try again": libpq's `could not translate host name "db" to address: Try again`.
      message: /\bEAI_AGAIN\b|Temporary failure in name resolution|\bto address: Try again\b|\[Errno -3\]|lookup .{1,120}: i\/o timeout|server misbehaving/i,
      summary: 'Temporary DNS failure',
      fix: 'Retry with backoff; if it recurs, check the sync host’s resolver.',
    },
    {
      id: 'network/connection-refused',
      category: 'outage',
      cause: 'ECONNREFUSED',
      message: /\bECONNREFUSED\b|Connection refused|\[Errno 111\]|actively refused/i,
      summary: 'Destination refused the connection (down or wrong port)',
      fix: 'Nothing to fix on the records: check the destination’s status page; resume when it is back.',
    },
    {
      id: 'network/host-not-found',
      category: 'outage',
      cause: 'ENOTFOUND',
      message: /\bENOTFOUND\b|Name or service not known|\[Errno -2\]|\[Errno 8\]|nodename nor servname|no such host|Could not resolve host|getaddrinfo failed|UnknownHostException|NXDOMAIN|Couldn'?t resolve host|cURL error 6\b|\bDNS (?:error|failure|lookup (?:failed|failure)|resolution (?:failed|error))\b|No address associated with hostname|\bDomain name not found\b/i,
      summary: 'Destination host does not resolve',
      fix: 'Check the instance URL in the connection (a typo or decommissioned host looks the same); otherwise wait for the destination.',
    },
    {
      id: 'network/unreachable',
      category: 'outage',
      cause: 'EHOSTUNREACH',
      // Winsock (.NET SocketException, WSAEHOSTUNREACH 10065 / WSAENETUNREACH 10051) words it "attempted to an unreachable host".
      message: /\bEHOSTUNREACH\b|\bENETUNREACH\b|No route to host|Network is unreachable|\[Errno 113\]|\[Errno 101\]|attempted to an unreachable (?:host|network)|\b(?:could not|couldn't|unable to|cannot|can't) reach (?:the )?(?:[\w.-]+ )?(?:server|host|service|api|endpoint|\w+\.(?:com|net|io))\b|\bNetwork error\. Could not reach\b|Could not connect to the endpoint URL|\bEndpointConnectionError\b|\bWSAE(?:HOST|NET)UNREACH\b/i,
      summary: 'Destination unreachable (routing)',
      fix: 'Check egress / firewall rules of the sync host; otherwise wait for the destination.',
    },
    {
      id: 'network/certificate',
      category: 'outage',
      cause: 'TLS certificate',
      message: /CERT_HAS_EXPIRED|certificate has expired|CERTIFICATE_VERIFY_FAILED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT_ALTNAME_INVALID|self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT|PKIX path building failed|SSLHandshakeException|x509: certificate/i,
      summary: 'Destination TLS certificate rejected',
      // Outage: nothing in the records to fix, and no retry succeeds until the certificate changes.
      fix: 'An expired certificate is the destination’s to renew: check its status page and resume when it is fixed. A self-signed or unknown issuer usually means a proxy on the sync host’s network intercepts TLS, or the host lacks the CA: fix its trust store. Retrying alone will not help.',
    },
    {
      id: 'network/reset',
      category: 'transient',
      cause: 'ECONNRESET',
      message: /\bECONNRESET\b|socket hang up|\bEPIPE\b|Connection reset by peer|Connection aborted|RemoteDisconnected|other side closed|UND_ERR_SOCKET|ChunkedEncodingError|IncompleteRead|SSLEOFError|EOF occurred in violation of protocol|Premature close|ERR_STREAM_PREMATURE_CLOSE|\[Errno 104\]|connection closed before message completed|Broken pipe|\[Errno 32\]|\berrno=32\b|\bSSL_ERROR_SYSCALL\b|\bcURL error 56\b|OpenSSL SSL_read: Connection reset|\bbroken connection to\b|\bconnection initialization error\b|\b(?:DB |database )?server closed (?:the )?connection\b/i,
      // libcurl (PHP Guzzle, git, curl): error 56 is a receive failure, SSL_ERROR_SYSCALL a TLS
      // connection the other side dropped (curl.se/libcurl/c/libcurl-errors.html). Fluent Bit's
      // upstream client logs `broken connection to host:443` and `connection initialization error`.
      summary: 'Connection reset mid-request',
      fix: 'Retry with backoff (keep-alive races and load-balancer idle timeouts).',
    },
    {
      id: 'network/timeout',
      category: 'transient',
      cause: 'ETIMEDOUT',
      // Ruby's Timeout::Error reads "execution expired" (Net::HTTP, the AWS SDK's NetworkingError).
      message: /\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|\bTimed out connecting to\b|\bexecution expired\b|\bECONNABORTED\b|UND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT|ConnectTimeoutError|timeout of \d+ ?ms exceeded|Read timed out|Connect(?:ion)?(?: attempt)? timed out|ReadTimeout|ConnectTimeout|TimeoutError|timed out after|deadline exceeded|i\/o timeout|operation timed out|request timed out|ERR_SOCKET_CONNECTION_TIMEOUT|(?:socket|connection|headers) timeout|Timeout connecting to|read timeout reached|connect timeout reached|Manticore::(?:Socket|Connect)Timeout|SocketTimeoutException|\breq_timedout\b/i,
      summary: 'Request timed out',
      fix: 'Retry with backoff; if every request times out, the destination is degraded (check its status page).',
    },
    // A log shipper's output buffer is full because the destination is slower than the input
    // (Fluentd BufferOverflowError / overflow_action block, Vector and Logstash back-pressure):
    // the consequence of a slow or failing destination, retried as it drains.
    {
      id: 'network/output-backpressure',
      category: 'transient',
      cause: 'output buffer full',
      message: /BufferOverflowError|failed to write data into buffer by buffer overflow|buffer space has too many data|buffer (?:is )?full.{0,80}(?:output|flush|destination)/i,
      summary: 'Output buffer full: the destination takes data slower than it arrives',
      fix: 'Nothing to fix on the records: it drains as the destination keeps up; if it persists, look at the destination’s errors above it or raise the buffer / flush throughput.',
    },
    // Fluent Bit's engine when an output fails a chunk: "[engine] failed to flush chunk '1-….flb',
    // retry in 16 seconds: task_id=…, input=… > output=es.1", and "chunk '…' cannot be retried"
    // when the retries run out (docs.fluentbit.io, Scheduling and Retries). The cause is on the
    // output's own lines (a refused connection, a DNS failure, a 4xx), which the rules before this
    // one decide; this line is the retry.
    {
      id: 'network/output-flush-retry',
      category: 'transient',
      cause: 'output flush retried',
      message: /\bfailed to flush chunk '[^'\n]{1,200}', retry in \d+ seconds\b|\bchunk '[^'\n]{1,200}' cannot be retried\b/,
      summary: 'Log shipper output failed to flush a chunk; retried',
      fix: 'The output’s own errors around it name the cause (connection, DNS, credentials, rejected records); if chunks stop being retried, data was dropped: fix that cause and resend.',
    },
  ],
};
