import type { Provider } from './provider.js';

/**
 * Meta (Facebook) Graph and Marketing APIs: `{"error":{"message","type","code","error_subcode",
 * "error_user_title","error_user_msg","fbtrace_id"}}`. `error.code` decides (the type is
 * OAuthException for nearly everything); the subcode only refines the cause, and extract does not
 * read `error_subcode` / `error_user_title`, so the subcode causes below are told apart by their
 * message. The codes are small numbers other APIs use too (1, 4, 100, 200…): the code rules apply
 * to Meta lines only, which `fbtrace_id` and the other Meta-only keys name. Messages carry the code
 * as a "(#17)" prefix, which is Meta's alone.
 * Sources: developers.facebook.com/docs/graph-api/guides/error-handling (codes 1, 2, 3, 4, 10, 17,
 * 102, 190, 200-299, 341, 368, 506; auth subcodes 458, 459, 460, 463, 464, 467);
 * developers.facebook.com/docs/graph-api/overview/rate-limiting and /docs/marketing-apis/rate-limiting
 * (4, 17, 32, 613, Business Use Case 80000-80014); real bodies in singer-io/tap-facebook#192,
 * airbytehq/airbyte#8773, facebook-python-business-sdk#333, restfb#1075, tap-facebook#93.
 */
const F = ['facebook'];

/** Business Use Case rate limits: 80000 (Ads Insights) … 80014 (catalog batch); 80004 is ads management. */
const BUC = Array.from({ length: 15 }, (_, i) => String(80000 + i));
/** 200-299: "API Permission (multiple values depending on permission)". */
const PERMISSION_CODES = Array.from({ length: 100 }, (_, i) => String(200 + i));

