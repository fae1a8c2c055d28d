/**
 * Which sentences a subject pronoun may not look back into for its referent. A caption, a photo
 * credit or a subheading ("Beck stepped down", "Kovac and Lind at the rally Getty Images") is a
 * line of its own without a sentence's closing punctuation: it interrupts the story, and "he said"
 * after it still means the person of the story's last sentence. A line that only names someone
 * ("Anna Kovac of Ruritania") is a section's heading instead, and is read. A sentence that lies wholly
 * inside a quotation names the people the speaker talks about, not the speaker: "“Lind is a good
 * friend.” He warned ..." is about whoever was quoted, found before the quotation.
 */
import type { Analysis, Sentence } from "./types.js";

/** How a real sentence ends: its punctuation, perhaps inside a closing quotation mark or bracket. */
const CLOSED = /[.!?…:;]["”’'»)\]]*$|["”»]$/u;

/** A line this long is prose, not a caption. */
const CAPTION_MAX = 160;

/**
 * Whether `s` is a caption, credit or subheading: the whole of its paragraph, short, and not
 * closed by a sentence's punctuation.
 */
function isCaptionLine(analysis: Analysis, s: Sentence): boolean {
  const p = analysis.paragraphs[s.paragraph];
  if (!p) return false;
  const line = analysis.text.slice(s.start, s.end).trimEnd();
  if (line.length > CAPTION_MAX || CLOSED.test(line)) return false;
  return analysis.text.slice(p.start, s.start).trim() === "" && analysis.text.slice(s.end, p.end).trim() === "";
}

/** Whether `s` lies wholly inside one quotation (opening mark to closing mark). */
function isQuotedSentence(analysis: Analysis, s: Sentence): boolean {
  const { quotes, text } = analysis;
  const start = s.start + (text.slice(s.start, s.end).length - text.slice(s.start, s.end).trimStart().length);
  // Quotations are few; a linear pass over them is cheaper than the pronoun search it guards.
  for (const q of quotes) {
    if (q.start > start) break;
    if (q.start <= start && s.end <= q.end + 1) return q.closed || continuedQuotation(analysis, q.lastParagraph);
  }
  return false;
}

/**
 * Whether the paragraph after `paragraph` opens with a quotation mark: a quotation left open at a
 * paragraph's end goes on there, by the convention of quotations over several paragraphs. A mark
 * opened and never closed otherwise is a stray one, and the text after it is no quotation.
 */
function continuedQuotation(analysis: Analysis, paragraph: number): boolean {
  const next = analysis.paragraphs[paragraph + 1];
  return next !== undefined && /^\s*["“«]/.test(analysis.text.slice(next.start, next.start + 8));
}

/**
 * Whether a pronoun looking back for its referent passes over sentence `s` without counting it:
 * a caption line, or a sentence wholly quoted.
 *
 * @param analysis the article's analysis (its paragraphs and quotation spans)
 * @param s a sentence before the pronoun's own
 */
export function passedOverByPronoun(analysis: Analysis, s: Sentence): boolean {
  if (isQuotedSentence(analysis, s)) return true;
  if (!isCaptionLine(analysis, s)) return false;
  // A line that only names ("Anna Kovac of Ruritania") heads a section about that person, unless a
  // caption follows it (a picture's name and its caption).
  if (CLAUSE_WORD.test(analysis.text.slice(s.start, s.end))) return true;
  const next = analysis.sentences[s.index + 1];
  return next !== undefined && isCaptionLine(analysis, next) && CLAUSE_WORD.test(analysis.text.slice(next.start, next.end));
}

/** A lowercase word other than the particles of names and places: the line says something, it does not only name. */
const CLAUSE_WORD = /(?:^|\s)(?!(?:of|the|and|de|del|da|di|du|la|le|van|von|der|den|al|el|bin|ibn)\s)\p{Ll}/u;
