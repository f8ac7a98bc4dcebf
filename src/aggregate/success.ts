import type { Signals } from '../types.js';

const SUCCESS_WORDS = /\b(?:success(?:ful(?:ly)?)?|succeeded|synced|created|updated|upserted|inserted|delivered|saved|completed?|ok)\b/i;

/**
 * Whether a non-error line records a record going through: an explicit success flag, a 2xx/3xx
 * status, or success wording. Debug chatter that merely names a record ("sending c-1") is not.
 */
export function isSuccessEvent(s: Signals): boolean {
  if (s.success !== null) return s.success;
  if (s.status !== null) return s.status < 400;
  return s.message.length > 0 && SUCCESS_WORDS.test(s.message);
}
