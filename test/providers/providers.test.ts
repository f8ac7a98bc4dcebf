import { describe, expect, it } from 'vitest';
import { BUILTIN_PROVIDERS } from '../../src/providers/index.js';
import { ProviderIndex } from '../../src/providers/knowledge.js';
import { checkProvider } from '../../src/providers/provider.js';
import { createEngine, engineFromConfig } from '../../src/pipeline.js';
import { extract } from '../../src/extract/extract.js';
import { parseConfig } from '../../src/config/config.js';

const index = new ProviderIndex(BUILTIN_PROVIDERS);

describe('provider modules', () => {
  it('every module in src/providers exports a valid provider, names unique', () => {
    expect(BUILTIN_PROVIDERS.length).toBeGreaterThanOrEqual(25);
    for (const p of BUILTIN_PROVIDERS) expect(checkProvider(p), p.name).toEqual([]);
    const names = BUILTIN_PROVIDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a provider ruled by another names a built-in provider that has rules', () => {
    const names = new Map(BUILTIN_PROVIDERS.map((p) => [p.name, p]));
    for (const p of BUILTIN_PROVIDERS) if (p.ruledBy !== undefined) expect(names.get(p.ruledBy)?.rules?.length ?? 0, p.name).toBeGreaterThan(0);
  });

  it('a provider rule names its provider in its id', () => {
    for (const p of BUILTIN_PROVIDERS) for (const r of [...(p.rules ?? []), ...(p.lateRules ?? [])]) expect(r.id.split('/')[0], r.id).toBe(p.name);
  });

  it('names built-in lookup tables give JavaScript built-ins no meaning', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(index.normalise(name)).toBe(name.replace(/[^a-z0-9._-]/gi, '-').toLowerCase());
      expect(index.display(name)).toBe(name);
      expect(index.bodyKey(name)).toBeUndefined();
      expect(index.link(name, 'auth')).toBeNull();
    }
  });
});

