import { findCandidacies } from "./candidacies.js";
import { sentenceDates } from "./dates.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

const names = (text: string, type: string) => findMentions(text).filter((m) => m.type === type).map((m) => m.name);

describe("mentions", () => {
  it("separates titles from names, non-ASCII names included", () => {
    const text = "Latvian Foreign Minister Krišjānis Kariņš met Hungarian Foreign Minister Péter Szijjártó and German Chancellor Olaf Scholz.";
    expect(names(text, "Person")).toEqual(["Krišjānis Kariņš", "Péter Szijjártó", "Olaf Scholz"]);
    expect(findMentions(text).filter((m) => m.type === "Country").map((m) => m.code)).toEqual(["LV", "HU", "DE"]);
  });

  it("reads demonyms, capitals and seats of government as countries", () => {
    const codes = findMentions("The British government, Washington, Paris and the Kremlin reacted.").filter((m) => m.type === "Country").map((m) => m.code);
    expect(codes).toEqual(["GB", "US", "FR", "RU"]);
  });

  it("finds posts with their organization, and outlets by name or kind", () => {
    const text = "She is running for UN Secretary-General, Politico reported, and the Dutch radio station Den Haag FM agreed.";
    expect(names(text, "Post")).toEqual(["UN Secretary-General"]);
    expect(names(text, "Media")).toEqual(["Politico", "Den Haag FM"]);
  });

  it("does not take organizations or places for people", () => {
    expect(names("The Security Council met in New York with the Hertie School.", "Person")).toEqual([]);
  });
});

describe("coreference", () => {
  const text =
    "This was announced by the head of the French Cabinet, Gabriel Attal. Later, Attal spoke again. “We agree,” said the French Prime Minister. Acting Prime Minister of the Netherlands Mark Rutte listened. This Dutch politician smiled.";
  const analysis = analyzeText(text);
  const entityAt = (surface: string) => analysis.mentions.find((m) => text.slice(m.start, m.end) === surface)?.entity;

  it("binds surnames and descriptions to the named person", () => {
    expect(entityAt("Attal")).toBe("person:gabriel-attal");
    expect(entityAt("the French Prime Minister")).toBe("person:gabriel-attal");
    expect(entityAt("This Dutch politician")).toBe("person:mark-rutte");
  });

  it("reads roles from appositions and titles", () => {
    expect(analysis.entities.get("person:gabriel-attal")!.roles[0]).toMatchObject({ role: "Prime Minister", of: "country:FR" });
    expect(analysis.entities.get("person:mark-rutte")!.roles[0]).toMatchObject({ role: "Prime Minister", of: "country:NL" });
  });
});

function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`);
}

describe("stances", () => {
  it("reads active support, refusals and negations", () => {
    expect(stancesOf("Hungary publicly refused to support the candidacy of Mark Rutte.")).toEqual(["OPPOSES country:HU person:mark-rutte"]);
    expect(stancesOf("The United States did not support Marta Ibáñez's candidacy.")).toEqual(["OPPOSES country:US person:marta-ibanez"]);
    expect(stancesOf("Spain strongly backs Ana Ferreira.")).toEqual(["SUPPORTS country:ES person:ana-ferreira"]);
  });

  it("reads no stance from hedges and negated opposition", () => {
    expect(stancesOf("Poland is expected to back Henrik Lindqvist.")).toEqual([]);
    expect(stancesOf("India said it would not oppose Amina Wekesa.")).toEqual([]);
    expect(stancesOf("Italy has neither backed nor rejected Henrik Lindqvist.")).toEqual([]);
  });

  it("reads every actor of a passive list", () => {
    expect(stancesOf("Kalina Dimova's candidacy is supported by the Netherlands and Austria, according to Reuters.")).toEqual([
      "SUPPORTS country:NL person:kalina-dimova",
      "SUPPORTS country:AT person:kalina-dimova",
    ]);
  });

  it("takes the antecedent as subject of a relative clause", () => {
    expect(stancesOf("Mark Rutte is supported by Olaf Scholz, who rejected the candidacy of Ursula von der Leyen.")).toEqual([
      "SUPPORTS person:olaf-scholz person:mark-rutte",
      "OPPOSES person:olaf-scholz person:ursula-von-der-leyen",
    ]);
  });

  it("gives a quoted 'we' to the speaker, and a government's stance to its spokesperson", () => {
    expect(stancesOf("“We support Mark Rutte,” said Gabriel Attal.")).toContain("SUPPORTS person:gabriel-attal person:mark-rutte");
    const spokesperson = stancesOf("Foreign Ministry spokesperson Wang Lei said Beijing backs Elena Vargas.");
    expect(spokesperson).toEqual(expect.arrayContaining(["SUPPORTS country:CN person:elena-vargas", "SUPPORTS person:wang-lei person:elena-vargas"]));
  });
});

function candidaciesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`);
}

