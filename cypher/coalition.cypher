// @name coalition
// @description The bloc around a candidate: the actors whose stance (as of asOf, else their latest) is
//   support, and those whose stance is opposition, directly or through a speaker. An actor's stance
//   is that of its latest claim (by day; undated claims count as oldest). Given an organization, only
//   its member states on the day (asOf, or today) count, all of them, by name, with the undeclared
//   ones and the share in `summary`; without one, each side is a page of actors in order of the day
//   they first took that stance, with the count of all of them.
// @param candidate: Person        the candidate: a name, alias or id
// @param organization: Organization?  count this organization's member states (MEMBER_OF since/until)
// @param post: Post?              only the stances given for this post (claims that name it)
// @param asOf: Date?              only claims counting on or before this day, and membership on this day
// @param minConfidence: Float(0..1)?  only claims at least this sure (slower: reads the claims)
// @param first: Int(1..500) = 20  actors per side and page (without an organization)
// @param supportingAfter: String?  the supporting side's endCursor of the page before
// @param opposingAfter: String?   the opposing side's endCursor of the page before
// @returns one row: candidate, organization, asOf, membersOn, memberCount, supporting and opposing (totalCount, positions, pageInfo), undeclared, summary
// @example coalition cypher coalition --param candidate="Mark Rutte" --param organization=NATO --param asOf=2024-03-06
MATCH (candidate:Actor:Person {id: $candidate})
OPTIONAL MATCH (org:Actor:Organization {id: $organization})
WITH candidate, org, coalesce($post, '*') AS scope, coalesce($asOf, date()) AS day,
     CASE WHEN $asOf IS NULL THEN '' ELSE '0001' END AS floor,
     CASE WHEN $asOf IS NULL THEN '9999' ELSE toString($asOf + duration({days: 1})) END AS ceiling
