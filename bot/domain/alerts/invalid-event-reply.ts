/**
 * The body of the 400 an alert sender gets when its event does not parse, worded as PagerDuty's
 * Events API v2 words it ("invalid event" / "Event object is invalid" / errors), so tools and
 * client libraries written for PagerDuty show our field errors. Used for all three formats: one
 * error shape for senders to learn.
 */
export interface InvalidEventReply {
  readonly status: 'invalid event';
  readonly message: 'Event object is invalid';
  /** One line per field at fault ("payload.severity: must be one of …"). */
  readonly errors: readonly string[];
}

/** Enough to fix a request, not enough to make a 400 large. */
export const MAX_REPLY_ERRORS = 20;

export function invalidEventReply(errors: readonly string[]): InvalidEventReply {
  return { status: 'invalid event', message: 'Event object is invalid', errors: errors.slice(0, MAX_REPLY_ERRORS) };
}
