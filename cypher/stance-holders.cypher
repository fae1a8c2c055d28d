// @name stance-holders
// @description Who takes a stance (SUPPORTS or OPPOSES) on a candidate: actors on record directly, and
//   countries or organizations whose named speaker (SPEAKS_FOR) took it, with the speaker as `via`.
//   Backs the GraphQL fields `supporters` and `opponents`.
// @param candidate: Person   the candidate: a name, alias or id
// @param stance: Stance      SUPPORTS or OPPOSES
// @param asOf: Date?         keep claims dated on or before this day; an undated claim counts from its article's publication date
// @returns one row per (actor, speaker): actor, via, role, stance, first, last, evidence (the stance claims, oldest first), viaEvidence (the speaker's SPEAKS_FOR claims)
// @example coalition cypher stance-holders --param candidate="Mark Rutte" --param stance=SUPPORTS --param asOf=2024-02-22
MATCH (candidate:Actor:Person {id: $candidate})
CALL (candidate) {
  MATCH (actor:Actor)-[claim:SUPPORTS|OPPOSES]->(candidate)
  RETURN actor, claim, null AS via, null AS speaks
  UNION
  MATCH (via:Person)-[claim:SUPPORTS|OPPOSES]->(candidate)
  MATCH (via)-[speaks:SPEAKS_FOR]->(actor)
  WHERE actor:Country OR actor:Organization
  RETURN actor, claim, via, speaks
}
WITH actor, claim, via, speaks
WHERE type(claim) = $stance
MATCH (article:Article {id: claim.articleId})
OPTIONAL MATCH (speaksArticle:Article {id: speaks.articleId})
WITH actor, claim, via, speaks, article, speaksArticle,
     coalesce(claim.date, article.publishedAt) AS day,
     coalesce(speaks.date, speaksArticle.publishedAt) AS speaksDay
WHERE $asOf IS NULL OR (day <= $asOf AND (speaks IS NULL OR speaksDay <= $asOf))
WITH actor, claim, via, speaks, article, speaksArticle, day, speaksDay
ORDER BY day, claim.start
WITH actor, via,
     collect(DISTINCT {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                       date: day, statedDate: claim.date, confidence: claim.confidence,
                       article: article {.id, .title, .source, .url, .publishedAt}}) AS evidence,
     collect(DISTINCT CASE WHEN speaks IS NOT NULL THEN
                       {claimId: speaks.claimId, kind: 'SPEAKS_FOR', evidence: speaks.evidence, sentence: speaks.sentence,
                        date: speaksDay, statedDate: speaks.date, confidence: speaks.confidence,
                        article: speaksArticle {.id, .title, .source, .url, .publishedAt}} END) AS viaEvidence,
     collect(DISTINCT speaks.role) AS roles,
     min(day) AS first, max(day) AS last
RETURN actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]} AS actor,
       via {.id, .name, type: 'Person'} AS via,
       roles[0] AS role,
       $stance AS stance,
       first, last, evidence, viaEvidence
ORDER BY first, actor.name, coalesce(via.name, '')
