/**
 * The governing bodies of a known organization, which elect, nominate and shortlist in races for
 * its posts: "UNESCO's Executive Board", "the executive board of the IMF", "World Rugby Council",
 * "the FIFA Congress", "the AfDB Board of Governors". Each is an organization of its own, named
 * by the organization's short name and the body's title ("UNESCO Executive Board"), with the
 * phrase as written among its names; the organization's own mention inside the phrase is taken in.
 */
import { ORGANIZATIONS, type OrganizationEntry } from "./lexicon/organizations.js";
import type { RawMention } from "./types.js";

/** The titles of a governing body, in any case of their first letters. */
const BODY = /(?:[Ee]xecutive (?:[Bb]oard|[Cc]ommittee|[Cc]ouncil)|[Bb]oard of (?:[Ee]xecutive [Dd]irectors|[Dd]irectors|[Gg]overnors)|[Gg]overning (?:[Bb]ody|[Bb]oard|[Cc]ouncil)|[Gg]eneral [Cc]onference|[Cc]ouncil|[Cc]ongress|[Bb]oard)(?![\p{L}\p{M}'’-])/gu;
/** Between the organization and the body: "UNESCO's ", "IMF ", "UNESCO's 58-member ". */
const ORG_BEFORE = /^(?:['’]s)?\s(?:\d+-member\s)?$/;
/** Between the body and the organization: " of ", " of the ". */
const ORG_AFTER = /^\sof\s(?:the\s)?$/;
/** A cheap test that a text may name a body at all. */
const CUES = ["oard", "ouncil", "ongress", "ommittee", "onference", "overning"];

let entryBySlug: Map<string, OrganizationEntry> | undefined;

function entryOf(slug: string): OrganizationEntry | undefined {
  entryBySlug ??= new Map(ORGANIZATIONS.map((o) => [o.slug, o]));
  return entryBySlug.get(slug);
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,6}$/u;

/** "UNESCO", "IMF": the organization's short name the article writes, else its name as written here. */
function shortName(text: string, org: OrganizationEntry, written: string): string {
  if (ACRONYM.test(written)) return written;
  return org.names.find((n) => ACRONYM.test(n) && n.length <= 8 && text.includes(n)) ?? written;
}

function titleCase(words: string): string {
  return words.replace(/(^|\s)(\p{Ll})(?!f\s)/gu, (_, a: string, b: string) => a + b.toUpperCase()).replace(/ Of /g, " of ");
}

/**
 * The article's mentions with the governing bodies of its known organizations read: each body
 * becomes one organization mention, and the mentions inside its phrase are dropped.
 *
 * @param all the article's mentions
 * @param known the lexicon's mentions among them
 */
export function withGoverningBodies(text: string, known: readonly RawMention[], all: readonly RawMention[]): readonly RawMention[] {
  if (!CUES.some((c) => text.includes(c))) return all;
  const orgs = known.filter((m) => m.type === "Organization" && m.org !== undefined);
  if (orgs.length === 0) return all;
  const bodies: RawMention[] = [];
  BODY.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BODY.exec(text)) !== null) {
    const start = b.index;
    const end = start + b[0].length;
    // A word's end ("aboard", "Eurocouncil") is no body: the letter before is tested here, not by a look-behind tried at every offset.
    if (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) continue;
    // A body word inside a longer known name ("UN Security Council", "Indian National Congress") is that name's;
    // a run of capitalized words read as a name of its own ("Board of Governors") gives way.
    if (all.some((m) => m.start < end && m.end > start && m.type !== "Post" && !(m.type === "Organization" && m.org === undefined && m.start >= start && m.end <= end))) continue;
    const before = orgs.find((m) => m.end <= start && m.end >= start - 16 && ORG_BEFORE.test(text.slice(m.end, start)));
    const after = before ? undefined : orgs.find((m) => m.start >= end && m.start <= end + 9 && ORG_AFTER.test(text.slice(end, m.start)));
    const org = before ?? after;
    const entry = org && entryOf(org.org!);
    // "the UN agency's executive board": a description of the organization names no body of a known one.
    if (!org || !entry || !entry.names.includes(text.slice(org.start, org.end).replace(/^the\s+/i, ""))) continue;
    const title = titleCase(b[0]);
    const name = `${shortName(text, entry, text.slice(org.start, org.end).replace(/^the\s+/i, ""))} ${title}`;
    const from = Math.min(org.start, start);
    const to = Math.max(org.end, end);
    const written = text.slice(from, to).replace(/\s+/g, " ");
    const aliases = [...new Set([written, `${entry.name} ${title}`])].filter((a) => a !== name);
    bodies.push({ type: "Organization", form: "name", name, start: from, end: to, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  if (bodies.length === 0) return all;
  const inside = (m: RawMention) => m.type !== "Post" && bodies.some((x) => m.start >= x.start && m.end <= x.end);
  return [...all.filter((m) => !inside(m)), ...bodies].sort((x, y) => x.start - y.start || y.end - x.end);
}
