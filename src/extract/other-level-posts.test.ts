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
