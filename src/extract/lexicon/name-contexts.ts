/**
 * Words around a capitalized name that tell it is a person's: generic English news vocabulary,
 * looked up in Sets by one word, never scanned over a text.
 */

/**
 * Nouns that open a sentence before "for" or "of" and a name ("Support for Ana Ruiz", "Backers of
 * Tom Vale"): a stance or the people who hold one, never the head of an institution's name.
 */
export const STANCE_NOUNS_BEFORE_NAME = new Set(
  `Support Backing Endorsement Endorsements Nomination Nominations Praise Congratulations Criticism Votes Vote Boost Blow
  Victory Win Defeat Loss Sympathy Respect Applause Admiration Enthusiasm Momentum Hopes Doubts Concerns Questions
  Supporters Backers Opponents Detractors Critics Rivals Fans Loyalists Admirers Aides Allies Associates Colleagues Sponsors
  Proposers Nominators Campaigners`.split(/\s+/).filter(Boolean),
);

/**
 * Words before "in" that take a person after it ("confidence in Ana Ruiz", "faith in Tom Vale"):
 * what follows is not a place, whatever its first word. Not "voted in" nor "sworn in", which a
 * place follows as often.
 */
export const PERSON_AFTER_IN = new Set(`confidence faith trust belief believe believes believed believing pride`.split(/\s+/).filter(Boolean));

/** Particles of a patronymic ("Salman bin Ebrahim Al Khalifa"): the given name after one is a father's, inside the same name. */
export const PATRONYMIC_PARTICLES = new Set(["bin", "binti", "binte", "bint", "ibn", "ben", "ould"]);
