/**
 * How often each rule was right on the development half of the real corpus (written by
 * `node dist/extract/calibrate-rules.js --write`; do not edit by hand). The extractor turns these
 * counts into each claim's confidence (`calibration.ts`).
 */
export const RULE_COUNTS: Readonly<Record<string, { correct: number; wrong: number }>> = {
  "candidacy.candidacy-of": { correct: 2, wrong: 0 },
  "candidacy.candidacy-of.article-post": { correct: 3, wrong: 0 },
  "candidacy.candidate-list": { correct: 3, wrong: 0 },
  "candidacy.candidate-list.article-post": { correct: 28, wrong: 1 },
  "candidacy.goal": { correct: 4, wrong: 0 },
  "candidacy.goal.article-post": { correct: 6, wrong: 1 },
  "candidacy.nominated": { correct: 3, wrong: 0 },
  "candidacy.possessive.article-post": { correct: 3, wrong: 0 },
  "candidacy.pronoun-bid": { correct: 3, wrong: 0 },
  "candidacy.race-title.article-post": { correct: 5, wrong: 0 },
  "candidacy.stance-object": { correct: 1, wrong: 0 },
  "candidacy.stance-object.article-post": { correct: 16, wrong: 2 },
  "candidacy.verb": { correct: 2, wrong: 0 },
  "candidacy.verb.article-post": { correct: 9, wrong: 0 },
  "quote.in-sentence": { correct: 9, wrong: 2 },
  "quote.introduction": { correct: 14, wrong: 3 },
  "quote.pronoun-in-sentence": { correct: 6, wrong: 2 },
  "quote.speaker-after": { correct: 24, wrong: 3 },
  "quote.verb-after": { correct: 1, wrong: 0 },
  "stance.backing-of": { correct: 7, wrong: 0 },
  "stance.called-unfit": { correct: 2, wrong: 0 },
  "stance.control-verb": { correct: 3, wrong: 1 },
  "stance.gratitude": { correct: 1, wrong: 0 },
  "stance.holder-noun": { correct: 1, wrong: 0 },
  "stance.nominee-of": { correct: 2, wrong: 0 },
  "stance.oppose-verb": { correct: 3, wrong: 0 },
  "stance.passive": { correct: 11, wrong: 0 },
  "stance.praise": { correct: 2, wrong: 2 },
  "stance.preferred-over": { correct: 3, wrong: 0 },
  "stance.rhetorical-question": { correct: 1, wrong: 0 },
  "stance.support-verb": { correct: 38, wrong: 1 },
  "stance.support-verb.conjoined": { correct: 1, wrong: 0 },
};
