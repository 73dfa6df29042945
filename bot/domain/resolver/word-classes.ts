import { EVERYDAY_VERBS } from './common-english.ts';

/**
 * Word classes that decide how much a word may drive matching.
 * Lists hold surface forms; callers compare lower-case tokens.
 */

/** Function words and chat filler: never a topic. */
const FUNCTION_WORDS = `
a an the and or nor but if then than so as of at by for with about against between into through during
before after above below to from up in out on off over under again further once here there
all any both each few more most other some such no not only same too very just now also even
is are am was were be been being do does did doing done have has had having get gets got getting
i me my mine myself you your yours we us our ours they them their theirs he him his she her it its this that
these those what which who whom whose when where why how whats whos
can cant could couldnt will wont would wouldnt should shouldnt shall may might must
dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt im ive ill id re ve ll d m s t
please pls plz thanks thank thx hi hey hello yo ok okay um hmm hm quick question questions q
anyone someone somebody anybody everyone anything something know knows wondering wonder idea
actually really currently usually exactly basically supposed mean need needs want wants like
tell let lets remind go goes going gonna gotta one ones thing things stuff whatever etc e g eg ie
`;

/** Words naming the two sides: who is asked about, never what. */
const SIDE_WORDS = `
internal internally inhouse house msp msps mssp provider providers managed outsourced outsource external
side sides team teams department dept crew guys folks people person vs versus either
`;

/** Verbs and nouns of the asking phrase itself ("who owns", "who do I call"). */
const ASKING_WORDS = `
own owns owned owner owners owning ownership handle handles handled handling handler
responsible responsibility responsibilities accountable accountability charge hook
call calls calling ring contact contacts ping bug ask asking talk speak reach escalate notify respond responds responding
deal deals dealing look looks looking take takes taking care sort sorts fix fixes fixed fixing
point poc whom job duty
`;

/**
 * Content words that carry little topic on their own ("management", "support", "issue"):
 * they count a little but can never anchor an answer.
 */
const WEAK_WORDS = `
management manage manages managed managing manager administration administer admin admins
support supports supported supporting service services help helps helping
issue issues problem problems trouble error errors system systems platform platforms tool tools
general basic major minor big small new old request requests ticket tickets case cases
work works working job jobs process processes thing stuff item items task tasks
run runs running maintain maintains maintenance maintaining cover covers covering do does
set sets setting setup make makes making create creates creating add adds adding remove removes
change changes changed changing check checks checking fail fails failed failing failure
keep keeps kept still again today yesterday tomorrow week weekly daily monthly month year years nightly
next last first second third floor building office room site plant company business user users
account accounts person people employee employees group groups level staff
`;

/** IT-generic signal words: they say something happened, not what it is about. */
const SIGNAL_WORDS = `
alert alerts notification notifications warning warnings message messages popup flagged flag error
agent agents monitor monitors permission permissions campaign campaigns delete deleted deleting
full slow fast quick good bad wrong weird strange random missing stuck high low empty whole entire more less
`;

/**
 * Plain-English words that are IT topics only in context ("training", "access",
 * "policy"): a direct match on them alone counts half.
 */
const BROAD_WORDS = `
training trainings access policy policies planning plan project data information device devices equipment file files
record records line lines key keys control controls quality security room rooms desk order orders
lifecycle cycle response responses review reviews test testing tests service
`;

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(
    lists
      .join(' ')
      .split(/\s+/)
      .filter((w) => w.length > 0),
  );
}

/** Words removed from the topic entirely. */
export const STOP_WORDS: ReadonlySet<string> = wordSet(FUNCTION_WORDS, SIDE_WORDS, ASKING_WORDS);

/** Weak words (surface forms). */
export const WEAK_WORD_FORMS: ReadonlySet<string> = wordSet(WEAK_WORDS, SIGNAL_WORDS, EVERYDAY_VERBS);

/** Weak words a misspelling may be corrected to (everyday verbs are known, not targets). */
export const WEAK_CORRECTION_TARGETS: ReadonlySet<string> = wordSet(WEAK_WORDS, SIGNAL_WORDS);

/** Broad words (surface forms). */
export const BROAD_WORD_FORMS: ReadonlySet<string> = wordSet(BROAD_WORDS);

/** Asking-phrase vocabulary, offered to the typo corrector so "hanldes" is recognised. */
export const ASKING_VOCABULARY: readonly string[] = [...wordSet(ASKING_WORDS, 'manage manages responsible whose')];
