import type { RuleCase } from '../rule-tester.js';

/**
 * Keap (Infusionsoft): the Apigee gateway's faults in front of the REST API, XML-RPC faults as the
 * Ruby gem raises them, and infusionsoft-php's exceptions.
 * Sources: nateleavitt/infusionsoft lib/infusionsoft/exception_handler.rb and exceptions.rb, #42;
 * infusionsoft/infusionsoft-php src/Infusionsoft/TokenExpiredException.php, #114; the Apigee
 * errorcodes a public Keap integration handles (pmpro-keap) and a public Keap app's measurements
 * (401 per request kind).
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.infusionsoft.com/crm/rest';

export const keapCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/v1/contacts?limit=1000`, body: { fault: { faultstring: 'Invalid Access Token', detail: { errorcode: 'keymanagement.service.invalid_access_token' } } } }),
    category: 'auth',
    destination: 'keap',
    rule: 'keap/gateway-token',
    note: 'Apigee fault for a wrong, expired or revoked token (Bearer <garbage>)',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/v2/tags`, body: { fault: { faultstring: 'Invalid access token', detail: { errorcode: 'oauth.v2.InvalidAccessToken' } } } }),
    category: 'auth',
    destination: 'keap',
    rule: 'keap/gateway-token',
    note: 'Apigee fault when no credential reached Keap (no Authorization header)',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/v1/orders`, body: { fault: { faultstring: 'Access Token expired', detail: { errorcode: 'keymanagement.service.access_token_expired' } } } }),
    category: 'auth',
    destination: 'keap',
    rule: 'keap/gateway-token',
    note: 'Apigee fault for an access token past its 24 hours (pmpro-keap ERROR_CODES)',
  },
  {
    line: 'ERROR: [InvalidKey]Invalid Key (Infusionsoft::InvalidKeyError)',
    category: 'auth',
    destination: 'keap',
    rule: 'keap/xmlrpc-auth',
    note: 'infusionsoft gem: faultCode 2 raises InvalidKeyError with the tagged faultString',
  },
  {
    line: 'Infusionsoft::NoFieldAccessError: [NoFieldAccess]No field access for field: _ReferralSource',
    category: 'permissions',
    destination: 'keap',
    rule: 'keap/xmlrpc-no-access',
    note: 'infusionsoft gem: faultCode 8 raises NoFieldAccessError',
  },
  {
    line: 'Infusionsoft::RecordNotFoundError: [RecordNotFound]Record was not found',
    category: 'validation',
    destination: 'keap',
    rule: 'keap/xmlrpc-invalid',
    note: 'infusionsoft gem: faultCode 5; `[RecordNotFound]` is the faultString’s tag',
  },
  {
    line: 'Infusionsoft::DatabaseError: [DatabaseError]Error performing query',
    category: 'transient',
    destination: 'keap',
    rule: 'keap/xmlrpc-server',
    note: 'infusionsoft gem: faultCode 4 raises DatabaseError',
  },
  {
    line: "PHP Fatal error:  Uncaught Infusionsoft\\TokenExpiredException in /var/www/vendor/infusionsoft/php-sdk/src/Infusionsoft/Infusionsoft.php:451",
    category: 'auth',
    destination: 'keap',
    rule: 'keap/token-expired-sdk',
    note: 'infusionsoft-php TokenExpiredException: the stored token was never refreshed',
  },
  {
    line: "Fatal error: Uncaught Infusionsoft\\Http\\HttpException: fXmlRpc\\Exception\\HttpException: An HTTP error occurred: Unauthorized in /us/vendor/lstrojny/fxmlrpc/src/fXmlRpc/Exception/HttpException.php:32",
    category: 'auth',
    destination: 'keap',
    rule: 'http/auth-message',
    note: 'infusionsoft-php #114: an expired or mangled token on the XML-RPC endpoint, the generic wording; Infusionsoft names Keap',
  },
];
