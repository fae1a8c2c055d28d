// @name stance-changes
// @description Actors whose stance on a candidate changed over time (opposed then supported, or the
//   reverse), directly or through a speaker, with the dated evidence on each side of the change. Claims
//   are ordered by date; a change needs the later claim to be dated strictly after the earlier one.
// @param candidate: Person?  only this candidate (a name, alias or id); every candidate when absent
// @returns one row per change: candidate, actor, from, to, before and after (each: stance, via, role, evidence)
// @example coalition cypher stance-changes --param candidate="Mark Rutte"
CALL () {
  MATCH (candidate:Actor:Person {id: $candidate})
  RETURN candidate
  UNION
  // Scan every candidate only when none is named (a plain WHERE would scan in both cases).
  UNWIND CASE WHEN $candidate IS NULL THEN [true] ELSE [] END AS everyCandidate
  MATCH (candidate:Person)
  RETURN candidate
}
CALL (candidate) {
  MATCH (actor:Actor)-[claim:SUPPORTS|OPPOSES]->(candidate)
  RETURN actor, claim, null AS via, null AS speaks
  UNION
  MATCH (via:Person)-[claim:SUPPORTS|OPPOSES]->(candidate)
  MATCH (via)-[speaks:SPEAKS_FOR]->(actor)
  WHERE actor:Country OR actor:Organization
  RETURN actor, claim, via, speaks
}
MATCH (article:Article {id: claim.articleId})
WITH candidate, actor, claim, via, speaks, article, coalesce(claim.date, article.publishedAt) AS day
WHERE day IS NOT NULL
WITH candidate, actor, claim, via, speaks, article, day
ORDER BY day, article.publishedAt, claim.start
WITH candidate, actor,
     collect({stance: type(claim), day: day, via: via {.id, .name, type: 'Person'}, role: speaks.role,
              evidence: {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                         date: day, statedDate: claim.date, confidence: claim.confidence,
                         article: article {.id, .title, .source, .url, .publishedAt}}}) AS claims
UNWIND range(0, size(claims) - 2) AS i
WITH candidate, actor, claims[i] AS before, claims[i + 1] AS after
WHERE before.stance <> after.stance AND before.day < after.day
RETURN candidate {.id, .name, type: 'Person'} AS candidate,
       actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]} AS actor,
       before.stance AS from, after.stance AS to,
       before {.stance, .via, .role, .evidence} AS before,
       after {.stance, .via, .role, .evidence} AS after
ORDER BY candidate.name, actor.name, after.evidence.date
