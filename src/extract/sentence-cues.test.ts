import { analyzeText } from "./index.js";
import { sentenceCues } from "./sentence-cues.js";

describe("cue words found once per article", () => {
  it("gives each sentence the union of the flags of the cue words it holds", () => {
    const analysis = analyzeText("Anna Kovac beat her rival. Lena Lund spoke. Olaf Olsen lost to a rival.");
    const cues = /beat|lost|rival/g;
    const flagOf = (w: string) => (w === "rival" ? 2 : 1);
    expect(sentenceCues(analysis, cues, flagOf)).toEqual([3, 0, 3]);
  });

  it("reads the text once per article and pattern", () => {
    const analysis = analyzeText("Anna Kovac beat Lena Lund. Olaf Olsen spoke.");
    const cues = /beat/g;
    let calls = 0;
    const flagOf = () => ++calls;
    sentenceCues(analysis, cues, flagOf);
    expect(sentenceCues(analysis, cues, flagOf)).toEqual([1, 0]);
    expect(calls).toBe(1);
  });
});
