/**
 * The presiding office of a legislature, named by its shape rather than from the lexicon:
 * "Speaker of the House", "the House speakership", "Commons Speaker", "speaker of the National
 * Assembly". Once an article names such a post, its bare forms ("the speakership", "elected
 * speaker", "his bid for speaker") name it too.
 */
import type { RawMention } from "./types.js";

/** Legislatures by the words that name them; the first group is the US House, whose post is "Speaker of the House". */
const CHAMBER = String.raw`House(?:\s+of\s+(?:Representatives|Commons|Lords|Assembly|Delegates))?|(?:National\s+|Legislative\s+|General\s+|State\s+)?Assembly|Parliament|Senate|Knesset|Bundestag|Duma|Sejm|Storting|Riksdag|Dáil|Lok\s+Sabha|Rajya\s+Sabha`;

const CALENDAR = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)";

/**
 * "Speaker of the House", "House speaker(ship)", "Commons Speaker". A title right before a
 * person's name ("House Speaker Nancy Pelosi") is that person's title, not a post in play.
 */
const SPEAKER_POST = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ss]peaker(?:ship)?\s+of\s+the\s+(${CHAMBER})|(?:the\s+)?(House|Commons|(?:National\s+|Legislative\s+|General\s+|State\s+)?Assembly|Parliament|Senate)(?:['’]s)?\s+[Ss]peaker(ship)?)(?![\p{L}])(?!,?\s+(?!${CALENDAR}\b)(?:\p{Lu}\.\s*)?\p{Lu}\p{Ll})`,
  "gu",
);

/** The bare forms, read only in an article that names the post by {@link SPEAKER_POST}. */
const BARE_SPEAKER = /(?<![\p{L}])(?:the\s+speakership|speakership|(?<=(?:for|as|become|becomes|became|becoming|elected|elect|be)\s+)[Ss]peaker(?![\p{L}’'-])(?!\s+(?:\p{Lu}|of\b))|the\s+speaker['’]s\s+gavel|[Ss]peaker(?:ship)?\s+(?:election|vote|race|bid|contest|fight|battle|ballot))(?![\p{L}-])/gu;

/** "the House", "House Republicans": the US House of Representatives. */
const US_HOUSE = /\bthe\s+House\b(?!\s+of\s+(?:Commons|Lords))|\bHouse\s+(?:Republicans|Democrats|GOP|floor|majority|minority|Freedom\s+Caucus)\b/;

/** The post's canonical name: the US House's is "Speaker of the House". */
function speakerOf(chamber: string): string {
  const c = chamber.replace(/\s+/g, " ");
  if (c === "House" || c === "House of Representatives") return "Speaker of the House";
  if (c === "Commons") return "Speaker of the House of Commons";
  return `Speaker of the ${c}`;
}

/** Legislature speakers named by shape, then by their bare forms when one post is named. */
export function legislaturePosts(text: string): RawMention[] {
  // Every form holds "speaker": most texts are passed over at once.
  if (!text.includes("peaker")) return [];
  const out: RawMention[] = [];
  SPEAKER_POST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEAKER_POST.exec(text)) !== null) {
    const chamber = m[1] ?? m[2]!;
    out.push({ type: "Post", form: "name", name: speakerOf(chamber), start: m.index, end: m.index + m[0].length });
  }
  const names = new Set(out.map((p) => p.name));
  // No post named by its shape: the bare forms name the US House's when the text speaks of "the House".
  if (names.size === 0 && US_HOUSE.test(text)) names.add("Speaker of the House");
  if (names.size !== 1) return out;
  const name = [...names][0]!;
  BARE_SPEAKER.lastIndex = 0;
  while ((m = BARE_SPEAKER.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((p) => p.start < end && p.end > start)) continue;
    out.push({ type: "Post", form: "generic", name, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A party's leader in a chamber: "Senate Republican leader", "the House Democratic leadership",
 * "Senate Majority Leader", "Republican leader in the Senate", "the GOP Senate leadership", "leader of the Senate Democrats". A title right before a person's
 * name ("Senate Majority Leader Ann Lee") is that person's title, not a post in play.
 */
const CHAMBER_LEADER = new RegExp(
  String.raw`\b(?:(Senate|House)\s+(Republican|Democratic|Democrat|GOP|[Mm]ajority|[Mm]inority)\s+[Ll]eader(?:ship)?|(Republican|Democratic|GOP|[Mm]ajority|[Mm]inority)\s+(?:[Ll]eader(?:ship)?\s+in\s+the\s+(Senate|House)|(Senate|House)\s+[Ll]eader(?:ship)?)|[Ll]eader(?:ship)?\s+of\s+the\s+(Senate|House)\s+(Republicans|Democrats|GOP))(?![\p{L}])(?!,?[ \t]+(?!${CALENDAR}\b)(?:\p{Lu}\.\s*)?\p{Lu}\p{Ll})`,
  "gu",
);

/** Chamber leaders named by shape ({@link CHAMBER_LEADER}). */
export function chamberLeaderPosts(text: string): RawMention[] {
  // Every form holds a chamber and "leader": most texts are passed over at once.
  if (!text.includes("eader") || (!text.includes("Senate") && !text.includes("House"))) return [];
  const out: RawMention[] = [];
  CHAMBER_LEADER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHAMBER_LEADER.exec(text)) !== null) {
    const chamber = m[1] ?? m[4] ?? m[5] ?? m[6]!;
    const side = (m[2] ?? m[3] ?? m[7]!).replace(/^(?:GOP|Republicans)$/, "Republican").replace(/^Democrats?$/, "Democratic");
    out.push({ type: "Post", form: "name", name: `${chamber} ${side[0]!.toUpperCase()}${side.slice(1)} Leader`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
