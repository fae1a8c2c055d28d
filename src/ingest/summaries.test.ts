import { compareRecords, mergeIntoPosition, positionOf, recordKey, storedPosition, type StanceRecord } from "./summaries.js";

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = [null, "2024-01-05", "2024-01-05", "2024-02-01", "2024-02-20", "2024-03-03"];

function records(rnd: () => number, n: number, serial: { next: number }): StanceRecord[] {
  return Array.from({ length: n }, () => {
    const k = serial.next++;
    return {
      stance: rnd() < 0.6 ? "SUPPORTS" : "OPPOSES",
      day: DAYS[Math.floor(rnd() * DAYS.length)]!,
      postId: null,
      confidence: Math.round(rnd() * 100) / 100,
      articleId: `article:${String(Math.floor(rnd() * 4)).padStart(32, "0")}`,
      start: Math.floor(rnd() * 500),
      claimId: `c${String(k).padStart(31, "0")}`,
      via: rnd() < 0.3 ? `person:s${Math.floor(rnd() * 3)}` : null,
    };
  });
}

describe("mergeIntoPosition", () => {
  it("gives what a recomputation from every claim gives, whenever it does not hand the pair back", () => {
    let merged = 0;
    let handedBack = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const rnd = random(seed);
      const serial = { next: 0 };
      const old = records(rnd, 1 + Math.floor(rnd() * 5), serial).sort(compareRecords);
      const fresh = records(rnd, 1 + Math.floor(rnd() * 3), serial).sort(compareRecords);
      const stored = positionOf("country:XX", "person:c", "Country", "*", old)!;
      const result = mergeIntoPosition(stored, "country:XX", "person:c", "Country", "*", fresh);
      if (!result) {
        handedBack++;
        continue;
      }
      merged++;
      const expected = positionOf("country:XX", "person:c", "Country", "*", [...old, ...fresh].sort(compareRecords))!;
      expect({ seed, position: storedPosition(result) }).toEqual({ seed, position: storedPosition(expected) });
    }
    // Most merges need no recomputation.
    expect(merged).toBeGreaterThan(handedBack);
  });

  it("keeps the latest claims, the changes and what they are measured from through a chain of merges", () => {
    let merges = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const rnd = random(seed);
      const serial = { next: 0 };
      let all = records(rnd, 1 + Math.floor(rnd() * 4), serial).sort(compareRecords);
      let position = positionOf("country:XX", "person:c", "Country", "*", all)!;
      for (let round = 0; round < 6; round++) {
        const fresh = records(rnd, 1 + Math.floor(rnd() * 3), serial).sort(compareRecords);
        all = [...all, ...fresh].sort(compareRecords);
        const expected = positionOf("country:XX", "person:c", "Country", "*", all)!;
        const merged = mergeIntoPosition(position, "country:XX", "person:c", "Country", "*", fresh);
        if (merged) {
          merges++;
          expect({ seed, round, position: storedPosition(merged) }).toEqual({ seed, round, position: storedPosition(expected) });
        }
        position = merged ?? expected;
      }
    }
    expect(merges).toBeGreaterThan(500);
  });

  it("appends claims that come after every summarised one", () => {
    const claim = (day: string, stance: "SUPPORTS" | "OPPOSES", n: number): StanceRecord => ({
      stance, day, postId: null, confidence: 0.9, articleId: `article:${n}`, start: 0, claimId: `c${n}`, via: null,
    });
    const stored = positionOf("a", "c", "Person", "*", [claim("2024-01-01", "OPPOSES", 1)])!;
    const merged = mergeIntoPosition(stored, "a", "c", "Person", "*", [claim("2024-02-01", "SUPPORTS", 2)])!;
    expect(merged).toMatchObject({ latest: "SUPPORTS", support: { first: "2024-02-01", claims: 1 }, oppose: { first: "2024-01-01", claims: 1 } });
    expect(merged.history.map((e) => e.split(" ")[1])).toEqual(["OPPOSES", "SUPPORTS"]);
    expect(merged.support!.recent).toEqual([merged.lastKey]);
    expect(merged.changes).toEqual([`${stored.lastKey} ${merged.lastKey}`]);
  });
});

/** Every order of `items`. */
function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i]!, ...rest];
  }
}

describe("mergeIntoPosition, claims arriving in every order", () => {
  const claim = (n: number, stance: "SUPPORTS" | "OPPOSES", day: string | null, articleId = `article:${n}`): StanceRecord => ({
    stance, day, postId: null, confidence: n / 10, articleId, start: n * 10, claimId: `c${n}`, via: n % 3 === 0 ? "person:s" : null,
  });
  // Four runs (three changes), two claims on one day in different articles, a run whose first claim shares the day of the run before, an undated claim.
  const claims = [
    claim(1, "SUPPORTS", "2024-01-05"),
    claim(3, "OPPOSES", "2024-01-20"),
    claim(4, "OPPOSES", "2024-01-20", "article:0"),
    claim(5, "SUPPORTS", "2024-02-03"),
    claim(6, "SUPPORTS", "2024-02-10"),
    claim(7, "OPPOSES", "2024-02-10"),
    claim(8, "OPPOSES", null),
  ];

  it("merges each claim into the position of the ones before it, and hands the pair back only when the claim splits a run of the other stance", () => {
    let merged = 0;
    let handedBack = 0;
    const wrong: unknown[] = [];
    for (const order of permutations(claims)) {
      let sofar: StanceRecord[] = [order[0]!];
      let position = positionOf("a", "c", "Person", "*", sofar)!;
      for (const next of order.slice(1)) {
        const all = [...sofar, next].sort(compareRecords);
        const expected = positionOf("a", "c", "Person", "*", all)!;
        const result = mergeIntoPosition(position, "a", "c", "Person", "*", [next]);
        if (result) {
          merged++;
          if (JSON.stringify(storedPosition(result)) !== JSON.stringify(storedPosition(expected))) {
            wrong.push({ order: order.map((c) => c.claimId), next: next.claimId, merged: storedPosition(result), expected: storedPosition(expected) });
          }
        } else {
          handedBack++;
          // The run it falls in (the last history entry at or before it) is of the other stance.
          const entries = position.history.map((e) => ({ key: e.split(" ")[0]!, stance: e.split(" ")[1] }));
          const run = entries.filter((e) => e.key < recordKey(next)).pop();
          if (run === undefined || run.stance === next.stance || next.day === null) wrong.push({ order: order.map((c) => c.claimId), next: next.claimId, handedBack: true });
        }
        sofar = all;
        position = expected;
      }
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(merged + handedBack).toBe(5040 * 6);
    expect(merged).toBeGreaterThan(handedBack * 3);
  });
});
