import { highlight } from "./highlight";

describe("highlight", () => {
  it("splits the sentence around the evidence", () => {
    expect(highlight("At the same time, Hungary refused to support him.", "Hungary refused to support him")).toEqual({
      before: "At the same time, ",
      marked: "Hungary refused to support him",
      after: ".",
    });
  });
  it("marks from where the evidence starts when it runs past the sentence", () => {
    expect(highlight("He said: “we back Rutte for the post of", "we back Rutte for the post of Secretary General”")).toEqual({
      before: "He said: “",
      marked: "we back Rutte for the post of",
      after: "",
    });
  });
  it("marks nothing when the evidence is not in the sentence", () => {
    expect(highlight("Something else.", "Rutte")).toEqual({ before: "Something else.", marked: "", after: "" });
  });
});
