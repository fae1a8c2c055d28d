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
    expect(posts("Ana Ruiz is a candidate for chair of the Eurogroup.")).toEqual(["Eurogroup President"]);
    expect(posts("Freedonia nominated Ana Ruiz for a seat on the International Tribunal for the Law of the Sea.")).toEqual(["Judge of the International Tribunal for the Law of the Sea"]);
    expect(posts("Tom Vale is running for the presidency of the Islamic Development Bank.")).toEqual(["IsDB President"]);
    expect(posts("Ana Ruiz wants to succeed him as UNCTAD Secretary-General.")).toEqual(["UNCTAD Secretary-General"]);
    expect(posts("The SADC summit backed Tom Vale for SADC Executive Secretary.")).toEqual(["SADC Executive Secretary"]);
    expect(posts("Ana Ruiz was elected IPU Secretary General on Friday.")).toEqual(["IPU Secretary General"]);
  });

  it("reads sport's federations by name and their presidencies", () => {
    expect(findMentions("Ana Ruiz backed the International Judo Federation and World Rugby.").filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["International Judo Federation", "World Rugby"]);
    expect(posts("Tom Vale won the race for the presidency of the International Judo Federation.")).toEqual(["IJF President"]);
    expect(posts("The race to be the next FIS president is wide open.")).toEqual(["FIS President"]);
    expect(posts("Ana Ruiz will stand for World Rugby chairman in May.")).toEqual(["World Rugby Chairman"]);
    expect(posts("Tom Vale is the only candidate for CONCACAF President.")).toEqual(["CONCACAF President"]);
    expect(posts("Ana Ruiz is running for president of the International Cycling Union.")).toEqual(["UCI President"]);
    expect(posts("Tom Vale wants to lead the International Ice Hockey Federation.")).toEqual(["IIHF President"]);
  });

  it("reads a federation's president said of a person as their office, not a race", () => {
    expect(posts("Ana Ruiz is president of the International Gymnastics Federation and Tom Vale is the president of World Athletics.")).toEqual([]);
    expect(posts("Ana Ruiz from Freedonia is president of FIBA.")).toEqual([]);
    expect(posts("Tom Vale of Ruritania was president of the UCI for a decade.")).toEqual([]);
    expect(posts("Ana Ruiz is running for president of FIBA.")).toEqual(["FIBA President"]);
  });

  it("reads a post written as someone's office, before or after their name, as no race", () => {
    expect(posts("Eurogroup President Ana Ruiz backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the Eurogroup president, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, a former UNCTAD Secretary-General, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the Eurogroup presidency candidate, backed Tom Vale.")).toEqual(["Eurogroup President"]);
    expect(posts("Tom Vale, the outgoing UNCTAD Secretary-General, backed Ana Ruiz.")).toEqual([]);
    expect(posts("Ana Ruiz, its longtime Eurogroup president, said she would stay.")).toEqual([]);
  });

  it("keeps the court of the cricket council apart from the criminal court", () => {
    expect(findMentions("The International Cricket Council met the ICC prosecutor.").filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["International Cricket Council", "International Criminal Court"]);
  });
});

describe("the African Union and its Commission", () => {
  const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);

  it("names the Commission apart from the Union, with one chair post for both", () => {
    expect(orgs("The African Union Commission and the AU backed Tom Vale; the AUC said so on Monday.")).toEqual(["African Union Commission", "African Union", "African Union Commission"]);
    expect(posts("Ana Ruiz is running for chairperson of the African Union Commission.")).toEqual(["Chairperson of the African Union Commission"]);
    expect(posts("Tom Vale wants to be the next AU Commission chair.")).toEqual(["Chairperson of the African Union Commission"]);
  });
});

