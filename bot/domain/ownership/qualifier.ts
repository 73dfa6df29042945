/**
 * What a qualifier in a matrix cell ("Overflow only", "When internal unavailable", "After hours",
 * "Advanced changes only") means for when that side is on point.
 */
export type QualifierKind = 'backup' | 'when-other-unavailable' | 'after-hours' | 'business-hours' | 'scoped';

export type QualifierCondition =
  | { readonly kind: 'backup'; readonly text: string; readonly meaning: string }
  | { readonly kind: 'when-other-unavailable'; readonly text: string; readonly meaning: string }
  | { readonly kind: 'after-hours'; readonly text: string; readonly meaning: string }
  | { readonly kind: 'business-hours'; readonly text: string; readonly meaning: string }
  | { readonly kind: 'scoped'; readonly text: string; readonly meaning: string };

const UNAVAILABLE = /\b(unavailable|not available|away|absent|out of (the )?office|ooo|off sick|sick|on leave|on holiday|on vacation|on pto|pto|vacation|out)\b/;
const WHEN_OTHER = /\b(when|if|while|whenever)\b/;
const COVER = /\bcover(s|ing|age)?\b/;
const AFTER_HOURS =
  /\b(after[- ]?hours?|out[- ]of[- ]hours|outside (business|office|working) hours|off[- ]hours|nights?|overnight|evenings?|weekends?|24\s*[/x×]\s*7|24-7|on[- ]call)\b/;
const BUSINESS_HOURS = /\b(business hours|office hours|working hours|weekdays? only|daytime|day time|9\s*(-|–|to)\s*5|nine to five|during (the )?day)\b/;
const BACKUP =
  /\b(overflow|backup|back-up|back up|secondary|assists?|assisting|as needed|as required|when needed|if needed|on request|escalations?|escalated|tier ?(2|ii|two)|l2|level ?2|second line|2nd line|support only|helps?)\b/;

const MEANING: Readonly<Record<QualifierKind, string>> = {
  backup: 'helps with overflow only: steps in when the owner is unavailable or needs a hand',
  'when-other-unavailable': 'covers when the other side is unavailable (away or outside its hours)',
  'after-hours': 'handles it after hours (outside business hours, nights, weekends, holidays)',
  'business-hours': 'handles it during business hours only',
  scoped: 'has a limited part, as the cell says',
};

/** Reads a qualifier cell. Order matters: "cover when internal is out" is availability, not a time of day. */
export function interpretQualifier(text: string): QualifierCondition {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const kind = qualifierKind(key);
  const meaning = kind === 'scoped' ? `has a limited part: "${text.trim()}"` : MEANING[kind];
  return { kind, text: text.trim(), meaning };
}

function qualifierKind(key: string): QualifierKind {
  if ((WHEN_OTHER.test(key) && UNAVAILABLE.test(key)) || COVER.test(key)) return 'when-other-unavailable';
  if (AFTER_HOURS.test(key)) return 'after-hours';
  if (BUSINESS_HOURS.test(key)) return 'business-hours';
  if (BACKUP.test(key)) return 'backup';
  return 'scoped';
}
