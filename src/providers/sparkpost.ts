import type { Provider } from './provider.js';

/**
 * SparkPost, now part of Bird (`api.sparkpost.com/api/v1/…`, EU `api.eu.sparkpost.com`, Enterprise
 * `*.sparkpostelite.com`). Errors are `{"errors":[{"message":"required field is missing",
 * "description":"content object or template_id required","code":"1400"}]}`, the code a four-digit
 * string of SparkPost's extended error table, grouped by the service that answered:
 * - 1100 permission denied (403, "check API key": a key without the permission the call needs):
 *   permissions.
 * - 1601 No license (403), 2101 / 2102 / 2103 Exceed Sending Limit (hourly / daily / sandbox, HTTP
 *   420: the sandbox domain sends 5 messages for the account's lifetime): plan.
 * - 7000 sending domain blacklisted, 7001 invalid or unconfigured sending / tracking domain ("Invalid
 *   domain", description "Unconfigured Sending Domain <gmail.com>"), 2009–2012 tracking domain
 *   unconfigured / unverified / pending compliance / blocked: the account's domain setup, validation
 *   with its own fix.
 * - 1101–1103 URI / method / query, 1200 / 1300 / 1301 / 1305 invalid params or data, 1400 / 1401
 *   required field or parameter missing, 1600 / 1603 not found, 1602 resource in use, 1700 content
 *   type, 1800 header, 1901 message failed to generate, 1902 message generation rejected (its
 *   description says why: "recipient address was suppressed due to system policy", a suppressed
 *   recipient that no retry will reach), 1910, 2001–2008 and 2106 transmissions and templates,
 *   3000–3050 template language, 5001 / 5002 recipient lists, 6100 / 6200 tracking domains,
 *   10000–10002 relay webhook headers: validation.
 * - 1500 / 1501 database, 1502 server resources unavailable, 1900 message generation module not
 *   available ("retry, likely transient"): transient.
 * The codes are plain numbers, SparkPost's only on SparkPost's lines. python-sparkpost raises
 * `SparkPostAPIException: Call to https://api.sparkpost.com/api/v1/transmissions returned 400,
 * errors: <message> Code: <code> Description: <description>` (django-anymail relays it as
 * AnymailAPIError); node-sparkpost rejects with `SparkPostError` (message = the HTTP status text,
 * `errors` = the list).
 * Sources: developers.sparkpost.com/api (introduction.apib: error shape and status table, rate
 * limits, sandbox limit); SparkPost/support-docs content/docs/tech-resources/extended-error-codes.md
 * (the code table); SparkPost/python-sparkpost sparkpost/exceptions.py and examples/transmissions/
 * handle_exception.py (7001 body); SparkPost/node-sparkpost lib/sparkpost.js; karrot-dev/karrot-backend
 * #294 and #434 and DemokratieInBewegung/plenum #83 (1902 suppressed recipient, verbatim).
 */
const SP = ['sparkpost'];

export const provider: Provider = {
  name: 'sparkpost',
  display: 'SparkPost',
  hints: ['sparkpost\\w*'],
  links: {
    auth: 'https://app.sparkpost.com/account/api-keys',
    permissions: 'https://app.sparkpost.com/account/api-keys',
    plan: 'https://developers.sparkpost.com/api/#header-errors',
    validation: 'https://support.sparkpost.com/docs/tech-resources/extended-error-codes',
    transient: 'https://support.sparkpost.com/docs/tech-resources/extended-error-codes',
    outage: 'https://status.sparkpost.com',
  },
  rules: [
    {
      id: 'sparkpost/permission-denied',
      category: 'permissions',
      cause: '1100 permission denied',
      code: ['1100'],
      destination: SP,
      summary: 'SparkPost API key lacks the permission this call needs (1100)',
      fix: 'Edit the API key in SparkPost (Account → API Keys) to grant the permission the call needs (e.g. Transmissions: Read/Write, Suppression Lists), or use a key that has it.',
    },
    {
      id: 'sparkpost/sending-limit',
      category: 'plan',
      cause: '{code} sending limit',
      code: ['2101', '2102', '2103', '1601'],
      destination: SP,
      summary: 'SparkPost sending limit of the account reached ({code})',
      fix: 'Wait for the limit to reset or raise it (upgrade the plan; on the sandbox domain, add and verify a sending domain); pause the sync until then.',
    },
    {
      id: 'sparkpost/sending-domain',
      category: 'validation',
      cause: '{code} sending domain',
      code: ['7000', '7001', '2009', '2010', '2011', '2012'],
      destination: SP,
      summary: 'SparkPost refuses the sending or tracking domain ({code}: not configured, unverified or blocked)',
      fix: 'Send from a domain added and verified in SparkPost (Sending Domains), or fix the from address the sync maps; every message from it fails until then.',
    },
    {
      id: 'sparkpost/rejected',
      category: 'validation',
      cause: '{code} rejected',
      code: [
        '1101', '1102', '1103', '1200', '1300', '1301', '1305', '1400', '1401', '1600', '1602', '1603', '1700', '1800', '1901', '1902', '1910',
        '2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2106', '3000', '3001', '3002', '3010', '3020', '3030', '3040', '3050', '5001', '5002', '6100', '6200',
        '10000', '10001', '10002',
      ],
      destination: SP,
      summary: 'SparkPost rejected the request for this message ({code})',
      fix: 'Read the description in the sample: a suppressed recipient (remove it from the send), a missing field, a template or substitution error; fix the message or mapping, never retry as is.',
    },
    {
      id: 'sparkpost/server-error',
      category: 'transient',
      cause: '{code} server error',
      code: ['1500', '1501', '1502', '1900'],
      destination: SP,
      summary: 'SparkPost could not process the request for now ({code})',
      fix: 'Retried; contact SparkPost support if it fails after two retries.',
    },
    // python-sparkpost / django-anymail print the body as text.
    {
      id: 'sparkpost/suppressed-message',
      category: 'validation',
      cause: 'recipient suppressed',
      message: /\brecipient address (?:was )?suppressed due to (?:customer|system) policy\b/i,
      summary: 'SparkPost will not send to this recipient: the address is on a suppression list (1902)',
      fix: 'Drop the recipient from the send (it bounced, complained or unsubscribed), or remove it from the suppression list if that was a mistake; retrying never delivers it.',
    },
    {
      id: 'sparkpost/sending-limit-message',
      category: 'plan',
      cause: 'sending limit',
      message: /\bExceed Sending Limit\b/i,
      summary: 'SparkPost sending limit of the account reached',
      fix: 'Wait for the limit to reset or raise it (upgrade the plan; on the sandbox domain, add and verify a sending domain); pause the sync until then.',
    },
    {
      // A 420 is SparkPost's sending limit, whatever the body says.
      id: 'sparkpost/http-420',
      category: 'plan',
      cause: 'HTTP 420',
      status: [420],
      destination: SP,
      summary: 'SparkPost sending limit of the account reached (HTTP 420)',
      fix: 'Wait for the limit to reset or raise it (upgrade the plan; on the sandbox domain, add and verify a sending domain); pause the sync until then.',
    },
  ],
};
