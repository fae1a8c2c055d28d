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
const TITLES = String.raw`(?:[Ee]xecutive (?:[Bb]oard|[Cc]ommittee|[Cc]ouncil)|[Bb]oard of (?:[Ee]xecutive [Dd]irectors|[Dd]irectors|[Gg]overnors)|[Gg]overning (?:[Bb]ody|[Bb]oard|[Cc]ouncil)|[Gg]eneral [Cc]onference|[Cc]ouncil|[Cc]ongress|[Bb]oard)`;
/** After the organization: "UNESCO's Executive Board", "IMF board", "UNESCO's 58-member Executive Board" (tried at the organization's end). */
const BODY_AFTER_ORG = new RegExp(String.raw`(?:['’]s)?\s(?:\d+-member\s)?(${TITLES})(?![\p{L}\p{M}'’-])`, "uy");
/** Before the organization: "the executive board of UNESCO" (tried on the words ending at the organization's start). */
const BODY_BEFORE_ORG = new RegExp(String.raw`(?<![\p{L}\p{M}])(${TITLES})\sof\s(?:the\s)?$`, "u");

/** The first letters of `TITLES`, and the digits of "58-member". */
const BODY_AFTER_SECOND = /[EeBbGgCc0-9]/;

/**
 * Whether `BODY_AFTER_ORG` may match at `end`: after an optional "'s" and one space, a title's
 * first letter or a digit.
 */
function mayNameBodyAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const at = (c === 0x27 || c === 0x2019) && text.charCodeAt(end + 1) === 0x73 ? end + 3 : end + 1;
  return at < text.length && BODY_AFTER_SECOND.test(text[at]!);
}

/** Whether " of " (which `BODY_BEFORE_ORG` needs) lies in the 48 characters before `start`. */
function ofBefore(text: string, start: number): boolean {
  // Only the window is read: a search back from `start` would cross the whole text wherever " of " is absent.
  return text.slice(Math.max(0, start - 48), start).includes(" of ");
}

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
  const orgs = known.filter((m) => m.type === "Organization" && m.org !== undefined);
  if (orgs.length === 0) return all;
  const bodies: RawMention[] = [];
  // Only the words beside a known organization are read: a body is named through one.
  for (const org of orgs) {
    const afterPossible = mayNameBodyAfter(text, org.end);
    if (!afterPossible && !ofBefore(text, org.start)) continue;
    const entry = entryOf(org.org!);
    // "the UN agency's executive board": a description of the organization names no body of a known one.
    if (!entry || !entry.names.includes(text.slice(org.start, org.end).replace(/^the\s+/i, ""))) continue;
    BODY_AFTER_ORG.lastIndex = org.end;
    const after = afterPossible ? BODY_AFTER_ORG.exec(text) : null;
    const before = after ? null : ofBefore(text, org.start) ? BODY_BEFORE_ORG.exec(text.slice(Math.max(0, org.start - 48), org.start)) : null;
    if (!after && !before) continue;
    const title = titleCase((after ?? before)![1]!);
    const start = after ? org.start : org.start - before![0].length;
    const end = after ? org.end + after[0].length : org.end;
    const titleStart = after ? end - after[1]!.length : start;
    const titleEnd = titleStart + title.length;
    // A body word inside a longer known name ("UN Security Council", "Indian National Congress") is that name's;
    // a run of capitalized words read as a name of its own ("Board of Governors") gives way.
    if (all.some((m) => m !== org && m.start < titleEnd && m.end > titleStart && m.type !== "Post" && !(m.type === "Organization" && m.org === undefined && m.start >= titleStart && m.end <= titleEnd))) continue;
    const name = `${shortName(text, entry, text.slice(org.start, org.end).replace(/^the\s+/i, ""))} ${title}`;
    const written = text.slice(start, end).replace(/\s+/g, " ");
    const aliases = [...new Set([written, `${entry.name} ${title}`])].filter((a) => a !== name);
    bodies.push({ type: "Organization", form: "name", name, start, end, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  if (bodies.length === 0) return all;
  const inside = (m: RawMention) => m.type !== "Post" && bodies.some((x) => m.start >= x.start && m.end <= x.end);
  return [...all.filter((m) => !inside(m)), ...bodies].sort((x, y) => x.start - y.start || y.end - x.end);
}
