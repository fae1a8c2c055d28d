/** The sentence split around the evidence (the whole sentence when the evidence is not in it). */
export function highlight(sentence: string, evidence: string): { before: string; marked: string; after: string } {
  const at = sentence.indexOf(evidence);
  if (at >= 0) return { before: sentence.slice(0, at), marked: evidence, after: sentence.slice(at + evidence.length) };
  // The evidence may run past the sentence (a quotation over several sentences): mark their overlap.
  const overlap = evidence.length > 20 ? sentence.indexOf(evidence.slice(0, 20)) : -1;
  if (overlap >= 0) return { before: sentence.slice(0, overlap), marked: sentence.slice(overlap), after: "" };
  return { before: sentence, marked: "", after: "" };
}