CALL (org, day) {
  OPTIONAL MATCH (member:Country)-[membership:MEMBER_OF]->(org)
  WHERE membership.since <= day AND (membership.until IS NULL OR membership.until > day)
  WITH member ORDER BY member.name
  RETURN collect(member) AS members
}
// The positions to show. With an organization: every member's. Without: one page per side, from
// the index in page-key order, keeping the positions whose stance on the day is that side's (with
// minConfidence: every position whose stance, from the claims that sure, is that side's).
CALL (candidate, org, members, scope, floor, ceiling) {
  CALL (candidate, org, members, scope, floor, ceiling) {
    UNWIND members AS actor
    MATCH (actor)-[p:POSITION]->(candidate)
    WHERE p.scope = scope
    RETURN actor, p, null AS side, null AS pageKey
    UNION ALL
    UNWIND ['SUPPORTS', 'OPPOSES'] AS side
    CALL (candidate, side, scope, floor, ceiling) {
      MATCH (actor)-[p:POSITION]->()
      USING INDEX p:POSITION(candidateId, scope, supportKey)
      WHERE p.candidateId = $candidate AND p.scope = scope
        AND p.supportKey < CASE WHEN $organization IS NULL AND $minConfidence IS NULL AND side = 'SUPPORTS' THEN ceiling ELSE '' END
        AND p.supportKey > CASE WHEN $supportingAfter IS NOT NULL AND $supportingAfter > floor THEN $supportingAfter ELSE floor END
        AND CASE WHEN $asOf IS NULL THEN p.latest
                 ELSE split([e IN coalesce(p.history, []) WHERE left(e, 10) <= toString($asOf)][-1], ' ')[1] END = 'SUPPORTS'
      RETURN actor, p, p.supportKey AS pageKey
      ORDER BY p.candidateId, p.scope, p.supportKey
      LIMIT $first + 1
      UNION ALL
      MATCH (actor)-[p:POSITION]->()
      USING INDEX p:POSITION(candidateId, scope, opposeKey)
      WHERE p.candidateId = $candidate AND p.scope = scope
        AND p.opposeKey < CASE WHEN $organization IS NULL AND $minConfidence IS NULL AND side = 'OPPOSES' THEN ceiling ELSE '' END
        AND p.opposeKey > CASE WHEN $opposingAfter IS NOT NULL AND $opposingAfter > floor THEN $opposingAfter ELSE floor END
        AND CASE WHEN $asOf IS NULL THEN p.latest
                 ELSE split([e IN coalesce(p.history, []) WHERE left(e, 10) <= toString($asOf)][-1], ' ')[1] END = 'OPPOSES'
      RETURN actor, p, p.opposeKey AS pageKey
      ORDER BY p.candidateId, p.scope, p.opposeKey
      LIMIT $first + 1
    }
    RETURN actor, p, side, pageKey
    UNION ALL
    // minConfidence without an organization: every position with a claim that sure (the slow path).
    UNWIND CASE WHEN $organization IS NULL AND $minConfidence IS NOT NULL THEN [1] ELSE [] END AS guard
    MATCH (actor:Actor)-[p:POSITION]->(candidate)
    WHERE p.scope = scope AND p.maxConfidence >= $minConfidence
    RETURN actor, p, 'ANY' AS side, null AS pageKey
  }
  // Each position on the day: the stance of its latest claim, since when it has held, how many
  // claims of that stance and the latest three as evidence. Without asOf and minConfidence, from the
  // position (the latest claims looked up by id; the stance has held since the last history entry);
  // otherwise, or for a position stored without them, from the claims.
  CALL (actor, p, candidate) {
    WITH actor, p, p.latest AS stance, CASE p.latest WHEN 'SUPPORTS' THEN p.supportRecent ELSE p.opposeRecent END AS recent
    WHERE $asOf IS NULL AND $minConfidence IS NULL AND recent IS NOT NULL
    CALL (actor, stance, recent) {
      UNWIND range(0, size(recent) - 1) AS j
      WITH j, split(recent[j], '|') AS key
      CALL (key, stance) {
        MATCH ()-[r:SUPPORTS {claimId: key[3]}]->() WHERE stance = 'SUPPORTS'
        RETURN r
        UNION ALL
        MATCH ()-[r:OPPOSES {claimId: key[3]}]->() WHERE stance = 'OPPOSES'
        RETURN r
      }
      WITH j, r, CASE WHEN key[0] = '0000-00-00' THEN null ELSE date(key[0]) END AS day,
           CASE WHEN startNode(r) = actor THEN null ELSE startNode(r) END AS via
      WITH j, r, day, via,
           CASE WHEN via IS NULL THEN null ELSE COLLECT { MATCH (via)-[sp:SPEAKS_FOR]->(actor) WHERE sp.role IS NOT NULL RETURN sp.role LIMIT 1 }[0] END AS role
      ORDER BY j
      RETURN collect({r: r, day: day, via: via, role: role}) AS latest
    }
    RETURN stance, CASE WHEN p.history IS NULL THEN null ELSE date(left(p.history[-1], 10)) END AS since,
           CASE stance WHEN 'SUPPORTS' THEN p.supportClaims ELSE p.opposeClaims END AS claimCount, latest
    UNION ALL
    WITH actor, p, candidate
    WHERE $asOf IS NOT NULL OR $minConfidence IS NOT NULL OR CASE p.latest WHEN 'SUPPORTS' THEN p.supportRecent ELSE p.opposeRecent END IS NULL
    CALL (actor, p, candidate) {
      CALL (actor, p, candidate) {
        MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
        RETURN r, r.day AS day, null AS via, null AS role
        UNION ALL
        UNWIND coalesce(p.vias, []) AS viaId
        MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(actor) USING INDEX via:Actor(id)
        WITH via, min(sp.day) AS since, collect(sp.role)[0] AS role
        MATCH (via)-[r:SUPPORTS|OPPOSES]->(candidate)
        RETURN r, CASE WHEN r.day IS NULL OR since IS NULL THEN null WHEN r.day > since THEN r.day ELSE since END AS day, via, role
      }
      WITH r, day, via, role
      WHERE (p.scope = '*' OR r.postId = p.scope) AND ($asOf IS NULL OR day <= $asOf)
        AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      WITH r, day, via, role ORDER BY day IS NULL DESC, day, r.articleId, r.start, r.claimId
      WITH collect({r: r, day: day, via: via, role: role, stance: type(r)}) AS claims
      WITH claims, claims[-1].stance AS stance
      WITH claims, stance, [i IN range(0, size(claims) - 1) WHERE claims[i].stance <> stance][-1] AS lastOther
      WITH stance, [c IN claims WHERE c.stance = stance] AS held,
           [c IN claims[coalesce(lastOther, -1) + 1..] WHERE c.day IS NOT NULL][0].day AS since
      RETURN stance, since, size(held) AS claimCount, reverse(held[-3..]) AS latest
    }
    RETURN stance, since, claimCount, latest
  }
  WITH org, actor, p, side, stance, since, claimCount, latest,
       coalesce(pageKey, CASE stance WHEN 'SUPPORTS' THEN p.supportKey ELSE p.opposeKey END) AS pageKey
  WHERE stance IS NOT NULL AND (side IS NULL OR side = 'ANY' OR side = stance)
  CALL (latest) {
    UNWIND range(0, size(latest) - 1) AS j
    WITH j, latest[j].r AS r, latest[j].day AS day, latest[j].via AS via, latest[j].role AS role
    MATCH (article:Article {id: r.articleId})
    WITH j, r, day, via, role, article ORDER BY j
    RETURN collect({stance: type(r), via: via {.id, .name, type: 'Person'}, role: role, countsFrom: day,
                    evidence: {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                               date: r.day, statedDate: r.date, confidence: r.confidence,
                               article: article {.id, .title, .source, .url, .publishedAt}}}) AS latestClaims
  }
  WITH org, actor, p, stance, pageKey,
       {actor: actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]}, stance: stance, since: since,
        claimCount: claimCount, latestClaims: latestClaims, cursor: pageKey} AS position
  ORDER BY CASE WHEN org IS NULL THEN pageKey ELSE actor.name END
  WITH collect({actor: actor, stance: stance, position: position}) AS bloc
  RETURN [x IN bloc WHERE x.stance = 'SUPPORTS'] AS supporting, [x IN bloc WHERE x.stance = 'OPPOSES'] AS opposing
}
// Pages: a page of each side, with or without a next one; with an organization, every member.
WITH candidate, org, members, scope, floor, ceiling, supporting, opposing,
     [x IN supporting WHERE org IS NOT NULL OR $supportingAfter IS NULL OR x.position.cursor > $supportingAfter] AS supportingRest,
     [x IN opposing WHERE org IS NOT NULL OR $opposingAfter IS NULL OR x.position.cursor > $opposingAfter] AS opposingRest
