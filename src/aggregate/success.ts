import type { Signals } from '../types.js';
import { SUCCESS_PROSE } from '../vocabulary.js';

/**
 * Whether a non-error line records a record going through: an explicit success flag, a 2xx/3xx
 * status, or success wording. Debug chatter that merely names a record ("sending c-1") is not.
 */
export function isSuccessEvent(s: Signals): boolean {
  if (s.success !== null) return s.success;
  if (s.status !== null) return s.status < 400;
  return s.message.length > 0 && SUCCESS_PROSE.test(s.message);
}
