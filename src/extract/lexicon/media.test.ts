import { findMentions } from "../mentions.js";

function outlets(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Media").map((m) => m.name);
}

describe("news outlets of many countries", () => {
  it("reads national outlets by name", () => {
    expect(outlets("Ana Ruiz told The Globe and Mail she would run.")).toEqual(["The Globe and Mail"]);
    expect(outlets("According to the Korea Herald, Tom Vale has the votes.")).toEqual(["The Korea Herald"]);
    expect(outlets("Tom Vale spoke to RNZ and to the Daily Maverick.")).toEqual(["RNZ", "Daily Maverick"]);
    expect(outlets("Press Trust of India reported the vote.")).toEqual(["Press Trust of India"]);
  });
});
