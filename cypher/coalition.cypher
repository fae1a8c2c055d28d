// @name coalition
// @description The bloc around a candidate: every actor's latest stance (directly or through a speaker).
//   Given an organization, only its member states on the day (asOf, or today) count, split into
//   supporting, opposing and undeclared, with the share in `summary`. An actor's stance is that of its
//   latest claim (by date, then publication, then position in the article); undated claims count as oldest.
// @param candidate: Person        the candidate: a name, alias or id
// @param organization: Organization?  count this organization's member states (MEMBER_OF since/until)
// @param asOf: Date?              keep claims dated on or before this day, and take membership on this day
// @returns one row: candidate, organization, asOf, membersOn, memberCount, supporting, opposing, undeclared, summary
// @example coalition cypher coalition --param candidate="Mark Rutte" --param organization=NATO --param asOf=2024-03-06
MATCH (candidate:Actor:Person {id: $candidate})
OPTIONAL MATCH (org:Actor:Organization {id: $organization})
WITH candidate, org, coalesce($asOf, date()) AS day
CALL (candidate) {
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
  OPTIONAL MATCH (speaksArticle:Article {id: speaks.articleId})
  WITH actor, claim, via, speaks, article, coalesce(claim.date, article.publishedAt) AS claimDay,
       coalesce(speaks.date, speaksArticle.publishedAt) AS speaksDay
  WHERE $asOf IS NULL OR (claimDay <= $asOf AND (speaks IS NULL OR speaksDay <= $asOf))
  WITH actor, claim, via, speaks, article, claimDay
  ORDER BY claimDay IS NULL DESC, claimDay, article.publishedAt, claim.start
  WITH actor,
       collect({stance: type(claim), via: via {.id, .name, type: 'Person'}, role: speaks.role,
                evidence: {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                           date: claimDay, statedDate: claim.date, confidence: claim.confidence,
                           article: article {.id, .title, .source, .url, .publishedAt}}}) AS claims
  WITH actor, claims
  ORDER BY actor.name
  RETURN collect({node: actor, stance: claims[-1].stance, claims: claims,
                  actor: actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]}}) AS positions
}
CALL (org, day) {
  MATCH (member:Country)-[membership:MEMBER_OF]->(org)
  WHERE membership.since <= day AND (membership.until IS NULL OR membership.until > day)
  WITH member
  ORDER BY member.name
  RETURN collect(member) AS members
}
WITH candidate, org, day, members, [p IN positions WHERE org IS NULL OR p.node IN members] AS bloc,
     [p IN positions | p.node] AS declared
WITH candidate, org, day, members,
     [p IN bloc WHERE p.stance = 'SUPPORTS' | p {.actor, .stance, .claims}] AS supporting,
     [p IN bloc WHERE p.stance = 'OPPOSES' | p {.actor, .stance, .claims}] AS opposing,
     [m IN members WHERE NOT m IN declared | m {.id, .name, type: 'Country'}] AS undeclared
RETURN candidate {.id, .name, type: 'Person'} AS candidate,
       org {.id, .name, type: 'Organization'} AS organization,
       $asOf AS asOf,
       CASE WHEN org IS NULL THEN null ELSE day END AS membersOn,
       CASE WHEN org IS NULL THEN null ELSE size(members) END AS memberCount,
       supporting, opposing, undeclared,
       CASE WHEN org IS NULL
         THEN toString(size(supporting)) + ' actors on record as supporting ' + candidate.name + ', ' +
              toString(size(opposing)) + ' as opposing'
         ELSE toString(size(supporting)) + ' of ' + toString(size(members)) + ' ' + org.name +
              ' members on record as supporting ' + candidate.name + ', ' + toString(size(opposing)) + ' as opposing, ' +
              toString(size(undeclared)) + ' undeclared'
       END + CASE WHEN $asOf IS NULL THEN '' ELSE ' (as of ' + toString($asOf) + ')' END AS summary