/** The field a (#100) message names: "The parameter page_id is required", "Param fields must be…", "nonexisting field (foo)". */
const PARAM_FIELD = /The parameter ([\w.[\]]+) is required|\bParam ([\w.[\]]+) (?:must|is)\b|nonexisting field \((\w+)\)|\(#100\) ([a-z_][\w.]*) (?:must|is|should)\b/;

export const provider: Provider = {
  name: 'facebook',
  display: 'Facebook',
  keys: { code: ['error_subcode'], message: ['error_user_title', 'error_user_msg'] },
  aliases: ['meta', 'fbads'],
  hints: [
    'graph\\.facebook\\.com',
    'facebook_business',
    'facebookads',
    'FacebookRequestError',
    'FacebookGraphException',
    'FacebookOAuthException',
    'restfb',
    'facebook',
  ],
  // Keys only Meta's error bodies carry: a Meta line even when the log names no destination.
  bodyKeys: ['fbtrace_id', 'error_subcode', 'error_user_title', 'error_user_msg', 'is_transient'],
  links: {
    auth: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
    permissions: 'https://developers.facebook.com/docs/permissions',
    validation: 'https://developers.facebook.com/docs/marketing-api/error-reference',
    transient: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting',
    outage: 'https://metastatus.com',
  },
  rules: [
    // ---- 190 access token, told apart by the subcode's wording.
    {
      id: 'facebook/token-expired',
      category: 'auth',
      cause: '190 access token expired (463)',
      code: ['190'],
      message: /Session has expired|has expired on|access token has expired|Session key invalid/i,
      destination: F,
      summary: 'Meta access token expired',
      fix: 'Reconnect the Facebook account to issue a new token (long-lived user tokens last about 60 days; a system-user token does not expire); pause the sync until then.',
    },
    {
      id: 'facebook/token-invalidated-by-user',
      category: 'auth',
      cause: '190 session invalidated by the user (458/459/460/464)',
      code: ['190'],
      message: /changed (?:the|their|his|her) password|has not authori[sz]ed application|App Not Installed|checkpoint|log in (?:at|to) (?:https?:\/\/)?(?:www|m)\.facebook\.com|not a confirmed user|unconfirmed user/i,
      destination: F,
      summary: 'Meta token invalidated by the user (password changed, app removed, checkpoint or unconfirmed account)',
      fix: 'The connected user must log in to Facebook (and clear any checkpoint) and reconnect the app; pause the sync until then.',
    },
    {
      id: 'facebook/invalid-token',
      category: 'auth',
      cause: '190 invalid access token',
      code: ['190', '102'],
      destination: F,
      summary: 'Meta access token invalid or revoked',
      fix: 'Reconnect the Facebook account (or generate a new system-user token); pause the sync until then.',
    },
    // ---- throttling: app (4), user (17), page (32), ad account (613), BUC (80000-80014), app limit (341).
    {
      id: 'facebook/rate-limit',
      category: 'transient',
      cause: '{code} rate limit',
      code: ['4', '17', '32', '613', '341', ...BUC],
      destination: F,
      summary: 'Meta API rate limit (code {code})',
      fix: 'Retry after backoff; Meta blocks the app, user or ad account for minutes to an hour. If it persists, lower call volume per ad account or apply for Advanced Access to the Ads Management Standard Access feature.',
    },
    // 368: "Temporarily blocked for policies violations" — the account may not do this for a while;
    // retrying in a loop prolongs the block.
    {
      id: 'facebook/temporarily-blocked',
      category: 'permissions',
      cause: '368 temporarily blocked (policy)',
      code: ['368'],
      destination: F,
      summary: 'Meta temporarily blocked the account from this action (policy enforcement)',
      fix: 'Stop retrying this action for now; review the content against Meta’s policies in Business Support Home. The block lifts on its own after hours to days.',
    },
    {
      id: 'facebook/permission',
      category: 'permissions',
      cause: '{code} permission missing',
      code: ['10', '3', ...PERMISSION_CODES],
      destination: F,
      summary: 'Meta app or user lacks a permission (code {code})',
      fix: 'Grant the permission the message names (ads_management, ads_read, pages_read_engagement…) to the app and the connected user, or give the user a role on the ad account / Page; keep syncing other objects.',
    },
    // 100 / subcode 33: "Object with ID … does not exist, cannot be loaded due to missing permissions":
    // in a sync that worked before, the token has lost access to the account or Page.
    {
      id: 'facebook/object-not-accessible',
      category: 'permissions',
      cause: '100/33 object missing or not accessible',
      code: ['100'],
      message: /does not exist, cannot be loaded due to missing permission/i,
      destination: F,
      summary: 'Meta object not visible to the token (no access, or a wrong id)',
      fix: 'Check that the connected user or system user still has a role on the ad account / Page / pixel the id names; if it does, fix the id in the sync.',
    },
    {
      id: 'facebook/invalid-parameter',
      category: 'validation',
      cause: '100 invalid parameter',
      code: ['100'],
      fieldFrom: PARAM_FIELD,
      destination: F,
      summary: 'Meta rejected a parameter (code 100)',
      fix: 'Fix the value or field the message names (see error_user_msg in the sample); never retry the same payload.',
    },
    {
      id: 'facebook/duplicate-post',
      category: 'validation',
      cause: '506 duplicate post',
      code: ['506'],
      destination: F,
      summary: 'Meta refused a duplicate post',
      fix: 'The same content was posted twice in a row; change the content or drop the duplicate.',
    },
    {
      id: 'facebook/unknown-or-service',
      category: 'transient',
      cause: '{code} temporary Meta error',
      code: ['1', '2'],
      destination: F,
      summary: 'Meta API temporary error (code {code})',
      fix: 'Retry with backoff. For insights, code 1 often means "reduce the amount of data": lower the date range or page size if it persists.',
    },
    // ---- messages: "(#17) User request limit reached" and the SDKs' wording, with no code key.
    {
      id: 'facebook/rate-limit-message',
      category: 'transient',
      cause: 'rate limit',
      message: /\(#(?:4|17|32|613|341|800(?:0\d|1[0-4]))\)|\b(?:User|Application|Page) request limit reached\b|There have been too many calls (?:from|to) this ad-account/i,
      summary: 'Meta API rate limit',
      fix: 'Retry after backoff; Meta blocks the app, user or ad account for minutes to an hour. If it persists, lower call volume per ad account or apply for Advanced Access to Ads Management Standard Access.',
    },
    {
      id: 'facebook/object-not-accessible-message',
      category: 'permissions',
      cause: '100/33 object missing or not accessible',
      message: /Unsupported (?:get|post|delete) request\. Object with ID '[^']*' does not exist, cannot be loaded due to missing permissions/i,
      summary: 'Meta object not visible to the token (no access, or a wrong id)',
      fix: 'Check that the connected user or system user still has a role on the ad account / Page / pixel the id names; if it does, fix the id in the sync.',
    },
    {
      id: 'facebook/permission-message',
      category: 'permissions',
      cause: 'permission missing',
      message: /\(#(?:10|3|2\d\d)\)/,
      summary: 'Meta app or user lacks a permission',
      fix: 'Grant the permission the message names (ads_management, ads_read, pages_read_engagement…) to the app and the connected user; keep syncing other objects.',
    },
    {
      id: 'facebook/invalid-parameter-message',
      category: 'validation',
      cause: '100 invalid parameter',
      message: /\(#100\)/,
      fieldFrom: PARAM_FIELD,
      summary: 'Meta rejected a parameter (code 100)',
      fix: 'Fix the value or field the message names; never retry the same payload.',
    },
    // "(#190)" and "Error validating access token" read as auth anyway (http/auth-message): only
    // Meta's own lines get the Meta summary and link.
    {
      id: 'facebook/token-message',
      category: 'auth',
      cause: '190 invalid access token',
      message: /\(#(?:190|102)\)|Error validating access token|Invalid OAuth access token/i,
      destination: F,
      summary: 'Meta access token invalid, expired or revoked',
      fix: 'Reconnect the Facebook account (or generate a new system-user token); pause the sync until then.',
    },
  ],
};
