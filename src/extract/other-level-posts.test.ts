import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** The distinct candidacies read from a text, as "person post". */
function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a deputy's, a vice-chair's or a treasurer's post named without its organization", () => {
  it("reads a ballot for the deputy leadership as the party's deputy leadership", () => {
    const text =
      "CANBERRA — Mira Sol ousted Ed Park as leader of the Liberal Party of Australia on Monday night. " +
      "Ana Ruiz easily won a second ballot for the deputy leadership, beating Tom Vale 70 votes to 30.";
    const out = candidates(text);
    expect(out).toContain("person:ana-ruiz post:deputy-leader-of-the-liberal-party-of-australia");
    expect(out).toContain("person:tom-vale post:deputy-leader-of-the-liberal-party-of-australia");
    expect(out).not.toContain("person:tom-vale post:leader-of-the-liberal-party-of-australia");
  });

  it("reads 'a front-runner for the deputy presidency' as the body's deputy president", () => {
    const text =
      "JOHANNESBURG — Branches of the ANC have nominated Mira Sol for the ANC presidency. " +
      "Tom Vale is a clear front-runner for the deputy presidency, taking 1 791 nominations.";
    const out = candidates(text);
    expect(out).toContain("person:tom-vale post:deputy-president-of-the-african-national-congress");
  });

  it("reads a bid for the deputy leadership of a British party", () => {
    const text =
      "Labour's leadership race has four contenders. Separately, Ana Ruiz launched her bid for the deputy leadership on Monday, " +
      "and Tom Vale is also running for deputy leader.";
    const out = candidates(text);
    expect(out).toContain("person:ana-ruiz post:deputy-leader-of-the-labour-party");
    expect(out).toContain("person:tom-vale post:deputy-leader-of-the-labour-party");
  });

  it("reads a sports federation's vice-presidency in play", () => {
    const text =
      "The IAAF will elect its president in Beijing, where Mira Sol faces Ed Park. " +
      "Ana Ruiz, who is standing for vice-president, said she was confident.";
    const out = candidates(text);
    expect(out).toContain("person:ana-ruiz post:iaaf-vice-president");
    expect(out).not.toContain("person:ana-ruiz post:iaaf-president");
  });

  it("leaves a deputy post held, not raced for, to the person's title", () => {
    const text =
      "Mira Sol is running for the leadership of the Labour Party. The former deputy leader Tom Vale said he backs Sol, " +
      "and deputy leader Ana Ruiz, who keeps her job, agreed.";
    const out = candidates(text);
    expect(out.some((c) => c.includes("deputy-leader"))).toBe(false);
  });
});

describe("a post named by its title after a word for a post", () => {
  it("reads 'for the position of <title>' as that post of the organization named", () => {
    const text = "JOHANNESBURG — The Democratic Alliance meets this weekend. Ana Ruiz is up against the party's interim leader Tom Vale for the position of federal leader.";
    expect(candidates(text)).toEqual(expect.arrayContaining(["person:ana-ruiz post:leader-of-the-democratic-alliance", "person:tom-vale post:leader-of-the-democratic-alliance"]));
  });

  it("reads the post of a body's second office named by its title", () => {
    const text = "Branches of the ANC met on Sunday. Mira Sol wants the ANC presidency, and Tom Vale is running for the position of secretary general.";
    expect(candidates(text)).toContain("person:tom-vale post:secretary-general-of-the-african-national-congress");
  });

  it("reads no post from a title the organizations named do not have", () => {
    const text = "The Democratic Alliance meets this weekend. Ana Ruiz applied for the position of finance officer.";
    expect(candidates(text).some((c) => c.startsWith("person:ana-ruiz"))).toBe(false);
  });
});

describe("a post found by its shape, put in play in its own sentence", () => {
  it("is the post of the race told in that sentence, not the article's", () => {
    const text =
      "The Freedom Union picks its leader on Saturday, and Ana Ruiz is running for the leadership of the Freedom Union. " +
      "The Freedom Union Federal Council chair is a race between Tom Hart and Mira Sol.";
    const out = candidates(text);
    expect(out.filter((c) => c.startsWith("person:tom-hart"))).toEqual(["person:tom-hart post:chair-of-the-freedom-union-federal-council"]);
    expect(out).toContain("person:ana-ruiz post:leader-of-the-freedom-union");
  });
});
