import { findMentions } from "../mentions.js";
import { ORGANIZATIONS, postNameVariants } from "./organizations.js";

/** The posts found in `text`, as names. */
function posts(text: string): string[] {
  return [...new Set(findMentions(text).filter((m) => m.type === "Post").map((m) => m.name))];
}

describe("international bodies and their head posts", () => {
  it("lists each body once, so its names and posts live in one entry", () => {
    const slugs = ORGANIZATIONS.map((o) => o.slug);
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
  });

  it("reads the head posts of UN offices, courts, European and regional bodies and development banks", () => {
    expect(posts("Ana Ruiz is the front-runner to become the next UN High Commissioner for Human Rights.")).toEqual(["UN High Commissioner for Human Rights"]);
    expect(posts("Tom Vale was elected president of the Eurogroup on Monday.")).toEqual(["Eurogroup President"]);
    expect(posts("Freedonia nominated Ana Ruiz for a seat on the International Tribunal for the Law of the Sea.")).toEqual(["Judge of the International Tribunal for the Law of the Sea"]);
    expect(posts("Tom Vale is running for the presidency of the Islamic Development Bank.")).toEqual(["IsDB President"]);
    expect(posts("Ana Ruiz wants to succeed him as UNCTAD Secretary-General.")).toEqual(["UNCTAD Secretary-General"]);
    expect(posts("The SADC summit backed Tom Vale for SADC Executive Secretary.")).toEqual(["SADC Executive Secretary"]);
  });

  it("reads sport's federations by name, their presidencies by shape where a text puts them in play", () => {
    expect(findMentions("Ana Ruiz backed the International Judo Federation and World Rugby.").filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["International Judo Federation", "World Rugby"]);
    expect(posts("Tom Vale won the race for the presidency of the International Judo Federation.")).toEqual(["President of the International Judo Federation"]);
  });

  it("reads a post written as someone's office, before or after their name, as no race", () => {
    expect(posts("Eurogroup President Ana Ruiz backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the Eurogroup president, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, a former UNCTAD Secretary-General, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the Eurogroup presidency candidate, backed Tom Vale.")).toEqual(["Eurogroup President"]);
  });

  it("keeps the court of the cricket council apart from the criminal court", () => {
    expect(findMentions("The International Cricket Council met the ICC prosecutor.").filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["International Cricket Council", "International Criminal Court"]);
  });
});

describe("parliaments known by their own names", () => {
  it("reads them as organizations, not people", () => {
    const found = findMentions("The Bundestag and the Knesset voted, the Seimas backed Ana Ruiz and the Verkhovna Rada met.");
    expect(found.filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["Bundestag", "Knesset", "Seimas of Lithuania", "Verkhovna Rada"]);
    expect(found.filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Ana Ruiz"]);
  });
});

describe("unions, campaigning groups and movements named by one word", () => {
  it("reads them as organizations, not people", () => {
    const found = findMentions("Unite, Unison and Oxfam backed Ana Ruiz, while Hamas and Syriza criticised Tom Vale.");
    expect(found.filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["Unite", "Unison", "Oxfam", "Hamas", "Syriza"]);
    expect(found.filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Ana Ruiz", "Tom Vale"]);
  });
});

describe("other names of a lexicon post", () => {
  const variants = (slug: string) => {
    const org = ORGANIZATIONS.find((o) => o.slug === slug)!;
    return postNameVariants(org, 0);
  };

  it("writes a post by acronym and title, and by title and full name", () => {
    expect(variants("fifa")).toContain("President of FIFA");
    expect(variants("ioc")).toEqual(expect.arrayContaining(["President of the International Olympic Committee", "International Olympic Committee President"]));
    expect(variants("who")).toEqual(expect.arrayContaining(["Director-General of the World Health Organization", "WHO Director General"]));
    expect(variants("anc")).toEqual(expect.arrayContaining(["ANC President"]));
    expect(variants("cdu")).toContain("Leader of the Christian Democratic Union");
  });

  it("gives a post found in a text its other names as aliases", () => {
    const post = findMentions("Ana Ruiz is running for president of the International Olympic Committee.").find((m) => m.type === "Post");
    expect(post?.name).toBe("IOC President");
    expect(post?.aliases).toContain("President of the International Olympic Committee");
  });

  it("gives no other names where the post's name holds no title of it", () => {
    expect(variants("ohchr")).toEqual([]);
  });
});

describe("more international bodies and their heads", () => {
  it("reads the head of a regional body or bank as that body's post", () => {
    const post = (text: string) => findMentions(text).find((m) => m.type === "Post")?.name;
    expect(post("Tom Vale is running to become Director General of the Organisation of Eastern Caribbean States.")).toBe("OECS Director General");
    expect(post("Ana Ruiz was named General Manager of the Bank for International Settlements.")).toBe("BIS General Manager");
    expect(post("The Pan American Health Organization Director will be elected in September, and Tom Vale is a candidate.")).toBe("PAHO Director");
  });
});

describe("unions and party affiliates", () => {
  it("reads unions and affiliated groups by name or acronym", () => {
    const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs("The CWU and Usdaw nominated Ana Ruiz, while the FBU backed Tom Vale.")).toEqual(["Communication Workers Union", "Usdaw", "Fire Brigades Union"]);
    expect(orgs("NUMSA and the SACP endorsed Tom Vale; the ANC Youth League backed Ana Ruiz.")).toEqual(["NUMSA", "South African Communist Party", "ANC Youth League"]);
    expect(orgs("The AWU and the CFMEU split over Ana Ruiz.")).toEqual(["Australian Workers' Union", "CFMEU"]);
  });
});

describe("a post named by a title written in lower case", () => {
  it("reads the UN's high commissioners as their posts when the title is not before a name", () => {
    const post = (text: string) => findMentions(text).find((m) => m.type === "Post")?.name;
    expect(post("The assembly endorsed Ana Ruiz as the next U.N. high commissioner for human rights on Friday.")).toBe("UN High Commissioner for Human Rights");
    expect(post("Tom Vale wants to be the next high commissioner for refugees.")).toBe("UN High Commissioner for Refugees");
  });
});

