/**
 * A mistake by the user or a problem with the input: reported as one line on stderr, exit code 2,
 * never with a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}