describe('a provider revealed by its host, SDK or name', () => {
  it.each([
    ['POST https://api.hubapi.com/crm/v3/objects/contacts failed', 'hubspot'],
    ['simple_salesforce.exceptions.SalesforceExpiredSession: Expired session', 'salesforce'],
    ['at Client.request (/app/node_modules/@notionhq/client/build/src/Client.js:304:54)', 'notion'],
    ['requests.exceptions.HTTPError: 422 Client Error for url: https://api.airtable.com/v0/appX/tbl', 'airtable'],
    ['Xeroizer::OAuth::TokenExpired: token_expired', 'xero'],
    ['POST https://api.sendgrid.com/v3/mail/send 403', 'sendgrid'],
    ['tap-github | CRITICAL 401 Bad credentials', 'github'],
    ['getaddrinfo ENOTFOUND api.dropboxapi.com', 'dropbox'],
    ['File "/venv/lib/python3.11/site-packages/tap_pipedrive/client.py", line 9', 'pipedrive'],
    ['File "/airbyte/integration_code/source_hubspot/streams.py", line 412, in _parse_and_handle_errors', 'hubspot'],
    ['com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden POST https://www.googleapis.com/bigquery/v2/projects/p/datasets', 'bigquery'],
    ['Google.GoogleApiException: Google.Apis.Requests.RequestError Daily Limit Exceeded [403]', 'google'],
    ['could not connect to server: Operation timed out. Is the server running on host "x.abc123.us-east-1.redshift.amazonaws.com"', 'redshift'],
    ['google.api_core.exceptions.Forbidden: 403 POST https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs', 'bigquery'],
    ['AADSTS700082: The refresh token has expired (login.microsoftonline.com)', 'azure-ad'],
    ['psycopg2.OperationalError: server closed the connection unexpectedly', 'postgres'],
    ['GET https://www.googleapis.com/bigquery/v2/projects/p/queries/q', 'bigquery'],
    ['GET https://www.googleapis.com/drive/v3/files', 'google'],
    ['FATAL:  password authentication failed for user "loader" (SQLSTATE 28P01)', 'postgres'],
    ["requests.exceptions.RetryError: HTTPSConnectionPool(host='www.notion.so', port=443)", 'notion'],
    ['{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}', 'github'],
    ['a notional error on the sync host', null],
    // A name that is only a folder of a path gives way to one named elsewhere in the text.
    ['Database Error in model stg_inapps (models/staging/appsflyer/inapps/stg_inapps.sql)\n  Access Denied: BigQuery BigQuery: Permission denied', 'bigquery'],
    ['Failed to read models/staging/appsflyer/inapps.csv', 'appsflyer'],
    ['googleapi: Error 403: The download quota for this file has been exceeded., downloadQuotaExceeded', 'google'],
    ['pipelinewise.fastsync log_level=ERROR message=100035 (22007): Timestamp \'20107-05-10\' is not recognized', 'snowflake'],
    ['Failed to open TCP connection to vpc-logs-abc123.eu-west-2.es.amazonaws.com:443 (getaddrinfo: Name or service not known)', 'elasticsearch'],
    ['at Object.<anonymous> (/home/me/Github/app/node_modules/stripe/lib/Error.js:12:17)', 'stripe'],
    // A folder right under a user's home is where the user keeps files (a synced Dropbox), not the API called.
    ['  File "/Users/hans/Dropbox/keep.py", line 19, in <module>', null],
    ['  File "/Users/hans/Dropbox/keep.py", line 19 … service \'notes-pa.googleapis.com\'', 'google'],
    ['   at Sync.Run() in C:\\Users\\ann\\OneDrive\\sync\\Program.cs:line 12', null],
  ])('%s → %s', (text, destination) => expect(index.fromText(text)).toBe(destination));

  it.each([
    ['HubSpot CRM', 'hubspot'],
    ['sfdc-prod', 'salesforce'],
    ['destination-google-ads', 'google-ads'],
    ['Sendinblue', 'brevo'],
    ['Acme Warehouse', 'acme-warehouse'],
    ['box_prod', 'box'],
    // A short provider name inside another word names nothing.
    ['sandbox', 'sandbox'],
    ['mailbox-sync', 'mailbox-sync'],
    // Nor a name of five to seven letters inside another word: RingCentral is not Entra.
    ['ringcentral', 'ringcentral'],
    ['entra-id', 'azure-ad'],
    // A family's name (Azure) is the provider only as itself or an alias, not inside another product's name.
    ['Azure', 'azure'],
    ['azurerm', 'azure'],
    ['azure-log-analytics', 'azure-log-analytics'],
    ['azure_blob', 'azure-blob'],
  ])('destination field %j → %s', (raw, name) => expect(index.normalise(raw)).toBe(name));
});

