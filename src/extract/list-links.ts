/**
 * Links between the names of a list of subjects that the plain list link does not know: a long
 * title with its small words before the next name ("A and Minister of State for Rural Affairs B
 * backed X") and the place a person represents after a name ("Sens. A of Utah and B of Ohio
 * endorsed X").
 */

/** Right after a person's name: the place they represent or come from ("of South Dakota"). */
const PLACE_AFTER_NAME = /^\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}(?=,|\s+and\s)/u;

/**
 * "and", "as well as" or a comma, then a title of capitalized words joined by small words
 * ("Minister of State for Rural Affairs"), ending right before the next name.
 */
const TITLED_LINK = /^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|at|on|to)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){1,7}\s+$/u;

/** The plain link between two names of a list (the caller's own pattern, given to keep one definition). */
export type ListLinkTest = (gap: string) => boolean;

/**
 * Whether `gap`, the text between a person's name and the next subject of a list, links the two:
 * the place the first person represents may come first, and a long title may come before the next
 * name. `plain` is the list link the caller knows already.
 */
export function looseListLink(gap: string, firstIsPerson: boolean, plain: ListLinkTest): boolean {
  if (firstIsPerson) {
    const place = PLACE_AFTER_NAME.exec(gap);
    if (place) {
      const rest = gap.slice(place[0].length);
      if (plain(rest) || TITLED_LINK.test(rest)) return true;
    }
  }
  return TITLED_LINK.test(gap);
}
