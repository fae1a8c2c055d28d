/**
 * Whether some span begins before a position and ends after it, asked for many positions: a
 * prefix maximum of the spans' ends in order of their starts, so each question is a binary search
 * rather than a pass over every span.
 */

/** A span of text, with the key that {@link SpanCover.coversFrom} may exclude. */
export interface KeyedSpan {
  start: number;
  end: number;
  key?: string;
}

/** Spans sorted once, then asked whether they cover a position. */
export class SpanCover {
  private readonly starts: number[] = [];
  /** The largest end among the spans up to each index, and the key of the span that has it. */
  private readonly bestEnd: number[] = [];
  private readonly bestKey: (string | undefined)[] = [];
  /** The largest end up to each index among spans whose key differs from `bestKey` there. */
  private readonly otherEnd: number[] = [];

  constructor(spans: Iterable<KeyedSpan>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let best = -1;
    let key: string | undefined;
    let other = -1;
    for (const s of sorted) {
      if (s.end > best) {
        // The old best's key differs from the new one's, and it is the largest end before it.
        if (s.key !== key) other = best;
        best = s.end;
        key = s.key;
      } else if (s.key !== key && s.end > other) other = s.end;
      this.starts.push(s.start);
      this.bestEnd.push(best);
      this.bestKey.push(key);
      this.otherEnd.push(other);
    }
  }

  /** Index of the last span that starts before `position`, or -1. */
  private lastBefore(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether a span starts before `position` and ends after it. */
  covers(position: number): boolean {
    const k = this.lastBefore(position);
    return k >= 0 && this.bestEnd[k]! > position;
  }

  /** Whether a span whose key is not `key` starts before `position` and ends after it. */
  coversFrom(position: number, key: string | undefined): boolean {
    const k = this.lastBefore(position);
    if (k < 0) return false;
    return (this.bestKey[k] !== key ? this.bestEnd[k]! : this.otherEnd[k]!) > position;
  }
}