describe("candidacies", () => {
  it("reads lists of candidates vying for a post", () => {
    expect(candidaciesOf("Estonian Prime Minister Kaja Kallas and Latvian Foreign Minister Krisjanis Karins are vying for the post of NATO Secretary General.")).toEqual([
      "person:krisjanis-karins post:nato-secretary-general",
      "person:kaja-kallas post:nato-secretary-general",
    ]);
  });

  it("reads a withdrawal as a candidacy that happened", () => {
    const text = "Amina Wekesa is running for WTO Director-General. Park Ji-hoon withdrew his candidacy on Monday.";
    expect(new Set(candidaciesOf(text))).toEqual(new Set(["person:amina-wekesa post:wto-director-general", "person:park-ji-hoon post:wto-director-general"]));
  });

  it("uses the article's main post when the candidacy names none", () => {
    expect(candidaciesOf("Rao is a candidate for IMF Managing Director. Brazil endorsed Arvind Rao's candidacy.")).toContain("person:arvind-rao post:imf-managing-director");
  });
});

describe("quotes", () => {
  const speakers = (text: string) => {
    const analysis = analyzeText(text);
    return attributeQuotes(analysis).map((q) => `${q.speaker} | ${text.slice(q.evidence.start, q.evidence.end)}`);
  };

  it("reads attributions after and before a quotation", () => {
    expect(speakers("Gabriel Attal spoke. “We agree,” - said Attal.")).toEqual(["person:gabriel-attal | said Attal"]);
    expect(speakers("Karen Holt said: “It is settled.”")).toEqual(["person:karen-holt | Karen Holt said"]);
  });

  it("carries a speaker over to the next quoted paragraph", () => {
    const text = "Jonas Weber spoke.\n\n“First.\n\n“Second,” Weber said.\n\n“Third.”";
    expect(speakers(text).map((s) => s.split(" | ")[0])).toEqual(["person:jonas-weber", "person:jonas-weber", "person:jonas-weber"]);
  });

  it("resolves 'the analyst' to the last expert named outside quotations", () => {
    const text = "Nikolai Petrov, a political analyst at the Institute, spoke to reporters. “It will not change,” the analyst concluded.";
    expect(speakers(text)).toEqual(["person:nikolai-petrov | the analyst concluded"]);
  });
});

describe("dates", () => {
  const datesOf = (text: string, published: string | null) => {
    const analysis = analyzeText(text);
    return sentenceDates(text, analysis.sentences, published);
  };

  it("resolves days against the publication date", () => {
    expect(datesOf("It happened on March 6. On February 21 of this year, more. The next day, again. On Thursday, later.", "2024-03-06")).toEqual([
      "2024-03-06",
      "2024-02-21",
      "2024-02-22",
      "2024-02-29",
    ]);
  });

  it("dates nothing without a publication date unless the year is given", () => {
    expect(datesOf("On Thursday it happened. On 5 May 2023 too.", null)).toEqual([null, "2023-05-05"]);
  });

  it("ends a time frame at a month-only date", () => {
    expect(datesOf("On March 6 they met. In July 2023 he left.", "2024-03-06")).toEqual(["2024-03-06", null]);
  });
});
