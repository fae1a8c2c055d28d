import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** Each quotation's first words with its speaker's key ("?" when none was found). */
function speakers(text: string): [string, string][] {
  const analysis = analyzeText(text);
  const found = attributeQuotes(analysis);
  return analysis.quotes.map((q) => [text.slice(q.innerStart, q.innerEnd).split(/\s+/).slice(0, 2).join(" "), found.find((f) => f.quote === q)?.speaker ?? "?"]);
}

describe("subject pronouns across sentences", () => {
  it("keeps the referent of the same pronoun opening the sentence before", () => {
    const text = "Lord Tomas Brandt will learn today whether he has won.\n\nHe has been backed by the sprinter Jonas Pell and the rower Karl Wendt.\n\n“It would be the honour of my life,” he wrote this week.";
    expect(speakers(text)).toEqual([["It would", "person:tomas-brandt"]]);
  });

  it("does not chain through the other pronoun", () => {
    const text = "Marta Olsen met Peter Holm on Monday.\n\nShe has been backed by the unions since May.\n\nPeter Holm spoke after the vote. “We will win,” he said.";
    expect(speakers(text)).toEqual([["We will", "person:peter-holm"]]);
  });
});

describe("the shape of names", () => {
  /** Each entity named by a mention, as "type:name". */
  function named(text: string): string[] {
    const { mentions, entities } = analyzeText(text);
    return [...new Set(mentions.filter((m) => !m.modifier).map((m) => `${m.type}:${entities.get(m.entity)!.name}`))];
  }

  it("keeps a place-based description out of an organization's name", () => {
    expect(named("Critics like the Geneva-based Nordic Writers Association are against his nomination.")).toContain("Organization:Nordic Writers Association");
    expect(named("The Lisbon-based Coastal Rowing Federation backs Tom Berg.")).toContain("Organization:Coastal Rowing Federation");
  });

  it("does not read a participle opening a sentence as a given name", () => {
    const names = named("Pedro Alves opposes Ines Castro.\n\nJoining Alves in voting against Castro was Dirk Jansen.");
    expect(names).toContain("Person:Pedro Alves");
    expect(names.some((n) => n.includes("Joining"))).toBe(false);
  });

  it("reads a name written after a preposition of place as a place, wherever it appears", () => {
    const names = named("Maria Lopez spoke to reporters in Port Elliot on Monday. Port Elliot backed her campaign, said Tom Reyes.");
    expect(names).toContain("Person:Maria Lopez");
    expect(names).toContain("Person:Tom Reyes");
    expect(names.some((n) => n.includes("Port Elliot"))).toBe(false);
  });

  it("keeps a hyphenated title out of a person's name", () => {
    expect(named("Attorney-General Tom Hale said he backed Ana Reyes.")).toContain("Person:Tom Hale");
    expect(named("Vice-President Lena Holm backed Ana Reyes.")).toContain("Person:Lena Holm");
  });

  it("keeps a person named after a preposition when the first word is a given name", () => {
    expect(named("The debate in Ottawa turned on a speech in which John Carter backed Ines Castro.")).toContain("Person:John Carter");
    expect(named("Much rests in Sarah Kline's hands.")).toContain("Person:Sarah Kline");
  });
});

describe("quotation speakers in longer sentences", () => {
  it("gives a quotation after a verb joined by 'and' to the sentence's subject", () => {
    const text = "Mr Tom Vale is strongly opposed to Mr Ruiz's plan for the union and has described it as “too big”.";
    expect(speakers(text)).toEqual([["too big", "person:tom-vale"]]);
  });

  it("leaves a quotation after a verb with its own subject to that subject", () => {
    const text = "Anna Berg praised the plan, and Carl Dahl has described it as “a fine idea”.";
    expect(speakers(text)).toEqual([["a fine", "person:carl-dahl"]]);
  });

  it("does not take the leader named in a 'led by' aside for the speaker", () => {
    const text = "“We back Ana Reyes,” the Nordland Rowing Federation, led by Tom Hale (pictured above), said.";
    expect(speakers(text)).toEqual([["We back", "org:nordland-rowing-federation"]]);
  });
});

describe("outlets named by their last word", () => {
  it("reads 'the Post' as the outlet named before it", () => {
    const text = "The staunchest holdouts were named by the newspaper Northfield Post on Tuesday.\n\n“If Vale flips any of these,” the Post said, “he will win.”";
    expect(speakers(text)).toEqual([
      ["If Vale", "media:northfield-post"],
      ["he will", "media:northfield-post"],
    ]);
  });

  it("reads nothing when two outlets end with the word", () => {
    const text = "The newspaper Northfield Post and the newspaper Southbury Post both ran the story.\n\n“If Vale flips any of these,” the Post said.";
    expect(speakers(text)).toEqual([["If Vale", "?"]]);
  });
});

