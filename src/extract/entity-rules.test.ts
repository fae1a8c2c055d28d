import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";
import { findQuoteSpans } from "./quote-spans.js";
import { splitParagraphs } from "./sentences.js";

/** Who each quotation is attributed to, as entity keys, in order. */
function speakers(text: string): string[] {
  return attributeQuotes(analyzeText(text)).map((q) => q.speaker);
}

describe("quotations typed with two single marks", () => {
  it("opens a quotation at '' before a word and closes it at '' after one", () => {
    const text = "''The board agreed to abstain,'' chairman Tom Vale said. ''It is hard to back either.''\n\nVale left.";
    expect(findQuoteSpans(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["The board agreed to abstain,", "It is hard to back either."]);
    expect(speakers(text)).toEqual(["person:tom-vale", "person:tom-vale"]);
  });

  it("leaves a lone pair of marks inside a word alone", () => {
    const text = "The players'' union met Ana Ruiz.";
    expect(findQuoteSpans(text, splitParagraphs(text))).toEqual([]);
  });
});

describe("posts named by an organization's sub-body", () => {
  it("does not read the head of a body's watchdog as the head of the body", () => {
    const text = "Ana Ruiz was elected the next head of the UN atomic watchdog on Monday.";
    expect(findMentions(text).filter((m) => m.type === "Post").map((m) => m.name)).toEqual(["IAEA Director General"]);
    const unknown = "Ana Ruiz was elected the next head of the UN ethics watchdog on Monday.";
    expect(findMentions(unknown).filter((m) => m.type === "Post").map((m) => m.name)).toEqual([]);
  });
});

describe("speakers of quotations in a sentence", () => {
  it("gives a quotation in a relative clause to the name the clause follows", () => {
    expect(speakers("Several senators backed Rob Stone, notably Sen. Ana Ruiz, who once said that the choice was “the clearest in years.”")).toEqual(["person:ana-ruiz"]);
    expect(speakers("The move angered party chairman Tom Vale, who said it was a “stitch-up behind closed doors”.")).toEqual(["person:tom-vale"]);
  });

  it("reads a title before the subject of a participle as part of the subject", () => {
    expect(speakers("Outgoing president Ana Ruiz said she would help, adding “they can call me at any hour of the night”.")).toEqual(["person:ana-ruiz"]);
  });
});

describe("a quotation after reported speech", () => {
  it("goes on with the speaker of the paragraph before when it has no attribution of its own", () => {
    const text = "Ana Ruiz signalled a delay on Monday, saying she would wait for the vote.\n\n“We have time, and we will use it well.”\n\nThe vote is in May.";
    expect(speakers(text)).toEqual(["person:ana-ruiz"]);
  });

  it("leaves the quotation alone when the paragraph before reports no speech", () => {
    const text = "Ana Ruiz arrived in Geneva on Monday for the vote.\n\n“We have time, and we will use it well.”\n\nThe vote is in May.";
    expect(speakers(text)).toEqual([]);
  });
});

describe("roles in an apposition", () => {
  it("ends the role where a relative clause opens", () => {
    const { entities } = analyzeText("Governor Tom Vale, the Republican who dropped his own campaign for president this month, endorsed Ana Ruiz on Friday.");
    const roles = entities.get("person:tom-vale")!.roles.map((r) => r.role);
    expect(roles).not.toContain("President");
  });
});

describe("the presiding office of a legislature", () => {
  const posts = (text: string) => findMentions(text).filter((m) => m.type === "Post").map((m) => [m.name, text.slice(m.start, m.end)]);

  it("is named by its shape, then by its bare forms", () => {
    expect(posts("Rob Stone hopes to be elected Speaker of the House Friday night, but the speakership is not yet his.")).toEqual([
      ["Speaker of the House", "Speaker of the House"],
      ["Speaker of the House", "the speakership"],
    ]);
    expect(posts("Ana Ruiz is the favourite for the National Assembly speakership.")).toEqual([["Speaker of the National Assembly", "the National Assembly speakership"]]);
  });

  it("reads a bid for speaker as the US House's post in a text about the House", () => {
    expect(posts("After the House adjourned, Rob Stone fell short in his bid for speaker again.").map(([name]) => name)).toEqual(["Speaker of the House"]);
  });

  it("leaves a speaker's title before a name, and other speakers, alone", () => {
    expect(posts("House Speaker Ana Ruiz met Rob Stone.")).toEqual([]);
    expect(posts("Rob Stone was the keynote speaker at the House dinner, and Ana Ruiz spoke as speaker of the evening.")).toEqual([]);
  });
});

describe("a known name before a comma", () => {
  it("is not the title of the person after it", () => {
    const { entities } = analyzeText("Ana Ruiz spoke on Monday. As reported by The Washington Post, Ruiz said she was still hopeful.");
    expect([...entities.get("person:ana-ruiz")!.aliases]).not.toContain("The Washington Post, Ruiz");
    expect(entities.get("person:ana-ruiz")!.roles).toEqual([]);
  });
});

describe("parties the lexicon knows", () => {
  it("reads a party's name before a title as the party, not as a person", () => {
    const text = "Hampshire Ukip leader Tom Vale and the SNP criticised Ana Ruiz.";
    const people = findMentions(text).filter((m) => m.type === "Person").map((m) => m.name);
    expect(people).toEqual(expect.arrayContaining(["Tom Vale", "Ana Ruiz"]));
    expect(people.filter((p) => p.includes("Ukip"))).toEqual([]);
    expect(findMentions(text).filter((m) => m.type === "Organization").map((m) => m.org)).toEqual(["ukip", "snp"]);
  });
});

describe("a speech verb reported by an earlier one", () => {
  it("gives the quotation to the first verb's subject, not to the person it reports on", () => {
    expect(speakers("Ana Ruiz said Tom Vale's record suggested he would make reform “more difficult”.")).toEqual(["person:ana-ruiz"]);
  });
});

describe("a described speaker in the quotation's sentence", () => {
  it("resolves the description to the outlet named before", () => {
    const text = "Ana Ruiz will not appear in the debate held by Channel 4 on Sunday.\n\nThe broadcaster said it was “disappointed” by her absence.";
    expect(speakers(text)).toEqual(["media:channel-4"]);
  });
});

describe("an outlet spoken to", () => {
  it("is not the speaker of the quotation", () => {
    expect(speakers("In an interview with Al Jazeera in January, the candidate said it was time to “inject fresh blood” into the body.")).toEqual([]);
    expect(speakers("Al Jazeera said it was time to “inject fresh blood” into the body.")).toEqual(["media:al-jazeera"]);
  });
});
