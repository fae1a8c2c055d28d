/**
 * A stance's object written as the candidate's title or office with no name ("will continue to
 * back the Foreign Secretary", "backing the port authority president", "to support the Ruritanian
 * candidate", "backed the home secretary's campaign"): newswire names the person the article is
 * about so once the name has been given, so the object is the article's focal candidate. Read only
 * where the title names no one else the article calls so, and never the post the race is for (its
 * holder is another person).
 */
import { mainPost } from "./candidacies.js";
import { mentionsIn } from "./clauses.js";
import { focalCandidate } from "./stance-described.js";
import type { Analysis, Sentence } from "./types.js";

/** The nouns of a title or an office that can stand for a person. */
const TITLE_NOUN = String.raw`(?:secretary|minister|president|chairman|chairwoman|chair|premier|senator|governor|mayor|MP|MSP|MEP|TD|AM|MLA|lawmaker|legislator|champion|candidate|nominee|deputy|envoy|ambassador|commissioner|director)`;

/**
 * "the", up to four words of the title (no function word, no verb), its noun, and an optional
 * candidacy noun after a possessive: "the Foreign Secretary", "the Ruritania's candidate", "the
 * home secretary's campaign".
 */
const TITLED = new RegExp(
  String.raw`^\s*(?:for\s+|to\s+|behind\s+)?the\s+((?:(?!(?:and|or|of|for|to|in|on|at|by|with|who|which|that|has|had|is|was|would|will)\s)[\p{L}’'-]+\s+){0,4}?${TITLE_NOUN})(?:['’]s\s+(?:campaign|bid|candidacy|candidature|nomination))?\b(?!['’-]|\s+(?:of|for)\b|\s*,?\s*\p{Lu})`,
  "u",
);

/** A cheap test before {@link TITLED}: the object opens on "the". */
const THE_AHEAD = /^\s*(?:for\s+|to\s+|behind\s+)?the\s/;

/** A participle with no auxiliary before it: "a list of ministers endorsing", a reduced relative whose head is no holder named. */
const BARE_PARTICIPLE = /(?<!\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{L}+ly\s+)?)\b\p{L}+ing$/u;

/**
 * The focal candidate, when the words at `at` (after the support verb that `verb` ends on, with
 * a few words before it) name a person by a title or an office only, and where those words end.
 */
export function titledFocal(analysis: Analysis, sentence: Sentence, at: number, exclude: readonly string[], verb: string): { entity: string; end: number } | null {
  const { text } = analysis;
  if (!THE_AHEAD.test(text.slice(at, at + 16)) || BARE_PARTICIPLE.test(verb)) return null;
  const titled = TITLED.exec(text.slice(at, Math.min(sentence.end, at + 90)));
  if (!titled) return null;
  const end = at + titled[0].length;
  const inside = mentionsIn(analysis, at, end);
  if (inside.some((m) => m.type === "Person")) return null;
  // "back the party president": the post in play is held by someone else, or by no one yet.
  const main = mainPost(analysis);
  if (main && inside.some((m) => m.type === "Post" && m.entity === main.entity)) return null;
  const focal = focalCandidate(analysis, exclude);
  if (!focal) return null;
  // "the Egyptian candidate": the country the title names must not be another one's.
  const country = inside.find((m) => m.type === "Country")?.entity;
  const person = analysis.entities.get(focal);
  if (country && person?.nationality && person.nationality !== country && !person.roles.some((r) => r.of === country)) return null;
  return { entity: focal, end };
}
