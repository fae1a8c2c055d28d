/** Small coalition answers shaped like the API's, for the unit tests. */
import type { Coalition, StanceClaim } from "./build-graph";

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
    supporting: [],
    opposing: [],
    undeclared: [],
    ...parts,
  };
}
