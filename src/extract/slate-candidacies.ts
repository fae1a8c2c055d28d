/**
 * A slate: several people each put with a post of their own in one list, "supports A as deputy
 * president, B for national chairperson and C for secretary-general", "the council will appoint A
 * as secretary general; B as director". Each person is a candidate for the post named right after
 * them, not for the article's post: in an article about several posts, each has its own candidates.
 */
import { mentionsIn } from "./clauses.js";
import type { RaceStatement } from "./race-statements.js";
import { ITEM_LEAD } from "./slate-posts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** Cheap literal test: every item holds one of these words. */
const CUE = /\s(?:for|as)\s/;
/** Between one item's post and the next name: a list's comma, semicolon or "and", and a short title of the next person. */
const ITEM_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*)\s+){0,3}$/u;

/** The post mention that opens right at `at` (after the item's lead), if any. */
function postAt(posts: readonly Mention[], at: number): Mention | undefined {
  return posts.find((m) => m.start === at);
}

/**
 * The people of slates in `sentence`: runs of two or more items "<person> for/as <post>", with
 * different posts, joined by commas, semicolons or "and". Each statement needs its post.
 */
export function slateStatements(analysis: Analysis, sentence: Sentence): RaceStatement[] {
  const { text } = analysis;
  if (!CUE.test(text.slice(sentence.start, sentence.end))) return [];
  const mentions = mentionsIn(analysis, sentence.start, sentence.end);
  const posts = mentions.filter((m) => m.type === "Post");
  if (posts.length < 2) return [];
  const people = mentions.filter((m) => m.type === "Person" && !m.modifier);
  // Each person followed by "for/as <post>": an item, with where its post ends.
  const items: { person: Mention; post: Mention; after: number }[] = [];
  for (const p of people) {
    const lead = ITEM_LEAD.exec(text.slice(p.end, Math.min(sentence.end, p.end + 40)));
    const post = lead ? postAt(posts, p.end + lead[0].length) : undefined;
    if (post) items.push({ person: p, post, after: p.end });
  }
  const out: RaceStatement[] = [];
  let run: typeof items = [];
  const flush = () => {
    if (run.length >= 2 && new Set(run.map((i) => i.post.entity)).size >= 2)
      for (const i of run) out.push({ person: i.person, after: i.after, start: i.person.extendedStart, end: i.post.end, rule: "candidacy.slate", confidence: 0.7, needsPost: true });
    run = [];
  };
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && !ITEM_GAP.test(text.slice(last.post.end, item.person.extendedStart))) flush();
    run.push(item);
  }
  flush();
  return out;
}
