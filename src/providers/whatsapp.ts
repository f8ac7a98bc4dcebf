import type { Provider } from './provider.js';
import type { Rule } from '../rules/rule.js';
import type { Category } from '../types.js';

/**
 * WhatsApp Business Platform (Cloud API on graph.facebook.com; the On-Premises API's codes are the
 * same). A Graph API error, so Meta's generic codes (190 token, 10/200 permission, 100 parameter,
 * 4/80007 rate) are decided by the Facebook rules (`ruledBy`); its own codes are six digits, 13xxxx,
 * in `code` and as a "(#132001)" prefix of the message:
 * - 130429 rate limit hit, 131056 (business, consumer) pair rate limit, 131048 spam rate limit,
 *   131000 something went wrong, 131016 service unavailable: retried, transient.
 * - 131057 account in maintenance mode: outage.
 * - 131005 access denied, 131031 business account locked (policy or verification): the account is
 *   refused, an admin resolves it — permissions. (368, blocked for policy violations, is Graph's.)
 * - 131042 business eligibility payment issue (no valid payment method, overdue): plan.
 * - 131008 required parameter missing, 131009 parameter value invalid, 131021 recipient is the
 *   sender, 131026 message undeliverable (not a WhatsApp number, old client, terms not accepted),
 *   131047 re-engagement message outside the 24-hour window, 131049 not delivered to keep engagement
 *   healthy, 131050 the user stopped marketing messages, 131051 unsupported type, 131052 / 131053
 *   media download / upload, 132000 template parameter count, 132001 template does not exist,
 *   132005 hydrated text too long, 132007 format character policy, 132012 parameter format, 132015
 *   / 132016 template paused / disabled, 133010 phone number not registered: this message or record,
 *   validation.
 * Sources: developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
 * (codes, titles, HTTP statuses); the messages webhook errors reference.
 */
const W = ['whatsapp'];

const CODES: Record<Exclude<Category, 'none' | 'unknown' | 'auth'>, string[]> = {
  transient: ['130429', '131056', '131048', '131000', '131016'],
  outage: ['131057'],
  permissions: ['131005', '131031'],
  plan: ['131042'],
  validation: ['131008', '131009', '131021', '131026', '131047', '131049', '131050', '131051', '131052', '131053', '132000', '132001', '132005', '132007', '132012', '132015', '132016', '133010'],
};

const TEXT: Record<keyof typeof CODES, { summary: string; fix: string }> = {
  transient: { summary: 'WhatsApp throughput limit or a temporary failure', fix: 'Retry with backoff; lower the send rate to one recipient or overall if it persists.' },
  outage: { summary: 'WhatsApp business account in maintenance mode', fix: 'Nothing to fix: wait for the maintenance to end (WhatsApp Business status page), then resume.' },
  permissions: { summary: 'WhatsApp refused the business account or app (access denied, locked or blocked)', fix: 'Resolve the account’s status in WhatsApp Manager (policy review, verification, app permissions); keep syncing other accounts.' },
  plan: { summary: 'WhatsApp business account has a payment problem', fix: 'Add or fix the payment method of the WhatsApp Business Account (or its partner’s credit line); messages fail until then.' },
  validation: { summary: 'WhatsApp refused this message (template, parameters or recipient)', fix: 'Fix the template, its parameters or the recipient the message names; retrying the same message fails again.' },
};

// Own codes decide with or without the destination: six-digit 13xxxx codes are WhatsApp's alone.
const rules: Rule[] = (Object.keys(CODES) as Array<keyof typeof CODES>).flatMap((category): Rule[] => [
  { id: `whatsapp/${category}`, category, cause: 'code {code}', code: CODES[category], ...TEXT[category] },
  {
    id: `whatsapp/${category}-message`,
    category,
    cause: `${category} code`,
    message: new RegExp(`\\(#(?:${CODES[category].join('|')})\\)`),
    ...TEXT[category],
  },
]);

export const provider: Provider = {
  name: 'whatsapp',
  display: 'WhatsApp Business',
  aliases: ['whatsappbusiness', 'whatsappcloud'],
  ruledBy: 'facebook',
  hints: ['whatsapp', '"?messaging_product"?\\s*:\\s*"?whatsapp', '\\(#13[0-3]\\d{3}\\)', 'graph\\.facebook\\.com/v\\d+\\.\\d+/\\d+/(?:messages|message_templates)'],
  links: {
    auth: 'https://developers.facebook.com/docs/whatsapp/business-management-api/get-started',
    permissions: 'https://business.facebook.com/wa/manage/',
    plan: 'https://business.facebook.com/billing_hub/',
    validation: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
    transient: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/throughput',
    outage: 'https://metastatus.com/whatsapp-business-api',
  },
  rules,
};