WITH candidate, org, members, scope, floor, ceiling, supporting, opposing,
     CASE WHEN org IS NULL THEN supportingRest[..$first] ELSE supportingRest END AS supportingPage,
     org IS NULL AND size(supportingRest) > $first AS supportingMore,
     CASE WHEN org IS NULL THEN opposingRest[..$first] ELSE opposingRest END AS opposingPage,
     org IS NULL AND size(opposingRest) > $first AS opposingMore
// How many on each side: with an organization or minConfidence, what was read; otherwise the
// tallies (with asOf: the actors on record with the stance by then, less those whose history holds
// both stances and who stood on the other side that day).
CALL (candidate, org, scope, supporting, opposing) {
  UNWIND ['SUPPORTS', 'OPPOSES'] AS side
  OPTIONAL MATCH (tally:Tally {key: $candidate + '|' + scope + '|' + side})
  WITH side, tally,
       CASE WHEN $asOf IS NULL OR tally IS NULL OR tally.monthBase IS NULL THEN 0
            ELSE $asOf.year * 12 + $asOf.month - 1 - tally.monthBase END AS monthsBefore,
       toString(date({year: coalesce($asOf, date()).year, month: coalesce($asOf, date()).month, day: 1})) AS monthStart,
       CASE WHEN $asOf IS NULL THEN '9999' ELSE toString($asOf + duration({days: 1})) END AS ceiling
  CALL (side, scope, monthStart, ceiling) {
    CALL (side, scope, monthStart, ceiling) {
      UNWIND CASE WHEN $asOf IS NOT NULL AND side = 'SUPPORTS' THEN [1] ELSE [] END AS guard
      MATCH ()-[q:POSITION]->()
      USING INDEX q:POSITION(candidateId, scope, supportKey)
      WHERE q.candidateId = $candidate AND q.scope = scope AND q.supportKey >= monthStart AND q.supportKey < ceiling
      RETURN q
      UNION ALL
      UNWIND CASE WHEN $asOf IS NOT NULL AND side = 'OPPOSES' THEN [1] ELSE [] END AS guard
      MATCH ()-[q:POSITION]->()
      USING INDEX q:POSITION(candidateId, scope, opposeKey)
      WHERE q.candidateId = $candidate AND q.scope = scope AND q.opposeKey >= monthStart AND q.opposeKey < ceiling
      RETURN q
    }
    RETURN count(q) AS inMonth
  }
  CALL (side, scope) {
    CALL (side, scope) {
      UNWIND CASE WHEN $asOf IS NOT NULL THEN [1] ELSE [] END AS guard
      MATCH ()-[q:POSITION]->()
      WHERE q.mixedKey STARTS WITH $candidate + '|' + scope + '|'
        AND CASE side WHEN 'SUPPORTS' THEN q.supportKey ELSE q.opposeKey END >= '0001'
        AND CASE side WHEN 'SUPPORTS' THEN q.supportKey ELSE q.opposeKey END < toString($asOf + duration({days: 1}))
        AND split([e IN q.history WHERE left(e, 10) <= toString($asOf)][-1], ' ')[1] <> side
      RETURN q
    }
    RETURN count(q) AS turned
  }
  WITH side, CASE WHEN tally IS NULL THEN 0
                  WHEN $asOf IS NULL THEN tally.holding
                  ELSE CASE WHEN monthsBefore <= 0 THEN 0 ELSE reduce(n = 0, x IN tally.monthActors[..monthsBefore] | n + x) END
                       + inMonth - turned END AS counted
  WITH sum(CASE side WHEN 'SUPPORTS' THEN counted ELSE 0 END) AS supportingTally, sum(CASE side WHEN 'OPPOSES' THEN counted ELSE 0 END) AS opposingTally
  RETURN CASE WHEN org IS NOT NULL OR $minConfidence IS NOT NULL THEN size(supporting) ELSE supportingTally END AS supportingCount,
         CASE WHEN org IS NOT NULL OR $minConfidence IS NOT NULL THEN size(opposing) ELSE opposingTally END AS opposingCount
}
WITH candidate, org, members, supportingPage, supportingMore, opposingPage, opposingMore, supportingCount, opposingCount,
     [x IN supporting | x.actor] + [x IN opposing | x.actor] AS declared
