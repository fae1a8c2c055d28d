import { analyzeText } from "./index.js";

function postNames(text: string): string[][] {
  return [...analyzeText(text).entities.values()].filter((e) => e.type === "Post").map((e) => [e.name, ...e.aliases]);
}

describe("the article's post by its organization", () => {
  it("carries the post's other names, as a post the text names does", () => {
    const texts = [
      "Members of the SPD began voting on Friday. The SPD has never held such a ballot. Mira Sol is the favourite in the race.",
      "The SPD will announce the winner on Saturday. Tom Hart, who leads the SPD in Hesse, said the contest had been fair.",
    ];
    for (const text of texts) {
      const posts = postNames(text);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toEqual(expect.arrayContaining(["SPD Leader", "Leader of the SPD"]));
    }
  });
});
