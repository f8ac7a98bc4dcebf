import { isFieldName } from '../extract/signals.js';

/**
 * Where providers name the rejected field inside message text, when the body has no field key.
 * Each pattern captures the field name in group 1. Data; tried in order.
 */
export const FIELD_PATTERNS: RegExp[] = [
  // HubSpot: Property "plan_tier" does not exist / Property values were not valid: [{..."name":"phone"...}]
  /\bProperty \\?["']([^"'\\]{1,100})\\?["'] (?:does not exist|doesn't exist|is read-only|is not valid)/i,
  /\\?"name\\?"\s*:\s*\\?"([^"\\]{1,100})\\?"/,
  // Salesforce: No such column 'Foo__c' on entity 'Contact'
  /\bNo such column '([^']{1,100})' on (?:entity|sobject)/i,
  // Salesforce: Required fields are missing: [LastName, Company]
  /\bRequired fields are missing: \[([^\]]{1,200})\]/i,
  // Salesforce Apex DML: "first error: CODE, message: [Field__c]"
  /\bfirst error: [A-Z_]+, .{0,300}?: \[([A-Za-z_][\w]*(?:, ?[A-Za-z_]\w*){0,4})\]/,
  // Stripe SDK strings: "Missing required param: email." / "Invalid integer: abc" has no field
  /\b(?:Missing required param|Received unknown parameter|Invalid (?:array|hash|integer|string|boolean|timestamp|email address) for param)(?:eter)?:? ([\w.[\]]{1,100})/i,
  // PostgreSQL's error context for COPY: "COPY table, line 1, column col: \"value\"".
  /\bCOPY [\w."$-]{1,200}, line \d+, column ([\w$]{1,100})\b/,
  // Generic: field 'x' / parameter "x" / property `x` / column “x” (curly quotes of a paste) …
  /\b(?:field|param(?:eter)?|property|attribute|column)\s+[`'"“‘]([\w.[\]/-]{1,100})[`'"”’]/i,
  // Joi / hapi validation (many Node APIs): '"term" is not allowed to be empty', '"email" must be a valid email'.
  /(?:^|[\s:[(])\\?"([\w.[\]-]{1,100})\\?" (?:is not allowed(?: to be (?:empty|blank|null))?|is required|must be (?:a|an|one of|at|less|greater|valid|unique|[a-z]+)\b|length must|with value .{0,80} fails to match)/,
  // The same sentences with the name in single quotes: Klaviyo's "'phone_number' must not be empty when …".
  /(?:^|[\s:[(])'([\w.[\]-]{1,100})' (?:is required|is missing|must not be (?:empty|blank|null)|cannot be (?:empty|blank|null)|is not allowed|is not a valid|must be (?:a|an|one of|valid|unique|provided|present|set)\b)/,
  // "Missing required `team` field" (Asana's errors[].message), "missing required parameter 'name'".
  /\b[Mm]issing required [`'"]([\w.[\]-]{1,100})[`'"] (?:field|param(?:eter)?|property|attribute)\b/,
  /\b[Mm]issing required (?:field|param(?:eter)?|property|attribute) [`'"]([\w.[\]-]{1,100})[`'"]/,
  // "invalid field event_properties, requires type dict" (Amplitude's HTTP API).
  /\binvalid field ([A-Za-z_][\w.]{0,60})\b/i,
  // A printed error struct or summary: go-github `{Resource:Issue Field:title Code:missing_field}`,
  // octokit's "Error summary: resource: Issue code: custom field: title".
  /\b[Ff]ield: ?([A-Za-z_][\w.]{0,60})\b/,
  // Rails full messages: "email - has already been taken", "About: is required".
  /^([A-Za-z_][\w .]{0,60}?)(?: -|:) (?:has already been taken|is invalid|is required|can't be blank|is too long|is not a valid)\b/,
  // Salesforce label form: "Billing City: data value too large"
  /^([A-Z][\w ]{0,60}): (?:data value too large|value not of required type|invalid email address|bad value for restricted picklist field)/i,
  // Rails full messages name the attribute humanised, capitalised: "Name has already been taken",
  // "First name can't be blank"; after a label: "Validation errors: Name: can't be blank".
  /(?:^|\| )([A-Z][a-z]+(?: [a-z]+){0,2}) (?:has already been taken|can't be blank|is too (?:long|short)|is not included in the list)\b/,
  /\berrors?: ([A-Za-z_][\w .]{0,60}?): (?:can't be blank|is invalid|is required|has already been taken|is too long)\b/,
  // Bean Validation (Java / Spring APIs): "parties: must not be null", one message per field.
  /(?:^|\| |\[")([a-z][\w.]{0,60}): must not be (?:null|empty|blank)\b/,
  // "One or more required parameters are missing: fields", "Missing required parameter(s): a, b"
  /\brequired param(?:eter)?s? (?:are|is) missing: ([\w.]{1,60}(?:, ?[\w.]{1,60}){0,4})/i,
  // Rails strong parameters: "found unpermitted parameter: plan"
  /\bunpermitted parameters?: :?([\w.]{1,60})/,
  // OData (Dynamics, Business Central, SharePoint): "Could not find a property named 'x' on type 'Y'"
  /\bproperty named '([^']{1,100})'/i,
  // "Invalid email address: x", "invalid phone number": the message names the kind of value
  /\binvalid (email|phone|url|date)(?: address| number| format)?\b/i,
  // "phone is invalid" at the start of a message (Rails-style APIs)
  /^([a-z][\w.]{0,60}) (?:is not a valid|is invalid|is required|must be|can't be blank|cannot be blank|is too long)\b/,
];

const LONG_NUMBER = /\d{6}/;

export function fieldFromMessage(message: string): string | null {
  if (message.length === 0) return null;
  for (const re of FIELD_PATTERNS) {
    const m = re.exec(message);
    if (m !== null && m[1] !== undefined) {
      const f = trimField(m[1]);
      // A long run of digits is an id the message quotes ("unknown_id_123456798 is not a valid ID"), not a name.
      if (isFieldList(f) && !LONG_NUMBER.test(f)) return f;
    }
  }
  return null;
}

/** A field name, or a list of them ("LastName, Company"), each part looking like a field name. */
export function isFieldList(f: string): boolean {
  if (f.length === 0) return false;
  if (f.indexOf(',') === -1) return isFieldName(f);
  for (const part of f.split(/,\s*/)) if (!isFieldName(part)) return false;
  return true;
}

/** "amount." at the end of a sentence is the field "amount". */
export function trimField(f: string): string {
  return f.trim().replace(/[.,;:]+$/, '');
}
