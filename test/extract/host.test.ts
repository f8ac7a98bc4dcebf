import { describe, expect, it } from 'vitest';
import { hostDestination } from '../../src/extract/host.js';
import { classifyLine } from '../rules/rule-tester.js';

describe('the destination named by an API host no provider module knows', () => {
  it.each([
    ['requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=x): GET https://api.trakt.tv/sync/history', 'trakt'],
    ['xmlrpc.client.ProtocolError: <ProtocolError for https://acme.odoo.com/xmlrpc/2/object: 502 Bad Gateway>', 'odoo'],
    ['POST https://api.service.example.co.uk/v1/items -> 503', null],
    ['POST https://api.tradeshift.co.uk/v1/items -> 503', 'tradeshift'],
    ['GET https://user:secret@api.pinboard.in/v1/posts/all failed', 'pinboard'],
    ['connect ECONNREFUSED http://10.0.0.4:8080/ingest', null],
    ['POST http://loki:3100/loki/api/v1/push 500', null],
    ['GET https://search.internal/v1 504', null],
    ['POST https://abc123.execute-api.us-east-1.amazonaws.com/prod 502', null],
    ['Sentry event https://sentry.io/organizations/acme/issues/1/ raised', null],
    ['no url here at all', null],
    ['ClientSecretCredential authentication failed. See https://aka.ms/msal-net-invalid-client for details.', null],
    ["urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='api.pinboard.in', port=443): Read timed out. (read timeout=24)", 'pinboard'],
    ["HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded", null],
  ])('%s → %s', (text, name) => expect(hostDestination(text)).toBe(name));

  it('only where no provider module names the line, and only on error lines', () => {
    expect(classifyLine('2026-03-02T10:00:00Z ERROR GET https://api.trakt.tv/sync/history -> 401 Unauthorized').signals.destination).toBe('trakt');
    // A known provider's host keeps its module's name.
    expect(classifyLine('2026-03-02T10:00:00Z ERROR GET https://api.hubapi.com/crm/v3/objects -> 401').signals.destination).toBe('hubspot');
    // A success names no destination from its URL.
    expect(classifyLine('2026-03-02T10:00:00Z INFO GET https://api.trakt.tv/sync/history -> 200').signals.destination).toBeNull();
  });
});
