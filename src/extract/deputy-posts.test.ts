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

const RACE = "The Labour Party leadership contest opens on Monday. ";
const deputy = "Deputy Leader of the Labour Party";

describe("a party leader's deputy named by 'deputy' alone", () => {
  it("reads 'deputy' in play as the deputy leader's post", () => {
    expect(posts(`${RACE}Ana Ruiz announced her bid to be the party's deputy on Tuesday.`)).toContain(`${deputy} <- deputy`);
    expect(posts(`${RACE}The union backed Tom Vale for deputy.`)).toContain(`${deputy} <- deputy`);
    expect(posts(`${RACE}Mira Sol will stand for the deputy position, aides said.`)).toContain(`${deputy} <- deputy position`);
    expect(posts(`${RACE}Ivo Dane is likely to be deputy after the vote.`)).toContain(`${deputy} <- deputy`);
  });

  it("leaves a deputy minister, a deputy held and a deputy of another office alone", () => {
    for (const sentence of ["Tom Vale, a former deputy, backed her.", "Ana Ruiz served as deputy prime minister.", "Mira Sol was named deputy chief of staff.", "Ivo Dane, the deputy mayor, spoke."]) {
      expect(posts(`${RACE}${sentence}`).some((p) => p.startsWith(deputy))).toBe(false);
    }
  });
});

describe("the one elected 'with X as deputy'", () => {
  it("reads X as a candidate for the post named after 'as'", () => {
    expect(candidates(`${RACE}Tom Vale was elected leader unopposed, with Ana Ruiz as deputy.`)).toContain(`person:ana-ruiz post:deputy-leader-of-the-labour-party`);
    expect(candidates(`${RACE}Tom Vale won the ballot on Monday, with Mira Sol, the former health minister, voted in as his deputy.`)).toContain(`person:mira-sol post:deputy-leader-of-the-labour-party`);
    expect(candidates(`${RACE}Ivo Dane takes over as leader with Dana Kovic elected as deputy leader.`)).toContain(`person:dana-kovic post:deputy-leader-of-the-labour-party`);
  });

  it("reads nothing where 'with X as' names no post or no race", () => {
    expect(candidates(`${RACE}Tom Vale arrived with Ana Ruiz as a guest.`)).not.toContain(`person:ana-ruiz post:deputy-leader-of-the-labour-party`);
    expect(candidates("Tom Vale went to the match with Ana Ruiz as his deputy in the club.")).toEqual([]);
  });
});
