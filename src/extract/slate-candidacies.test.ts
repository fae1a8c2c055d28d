import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

function posts(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === "Post")
    .map((m) => `${m.name} <- ${text.slice(m.start, m.end)}`);
}

const ANC = "The ANC holds its national conference in December. ";
const LABOUR = "The Labour Party leadership contest opens on Monday. ";
const OSCE = "The OSCE met in Vienna on Friday. ";

describe("a slate: several people, each with a post of their own", () => {
  it("reads each person of the slate as a candidate for the post named after them", () => {
    const got = candidates(`${ANC}The province also supports Tom Vale as deputy president, Mira Sol for national chairperson and Ivo Dane for secretary-general.`);
    expect(got).toContain("person:mira-sol post:national-chairperson-of-the-african-national-congress");
    expect(got).toContain("person:ivo-dane post:secretary-general-of-the-african-national-congress");
    expect(got).not.toContain("person:mira-sol post:president-of-the-african-national-congress");
  });

  it("reads a slate's other titles as posts of the known post's organization", () => {
    const text = `${OSCE}The council will appoint Anna Kovac as the secretary general; Tom Vale [Ruritania] as the director of the Office for Elections; and Mira Sol [Elbonia] as the high commissioner on minorities, the chair said.`;
    expect(posts(text)).toEqual(
      expect.arrayContaining(["OSCE director of the Office for Elections <- director of the Office for Elections", "OSCE high commissioner on minorities <- high commissioner on minorities"]),
    );
    const got = candidates(text);
    expect(got).toContain("person:tom-vale post:osce-director-of-the-office-for-elections");
    expect(got).toContain("person:mira-sol post:osce-high-commissioner-on-minorities");
  });

  it("reads a bare title of a slate as the organization's post of that title", () => {
    const text = `${LABOUR}Yesterday, the union backed Ms Kovac for deputy and Sir Tom Vale as leader, aides said.`;
    expect(candidates(text)).toContain("person:tom-vale post:leader-of-the-labour-party");
  });

  it("reads no slate from one person with a post", () => {
    expect(candidates(`${OSCE}Diplomats praised Anna Kovac as the director of the Office for Elections.`)).toEqual([]);
    expect(posts(`${OSCE}Diplomats praised Anna Kovac as the director of the Office for Elections.`).some((p) => p.includes("Office for Elections"))).toBe(false);
    expect(candidates(`${ANC}The secretary-general introduced Tom Vale as deputy president of a provincial branch.`)).toEqual([]);
  });
});
