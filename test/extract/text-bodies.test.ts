import { describe, expect, it } from 'vitest';
import { codesFromProse } from '../../src/extract/text.js';
import { extract } from '../../src/extract/extract.js';
import { emptySignals } from '../../src/extract/signals.js';

describe('a JSON body printed as a JSON string in free text', () => {
  it('is decoded and read when it carries an error key', () => {
    const s = extract('app.js:12 Object body: "{\\"error_summary\\": \\"expired_access_token/\\", \\"error\\": {\\".tag\\": \\"expired_access_token\\"}}" status: 401');
    expect(s.status).toBe(401);
    expect(s.errorKey).toBe(true);
    expect(s.message).toContain('expired_access_token/');
    expect(s.destination).toBe('dropbox');
  });

  it('is decoded when it carries a failing status but no error key', () => {
    const s = extract('relay said: "{\\"status\\": 503, \\"detail\\": \\"upstream busy\\"}"');
    expect(s.status).toBe(503);
  });

  it('is left alone when it is a record’s payload, not an answer', () => {
    const s = extract('2024-01-01 12:00:00 +0000 [info]: record={"log"=>"{\\"message\\": \\"user ada signed in\\", \\"count\\": 3}"}');
    expect(s.message).not.toContain(' | user ada signed in');
    expect(s.errorKey).toBe(false);
  });

  it('survives a literal cut short before its closing quote', () => {
    const s = extract('ERROR body: "{\\"error\\": \\"invalid_grant');
    expect(s.level).toBe('error');
  });
});

describe('a text line that calls a URL', () => {
  it('names its API even when the line itself is not failing, so the input can lend it to its neighbours', () => {
    expect(extract('Fetching https://api.github.com/repos/acme/app').destination).toBe('github');
  });
});

describe('a request payload printed before the answer', () => {
  it('keeps the answer printed after it, in another notation, as prose', () => {
    const s = extract(`retry gave up: POST https://api.example.com/v1/teams {"name":"Ops","org":42} [ { message: 'Access denied', help: 'see the docs' } ]`);
    expect(s.message).toContain('Access denied');
  });

  it('adds nothing when only punctuation follows', () => {
    const s = extract('sent {"name":"Ops"} ] }');
    expect(s.message).not.toContain(']');
  });
});

describe('HTTP status lines in prose', () => {
  it('skip an interim 1xx status for the final one', () => {
    expect(extract('PUT failed: Array ( [0] => HTTP/1.1 100 Continue [1] => [2] => HTTP/1.1 503 Service Unavailable )').status).toBe(503);
    expect(extract('upstream said HTTP/2 404 for /v1/items/7').status).toBe(404);
  });
});

describe('labelled codes in prose', () => {
  const codes = (text: string): string[] => {
    const s = emptySignals('text');
    codesFromProse(text, s);
    return [...s.codes];
  };

  // Codes are kept lower-cased: rules match them case-blind.
  it.each([
    ["Access is denied. (code=ErrorAccessDenied, message='Access is denied.')", ['erroraccessdenied']],
    ['Error code: InvalidAuthenticationToken', ['invalidauthenticationtoken']],
    ['ERROR code: 0x80040265', ['0x80040265']],
  ])('%s', (text, want) => expect(codes(text)).toEqual(expect.arrayContaining(want)));

  it('leaves all-capital `code=` values (gRPC status names) to the status vocabulary', () => {
    expect(codes('rpc error: code=UNAVAILABLE desc=name resolution failed')).not.toContain('UNAVAILABLE');
  });

  it('does not take a lowercase word after `code=`', () => {
    expect(codes('exit code=ok')).toEqual([]);
  });
});
