/**
 * Removes the asking phrase from a normalised question, leaving its topic:
 * "who's responsible for server patching?" → "server patching",
 * "EDR - ours or the MSP's?" → "edr", "is backup us or them" → "backup".
 * Input is the output of normalizeText (lower case, clause punctuation kept).
 */

const GREETING = String.raw`(?:hi|hey|hello|yo|so|ok|okay|um|hmm|sorry|please|pls|quick question|question|q|team|all|folks|guys)`;
const PREAMBLE = String.raw`(?:does anyone know|does anybody know|anyone know|do you know|do we know|can (?:you|someone|anyone|somebody) tell me|could (?:you|someone|anyone) tell me|any idea|i need to know|i want to know|i was wondering|wondering|just checking|remind me)`;
const WHO = String.raw`(?:who|whom|which (?:team|side|group|party|one|company|person)|what (?:team|side|group|company|person)|where)`;
const AUX = String.raw`(?:is|are|was|were|s|do|does|did|should|shall|would|will|can|could|must|may|might|has|have|had|gets?|to|i|we|you|one|me|us|the|actually|usually|normally|currently|really|exactly|typically|supposed|meant|best|right|even|going|gonna|need|needs)`;
const VERB = String.raw`(?:own|owns|owned|owner|owners|ownership|handle|handles|handled|handling|manage|manages|managed|managing|run|runs|running|maintain|maintains|cover|covers|support|supports|fix|fixes|fixing|sort|sorts|deal|deals|dealing|look|looks|looking|take|takes|taking|care|in charge|on the hook|accountable|responsible|responsibility|on point|point of contact|poc|point person|go to person|go to|contact|contacts|call|ring|phone|ping|bug|ask|talk|speak|reach out|reach|escalate|notify|tell|raise|report|send|email|message|respond|responds|does|do|doing|decide|decides|sets? up|set up|looks after)`;
const PARTICLE = String.raw`(?:after|out|care|up|over|charge|into|at)`;
const PREP = String.raw`(?:of|for|on|with|about|to|regarding|re|when|if|whenever|in case|over|after|out|up|into|at|it|this|that|the|a|an|our|my|these|those|things|stuff|issues|problems|questions)`;

const ASKING_LEAD = new RegExp(String.raw`^(?:${GREETING}\s+)*(?:${PREAMBLE}\s+)?${WHO}\b(?:\s+${AUX}\b)*(?:\s+${VERB}\b(?:\s+${PARTICLE}\b)?)?(?:\s+${PREP}\b)*\s*`);
const WHOSE_JOB = /^(?:whose|who is|who s)\s+(?:job|responsibility|task|problem|area|call|remit|department|turf|lane)\b(?:\s+(?:is|it|to|for|of|about|with|when|if|the))*\s*/;
const YES_NO_LEAD =
  /^(?:do|does|did|is|are|will|should|can|could|would)\s+(?:the msp|the provider|the vendor|msp|we|our team|our side|internal it|internal|in house|they|you|you guys|it|this|that|someone|anyone)\s+(?:own|owns|handle|handles|manage|manages|do|does|cover|covers|support|supports|take care of|look after|deal with|run|runs|patch|patches)?\s*/;
const SIDE = String.raw`(?:us|ours|our team|our side|our it|our job|we|internal it|internal|in house|inhouse|the msp|msp|msps|the msps|them|theirs|they|their side|their team|their job|the provider|provider|external|outsourced|the vendor|mssp|managed service provider|the managed service provider)`;
const SIDE_CHOICE = new RegExp(String.raw`\b(?:is (?:it|that|this)\s+|is\s+)?${SIDE}(?:\s+or\s+|\s+vs\s+|\s+versus\s+|\s+)${SIDE}\b(?:\s+(?:side|team|job|responsibility))?`, 'g');
const SIDE_ONLY = new RegExp(
  String.raw`^(?:(?:is|are|does|do|it|that|this|the|a|or|vs|versus|to|by|for|side|team|job|responsibility|who|whose|handled|owned|owns|handles)\s+)*${SIDE}(?:\s+${SIDE})*(?:\s+(?:side|team|job|responsibility|or|vs|versus))*$`,
);
const LEADING_FILLER =
  /^(?:(?:is|are|the|a|an|my|our|your|their|any|some|this|that|these|those|it|to|do|does|about|for|of|with|on|when|if|i|we|just|also|again|so|and|or|but)\s+)+/;
const TRAILING_FILLER = /(?:\s+(?:is|it|this|that|these|those|please|pls|thanks|thx|then|now|again|or|and|the|a|an|anyway|here|stuff|things|etc))+$/;
const GREETING_ONLY = new RegExp(String.raw`^(?:(?:${GREETING}|${PREAMBLE})\s*)+$`);

/** Splits a normalised question into clauses on , ; : ? ! and spaced dashes. */
function clauses(normalized: string): string[] {
  return normalized
    .split(/\s*[,;:?!]+\s*|\s+-+\s+|\s+-+$|^-+\s+/)
    .map((c) => c.replace(/-/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((c) => c.length > 0);
}

/** Removes the asking phrase and side choice from one clause. */
function stripClause(clause: string): string {
  let text = ` ${clause} `.replace(SIDE_CHOICE, ' ').replace(/\s+/g, ' ').trim();
  if (SIDE_ONLY.test(text) || GREETING_ONLY.test(text)) return '';
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(WHOSE_JOB, '').replace(ASKING_LEAD, '').replace(YES_NO_LEAD, '').trim();
    text = text.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
  }
  return SIDE_ONLY.test(text) ? '' : text;
}

/** The question's topic, normalised, with asking phrase, side choice and filler removed. */
export function extractTopic(normalized: string): string {
  const parts = clauses(normalized)
    .map(stripClause)
    .filter((c) => c.length > 0);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