describe('an engine holds its config; two engines in one process', () => {
  const acme = parseConfig(
    {
      destinations: { 'crm-prod': 'salesforce' },
      links: { salesforce: { auth: 'https://runbooks.example.com/sf-auth' } },
      providers: [
        {
          name: 'acme-billing',
          display: 'Acme Billing',
          hints: ['billing\\.acme\\.internal', 'acme_billing_client'],
          links: { plan: 'https://wiki.example.com/acme-billing/quota' },
          rules: [{ id: 'quota', category: 'plan', code: ['ACME_QUOTA_EXHAUSTED'], summary: 'Acme Billing quota used up', fix: 'Ask the billing team for more quota.' }],
        },
      ],
    },
    'acme.json',
  );
  const configured = engineFromConfig(acme);
  const plain = createEngine();

  const classify = (engine: typeof plain, line: string) => {
    const s = extract(line, engine.lexicon);
    return { s, c: engine.classifier.classify(s) };
  };

  it('aliases, links and in-house providers apply to the engine that has them, not the other', () => {
    const sf = '{"level":"error","destination":"crm-prod","status":401,"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}';
    expect(classify(configured, sf).s.destination).toBe('salesforce');
    expect(classify(configured, sf).c.link).toBe('https://runbooks.example.com/sf-auth');
    expect(classify(plain, sf).s.destination).toBe('crm-prod');
    expect(classify(plain, sf).c.link).not.toBe('https://runbooks.example.com/sf-auth');

    const acmeLine = 'ERROR POST https://billing.acme.internal/v1/charges failed: {"code":"ACME_QUOTA_EXHAUSTED","message":"quota"}';
    const mine = classify(configured, acmeLine);
    expect(mine.s.destination).toBe('acme-billing');
    expect(mine.c).toMatchObject({ category: 'plan', rule: 'acme-billing/quota', link: 'https://wiki.example.com/acme-billing/quota' });
    expect(mine.c.summary).toBe('Acme Billing quota used up');
    const theirs = classify(plain, acmeLine);
    expect(theirs.s.destination).toBeNull();
    expect(theirs.c.category).toBe('unknown');
  });

  it("a provider's own key spellings are read by its engine (and a config provider's by its engine only)", () => {
    const ns = '{"level":"error","status":400,"o:errorDetails":[{"detail":"Invalid Field Value","o:errorCode":"USER_ERROR","o:errorPath":"subsidiary"}]}';
    expect(classify(plain, ns).s.codes).toContain('user_error');
    expect(classify(plain, ns).s.fields).toContain('subsidiary');
    const keyed = engineFromConfig(parseConfig({ providers: [{ name: 'acme', keys: { code: ['acmeErr'] } }] }, 'k.json'));
    const line = '{"level":"error","status":500,"acmeErr":"DISK_FULL"}';
    expect(classify(keyed, line).s.codes).toContain('disk_full');
    expect(classify(plain, line).s.codes).not.toContain('disk_full');
  });

  it("a config provider's field shapes are read by its engine only", () => {
    const shaped = engineFromConfig(parseConfig({ providers: [{ name: 'acme', fieldShapes: [{ key: 'slot', beside: 'violation' }] }] }, 'k.json'));
    const line = '{"level":"error","status":422,"destination":"acme","body":{"violation":"too_long","slot":"nickname"}}';
    expect(classify(shaped, line).s.fields).toContain('nickname');
    expect(classify(plain, line).s.fields).not.toContain('nickname');
  });

  it.each([
    [{ providers: [{ name: 'acme', keys: { codez: ['x'] } }] }, 'acme.json: providers[0].keys.codez: role must be one of'],
    [{ providers: {} }, 'acme.json: providers: must be an array'],
    [{ providers: [{ display: 'X' }] }, 'acme.json: providers[0].name: is required'],
    [{ providers: [{ name: 'Acme API' }] }, 'acme.json: providers[0].name: lower-case letters'],
    [{ providers: [{ name: 'acme', hints: ['(unclosed'] }] }, 'acme.json: providers[0].hints[0]: invalid regular expression'],
    [{ providers: [{ name: 'acme', links: { billing: 'u' } }] }, 'acme.json: providers[0].links.billing: unknown category'],
    [{ providers: [{ name: 'acme', rules: [{ id: 'x', category: 'plan', summary: 's' }] }] }, 'acme.json: providers[0].rules[0]: needs at least one of code, message, status'],
    [{ providers: [{ name: 'acme', hostz: [] }] }, 'acme.json: providers[0].hostz: unknown key'],
    [{ providers: [{ name: 'acme', fieldShapes: [{ key: 'attr' }] }] }, 'acme.json: providers[0].fieldShapes[0].beside: must be a key name'],
    [{ providers: [{ name: 'acme', fieldShapes: [{ key: 'a', beside: 'b', when: 'c' }] }] }, 'acme.json: providers[0].fieldShapes[0].when: unknown key'],
    [{ providers: [{ name: 'acme', links: { auth: 'not a url' } }] }, 'acme.json: providers[0].links.auth: must be a URL string'],
    [{ providers: [{ name: 'acme' }, { name: 'acme' }] }, 'acme.json: providers[1]: duplicate name "acme"'],
    [{ providers: [{ name: 'hubspot' }] }, 'acme.json: providers[0].name: "hubspot" is a built-in provider'],
    [{ providers: [{ name: 'acme', aliases: ['hubspot'] }] }, 'acme.json: providers[0].aliases[0]: "hubspot" names the built-in provider hubspot'],
  ])('config %j → %s', (raw, message) => {
    expect(() => parseConfig(raw, 'acme.json')).toThrow(message);
  });
});
