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

describe("outlets named by one ordinary word", () => {
  const found = (text: string) => findMentions(text).filter((m) => m.type !== "Post").map((m) => `${m.type}:${m.name}`);

  it("reads them as outlets where the text writes them as one", () => {
    expect(found("Ana Ruiz told The Australian that she would run.")).toEqual(["Person:Ana Ruiz", "Media:The Australian"]);
    expect(found("The Guardian reported that Tom Vale backed her.")).toEqual(["Media:The Guardian", "Person:Tom Vale"]);
    expect(found("Tom Vale told the Nation on Monday, and Bloomberg reported it.")).toEqual(["Person:Tom Vale", "Media:Nation", "Media:Bloomberg"]);
  });

  it("reads no outlet inside a person's name or before a noun it qualifies", () => {
    expect(found("Dawn Bowden and Fiona Hill backed Ana Ruiz.")).toEqual(["Person:Dawn Bowden", "Person:Fiona Hill", "Person:Ana Ruiz"]);
    expect(found("The Australian government and Australian officials backed Tom Vale.")).toEqual(["Country:Australia", "Country:Australia", "Person:Tom Vale"]);
    expect(found("Independent MP Ana Ruiz endorsed Mike Bloomberg.")).toEqual(["Person:Ana Ruiz", "Person:Mike Bloomberg"]);
  });
});

describe("outlets of sports and international politics, tabloids and regional broadcasters", () => {
  it("reads them as outlets, not as people", () => {
    const text = "Tom Vale told PassBlue and Inside the Games he would run, Mediapart reported, and Ana Ruiz spoke to SwimSwam.";
    expect(outlets(text)).toEqual(["PassBlue", "Inside the Games", "Mediapart", "SwimSwam"]);
    expect(findMentions(text).filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(outlets("It was first reported by The Sun and Citizen TV; Kyodo News and the Bangkok Post followed.")).toEqual(["The Sun", "Citizen TV", "Kyodo News", "Bangkok Post"]);
  });

  it("keeps a surname that is an outlet's word a person's", () => {
    expect(findMentions("Sun Chunlan met Tom Vale on Monday.").filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Sun Chunlan", "Tom Vale"]);
  });
});
