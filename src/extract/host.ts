import { awsServiceOfHost } from './aws.js';

/**
 * The destination an error line shows only by the API host it called, when no provider module
 * knows that host: `https://api.trakt.tv/sync/history` → `trakt`, `https://acme.odoo.com/xmlrpc` →
 * `odoo`. The name is the label just before the public suffix. Hosts that name no provider are
 * left alone: IP addresses, single-label and private names (`db:5432`, `*.internal`, `*.local`),
 * documentation examples, hosting or error-tracking domains whose label is not who answered
 * (`*.herokuapp.com`, `sentry.io`) and link shorteners (`aka.ms`). An AWS endpoint names its service
 * (extract/aws.ts). Only the first URL of the line is read, or urllib3's connection-pool host where
 * the line has no URL, or the host a network error names.
 */
const URL_RE = /\bhttps?:\/\/(?:[^\s/@'"<>]{1,100}@)?([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(?=[:/\s'"<>),\]]|$)/;

/** Public suffixes of two labels under a country code: `example.co.uk`, `example.com.au`. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** Private and reserved names (RFC 6761, RFC 8375, common cluster and LAN suffixes). */
const PRIVATE_TLDS = new Set(['local', 'localhost', 'internal', 'lan', 'home', 'corp', 'intranet', 'svc', 'test', 'example', 'invalid', 'arpa']);

/**
 * Registrable labels that are hosting, tunnelling, CDN or error-tracking domains, or examples; and
 * code-hosting and documentation domains whose links ("report it at https://github.com/…", "see
 * https://cloud.google.com/…") name no destination. The APIs of GitHub and Google are named by
 * their modules' hints before this fallback runs.
 */
const NOT_A_PROVIDER = new Set([
  'example', 'localhost', 'amazonaws', 'cloudfront', 'azurewebsites', 'azure', 'windows', 'herokuapp', 'heroku', 'vercel', 'netlify',
  'ngrok', 'ngrok-free', 'cloudflare', 'workers', 'pages', 'appspot', 'run', 'web', 'firebaseapp', 'github', 'githubusercontent',
  'gitlab', 'bitbucket', 'stackoverflow', 'sentry', 'bugsnag', 'rollbar', 'honeybadger', 'google', 'googleapis', 'gstatic',
  // link shorteners an error message points to its docs with (`See https://aka.ms/msal-net-invalid-client`)
  'aka', 'bit', 'tinyurl', 'lnkd', 'ow', 'rebrand',
  // namespaces and reference URIs in bodies: an HTML DOCTYPE (w3.org), SOAP envelopes, problem types
  'w3', 'xmlsoap', 'httpstatus', 'schema', 'purl',
  // logging libraries' warnings at start-up (`SLF4J: See http://www.slf4j.org/codes.html#…`; log4j and
  // logback at logging.apache.org, logback.qos.ch)
  'slf4j', 'apache', 'qos',
]);

/** urllib3's pool in a Python error: `HTTPSConnectionPool(host='api.trakt.tv', port=443)`. */
const POOL_RE = /\bHTTPS?ConnectionPool\(host='([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)'/;

/**
 * A bare host after a network failure: Node's `getaddrinfo ENOTFOUND api.mailjet.com`, curl's
 * `Could not resolve host: api.x.com` and `Failed to connect to api.stripe.com port 443`, Apache
 * HttpClient's `Connect to api.x.com:443 [api.x.com/1.2.3.4] failed`, the AWS Java SDK's
 * `Unable to execute HTTP request: Connection refused: api.x.com`, Ruby Net::HTTP's `Failed to open
 * TCP connection to api.x.com:443 (getaddrinfo: …)`.
 */
const NETWORK_HOST_RE =
  /(?:\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)|Could not resolve host:|Failed to connect to|Failed to open TCP connection to|\bConnect to|HTTP request: Connection refused:)\s+([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(?=[:\s'"),\]]|$)/;

/** A request line without its scheme, as HTTP clients log it: `POST api.chargebee.com/api/v2/…`. */
const REQUEST_HOST_RE = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) ([a-z0-9](?:[a-z0-9-]{0,62}\.){1,6}[a-z]{2,24})\/\S/;

const REQUEST_START = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) [a-z0-9]/;

export function hostDestination(text: string): string | null {
  const scan = text.length > 4096 ? text.slice(0, 4096) : text;
  const m = calledUrl(scan) ?? POOL_RE.exec(scan) ?? NETWORK_HOST_RE.exec(scan) ?? REQUEST_HOST_RE.exec(scan);
  if (m === null) return null;
  const labels = m[1].toLowerCase().split('.');
  if (labels.length < 2 || labels.some((l) => l.length === 0)) return null;
  const tld = labels[labels.length - 1];
  if (/^\d+$/.test(tld) || PRIVATE_TLDS.has(tld)) return null;
  // AWS answers every service from one domain: the service label names who answered.
  if (labels[labels.length - 2] === 'amazonaws' || (labels.length >= 3 && labels[labels.length - 3] === 'amazonaws')) return awsServiceOfHost(labels);
  let i = labels.length - 2;
  if (labels.length >= 3 && tld.length === 2 && SECOND_LEVEL.has(labels[i])) i--;
  // A managed database or broker is named by its engine, not its host's cloud:
  // `private-db-redis-xyz.db.ondigitalocean.com`, `acme.postgres.database.azure.com`; a self-hosted
  // product by its word, not its owner's domain.
  for (let j = 0; j <= i; j++) {
    for (const word of labels[j].split('-')) {
      const engine = ENGINE_WORDS.get(word);
      if (engine !== undefined) return engine;
    }
  }
  const name = labels[i];
  if (name === undefined || name.length < 2 || NOT_A_PROVIDER.has(name) || !/^[a-z0-9][a-z0-9-]*$/.test(name) || MASKED.test(name)) return null;
  return name;
}

/**
 * The first URL that is not a problem type (RFC 9457 `"type": "https://httpstatus.es/401"`), which
 * names a kind of error, not who answered. (A provider's own docs link does name who answered:
 * `Consumer key is invalid. https://labs.aweber.com/docs/troubleshooting#unauthorized`.)
 */
function calledUrl(scan: string): RegExpExecArray | null {
  const re = URL_RE_G;
  re.lastIndex = 0;
  for (let i = 0; i < 3; i++) {
    const m = re.exec(scan);
    if (m === null) return null;
    if (!/"type"\s*:\s*"$/.test(scan.slice(Math.max(0, m.index - 12), m.index))) return m;
  }
  return null;
}

const URL_RE_G = new RegExp(URL_RE.source, 'g');

/**
 * Words of a host's labels that name a database or broker engine (the words clouds name their
 * managed services by), or a self-hosted product its owners name their hosts after
 * (`intern-vcenter.example.de`, `my-artifactory.com`).
 */
const ENGINE_WORDS: ReadonlyMap<string, string> = new Map([
  ['vcenter', 'vsphere'],
  ['vsphere', 'vsphere'],
  ['artifactory', 'artifactory'],
  ['activemq', 'activemq'],
  ['redis', 'redis'],
  ['valkey', 'valkey'],
  ['postgres', 'postgres'],
  ['postgresql', 'postgres'],
  ['mysql', 'mysql'],
  ['mariadb', 'mysql'],
  ['mongodb', 'mongodb'],
  ['mongo', 'mongodb'],
  ['kafka', 'kafka'],
  ['rabbitmq', 'rabbitmq'],
  ['elasticsearch', 'elasticsearch'],
  ['opensearch', 'opensearch'],
  ['clickhouse', 'clickhouse'],
  ['memcached', 'memcached'],
]);

/** A name the reporter masked (`xxxxxx.xx`, `XXXX`, `redacted`): it names no one. */
const MASKED = /^(?:x{3,}|redacted|masked|hidden|removed|your-?\w*|my-?\w*)$/;

/** A cheap test before hostDestination: the text has a URL, a urllib3 pool or a network error that may name a host. */
export function mayNameHost(text: string): boolean {
  return (
    text.indexOf('://') !== -1 ||
    text.indexOf('ConnectionPool(') !== -1 ||
    text.indexOf('ENOTFOUND') !== -1 ||
    text.indexOf('EAI_AGAIN') !== -1 ||
    text.indexOf('resolve host') !== -1 ||
    text.indexOf('to connect to') !== -1 ||
    text.indexOf('Connect to ') !== -1 ||
    text.indexOf('Connection refused: ') !== -1 ||
    text.indexOf('ECONNREFUSED') !== -1 ||
    text.indexOf('ETIMEDOUT') !== -1 ||
    text.indexOf('EHOSTUNREACH') !== -1 ||
    text.indexOf('ECONNRESET') !== -1 ||
    REQUEST_START.test(text)
  );
}
