// @name race
// @description The candidates for a post, each with how many actors support and oppose them (directly or
//   through a speaker, as in stance-holders), the first and latest dated claims about the candidacy,
//   and the candidacy's own evidence. Ranked by supporters, then fewest opponents, then name.
// @param post: Post          the post: a title, alias or id
// @param asOf: Date?         keep claims dated on or before this day; an undated claim counts from its article's publication date
// @returns one row per candidate: candidate, post, supporters, opponents, supportingCountries, opposingCountries, firstClaim, lastClaim, candidacy
// @example coalition cypher race --param post="NATO Secretary General"
MATCH (post:Post {id: $post})
MATCH (candidate:Person)-[claim:CANDIDATE_FOR]->(post)
MATCH (article:Article {id: claim.articleId})
WITH post, candidate, claim, article, coalesce(claim.date, article.publishedAt) AS day
WHERE $asOf IS NULL OR day <= $asOf
WITH post, candidate, claim, article, day
ORDER BY day, claim.start
WITH post, candidate,
     collect({claimId: claim.claimId, kind: 'CANDIDATE_FOR', evidence: claim.evidence, sentence: claim.sentence,
              date: day, statedDate: claim.date, confidence: claim.confidence,
              article: article {.id, .title, .source, .url, .publishedAt}}) AS candidacy
CALL (candidate) {
  CALL (candidate) {
    MATCH (actor:Actor)-[claim:SUPPORTS|OPPOSES]->(candidate)
    RETURN actor, claim, null AS speaks
    UNION
    MATCH (via:Person)-[claim:SUPPORTS|OPPOSES]->(candidate)
    MATCH (via)-[speaks:SPEAKS_FOR]->(actor)
    WHERE actor:Country OR actor:Organization
    RETURN actor, claim, speaks
  }
  MATCH (article:Article {id: claim.articleId})
  OPTIONAL MATCH (speaksArticle:Article {id: speaks.articleId})
  WITH actor, claim, speaks, coalesce(claim.date, article.publishedAt) AS day,
       coalesce(speaks.date, speaksArticle.publishedAt) AS speaksDay
  WHERE $asOf IS NULL OR (day <= $asOf AND (speaks IS NULL OR speaksDay <= $asOf))
  RETURN count(DISTINCT CASE WHEN type(claim) = 'SUPPORTS' THEN actor END) AS supporters,
         count(DISTINCT CASE WHEN type(claim) = 'OPPOSES' THEN actor END) AS opponents,
         count(DISTINCT CASE WHEN type(claim) = 'SUPPORTS' AND actor:Country THEN actor END) AS supportingCountries,
         count(DISTINCT CASE WHEN type(claim) = 'OPPOSES' AND actor:Country THEN actor END) AS opposingCountries
}
CALL (candidate, post) {
  CALL (candidate, post) {
    MATCH (from:Actor)-[claim:SUPPORTS|OPPOSES]->(candidate)
    RETURN from, claim
    UNION
    MATCH (candidate)-[claim:CANDIDATE_FOR]->(post)
    RETURN candidate AS from, claim
  }
  MATCH (article:Article {id: claim.articleId})
  WITH from, claim, article, coalesce(claim.date, article.publishedAt) AS day
  WHERE day IS NOT NULL AND ($asOf IS NULL OR day <= $asOf)
  WITH from, claim, article, day
  ORDER BY day, article.publishedAt, claim.start
  WITH collect({kind: type(claim), from: from {.id, .name, type: [l IN labels(from) WHERE l <> 'Actor'][0]},
                evidence: {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                           date: day, statedDate: claim.date, confidence: claim.confidence,
                           article: article {.id, .title, .source, .url, .publishedAt}}}) AS dated
  RETURN dated[0] AS firstClaim, dated[-1] AS lastClaim
}
RETURN candidate {.id, .name, type: 'Person'} AS candidate,
       post {.id, .title, organization: [(post)-[:POST_OF]->(o:Organization) | o.name][0]} AS post,
       supporters, opponents, supportingCountries, opposingCountries, firstClaim, lastClaim, candidacy
ORDER BY supporters DESC, opponents, candidate.name
