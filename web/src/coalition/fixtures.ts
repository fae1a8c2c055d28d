/** Small coalition answers shaped like the API's, for the unit tests. */
import type { ActorRef, Coalition, Position, StanceClaim } from "./build-graph";

const article = { id: "article:1", title: "A race", source: "Test Wire", url: null, publishedAt: "2024-03-06" };
let claimCounter = 0;

export function claim(stance: "SUPPORTS" | "OPPOSES", date: string | null, via?: { id: string; name: string; role?: string }): StanceClaim {
  claimCounter += 1;
  return {
    stance,
    role: via?.role ?? null,
    via: via ? { id: via.id, name: via.name, type: "Person" } : null,
    evidence: {
      claimId: `c${claimCounter}`,
      kind: stance,
      evidence: `evidence ${claimCounter}`,
      sentence: `A sentence with evidence ${claimCounter} in it.`,
      date,
      statedDate: date,
      confidence: 0.9,
      article,
    },
  };
}

export const country = (code: string, name: string) => ({ id: `country:${code}`, name, type: "Country" });

export function coalition(parts: Partial<Coalition> = {}): Coalition {
  return {
    candidate: { id: "person:mark-rutte", name: "Mark Rutte", type: "Person" },
    organization: { id: "organization:nato", name: "NATO", type: "Organization" },
    asOf: null,
    membersOn: "2024-03-06",
    memberCount: 32,
    summary: "",
    supporting: side([]),
    opposing: side([]),
    undeclared: [],
    ...parts,
  };
}

/** A position as the API gives it: the latest claims (newest first, at most 3) and a count. */
export function position(actor: ActorRef, stance: "SUPPORTS" | "OPPOSES", claims: StanceClaim[]): Position {
  const dated = claims.map((c) => c.evidence.date).filter((d): d is string => d !== null).sort();
  return { actor, stance, since: dated[0] ?? null, claimCount: claims.length, latestClaims: [...claims].reverse().slice(0, 3) };
}

export function side(positions: Position[]): Coalition["supporting"] {
  return { totalCount: positions.length, positions, pageInfo: { hasNextPage: false } };
}
