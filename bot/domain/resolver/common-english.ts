/**
 * Everyday English words that are not IT topics. They are never "corrected" into IT
 * vocabulary ("watches" is not a typo of "patches"), and the verbs among them count
 * as weak words: in "who talks to the vendor", "talks" says nothing about the topic.
 */

/** Everyday verbs (any inflection is recognised through the stem). */
export const EVERYDAY_VERBS = `
accept agree allow answer appear apply approve argue arrange arrive attend avoid bake bear beat become begin believe
belong bend bet bite blow boil book borrow bother bring brush burn calculate carry catch cause celebrate charge chase
choose claim clean clear climb close collect come compare complain complete confirm consider continue cook correct cost
count cross cry cut dance decide deliver depend describe destroy die dig discuss divide draw dream dress drink earn eat
empty end enjoy enter escape expect explain fall feed feel fight fill find finish fit flag flagged fly fold follow forget
forgive freeze gather give grab greet grow guess hang happen hate hear hide hit hold hope hurry hurt imagine include
increase inform introduce invite join jump kick kill kiss knock land laugh lay lead learn lend lie lift listen live lose
love mark marry matter measure meet melt mention mind miss mix notice offer open opens organize organise paint park pass
pay perform pick place plan play pour prefer prepare present press prevent promise prove pull push put raise read realize
realise receive recommend record reduce refuse remember rent repeat reply require rest return ride rise roll rush say
schedule scream search see seem sell send serve share shout show shut sing sit sleep slide smell smile speak spend stand
start stay steal stick stop study succeed suggest supply swim talk taste teach tear thank think throw touch treat try
understand use vote wait wake walk want wash waste watch water wear win wish worry write writes yell restock restocks renew renews renewed dead
sign signs approve approves clean cleans order orders water waters book books plan plans organise organises sorted
decide decides reset resets restart restarts reboot reboots turn turns happen happened keep keeps says said told
`;

/** Everyday non-IT nouns and adjectives people ask about (kept as they are, never corrected). */
export const EVERYDAY_WORDS = `
lunch dinner breakfast coffee tea snack snacks food kitchen fridge microwave water plant plants garden lawn snow plow
lease rent landlord payroll salary salaries paycheck paycheque wage wages pay bonus commission pension benefits vacation
holiday holidays party parties picnic birthday gift cake travel trip flight hotel car cars fleet parking chair chairs
desk desks furniture stationery pens pen paper envelopes stamps mail post marketing sales customer customers client clients
complaint complaints hr human resources recruiting interview interviews overtime shift shifts rota uniform boots gloves
safety forklift warehouse truck trucks shipping receiving recycling trash garbage bin bins cleaning cleaner janitor
toilet bathroom restroom lights light heating aircon air conditioning thermostat window weather news sports game movie
music catering drinks event events meeting meetings visitor visitors reception lobby elevator lift stairs roof leak
leaky faucet plumbing electrician electricity power outlet vending fire drill drills extinguisher inspection inspections
expense expenses receipt receipts reimbursement invoice lawyer legal contract nda ndas handbook policy manual signage
badge lanyard key keys locker lockers mailroom courier fedex ups dhl postage christmas thanksgiving summer winter main driver drivers
head front back middle
`;

/**
 * Everyday workplace words of any sector (people, roles, places, times) that general
 * English word lists built from technical text miss. Like ENGLISH_WORDS they are known
 * (never corrected) and, when no row uses them, count as scene rather than topic.
 */
export const PLAIN_WORKPLACE_WORDS = `
nurse nurses doctor doctors dr physician physicians surgeon surgeons dentist dentists clinician clinicians patient patients
therapist therapists pharmacist pharmacists receptionist receptionists secretary secretaries assistant assistants aide aides
associate associates attorney attorneys paralegal paralegals lawyer lawyers partner partners accountant accountants
bookkeeper clerk clerks cashier cashiers teacher teachers student students pupil pupils principal principals
superintendent parent parents kid kids child children intern interns director directors supervisor supervisors coach
coaches counselor counselors counsellor librarian librarians custodian custodians volunteer volunteers boss ceo cfo coo
chef cook cooks caterer nanny mr mrs ms miss sir madam lady guy guys colleague colleagues coworker coworkers
hospital hospitals clinic clinics pharmacy pharmacies ward wards exam exams waiting lobby cafeteria gym gymnasium library
auditorium classroom classrooms campus school schools district hallway hallways hall halls wing wings corridor basement
attic annex suite entrance entrances exit garage store stores shop shops branch branches headquarters downtown north
south east west northern southern eastern western eastside westside northside southside uptown city town county
state country region regional building buildings upstairs downstairs nearby
monday tuesday wednesday thursday friday morning mornings afternoon afternoons tonight today tomorrow yesterday
january february march april may june july august september october november december spring fall autumn
super totally kinda sorta literally honestly apparently suddenly randomly constantly nobody somebody everybody
appointment appointments referral referrals insurance prescription prescriptions medication medications vaccine
vaccines surgery surgeries supplies supply homework lesson lessons recess bus buses field trip trips graduation ceremony
seating menu substitute substitutes complaint complaints newsletter newsletters budget seminar
`;
