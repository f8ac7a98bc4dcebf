import type { RuleCase } from '../rule-tester.js';

/**
 * What an engine's own wording adds: RudderStack's transformer names the destination of a failed
 * call by its internal name (rudder-transformer's network handlers: "… during <dest> response
 * transformation", "<DEST>: Error encountered in transformer proxy"); Swift Mailer's "Expected
 * response code 250 but got code 451" states what it expected, not the status it got.
 */
export const engineCases: RuleCase[] = [
  {
    line: 'The server could not verify that you are authorized to access the URL requested. during pinterest_tag response transformation',
    category: 'auth',
    destination: 'pinterest',
    rule: 'http/auth-message',
    note: 'Werkzeug’s 401 description; the phrase makes it an error and names the destination (pinterest_tag is Pinterest’s Conversions API)',
  },
  {
    line: 'MONDAY: Error encountered in transformer proxy V1 with error: Complexity budget exhausted, rate limit exceeded',
    category: 'transient',
    destination: 'monday',
    note: 'the upper-case internal name before the proxy phrase is the destination',
  },
  {
    line: 'Request failed during monday response transformation: with status "401" due to "Not Authenticated"',
    category: 'auth',
    destination: 'monday',
  },
  {
    line: 'Expected response code 235 but got code "535", with message "535 Authentication failed: Bad username / password" (code: 535)',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'SMTP 535 after AUTH: the expected 235 is not read as a 2xx status that would make the line a success',
  },
];
