/**
 * Stage 8: when things happened. Each sentence gets the date it speaks of, or null.
 *
 * Read: "on March 6", "March 6, 2024", "6 March", "February 21 of this year", "on Thursday" (the
 * last such weekday on or before publication), "yesterday", "today", "the next day", "the day
 * before", "two days later" (relative to the last date read). A month without a day ("in July
 * 2023", "last month") dates nothing but ends the previous time frame. A sentence without a date
 * keeps the date of the previous sentences, for at most two paragraphs.
 *
 * Without a publication date only dates with a year are read.
 */
import { JoinedSentences } from "./joined-sentences.js";
import type { Sentence } from "./types.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Every form opens with a word boundary, checked once before them all. Searched over the joined
// sentences (see joined-sentences.ts): it reads no ";", no wildcard, anchor or lookbehind.
const DATE = new RegExp(
  `\\b(?:${[
    `(?<md>${MONTH_ALT})\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdYear>\\d{4})|\\s+of\\s+(?<mdRel>this|last|next)\\s+year)?\\b`,
    `(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dm>${MONTH_ALT})(?:,?\\s+(?<dmYear>\\d{4})|\\s+of\\s+(?<dmRel>this|last|next)\\s+year)?\\b`,
    `(?<iso>\\d{4}-\\d{2}-\\d{2})\\b`,
    `(?:on\\s+|last\\s+|this\\s+|since\\s+|until\\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
    `(?<yesterday>yesterday|the\\s+day\\s+before(?!\\s+yesterday))\\b`,
    `(?<today>today|this\\s+morning|this\\s+afternoon|this\\s+evening|tonight)\\b`,
    `(?<next>the\\s+next\\s+day|the\\s+following\\s+day|a\\s+day\\s+later|the\\s+day\\s+after)\\b`,
    `(?<countN>a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+days?\\s+(?<countDir>later|earlier|before|after|ago)\\b`,
    `(?:in|since|by|until|during|last|this|next|earlier\\s+this|later\\s+this)\\s+(?<frame>(?:${MONTH_ALT})(?:\\s+\\d{4})?|month|week|year|spring|summer|autumn|fall|winter)\\b`,
  ].join("|")})`,
  "gi",
);


function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

function monthDay(month: number, day: number, year: number | null, rel: string | undefined, published: Date | null): Date | null {
  let y = year;
  if (y === null) {
    if (!published) return null;
    y = published.getUTCFullYear() + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
    const candidate = new Date(Date.UTC(y, month, day));
    // Without a year, a date well after publication is last year's.
    if (!rel && candidate.getTime() - published.getTime() > 7 * 86_400_000) y -= 1;
  }
  const d = new Date(Date.UTC(y, month, day));
  return d.getUTCDate() === day ? d : null;
}

/** The date (YYYY-MM-DD or null) each sentence speaks of, indexed like `sentences`. */
export function sentenceDates(text: string, sentences: readonly Sentence[], publishedAt: string | null | undefined): (string | null)[] {
  const published = publishedAt ? parseIso(publishedAt) : null;
  const out: (string | null)[] = [];
  let current: Date | null = null;
  let currentParagraph = -1;
  let formatted: Date | null = null;
  let isoText: string | null = null;
  // The date forms of every sentence, found in one search.
  const found = new JoinedSentences(
    sentences.length,
    sentences.map((s) => text.slice(s.start, s.end)),
    sentences.map(() => true),
  ).matches(DATE);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (current && s.paragraph - currentParagraph > 2) current = null;
    let own: Date | null = null;
    let framed = false;
    for (const m of found[i]!) {
      const g = m.groups ?? {};
      let d: Date | null = null;
      // "may" and "march" are also ordinary words: month names count only capitalized.
      const monthWord = g.md ?? g.dm ?? (g.frame && /^[a-z]/i.test(g.frame) && monthIndex(g.frame) >= 0 && !/^(?:month|week|year|spring|summer|autumn|fall|winter)$/i.test(g.frame) ? g.frame : undefined);
      if (monthWord && !/^\p{Lu}/u.test(monthWord)) continue;
      if (g.md) d = monthDay(monthIndex(g.md), Number(g.mdDay), g.mdYear ? Number(g.mdYear) : null, g.mdRel, published);
      else if (g.dm) d = monthDay(monthIndex(g.dm), Number(g.dmDay), g.dmYear ? Number(g.dmYear) : null, g.dmRel, published);
      else if (g.iso) d = parseIso(g.iso);
      else if (g.weekday && published) {
        const target = WEEKDAYS.indexOf(g.weekday.toLowerCase());
        const back = (published.getUTCDay() - target + 7) % 7;
        d = addDays(published, -back);
      } else if (g.yesterday) d = g.yesterday.toLowerCase() === "yesterday" ? (published ? addDays(published, -1) : null) : current ? addDays(current, -1) : null;
      else if (g.today) d = published;
      else if (g.next) d = current ? addDays(current, 1) : null;
      else if (g.countN) {
        const n = NUMBERS[g.countN.toLowerCase()] ?? Number(g.countN);
        const dir = g.countDir!.toLowerCase();
        if (dir === "ago") d = published ? addDays(published, -n) : null;
        else d = current ? addDays(current, dir === "later" || dir === "after" ? n : -n) : null;
      } else if (g.frame) {
        framed = true;
        continue;
      }
      if (d && !own) own = d;
    }
    if (own) {
      current = own;
      currentParagraph = s.paragraph;
    } else if (framed) {
      current = null;
    }
    // The sentence's own date is now `current`; most sentences inherit it: one Date, formatted once.
    if (current !== formatted) isoText = current ? toIso(current) : null;
    formatted = current;
    out.push(isoText);
  }
  return out;
}
