// @name quotes
// @description What a person (or any actor) was quoted saying: the words, the attribution as evidence,
//   the article and its date, oldest first.
// @param person: Actor   who was quoted: a name, alias or id
// @returns one row per quotation: speaker, quote, evidence
// @example coalition cypher quotes --param person="Gabriel Attal"
MATCH (speaker:Actor {id: $person})-[claim:QUOTED_IN]->(article:Article)
WITH speaker, claim, article, coalesce(claim.date, article.publishedAt) AS day
ORDER BY day IS NULL DESC, day, article.title, claim.start
RETURN speaker {.id, .name, type: [l IN labels(speaker) WHERE l <> 'Actor'][0]} AS speaker,
       claim.quote AS quote,
       {claimId: claim.claimId, kind: 'QUOTED_IN', evidence: claim.evidence, sentence: claim.sentence,
        date: day, statedDate: claim.date, confidence: claim.confidence,
        article: article {.id, .title, .source, .url, .publishedAt}} AS evidence
