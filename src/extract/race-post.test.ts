import { mainPost } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { insideLongerPost, namedInPlay, racePostWeight } from "./race-post.js";

/** The span of `words` in `text`. */
function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe("a post named in race context", () => {
  it("reads a goal, a race or a candidacy right before the post", () => {
    for (const [text, post] of [
      ["The race for the next Director-General of Ruritania opens.", "Director-General"],
      ["Ana Ruiz launched her bid to become Secretary-General on Monday.", "Secretary-General"],
      ["Tom Vale is running to be the Senate Republican leader.", "Senate Republican leader"],
      ["Mira Sol was elected as the new party leader.", "party leader"],
      ["Ivo Dane hopes to succeed Ana Ruiz as Chair of the Board.", "Chair of the Board"],
      ["Tom Vale is challenging Ana Ruiz for the Senate Republican leadership.", "Senate Republican leadership"],
    ]) expect(namedInPlay(text!, spanOf(text!, post!))).toBe(true);
  });

  it("reads a race word right after the post", () => {
    const text = "The Secretary-General race is tight.";
    expect(namedInPlay(text, spanOf(text, "Secretary-General"))).toBe(true);
  });

  it("leaves a post named in passing, as a title or as an office held", () => {
    for (const [text, post] of [
      ["Speaker Ana Ruiz said the vote would wait.", "Speaker"],
      ["The Secretary-General met Tom Vale on Monday.", "Secretary-General"],
      ["Mira Sol, who served as party leader, backed him.", "party leader"],
    ]) expect(namedInPlay(text!, spanOf(text!, post!))).toBe(false);
  });

  it("weighs a post named in play double", () => {
    const text = "Ana Ruiz is vying for the presidency. The presidency is vacant.";
    expect(racePostWeight(text, { start: 26, end: 36 })).toBe(2);
    expect(racePostWeight(text, { start: text.lastIndexOf("presidency"), end: text.lastIndexOf("presidency") + 10 })).toBe(1);
  });
});

describe("a post inside a longer post's name", () => {
  it("is found beside the longer post, before or after it in the list", () => {
    const longer = { type: "Post", entity: "post:a", start: 10, end: 30 };
    const shorter = { type: "Post", entity: "post:b", start: 10, end: 22 };
    expect(insideLongerPost([longer, shorter], 1)).toBe(true);
    expect(insideLongerPost([shorter, longer], 0)).toBe(true);
    expect(insideLongerPost([shorter, longer], 1)).toBe(false);
    expect(insideLongerPost([shorter, { ...longer, entity: "post:b" }], 0)).toBe(false);
  });
});

describe("the article's post", () => {
  it("prefers the post named in race context over one named as often in passing", () => {
    const analysis = analyzeText("The Speaker of the House met donors on Monday. Ana Ruiz launched a bid to become the Senate Republican leader.");
    expect(mainPost(analysis)?.entity).toBe("post:senate-republican-leader");
  });

  it("reads a headline's post that a byline follows as named, not as the byline's title", () => {
    const analysis = analyzeText(
      "Ana Ruiz Challenges Tom Vale for Senate Republican Leadership\n\nMira Sol\n\nAna Ruiz said on Monday she would challenge Tom Vale. The Speaker of the House, Ivo Dane, said nothing. Later the Speaker of the House left.",
    );
    expect(mainPost(analysis)?.entity).toBe("post:senate-republican-leader");
  });

  it("does not count a post read inside a longer post's name", () => {
    const analysis = analyzeText("The race for the next leader of UN Women is under way. The UN Secretary-General will decide soon. The UN Secretary-General met Ana Ruiz and Tom Vale on Monday.");
    expect(mainPost(analysis)?.entity).toBe("post:un-women-executive-director");
  });
});