describe("people described by their age", () => {
  /** The entity each "the N-year-old" description resolves to ("?" when none). */
  function ages(text: string): string[] {
    const { mentions } = analyzeText(text);
    const out: string[] = [];
    for (const m of /the \d\d-year-old(?: [A-Z][a-z]+)?/gi[Symbol.matchAll](text)) {
      const found = mentions.find((x) => x.form === "descriptor" && x.start === m.index);
      out.push(found?.entity ?? "?");
    }
    return out;
  }

  it("names the person the text gives that age", () => {
    expect(ages("Tomas Brandt, 62, and Lena Holm, 55, are in the race.\n\nThe 55-year-old withdrew on Monday.")).toEqual(["person:lena-holm"]);
  });

  it("names the subject of the sentence before when no age is stated", () => {
    expect(ages("Lena Holm finished far behind Tomas Brandt in both rounds.\n\nThe 55-year-old withdrew from the race on Monday.")).toEqual(["person:lena-holm"]);
  });

  it("skips someone of another stated age or nationality", () => {
    expect(ages("Tomas Brandt, 70, beat Lena Holm.\n\nThe 55-year-old withdrew.")).toEqual(["?"]);
    expect(ages("Japanese minister Kenji Sato met Lena Holm, a Swedish diplomat. Sato spoke first.\n\nThe 61-year-old Swedish said little.")).not.toContain("person:kenji-sato");
  });

  it("leaves a description that follows a quotation to the quotation's attribution", () => {
    expect(ages("Tomas Brandt was praised by Lena Holm.\n\n“I am confident,” the 55-year-old told reporters.")).toEqual(["?"]);
  });
});

describe("a party's name describing a person", () => {
  /** Whether the party is an actor (not a modifier) in any of its mentions. */
  function partyActs(text: string): boolean {
    const { mentions } = analyzeText(text);
    return mentions.some((m) => m.entity.endsWith("-party") && !m.modifier);
  }

  it("is no actor before a person noun", () => {
    expect(partyActs("A Tory MP was criticised for claiming she would beat Ana Reyes.")).toBe(false);
    expect(partyActs("Tom Hale said he was grateful for the support of my Conservative colleagues.")).toBe(false);
  });

  it("is no actor when it stands alone for a member", () => {
    expect(partyActs("Ana Reyes won the backing of Tom Hale, the Republican, on Monday.")).toBe(false);
  });

  it("stays an actor when it names the party", () => {
    expect(partyActs("The Conservative Party backed Ana Reyes on Monday.")).toBe(true);
    expect(partyActs("Republicans backed Ana Reyes on Monday.")).toBe(true);
  });
});

describe("subjects after introductory and participle clauses", () => {
  it("takes the subject after an introductory clause for a pronoun that follows", () => {
    const text = "Tom Hale spoke to reporters in the morning.\n\nAsked if he would serve should Tom Ward win on Tuesday, Mr Hale dodged the question.\n\n“I am committed to the job,” he said.";
    expect(speakers(text)).toEqual([["I am", "person:tom-hale"]]);
  });

  it("does not take a person named in a participle clause after the verb for the speaker", () => {
    const text = "Jim Berg backed Ana Reyes on Monday.\n\n“I had to look where my heart was,” said the former police officer, highlighting Reyes's military service.";
    expect(speakers(text)).not.toEqual([["I had", "person:ana-reyes"]]);
  });
});

describe("a body's name before a group of its members", () => {
  it("is a modifier before 'elite', 'grandees' or 'rebels'", () => {
    for (const noun of ["elite", "grandees", "rebels"]) {
      const { mentions } = analyzeText(`Ana Reyes, favoured by the Nordic Rowing Federation ${noun}, is more centrist.`);
      expect(mentions.filter((m) => m.type === "Organization").map((m) => m.modifier)).toEqual([true]);
    }
  });
});

describe("a quotation after reported speech", () => {
  it("continues the speech the sentence before it reports, inside a paragraph", () => {
    const text = "Tom Hale said the union would decide next week. “But we will back the strongest candidate.”";
    expect(speakers(text)).toEqual([["But we", "person:tom-hale"]]);
  });

  it("follows a denial reported at the end of the paragraph before", () => {
    const text = "This morning Mr Tom Hale denied he was opening up a rift.\n\n“No, we must come together,” the statement went on.";
    expect(speakers(text)).toEqual([["No, we", "person:tom-hale"]]);
  });

  it("is not reported by an infinitive ('refused to say')", () => {
    const text = "Many others refused to say who they supported but Kris Dale said he would not vote for Tom Hale.\n\n“It is time for change.”";
    expect(speakers(text)).toEqual([["It is", "person:kris-dale"]]);
  });
});

describe("a country's parts that do not speak for it", () => {
  it("reads 'the Norway opposition said' as no statement of the country", () => {
    const text = "The Norway opposition said Tom Hale's record made reform “more difficult”.";
    expect(speakers(text)).toEqual([["more difficult", "?"]]);
  });

  it("keeps the country's stance in 'Norway opposition to X'", () => {
    const { mentions } = analyzeText("Norway opposition to Tom Hale is firm.");
    expect(mentions.filter((m) => m.type === "Country").map((m) => m.modifier)).toEqual([false]);
  });
});

describe("people named after a preposition of place", () => {
  it("stay people when the text gives them a possessive, an honorific or a speech verb", () => {
    const text = "The change in Jean-Pierre Lamotte's position surprised many. Mr Lamotte backed Ana Reyes.";
    const { mentions, entities } = analyzeText(text);
    expect(mentions.some((m) => m.type === "Person" && entities.get(m.entity)!.name === "Jean-Pierre Lamotte")).toBe(true);
    const spoken = analyzeText("A rally in Jean-Pierre Lamotte's town drew crowds.\n\nJean-Pierre Lamotte said he backs Ana Reyes.");
    expect(spoken.mentions.some((m) => m.type === "Person" && m.name === "Jean-Pierre Lamotte")).toBe(true);
  });
});
