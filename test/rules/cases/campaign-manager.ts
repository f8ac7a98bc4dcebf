import type { RuleCase } from '../rule-tester.js';

/**
 * Campaign Manager 360 conversions batchinsert results (HTTP 200, per-conversion ConversionError
 * codes) and report quota wording. Sources: developers.google.com/doubleclick-advertisers/rest/v4/ConversionStatus,
 * …/guides/conversions_faq, …/quotas; rudder-transformer campaign_manager delivery fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

const conversion = { timestampMicros: '1772443200000000', floodlightConfigurationId: '213123123', floodlightActivityId: '456543345245', ordinal: '1', gclid: 'EAIaIQobChMI0' };
const batch = (code: string, message: string) => ({
  kind: 'dfareporting#conversionsBatchInsertResponse',
  hasFailures: true,
  status: [{ conversion, errors: [{ code, message, kind: 'dfareporting#conversionError' }], kind: 'dfareporting#conversionStatus' }],
});

export const campaignManagerCases: RuleCase[] = [
  {
    line: j({ level: 'error', record_id: 'order_5521', status: 200, response: batch('NOT_FOUND', 'gclid: EAIaIQobChMI0 was not found.') }),
    category: 'validation',
    destination: 'campaign-manager',
    rule: 'campaign-manager/conversion-not-found',
    note: 'HTTP 200 with hasFailures: the body keys alone name Campaign Manager',
  },
  {
    line: j({ level: 'error', destination: 'CAMPAIGN_MANAGER', status: 200, response: batch('INVALID_ARGUMENT', 'Timestamp is more than 28 days in the past.') }),
    category: 'validation',
    destination: 'campaign-manager',
    rule: 'campaign-manager/conversion-invalid',
    note: 'INVALID_ARGUMENT of one conversion (RudderStack destination label)',
  },
  {
    line: j({ level: 'error', url: 'https://dfareporting.googleapis.com/dfareporting/v4/userprofiles/437689/conversions/batchinsert', status: 200, response: batch('PERMISSION_DENIED', 'The user profile does not have access to floodlight configuration 213123123.') }),
    category: 'permissions',
    destination: 'campaign-manager',
    rule: 'campaign-manager/conversion-permission',
    note: 'PERMISSION_DENIED per conversion: the profile lacks the Floodlight configuration',
  },
  {
    line: j({ level: 'warn', destination: 'campaign manager 360', status: 200, response: batch('INTERNAL', 'An internal error occurred.') }),
    category: 'transient',
    rule: 'campaign-manager/conversion-internal',
    note: 'INTERNAL per conversion: retry',
  },
  {
    line: '2026-03-01T11:02:11Z ERROR [CAMPAIGN_MANAGER Response Handler] Floodlight config id: 213123123 was not found., (Aborted)',
    category: 'validation',
    destination: 'campaign-manager',
    rule: 'campaign-manager/floodlight-not-found',
    note: 'the message of a NOT_FOUND logged as text',
  },
  {
    line: 'googleapiclient.errors.HttpError: <HttpError 403 when requesting https://dfareporting.googleapis.com/dfareporting/v4/userprofiles/1822640/reports/99/run?alt=json returned "This account has exceeded its quota of 50 reports per day.". Details: "[{\'message\': \'This account has exceeded its quota of 50 reports per day.\', \'domain\': \'global\', \'reason\': \'quotaExceeded\'}]">',
    category: 'plan',
    destination: 'campaign-manager',
    rule: 'campaign-manager/report-quota',
    note: 'report quota of the account (quotas page): plan',
  },
  {
    line: 'googleapiclient.errors.HttpError: <HttpError 403 when requesting https://dfareporting.googleapis.com/dfareporting/v4/userprofiles/1822640/advertisers?alt=json returned "Request had insufficient authentication scopes.". Details: "[{\'message\': \'Insufficient Permission\', \'domain\': \'global\', \'reason\': \'insufficientPermissions\'}]">',
    category: 'permissions',
    destination: 'campaign-manager',
    note: 'Google\'s scope rule decides a Campaign Manager line (googleads-dfa-reporting-samples #109)',
  },
];
