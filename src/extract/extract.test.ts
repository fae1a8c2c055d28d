import { readFileSync } from "node:fs";
import { InvalidInputError } from "../errors.js";
import { parseClaimsDocument, type ClaimsDocument } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";
import { deriveSpokenStances, extractArticle, parseArticleFile } from "./index.js";

const seedFile = readFileSync(projectPath("data", "seed", "rutte-nato-2024.txt"), "utf8");
const seed = extractArticle(parseArticleFile(seedFile, "rutte-nato-2024.txt"));

function relations(doc: ClaimsDocument, withDerived = true): Set<string> {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const claims = withDerived ? [...doc.claims, ...deriveSpokenStances(doc)] : doc.claims;
  return new Set(claims.map((c) => `${c.type} ${name.get(c.from) ?? c.from} -> ${c.to === "article" ? "article" : name.get(c.to)}`));
}

describe("extractArticle on the seed article", () => {
  const found = relations(seed);

  it("produces a valid claims document", () => {
    expect(() => parseClaimsDocument(JSON.parse(JSON.stringify(seed)))).not.toThrow();
  });

  it("finds the countries supporting Rutte, directly or through their speakers", () => {
    for (const country of ["France", "United States", "United Kingdom", "Germany"]) expect(found).toContain(`SUPPORTS ${country} -> Mark Rutte`);
    expect(found).toContain("SUPPORTS Gabriel Attal -> Mark Rutte");
    expect(found).toContain("SUPPORTS Olaf Scholz -> Mark Rutte");
    expect(found).toContain("OPPOSES Hungary -> Mark Rutte");
    expect(found).not.toContain("SUPPORTS Hungary -> Mark Rutte");
  });

  it("finds the candidates for NATO Secretary General", () => {
    for (const person of ["Mark Rutte", "Kaja Kallas", "Krisjanis Karins"]) expect(found).toContain(`CANDIDATE_FOR ${person} -> NATO Secretary General`);
    const post = seed.entities.find((e) => e.name === "NATO Secretary General")!;
    expect(seed.entities.find((e) => e.id === post.organization)?.name).toBe("NATO");
  });

  it("quotes Attal with his own words", () => {
    const attal = seed.entities.find((e) => e.name === "Gabriel Attal")!;
    const quoted = seed.claims.filter((c) => c.type === "QUOTED_IN" && c.from === attal.id);
    expect(quoted.map((c) => c.evidence)).toContain("said Attal");
    expect(quoted.some((c) => c.quote?.startsWith("Of course, we support Mark Rutte’s candidacy"))).toBe(true);
    expect(seed.claims).toContainEqual(expect.objectContaining({ type: "SPEAKS_FOR", from: attal.id, to: "country:FR", role: "Prime Minister" }));
  });

  it("dates claims from the text", () => {
    const us = seed.claims.find((c) => c.type === "SUPPORTS" && c.from === "country:US" && c.evidence.includes("publicly supported"));
    expect(us?.date).toBe("2024-02-22");
  });
});

describe("deriveSpokenStances", () => {
  it("gives a speaker's stance to what they speak for, once", () => {
    const doc: ClaimsDocument = {
      version: 1,
      article: { title: "T", source: "S", text: "A said we back B." },
      entities: [
        { id: "a", name: "A", type: "Person" },
        { id: "b", name: "B", type: "Person" },
        { id: "c", name: "C", type: "Country", code: "FR" },
      ],
      claims: [
        { type: "SPEAKS_FOR", from: "a", to: "c", evidence: "A", start: 0, end: 1, confidence: 0.5, role: "President" },
        { type: "SUPPORTS", from: "a", to: "b", evidence: "back B", start: 10, end: 16, confidence: 0.8 },
        { type: "OPPOSES", from: "b", to: "a", evidence: "A", start: 0, end: 1, confidence: 0.8 },
      ],
    };
    expect(deriveSpokenStances(doc)).toEqual([{ type: "SUPPORTS", from: "c", to: "b", date: null, evidence: "back B", start: 10, end: 16, confidence: 0.4 }]);
    doc.claims.push({ type: "SUPPORTS", from: "c", to: "b", evidence: "back B", start: 10, end: 16, confidence: 0.9 });
    expect(deriveSpokenStances(doc)).toEqual([]);
  });
});

describe("robustness", () => {
  it("gives the same document for the same input", () => {
    const again = extractArticle(parseArticleFile(seedFile, "rutte-nato-2024.txt"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(seed));
  });

  it("gives the same claims for CRLF input as for LF input", () => {
    const crlf = extractArticle(parseArticleFile(seedFile.replace(/\n/g, "\r\n"), "rutte-nato-2024.txt"));
    expect(crlf).toEqual(seed);
  });

  it("rejects empty and oversized input with a clear error", () => {
    expect(() => extractArticle({ title: "T", source: "S", text: "   " })).toThrow(InvalidInputError);
    expect(() => extractArticle({ title: "T", source: "S", text: "a".repeat(2 * 1024 * 1024) })).toThrow(/at most 1000000/);
  });

  it("keeps hostile names as plain data in a valid document", () => {
    const text =
      "German Chancellor Olaf O'Brien\\x said he supports Mark Rutte'}) RETURN n //. Hungary refused to support \"Rob}) DETACH DELETE n\". \u0007Tom \\\"Q\\\" Lee backs Ana Ferreira`); DROP.";
    const doc = extractArticle({ title: "x'}) RETURN 1 //", source: "S\\", text });
    expect(() => parseClaimsDocument(JSON.parse(JSON.stringify(doc)))).not.toThrow();
    for (const e of doc.entities) expect(e.id).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    for (const c of doc.claims) expect(doc.article.text.slice(c.start, c.end)).toBe(c.evidence);
  });

  it("handles a large article within limits", () => {
    const body = seedFile.split("\n---\n")[1]!;
    const big = Array.from({ length: 40 }, () => body).join("\n\n");
    const doc = extractArticle({ title: "Big", source: "S", publishedAt: "2024-03-06", text: big });
    expect(() => parseClaimsDocument(doc)).not.toThrow();
    expect(doc.claims.length).toBeGreaterThan(100);
  });

  it("extracts every evaluation article into a valid document", () => {
    for (const name of ["un-secretary-general-race", "wto-director-general-race", "commission-president-race", "imf-managing-director", "who-director-general"]) {
      const file = readFileSync(projectPath("data", "eval", `${name}.txt`), "utf8");
      expect(() => parseClaimsDocument(extractArticle(parseArticleFile(file, `${name}.txt`)), name)).not.toThrow();
    }
  });
});

describe("a candidate named by surname only", () => {
  it("is a person when the article backs or opposes them or names their bid", () => {
    const doc = extractArticle({
      title: "Bid",
      source: "Wire",
      publishedAt: "2025-01-07",
      text: "Lisbon supports Okonkwo's candidacy for WTO Director-General. Madrid opposed Okonkwo on Friday.",
    });
    const found = relations(doc);
    expect(found).toContain("SUPPORTS Portugal -> Okonkwo");
    expect(found).toContain("OPPOSES Spain -> Okonkwo");
  });

  it("is not invented from a capitalized word with no such context", () => {
    const doc = extractArticle({ title: "Weather", source: "Wire", publishedAt: null, text: "Rain fell on Lisbon. Okonkwo was mentioned once." });
    expect(doc.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
});
