/**
 * What each outbox owes Teams, named in ONE place: the services that mark deliveries, the workers that
 * deliver them and the posters that render them all use these types, so a kind cannot be misspelt in
 * one of them. The strings are stored in outbox row keys (`o|subject|kind`) and must never change.
 */

/** A subject's card (a handoff's, a ritual run's): posted once, then updated in place to show the latest state. */
export const CARD = 'card';

/** Handoff deliveries: its card, or the escalation reply of the handoff's n-th event / escalation. */
export type HandoffDeliveryKind = typeof CARD | `escalation-${number}`;

/** A ritual message threaded under its card: a standup reminder, a review's n-th reminder, the final summary, the overdue escalation. */
export type RitualNoteKind = 'reminder' | `reminder-${number}` | 'final' | 'overdue';

/** Ritual deliveries: the run's card, a note under it, or a published review's result (a message of its own). */
export type RitualDeliveryKind = typeof CARD | typeof RITUAL_RESULT | RitualNoteKind;

/** A published review's result: a message of its own in the channel. */
export const RITUAL_RESULT = 'result';