WITH candidate, org, members, supportingCount, opposingCount,
     {totalCount: supportingCount, positions: [x IN supportingPage | x.position],
      pageInfo: {hasNextPage: supportingMore, endCursor: CASE WHEN org IS NULL THEN supportingPage[-1].position.cursor END}} AS supporting,
     {totalCount: opposingCount, positions: [x IN opposingPage | x.position],
      pageInfo: {hasNextPage: opposingMore, endCursor: CASE WHEN org IS NULL THEN opposingPage[-1].position.cursor END}} AS opposing,
     [m IN members WHERE NOT m IN declared | m {.id, .name, type: 'Country'}] AS undeclared
RETURN candidate {.id, .name, type: 'Person'} AS candidate,
       org {.id, .name, type: 'Organization'} AS organization,
       $asOf AS asOf,
       CASE WHEN org IS NULL THEN null ELSE coalesce($asOf, date()) END AS membersOn,
       CASE WHEN org IS NULL THEN null ELSE size(members) END AS memberCount,
       supporting, opposing, undeclared,
       CASE WHEN org IS NULL
         THEN toString(supportingCount) + ' actors on record as supporting ' + candidate.name + ', ' +
              toString(opposingCount) + ' as opposing'
         ELSE toString(supportingCount) + ' of ' + toString(size(members)) + ' ' + org.name +
              ' members on record as supporting ' + candidate.name + ', ' + toString(opposingCount) + ' as opposing, ' +
              toString(size(undeclared)) + ' undeclared'
       END + CASE WHEN $asOf IS NULL THEN '' ELSE ' (as of ' + toString($asOf) + ')' END AS summary
