// @name quotes
// @description What a person (or any actor) was quoted saying: the words, the attribution as evidence,
//   the article and its day. Oldest first (by day, then article and place in it) through the
//   (fromId, day) index, a
//   page at a time; quotations with no day at all (neither the claim nor its article is dated) come
//   after the dated ones.
// @param person: Actor   who was quoted: a name, alias or id
// @param asOf: Date?     only quotations dated on or before this day
// @param minConfidence: Float(0..1)?  only quotations attributed at least this surely
// @param first: Int(1..500) = 20  quotations per page
// @param after: String?  the endCursor of the page before
// @returns one row: speaker, totalCount, quotes (quote, evidence, cursor), pageInfo
// @example coalition cypher quotes --param person="Gabriel Attal"
MATCH (speaker:Actor {id: $person})
WITH speaker, CASE WHEN $after IS NULL THEN '' ELSE split($after, '|')[0] END AS afterDay, coalesce($after, '') AS afterKey
// Dated quotations from the index, in order; then, when the page is not full, the undated ones.
CALL (speaker, afterDay, afterKey) {
  OPTIONAL MATCH (speaker)-[r:QUOTED_IN]->(article:Article)
  USING INDEX r:QUOTED_IN(fromId, day)
  WHERE r.fromId = $person AND afterDay <> '~'
    // The seek starts at the first of the cursor's month; the cursor comparison below is exact.
    // A cursor that does not start with a day (not one this query gave) seeks from the start.
    AND r.day >= CASE WHEN afterDay =~ '[0-9]{4}-(0[1-9]|1[0-2])-[0-9]{2}'
                      THEN date({year: toInteger(left(afterDay, 4)), month: toInteger(substring(afterDay, 5, 2))})
                      ELSE date('0001-01-01') END
    AND r.day <= coalesce($asOf, date('9999-12-31'))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH r, article, toString(r.day) + '|' + r.articleId + '|' + right('000000000' + toString(toInteger(r.start)), 10) + '|' + r.claimId AS cursor
  WHERE cursor > afterKey
  WITH r, article, cursor ORDER BY r.fromId, r.day, cursor LIMIT $first + 1
  RETURN collect({r: r, article: article {.id, .title, .source, .url, .publishedAt}, cursor: cursor}) AS dated
}
CALL (speaker, afterDay, afterKey, dated) {
  UNWIND CASE WHEN size(dated) <= $first AND $asOf IS NULL THEN [1] ELSE [] END AS guard
  MATCH (speaker)-[r:QUOTED_IN]->(article:Article)
  WHERE r.day IS NULL
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH r, article, '~|' + r.articleId + '|' + right('000000000' + toString(toInteger(r.start)), 10) + '|' + r.claimId AS cursor
  WHERE cursor > afterKey
  WITH r, article, cursor ORDER BY cursor LIMIT $first + 1
  RETURN collect({r: r, article: article {.id, .title, .source, .url, .publishedAt}, cursor: cursor}) AS undated
}
WITH speaker, dated + undated AS fetched
WITH speaker, fetched[..$first] AS page, size(fetched) > $first AS hasNextPage
CALL (speaker) {
  CALL (speaker) {
    UNWIND CASE WHEN $asOf IS NOT NULL OR $minConfidence IS NOT NULL THEN [1] ELSE [] END AS guard
    MATCH (speaker)-[r:QUOTED_IN]->()
    WHERE ($asOf IS NULL OR r.day <= $asOf) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    RETURN r
  }
  WITH count(r) AS filtered
  RETURN CASE WHEN $asOf IS NULL AND $minConfidence IS NULL THEN COUNT { (speaker)-[:QUOTED_IN]->() } ELSE filtered END AS totalCount
}
RETURN speaker {.id, .name, type: [l IN labels(speaker) WHERE l <> 'Actor'][0]} AS speaker, totalCount,
       [x IN page | {quote: x.r.quote, cursor: x.cursor,
                     evidence: {claimId: x.r.claimId, kind: 'QUOTED_IN', evidence: x.r.evidence, sentence: x.r.sentence,
                                date: x.r.day, statedDate: x.r.date, confidence: x.r.confidence,
                                article: x.article}}] AS quotes,
       {hasNextPage: hasNextPage, endCursor: page[-1].cursor} AS pageInfo