describe("bodies named by what they do", () => {
  const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);

  it("reads wire copy's descriptions of UN bodies as those bodies", () => {
    expect(orgs("The UN health agency said on Monday that the U.N.'s refugee agency and the United Nations children's agency would help.")).toEqual(["World Health Organization", "UNHCR", "UNICEF"]);
    expect(orgs("Officials at the U.N. nuclear watchdog met the UN migration agency and the UN weather agency.")).toEqual(["International Atomic Energy Agency", "International Organization for Migration", "World Meteorological Organization"]);
    expect(orgs("The UN’s cultural agency and the UN aviation agency backed the plan.")).toEqual(["UNESCO", "International Civil Aviation Organization"]);
  });

  it("reads sport's and trade's governing bodies by description", () => {
    expect(orgs("World football's governing body and the global trade body both met in Geneva.")).toEqual(["FIFA", "World Trade Organization"]);
    expect(orgs("The chemical weapons watchdog and the International Criminal Police Organization issued a statement.")).toEqual(["OPCW", "Interpol"]);
  });

  it("names the head posts of bodies named by description", () => {
    expect(posts("Ana Ruiz was named the next head of the UN health agency.")).toEqual(["WHO Director-General"]);
    expect(posts("Tom Vale is running for director-general of the UN's cultural agency.")).toEqual(["UNESCO Director-General"]);
    expect(posts("The IAEA board picked Ana Ruiz as the next U.N. nuclear chief.")).toEqual(["IAEA Director General"]);
    expect(posts("Tom Vale hopes to succeed the UN refugee chief, the UNHCR said.")).toEqual(["UN High Commissioner for Refugees"]);
  });

  it("reads the head of a UN body named after the UN as that body's head, not the UN's", () => {
    expect(posts("Tom Vale is the US nominee for head of the UN's International Organization for Migration (IOM).")).toEqual(["IOM Director General"]);
    expect(posts("Ana Ruiz was picked to lead the United Nations' World Food Programme.")).not.toContain("UN Secretary-General");
    expect(posts("Ana Ruiz was picked as head of the UN in a vote on Monday.")).toEqual(["UN Secretary-General"]);
  });

  it("leaves a description two bodies share unread", () => {
    expect(orgs("The UN food agency said the harvest failed.")).toEqual(["United Nations"]);
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

  it("writes a party's post by the party's own short name or adjective and a holder's title", () => {
    const all = (slug: string) => {
      const org = ORGANIZATIONS.find((o) => o.slug === slug)!;
      return org.posts.flatMap((_, i) => postNameVariants(org, i));
    };
    expect(all("labour-party")).toEqual(expect.arrayContaining(["Labour Leader", "Labour Deputy Leader"]));
    expect(all("liberal-democrats")).toContain("Liberal Democrat Leader");
    expect(all("welsh-conservatives")).toEqual(expect.arrayContaining(["Welsh Conservative Leader", "Welsh Tory Leader"]));
    expect(all("spd")).toContain("SPD Chairman");
    expect(all("snp")).toContain("SNP Deputy Leader");
    // A word other parties share ("Liberal") names no post: it would identify no party.
    expect(all("liberal-party-of-australia")).not.toContain("Liberal Leader");
    expect(all("liberal-party-of-canada")).not.toContain("Liberal Leader");
    // The office or the race is no holder's title.
    expect(all("labour-party")).not.toContain("Labour Leadership");
  });

  it("gives a post found in a text its other names as aliases", () => {
    const post = findMentions("Ana Ruiz is running for president of the International Olympic Committee.").find((m) => m.type === "Post");
    expect(post?.name).toBe("IOC President");
    expect(post?.aliases).toContain("President of the International Olympic Committee");
  });

  it("writes a party named by its own words without 'the', and never a post after a description", () => {
    expect(variants("scottish-labour")).toContain("Leader of Scottish Labour");
    expect(variants("spd")).toEqual(expect.arrayContaining(["Leader of the SPD", "Leader of SPD"]));
    expect(variants("who").some((v) => /agency|body/.test(v))).toBe(false);
  });

  it("gives the post an article is about its other names, even where only 'the race' names it", () => {
    const text = "The SPD picked its leaders on Saturday. Ana Ruiz and Tom Vale won the race, and the SPD welcomed them.";
    const post = findMentions(text).find((m) => m.type === "Post");
    expect(post?.name).toBe("SPD Leader");
    expect(post?.aliases).toContain("Leader of the SPD");
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


describe("courts and coalitions of international life", () => {
  it("reads the sports court, the arbitration court and CEPI by name", () => {
    const found = findMentions("The Court of Arbitration for Sport, the Permanent Court of Arbitration and CEPI backed Ana Ruiz.").filter((m) => m.type === "Organization").map((m) => m.name);
    expect(found).toEqual(["Court of Arbitration for Sport", "Permanent Court of Arbitration", "CEPI"]);
  });
});
