/**
 * An article's sentences joined for searches that run once over all of them rather than sentence
 * after sentence.
 *
 * A pattern searched sentence after sentence, between the other readers, leaves the processor's
 * caches each time; searched once over the joined sentences it stays in them. The sentences are
 * joined in two strings, the one-byte ones and the others, so that one-byte sentences keep the
 * smaller one-byte code of the pattern.
 *
 * The sentences are parted by {@link SENTENCE_GAP}. Only a pattern that never reads that character
 * may be searched here, and one that never matches the empty string: none of its character classes holds ";", and it has no wildcard, no anchor
 * and no lookbehind. Each of its matches then lies within one sentence and is the match the sentence
 * alone gives, since reading ";" fails where reading past the sentence's end fails, and ";" is no word
 * character, as the end is not.
 */

/** A pattern that matched the empty string would search the same place again for ever. */
function emptyMatch(pattern: RegExp): Error {
  return new Error(`the pattern ${pattern.source.slice(0, 60)} matched the empty string; joined sentences take only patterns that cannot`);
}

/** What stands between the joined sentences. */
export const SENTENCE_GAP = ";";

interface Joined {
  text: string;
  /** The sentences joined, by their index, and where each begins in `text`. */
  members: number[];
  bases: number[];
}

/**
 * Sentence cues searched together: their alternation once over the joined sentences, then each cue
 * alone on the sentences where the alternation matched (a sentence holds a match of the alternation
 * exactly when it holds one of some cue). Most sentences hold none of them, and one search of the
 * alternation costs less than a search of each.
 */
export class CueUnion<K extends string> {
  readonly union: RegExp;
  readonly cues: readonly (readonly [K, RegExp])[];

  /** Each cue may have the flags "g" and "u" only: the alternation is searched in Unicode mode, which changes nothing else for them. */
  constructor(cues: Readonly<Record<K, RegExp>>) {
    this.cues = (Object.keys(cues) as K[]).map((k) => {
      const cue = cues[k];
      if (/[^gu]/.test(cue.flags)) throw new Error(`the cue ${cue.source.slice(0, 60)} has flags other than g and u`);
      return [k, new RegExp(cue.source, cue.flags.replace("g", ""))] as const;
    });
    this.union = new RegExp(this.cues.map(([, cue]) => `(?:${cue.source})`).join("|"), "gu");
  }
}

/** The sentences of one article, joined. */
export class JoinedSentences {
  private readonly parts: Joined[] = [];

  /** `bodies` are the sentences' texts; `narrow` says which are one-byte strings. */
  constructor(
    private readonly count: number,
    private readonly bodies: readonly string[],
    narrow: readonly boolean[],
  ) {
    for (const width of [true, false]) {
      const part: Joined = { text: "", members: [], bases: [] };
      for (let i = 0; i < bodies.length; i++) {
        if (narrow[i] !== width) continue;
        part.members.push(i);
        part.bases.push(part.text.length);
        part.text += bodies[i] + SENTENCE_GAP;
      }
      if (part.members.length > 0) this.parts.push(part);
    }
  }

  /**
   * Per sentence, the matches of the global `pattern` in order, as a search from the sentence's start
   * to its end gives them, with offsets in the sentence.
   */
  matches(pattern: RegExp): RegExpExecArray[][] {
    const out: RegExpExecArray[][] = [];
    for (let i = 0; i < this.count; i++) out.push([]);
    for (const { text, members, bases } of this.parts) {
      pattern.lastIndex = 0;
      let k = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) throw emptyMatch(pattern);
        while (k + 1 < members.length && bases[k + 1]! <= m.index) k++;
        m.index -= bases[k]!;
        out[members[k]!]!.push(m);
      }
    }
    return out;
  }

  /** Per sentence, whether the global `pattern` matches in it. */
  holds(pattern: RegExp): boolean[] {
    const out: boolean[] = [];
    for (let i = 0; i < this.count; i++) out.push(false);
    for (const { text, members, bases } of this.parts) {
      pattern.lastIndex = 0;
      let k = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) throw emptyMatch(pattern);
        while (k + 1 < members.length && bases[k + 1]! <= m.index) k++;
        out[members[k]!] = true;
        // The rest of the sentence need not be searched.
        if (k + 1 >= members.length) break;
        pattern.lastIndex = bases[k + 1]!;
      }
    }
    return out;
  }

  /** Per cue of `cues`, per sentence, whether the cue matches in it: as {@link holds} of each cue would tell. */
  holdsEach<K extends string>(cues: CueUnion<K>): Record<K, boolean[]> {
    const any = this.holds(cues.union);
    const out = {} as Record<K, boolean[]>;
    for (const [key, cue] of cues.cues) {
      const holds: boolean[] = [];
      for (let i = 0; i < this.count; i++) holds.push(any[i]! && cue.test(this.bodies[i]!));
      out[key] = holds;
    }
    return out;
  }
}
