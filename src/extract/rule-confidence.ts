/**
 * How often each rule was right on the development half of the real corpus (written by
 * `node dist/extract/calibrate-rules.js --write`; do not edit by hand). The extractor turns these
 * counts into each claim's confidence (`calibration.ts`).
 */
export const RULE_COUNTS: Readonly<Record<string, { correct: number; wrong: number }>> = {
  "candidacy.announced-list.article-post": { correct: 6, wrong: 0 },
  "candidacy.candidacy-of": { correct: 2, wrong: 0 },
  "candidacy.candidacy-of.article-post": { correct: 3, wrong: 0 },
  "candidacy.candidate-list": { correct: 14, wrong: 0 },
  "candidacy.candidate-list.article-post": { correct: 26, wrong: 0 },
  "candidacy.for-appointment": { correct: 1, wrong: 0 },
  "candidacy.goal": { correct: 4, wrong: 0 },
  "candidacy.goal.article-post": { correct: 6, wrong: 0 },
  "candidacy.nominated": { correct: 3, wrong: 0 },
  "candidacy.possessive.article-post": { correct: 4, wrong: 0 },
  "candidacy.pronoun-bid": { correct: 3, wrong: 0 },
  "candidacy.race-pairing.article-post": { correct: 13, wrong: 0 },
  "candidacy.race-result": { correct: 3, wrong: 0 },
  "candidacy.race-result.article-post": { correct: 4, wrong: 0 },
  "candidacy.race-standing.article-post": { correct: 5, wrong: 0 },
  "candidacy.race-state": { correct: 0, wrong: 0 },
  "candidacy.race-state.article-post": { correct: 7, wrong: 0 },
  "candidacy.race-state.pronoun.article-post": { correct: 4, wrong: 0 },
  "candidacy.race-title.article-post": { correct: 6, wrong: 0 },
  "candidacy.shortlist.article-post": { correct: 16, wrong: 0 },
  "candidacy.stance-object": { correct: 1, wrong: 0 },
  "candidacy.stance-object.article-post": { correct: 5, wrong: 3 },
  "candidacy.supported": { correct: 10, wrong: 0 },
  "candidacy.supported.article-post": { correct: 42, wrong: 0 },
  "candidacy.supported.pronoun.article-post": { correct: 2, wrong: 0 },
  "candidacy.verb": { correct: 7, wrong: 0 },
  "candidacy.verb.article-post": { correct: 4, wrong: 0 },
  "candidacy.withdrew": { correct: 2, wrong: 0 },
  "candidacy.withdrew.article-post": { correct: 3, wrong: 0 },
  "quote.in-sentence": { correct: 10, wrong: 2 },
  "quote.introduction": { correct: 14, wrong: 3 },
  "quote.pronoun-in-sentence": { correct: 6, wrong: 2 },
  "quote.speaker-after": { correct: 26, wrong: 3 },
  "quote.verb-after": { correct: 1, wrong: 0 },
  "stance.backing-of": { correct: 9, wrong: 0 },
  "stance.called-unfit": { correct: 2, wrong: 0 },
  "stance.control-verb": { correct: 3, wrong: 1 },
  "stance.criticism": { correct: 1, wrong: 1 },
  "stance.criticism.object-list": { correct: 1, wrong: 0 },
  "stance.gratitude": { correct: 1, wrong: 1 },
  "stance.holder-noun": { correct: 1, wrong: 0 },
  "stance.nominee-of": { correct: 2, wrong: 0 },
  "stance.oppose-verb": { correct: 3, wrong: 0 },
  "stance.passive": { correct: 11, wrong: 0 },
  "stance.praise": { correct: 3, wrong: 1 },
  "stance.preferred-over": { correct: 3, wrong: 0 },
  "stance.rhetorical-question": { correct: 1, wrong: 0 },
  "stance.support-verb": { correct: 40, wrong: 1 },
  "stance.support-verb.conjoined": { correct: 1, wrong: 0 },
};

/**
 * Per relation type on the development half: claims of the extractor as it reads the half now
 * (`fitted`), and of the first runs recorded in its gold files (`firstRun`).
 */
export const TYPE_COUNTS: Readonly<Record<string, { fitted: { correct: number; wrong: number }; firstRun: { correct: number; wrong: number } }>> = {
  SUPPORTS: { fitted: { correct: 72, wrong: 4 }, firstRun: { correct: 30, wrong: 12 } },
  OPPOSES: { fitted: { correct: 10, wrong: 1 }, firstRun: { correct: 2, wrong: 0 } },
  CANDIDATE_FOR: { fitted: { correct: 206, wrong: 3 }, firstRun: { correct: 36, wrong: 3 } },
  QUOTED_IN: { fitted: { correct: 57, wrong: 10 }, firstRun: { correct: 34, wrong: 9 } },
};
