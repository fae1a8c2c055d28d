/**
 * How often each rule was right on the development half of the real corpus (written by
 * `node dist/extract/calibrate-rules.js --write`; do not edit by hand). The extractor turns these
 * counts into each claim's confidence (`calibration.ts`).
 */
export const RULE_COUNTS: Readonly<Record<string, { correct: number; wrong: number }>> = {
  "candidacy.announced-list.article-post": { correct: 6, wrong: 0 },
  "candidacy.candidacy-of": { correct: 2, wrong: 0 },
  "candidacy.candidacy-of.article-post": { correct: 4, wrong: 0 },
  "candidacy.candidate-list": { correct: 16, wrong: 0 },
  "candidacy.candidate-list.article-post": { correct: 26, wrong: 0 },
  "candidacy.elected": { correct: 2, wrong: 0 },
  "candidacy.for-appointment": { correct: 1, wrong: 0 },
  "candidacy.goal": { correct: 4, wrong: 0 },
  "candidacy.goal.article-post": { correct: 9, wrong: 0 },
  "candidacy.nominated": { correct: 4, wrong: 0 },
  "candidacy.nominated.article-post": { correct: 2, wrong: 2 },
  "candidacy.possessive": { correct: 1, wrong: 0 },
  "candidacy.possessive.article-post": { correct: 7, wrong: 0 },
  "candidacy.pronoun-bid": { correct: 4, wrong: 0 },
  "candidacy.race-pairing.article-post": { correct: 14, wrong: 0 },
  "candidacy.race-result": { correct: 5, wrong: 0 },
  "candidacy.race-result.article-post": { correct: 6, wrong: 0 },
  "candidacy.race-standing.article-post": { correct: 6, wrong: 0 },
  "candidacy.race-state": { correct: 0, wrong: 0 },
  "candidacy.race-state.article-post": { correct: 9, wrong: 0 },
  "candidacy.race-state.pronoun.article-post": { correct: 5, wrong: 0 },
  "candidacy.race-title": { correct: 1, wrong: 0 },
  "candidacy.race-title.article-post": { correct: 6, wrong: 0 },
  "candidacy.shortlist.article-post": { correct: 16, wrong: 0 },
  "candidacy.stance-object": { correct: 1, wrong: 0 },
  "candidacy.stance-object.article-post": { correct: 7, wrong: 4 },
  "candidacy.supported": { correct: 11, wrong: 0 },
  "candidacy.supported.article-post": { correct: 50, wrong: 0 },
  "candidacy.supported.pronoun.article-post": { correct: 3, wrong: 1 },
  "candidacy.verb": { correct: 7, wrong: 0 },
  "candidacy.verb.article-post": { correct: 5, wrong: 0 },
  "candidacy.withdrew": { correct: 5, wrong: 0 },
  "candidacy.withdrew.article-post": { correct: 6, wrong: 1 },
  "quote.in-sentence": { correct: 19, wrong: 2 },
  "quote.introduction": { correct: 19, wrong: 4 },
  "quote.pronoun-in-sentence": { correct: 6, wrong: 2 },
  "quote.speaker-after": { correct: 38, wrong: 4 },
  "quote.verb-after": { correct: 4, wrong: 0 },
  "stance.backing-of": { correct: 14, wrong: 1 },
  "stance.called-unfit": { correct: 2, wrong: 0 },
  "stance.control-verb": { correct: 3, wrong: 1 },
  "stance.criticism": { correct: 1, wrong: 1 },
  "stance.criticism.object-list": { correct: 1, wrong: 0 },
  "stance.gratitude": { correct: 1, wrong: 1 },
  "stance.holder-noun": { correct: 1, wrong: 0 },
  "stance.negated-support": { correct: 0, wrong: 2 },
  "stance.negated-support.conjoined": { correct: 0, wrong: 2 },
  "stance.nominee-of": { correct: 4, wrong: 1 },
  "stance.oppose-verb": { correct: 4, wrong: 1 },
  "stance.passive": { correct: 11, wrong: 0 },
  "stance.praise": { correct: 3, wrong: 2 },
  "stance.preferred-over": { correct: 3, wrong: 0 },
  "stance.rhetorical-question": { correct: 1, wrong: 0 },
  "stance.support-verb": { correct: 52, wrong: 5 },
  "stance.support-verb.conjoined": { correct: 1, wrong: 0 },
};

/**
 * Per relation type on the development half: claims of the extractor as it reads the half now
 * (`fitted`), and of the first runs recorded in its gold files (`firstRun`).
 */
export const TYPE_COUNTS: Readonly<Record<string, { fitted: { correct: number; wrong: number }; firstRun: { correct: number; wrong: number } }>> = {
  SUPPORTS: { fitted: { correct: 91, wrong: 11 }, firstRun: { correct: 50, wrong: 19 } },
  OPPOSES: { fitted: { correct: 11, wrong: 6 }, firstRun: { correct: 3, wrong: 5 } },
  CANDIDATE_FOR: { fitted: { correct: 251, wrong: 8 }, firstRun: { correct: 62, wrong: 8 } },
  QUOTED_IN: { fitted: { correct: 86, wrong: 12 }, firstRun: { correct: 53, wrong: 11 } },
};
