import type { RuleCase } from '../rule-tester.js';

/**
 * WhatsApp Cloud API codes. Source:
 * developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes.
 */
export const whatsappCases: RuleCase[] = [
  {
    line: '{"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001,"error_data":{"messaging_product":"whatsapp","details":"template name (order_update) does not exist in en_US"},"fbtrace_id":"AbC"}}',
    category: 'validation',
    destination: 'whatsapp',
    rule: 'whatsapp/validation',
    note: 'a template the account does not have',
  },
  {
    line: 'ERROR send failed: (#132000) Number of parameters does not match the expected number of params',
    category: 'validation',
    destination: 'whatsapp',
    rule: 'whatsapp/validation-message',
    note: 'the code prefix alone names WhatsApp',
  },
  {
    line: 'ERROR POST https://graph.facebook.com/v19.0/1065403522/messages -> 429 {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"fbtrace_id":"x"}}',
    category: 'transient',
    destination: 'whatsapp',
    rule: 'whatsapp/transient',
    note: 'Cloud API throughput',
  },
  {
    line: 'ERROR webhook status failed: (#131057) Account in maintenance mode',
    category: 'outage',
    destination: 'whatsapp',
    rule: 'whatsapp/outage-message',
    note: 'the business account is under maintenance',
  },
  {
    line: '{"code":131031,"title":"Business Account locked","message":"Business Account locked","error_data":{"details":"Business account has been locked."}}',
    category: 'permissions',
    destination: 'whatsapp',
    rule: 'whatsapp/permissions',
    note: 'a locked account (policy or verification) is resolved by an admin in WhatsApp Manager',
  },
  {
    line: 'ERROR send failed: (#131042) Business eligibility payment issue',
    category: 'plan',
    destination: 'whatsapp',
    rule: 'whatsapp/plan-message',
    note: 'no valid payment method on the account',
  },
  {
    line: '{"level":"error","destination":"whatsapp","body":{"error":{"message":"(#131005) Access denied","type":"OAuthException","code":131005}}}',
    category: 'permissions',
    destination: 'whatsapp',
    note: 'access denied to the phone number or account',
  },
  {
    line: 'WARN send retried: (#131056) (Business Account, Consumer Account) pair rate limit hit',
    category: 'transient',
    destination: 'whatsapp',
    rule: 'whatsapp/transient-message',
    note: 'too many messages to one recipient in a short time',
  },
  {
    line: '{"level":"error","destination":"whatsapp","body":{"error":{"message":"Account in maintenance mode","code":131057}}}',
    category: 'outage',
    destination: 'whatsapp',
    rule: 'whatsapp/outage',
    note: 'the code alone decides',
  },
  {
    line: 'ERROR send failed: (#131005) Access denied',
    category: 'permissions',
    destination: 'whatsapp',
    rule: 'whatsapp/permissions-message',
    note: 'the app may not use this phone number',
  },
  {
    line: '{"level":"error","body":{"error":{"message":"Business eligibility payment issue","code":131042,"error_data":{"messaging_product":"whatsapp"}}}}',
    category: 'plan',
    destination: 'whatsapp',
    rule: 'whatsapp/plan',
    note: 'the account has no valid payment method',
  },
];
