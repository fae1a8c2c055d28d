/**
 * An alternation of words written as a trie ("ch(?:ief|air(?:man)?)"): a pattern tries one branch
 * per character instead of every word in turn, and compiles smaller.
 */

interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

/**
 * The pattern source (no group around it) matching what the alternation of `words` matches,
 * longest first: each word is a list of pattern pieces, one per character (a letter, or a class
 * such as "[- ]" or "[pP]"). The pieces after one node must match disjoint characters, so only one
 * branch can go on, and a longer word is tried before a word ending at that node: at each offset the
 * longest word that matches (with whatever follows the alternation) is the one taken, as in an
 * alternation sorted longest first.
 */
export function trieAlternation(words: readonly (readonly string[])[]): string {
  const root: Node = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const piece of word) {
      let child = node.next.get(piece);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(piece, child);
      }
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(([piece, child]) => piece + source(child));
    if (branches.length === 0) return "";
    if (node.end) return `(?:${branches.join("|")})?`;
    return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  };
  return source(root);
}
