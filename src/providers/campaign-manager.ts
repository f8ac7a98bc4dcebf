import type { Provider } from './provider.js';

/**
 * Google Campaign Manager 360 (DCM / DFA Reporting and Trafficking API, `dfareporting.googleapis.com`,
 * formerly `www.googleapis.com/dfareporting`). Request errors are Google's v1 shape (`error.code`,
 * `error.errors[].reason`): 401 authError, 403 insufficientPermissions / forbidden, and quotas as 403
 * (dailyLimitExceeded, userRateLimitExceeded, quotaExceeded "This account has exceeded its quota of x
 * reports per day"): Google's rules decide those (`ruledBy: 'google'`). Offline conversion uploads
 * (`conversions.batchinsert` / `batchupdate`) answer HTTP 200 `{"kind":"dfareporting#conversionsBatchInsertResponse",
 * "hasFailures":true,"status":[{"conversion":{…},"errors":[{"code","message","kind":"dfareporting#conversionError"}]}]}`,
 * each conversion with its own ConversionError code:
 * - NOT_FOUND (the gclid / dclid / matchId / mobile device id is unknown, or the click is too old
 *   or too recent, "Floodlight config id: N was not found."), INVALID_ARGUMENT: validation.
 * - PERMISSION_DENIED: the user profile has no access to the Floodlight configuration: permissions.
 * - INTERNAL: transient.
 * These codes are every Google API's status words: they decide only Campaign Manager lines.
 * Sources: developers.google.com/doubleclick-advertisers/rest/v4/ConversionStatus (ConversionError
 * codes), …/guides/conversions_faq (NOT_FOUND causes, 1,000 conversions a batch, 28-day window),
 * …/quotas (403 reasons and report quotas), …/core_errors; bodies in rudderlabs/rudder-transformer
 * test/integrations/destinations/campaign_manager (batchinsert NOT_FOUND / INVALID_ARGUMENT),
 * googleads/googleads-dfa-reporting-samples #91 and #109 (insufficientPermissions), google-marketing-solutions/margin-protection #43.
 */
const CM = ['campaign-manager'];

export const provider: Provider = {
  name: 'campaign-manager',
  display: 'Campaign Manager 360',
  aliases: ['campaignmanager', 'cm360', 'dcm', 'doubleclickcampaignmanager', 'dfareporting', 'doubleclickformarketers'],
  hints: [
    'dfareporting\\.googleapis\\.com',
    '(?:www\\.)?googleapis\\.com/dfareporting',
    'dfareporting#\\w+',
    'campaign[ _-]?manager[ _-]?360',
    '(?:tap|source|destination)[_-](?:google[_-])?campaign[_-]manager',
    'googleads-dfa-reporting[\\w-]*',
    'Google_Service_Dfareporting\\w*',
    'dfareporting_v\\d+',
  ],
  ruledBy: 'google',
  rank: 60,
  bodyKeys: ['hasFailures', 'floodlightConfigurationId', 'floodlightActivityId'],
  bodyCodes: ['dfareporting#conversionerror', 'dfareporting#conversionsbatchinsertresponse', 'dfareporting#conversionstatus'],
  links: {
    auth: 'https://developers.google.com/doubleclick-advertisers/getting_started',
    permissions: 'https://support.google.com/campaignmanager/answer/2668225',
    plan: 'https://developers.google.com/doubleclick-advertisers/quotas',
    validation: 'https://developers.google.com/doubleclick-advertisers/guides/conversions_faq',
    transient: 'https://developers.google.com/doubleclick-advertisers/quotas',
    outage: 'https://status.cloud.google.com',
  },
  rules: [
    {
      id: 'campaign-manager/conversion-not-found',
      category: 'validation',
      cause: 'NOT_FOUND',
      code: ['NOT_FOUND'],
      destination: CM,
      summary: 'Campaign Manager could not match the conversion (click id, match id or Floodlight id not found)',
      fix: 'Check the Floodlight configuration / activity ids of the mapping and that the click id is known and its click is neither older than the lookback window nor too recent; retrying the same row fails again.',
    },
    {
      id: 'campaign-manager/conversion-invalid',
      category: 'validation',
      cause: 'INVALID_ARGUMENT',
      code: ['INVALID_ARGUMENT'],
      destination: CM,
      summary: 'Campaign Manager rejected the conversion (invalid argument)',
      fix: 'Fix the conversion fields (timestamp in microseconds within 28 days, one user identifier, ordinal, value); the sample names the problem.',
    },
    {
      id: 'campaign-manager/conversion-permission',
      category: 'permissions',
      cause: 'PERMISSION_DENIED',
      code: ['PERMISSION_DENIED'],
      destination: CM,
      summary: 'Campaign Manager user profile cannot upload to this Floodlight configuration',
      fix: 'Give the user profile of the connection access to the advertiser / Floodlight configuration (a role with conversion upload), or use a profile that has it.',
    },
    {
      id: 'campaign-manager/conversion-internal',
      category: 'transient',
      cause: 'INTERNAL',
      code: ['INTERNAL'],
      destination: CM,
      summary: 'Campaign Manager internal error for this conversion',
      fix: 'Retry with backoff; re-insert only the failed conversions (ordinal keeps them from duplicating).',
    },
    // The wording of a NOT_FOUND, when a connector logs only the message.
    {
      id: 'campaign-manager/floodlight-not-found',
      category: 'validation',
      cause: 'NOT_FOUND',
      message: /\bFloodlight (?:config(?:uration)?|activity) id:? \d+ was not found/i,
      summary: 'Campaign Manager Floodlight configuration or activity not found',
      fix: 'Fix the Floodlight configuration / activity ids of the mapping (and check the user profile can see them).',
    },
    // Report quotas (docs: quotaExceeded "This account has exceeded its quota of x reports per day").
    {
      id: 'campaign-manager/report-quota',
      category: 'plan',
      cause: 'quotaExceeded (reports)',
      code: ['quotaExceeded'],
      message: /has exceeded (?:its|their) quota of \d+ (?:active )?(?:reports|scheduled reports|recurring reports)/i,
      summary: 'Campaign Manager report quota of the account or user profile reached',
      fix: 'Run no more reports today for this account / profile, or deactivate unneeded scheduled reports; ask the account manager for more quota.',
    },
  ],
};
