/**
 * Candidacies read from what the text says about a person's place in a race, rather than from a
 * candidacy verb: a state ("X remained the front-runner", "X is a main competitor"), a result ("X
 * was elected Director-General", "X was eliminated in the first round", "X is in second place"),
 * a pairing ("a race between A and B", "the other being B", "joined X in securing nominations",
 * "the leading challenger to X"), a list ("a shortlist of three, which includes A, B and C",
 * "left A and B as the remaining candidates") or a declared bid ("X confirmed his leadership bid").
 *
 * Each finder reports the people it reads with the post named next to the statement, if any; the
 * caller falls back on the article's post.
 */
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import { resolveGenderedPronoun as resolvePersonPronoun } from "./pronoun-gender.js";
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { escapeRegExp } from "./text-utils.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A person read as a candidate by one statement. */
export interface RaceStatement {
  person: Mention;
  /** Where the statement ends: the post, if any, is looked for after it. */
  after: number;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  /** The post must be named next to the statement (the statement alone does not make a race). */
  needsPost?: boolean;
}

const RACE_NOUN = String.raw`(?:(?<=(?:main|closest|chief|nearest|leading|strongest|only|biggest|principal|toughest|remaining)\s+)(?:rivals?|opponents?)|front-?runners?|frontrunners?|favou?rites?|candidates?|contenders?|challengers?|competitors?|finalists?|nominees?|hopefuls?|runners?-up|long\s+shots?|outsiders?|underdogs?|dark\s+horses?|(?:choice|pick)(?=\s+(?:for|to)\s))`;

/** "X remained the undisputed front-runner", "X is a main competitor", "X emerged as one of two finalists". */
const STATE = new RegExp(
  String.raw`^\s*(?:,\s*who\s+)?(?:(?:now|still|also|clearly)\s+)?(?:(?:(?:is|was|are|were)\s+(?:widely\s+|now\s+|also\s+|still\s+)?(?:considered|regarded\s+as|viewed\s+as|touted\s+as|described\s+as|seen\s+as)|is|was|are|were|remains|remained|became|becomes|has\s+become|had\s+become|emerged|emerges|has\s+emerged|had\s+emerged|stands|stood|has\s+(?:set|positioned)\s+(?:himself|herself)\s+up|set\s+(?:himself|herself)\s+up|is\s+seen|was\s+seen|is\s+widely\s+seen|goes\s+into\s+[^,.;]{0,60}?)\s+)(?:still\s+|now\s+|clearly\s+|also\s+|in\s+\p{L}+\s+)?(?:as\s+)?(?:the|a|an|its|their|his|her|(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s|one\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?|(?<=\b(?:are|were)\s+(?:both\s+|all\s+|now\s+|still\s+|also\s+)?)(?=(?:[\p{L}-]+\s+)?(?:candidates|contenders|finalists|nominees|front-?runners|frontrunners|favou?rites|challengers)\b))\s*(?!(?:former|previous|past|one-time|unsuccessful|losing|defeated|would-be|possible|potential|likely)\s)(?:[\p{L}-]+\s+){0,3}?${RACE_NOUN}\b(?!\s+of\s+(?:sciences|the\s+(?:party|people|members|voters)))`,
  "u",
);

/** "X is in second place", "X was a distant second in the first round". */
const PLACE = /^\s*(?:,\s*who\s+)?(?:is|was|came|finished|placed|ended)\s+(?:a\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?=\s*(?:[,.;]|$|with\b|on\b|behind\b|after\b))|^\s*(?:,\s*who\s+)?(?:is|was|came|finished|remains|remained|ended|placed|sits|stood|is\s+now|was\s+now)\s+(?:in\s+)?(?:a\s+)?(?:(?:distant|close|clear|strong|comfortable)\s+(?:first|second|third|fourth|fifth|sixth|last)\b|(?:first|second|third|fourth|fifth|sixth|last)\s+place\b|(?:first|second|third|fourth|fifth|sixth|last)\s+(?:in|after)\s+the\s+(?:\p{L}+\s+)?(?:round|ballot|vote|poll)\b|(?:first|second|third|fourth|fifth|sixth|last)\s+(?:with|on)\s+\d+)|^\s*(?:,\s*who\s+)?(?:(?:is|was)\s+)?(?:expected\s+to\s+)?(?:finished|finishes|finish|finishing)\s+(?:a\s+)?(?:distant\s+|close\s+|strong\s+)?(?:first|second|third|fourth|fifth|sixth|last)\b/u;

/** "X came in fourth", "X could get only fourth place", "X remained on the third position", "X slipped to second place". */
const RANKED = /^\s*(?:,\s*who\s+)?(?:(?:could|can|did|would)\s+(?:only\s+)?(?:get|manage|take|secure|finish)\s+(?:only\s+)?(?:in\s+)?|(?:came|comes|coming|finished|finishing|placed|placing|ended(?:\s+up)?|ending\s+up|is|was|remains?|remained|stayed|stays|sits|sat|stood|fell|falls|falling|slipped|slips|slipping|dropped|drops|dropping|moved|moves|rose|rises|climbed|climbs|jumped)\s+(?:back\s+|down\s+|up\s+|only\s+)?(?:in|on|at|to|into)\s+(?:the\s+)?)(?:a\s+)?(?:distant\s+|close\s+|clear\s+|joint\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|top)\s+(?:place|position|spot)\b|^\s*(?:,\s*who\s+)?(?:came|comes|coming|finished|finishing|placed|placing)\s+(?:in\s+)?(?:a\s+)?(?:distant\s+|close\s+|joint\s+|equal\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last)\b(?!\s+(?:time|day|year|week|term|round\s+of\s+talks))|^\s*,?\s*in\s+(?:a\s+)?(?:distant\s+|close\s+|joint\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|last)\s+(?:place|position)|pole\s+position)\b|^\s*(?:was|is|came)\s+next\s+with\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/u;

/**
 * "X obtained 35 per cent of the votes", "X received the most votes", "X got more votes than Y": a
 * share or a count of the race's vote. An approval rating or an opinion poll's share is no result.
 */
const VOTE_SHARE = /^\s*(?:,\s*who\s+)?(?:has\s+|had\s+)?(?:won|wins|winning|received|receives|receiving|obtained|obtains|obtaining|got|gets|getting|polled|polls|polling|garnered|garnering|gained|gaining|secured|securing|took|taking|scored|scoring|collected|collecting|drew|attracted|had|has)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|just\s+|only\s+|more\s+than\s+|over\s+|some\s+|roughly\s+|a\s+little\s+(?:over|under)\s+)?(?:\d{1,3}(?:,\d{3})*\s+(?:votes|ballots)\b|\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|per\s*cent|percent)(?!\s*(?:approval|rating|favou?rab|of\s+(?:respondents|those|people|Americans|voters\s+(?:say|said|think|want|would))))|the\s+most\s+(?:[\p{L}-]+\s+)?(?:votes|ballots|endorsements|nominations|delegates|support)|more\s+(?:[\p{L}-]+\s+)?(?:votes|ballots|endorsements|nominations|delegates|support|backing)\s+than)/u;
/** A cheap test before {@link VOTE_SHARE} and {@link RANKED}: a figure, a share, an ordinal or a superlative. */
const RESULT_CUE = /\d|most|more|next|pole|first|second|third|fourth|fifth|sixth|seventh|eighth|last|top/;
/** Before a name: "followed by X", "more votes than X". */
const FOLLOWED_BY = /\b(?:followed\s+by|more\s+(?:[\p{L}-]+\s+)?(?:votes|ballots|endorsements|nominations|delegates|support|backing)\s+than)\s+(?:(?:incumbent|rival|outgoing|sitting)\s+(?:[\p{L}-]+\s+)?)?$/u;
/** A sentence that ranks: a count, a share, a place, a round or a poll. */
const RANKING_WORDS = /\b(?:votes?|ballots?|delegates|per\s*cent|percent|place|position|round|poll|count|tally|results?|ranking|endorsements|nominations|support|backing)\b|%/i;
/** Between two names of a ranking: "with 280 and former governor", ", then". */
const RANKING_GAP = /^\s*(?:(?:with|on)\s+(?:about\s+|nearly\s+|just\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|votes|ballots|delegates)?\s*)?(?:,\s*(?:and\s+|then\s+)?|\s*,?\s+(?:and|then)\s+)(?:(?!(?:is|was|are|were|has|had|said|says|who|which|that|but)\s)[\p{L}.’'-]+\s+){0,4}$/u;

/** "X has the support of 7 MPs", "X secured 23 nominations". */
const COUNTED_SUPPORT = /^\s*(?:has|had|have|now\s+has|with|won|wins|secured|secures|gained|received|receives|got|gets|garnered|collected|obtained|took|polled)\s+(?:the\s+)?(?:(?:support|backing|votes?|nominations?|endorsements?)\s+(?:of|from)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens\s+of)\s+(?:[\p{L}-]+\s+)?(?:MPs|members|countries|states|delegates|lawmakers|parliamentarians|colleagues|nations|governments|electors)\b|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the\s+)?\d+\s+)?(?:nominations|votes|ballots|endorsements)\b|(?:amassed|won|secured|has|had|collected|picked\s+up)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,]*\s+(?:pledged\s+)?delegates\b)/u;

/** "X was elected / appointed / chosen as <post>": a candidate who won was a candidate. */
const ELECTED = /^\s*(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|will\s+be|would\s+be)\s+|(?=(?:re-)?elected\b))(?:formally\s+|officially\s+|overwhelmingly\s+|unanimously\s+|narrowly\s+|finally\s+|now\s+)?(?:elected|appointed|chosen|selected|confirmed|approved|named(?!\s+(?:as\s+)?(?:the\s+)?winner)|voted\s+in|re-elected|installed)\b(?:\s+(?:as|to\s+(?:be|become|the\s+(?:post|position|job)\s+of)))?/u;

/** "X won the vote / the race / the nomination". */
const WON = /^\s*(?:(?:easily|comfortably|narrowly|convincingly|overwhelmingly|handily|finally|eventually|duly)\s+)?(?:won|wins|has\s+won|had\s+won|clinched|secured)\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}]*\s+)?(?:(?:final|second|first|decisive|leadership|secret|internal|second-round|first-round|party|presidential)\s+){0,2}(?:vote|race|contest|ballot|run-?off|nomination|leadership|presidency|top\s+(?:job|post)|round|election\s+(?=for\s|to\s)|(?<=(?:leadership|party|presidential)\s+)election)\b|^\s*(?:won|wins|has\s+won|had\s+won)\s+(?:comfortably\s+|narrowly\s+|easily\s+)?(?:by|with)\s+(?:\d+|a\s+(?:[\p{L}-]+\s+)?majority|a\s+(?:[\p{L}-]+\s+)?margin)\b|^\s*(?:emerged|emerges|has\s+emerged)\s+(?:as\s+)?(?:the\s+)?(?:victorious|victor|winner)\b|^\s*(?:prevailed|prevails|triumphed|triumphs)\b(?!\s+(?:over|against)\s+(?:the\s+)?\p{Ll})|^\s*(?:won|wins|has\s+won|swept|sweeps|carried|carries)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:primary|primaries|caucus(?:es)?)\b|^\s*(?:topped|tops|led|leads|came\s+top\s+in|finished\s+first\s+in)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|final|last|opening|latest|early)\s+)?(?:round|ballot|vote|poll|list|(?:delegate\s+|vote\s+)?count|standings|tally)\b|^\s*(?:trailed|trails|finished|came|ended|led|leads|won|wins|topped|tops|placed)\b[^,.;]{0,40}?\bwith\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:votes|ballots|nominations)\b/u;

/** "X was nominated", "X has been shortlisted": put in the race by someone else. */
const NOMINATED_PASSIVE = /^\s*(?:,\s*who\s+)?(?:was|were|has\s+been|had\s+been|have\s+been|is|are|being)\s+(?:\p{L}+ly\s+|also\s+|now\s+)*(?:nominated|shortlisted|short-listed|put\s+forward|fielded)\b(?!\s+(?:for|as)\s+(?:an?\s+)?(?:award|prize|medal))/u;

/** "X is poised to become the next <post>", "X is tipped to win the vote": a goal the text gives the person. */
const POISED = /^\s*(?:,\s*who\s+)?(?:(?:is|was|are|were|appears|appeared|seems|seemed|looks|looked|remains|remained)\s+)?(?:now\s+|widely\s+|still\s+|also\s+|all\s+(?=set\b)|seen\s+as\s+|considered\s+)*(?:poised|set|expected|tipped|likely|favou?red|well[- ]placed|in\s+line|on\s+track|on\s+course|trying|looking|racing|battling|fighting|positioned|jockeying|(?:hoping|hopes|aiming|aims|bidding|seeking)(?=\s+to\s+(?:win|clinch|land|secure|get)\s)|the\s+(?:[\p{L}-]+\s+)?(?:favou?rite|front-?runner|frontrunner|choice|pick))\s+to\s+(?:become|succeed|replace|lead|head|take\s+(?:over|the\s+helm)|be\s+(?:named|appointed|elected|chosen|confirmed|selected)|(?:win|clinch|land|secure|get)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:post|job|race|vote|contest|nomination|ballot|election|position|leadership|top\s+job))\b/u;

/** "X's election as <post>", "X's appointment to <post>". */
const POSSESSIVE_RESULT = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:election|appointment|selection|elevation|confirmation|victory|win)\s+(?:as|to|in)\s+/u;

/** "X's overwhelming win in the first round ballot": the race's own vote, no post needed. */
const POSSESSIVE_WIN = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:win|victory|lead|triumph)\s+in\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:round|ballot|vote|voting|primary|caucus(?:es)?|run-?off|contest|race)\b/u;

/** "X's chances of winning", "X's prospects": the text weighs X's odds in the race. */
const POSSESSIVE_CHANCES = /^['’]s?\s+(?:(?:own|best|slim|strong|good|main|only|real)\s+)?(?:chances|prospects|odds|supporters|backers|camp)\b(?!\s+(?:of|for|in)\s+(?:re-?election|a\s+second\s+term|the\s+(?:presidential|general|parliamentary)\s+election))/u;

/** "X's main rival": X is in the race with one. */
const POSSESSIVE_RIVAL = /^['’]s?\s+(?:(?:main|closest|chief|only|nearest|leading|strongest|last|remaining|biggest|principal|toughest)\s+)?(?:rivals?|challengers?|opponents?|competitors?)\b/u;

/** "The US nominee, X", "the only other candidate, X". */
const CANDIDATE_BEFORE = /\b(?:the|a|another|its|their|his|her|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:candidate|nominee|contender|finalist|front-?runner|frontrunner|challenger|pick|rival|opponent|competitor)(?:\s+(?:for|to\s+(?:lead|head|become))\s+[^,;:.]{1,60}?)?\s*,\s*(?:(?:the|a|an)\s+(?:(?!(?:and|or|of|who|which|said|says)(?!\w))[\p{Ll}-]+\s+){0,3})?$/iu;
/** The nouns of {@link CANDIDATE_BEFORE}, with its flags: a cheap test first, as that pattern is tried at every offset. */
const CANDIDATE_BEFORE_NOUN = /candidate|nominee|contender|finalist|front-?runner|challenger|pick|rival|opponent|competitor/iu;

/** "X entered the race", "X threw her hat into the ring", "X announced she would run". */
const ENTERED = /^\s*(?:,\s*who\s+)?(?:has\s+|had\s+|formally\s+|officially\s+|also\s+|now\s+)*(?:(?:is|was|will\s+be|would\s+be|appears?|appeared|will\s+appear|(?:is|was)\s+(?:still|also|now)|remains?|remained)\s+on\s+(?:the|a|an|this\s+year['’]s|\d{4})\s+(?:[\p{L}\d-]+\s+)?ballot\b|(?:entered|joined|joins|enters|jumped\s+into|jumps\s+into)\s+the\s+(?:[\p{L}-]+\s+)?(?:race|contest|fray|running|field)|(?:threw|throws|thrown|throwing|tossed|tosses|tossing)\s+(?:his|her|their)\s+hats?\s+in(?:to)?\s+the\s+ring|(?:said|says|announced|confirmed|insisted|told\s+\p{L}+)\s+(?:that\s+)?(?:he|she)\s+(?:was|is|would\s+be|will\s+be)\s+(?:still\s+)?(?:running|standing|a\s+candidate|in\s+the\s+race)\b|(?:is|was)\s+running\s+unopposed|(?:is|was|remains|remained)\s+(?:in\s+pole\s+position|the\s+(?:man|woman|one|candidate)\s+to\s+beat)|(?:was|were|has\s+been)\s+(?:declared|named|announced\s+as)\s+(?:the\s+)?winner|(?:is|was)\s+the\s+(?:clear\s+|eventual\s+|overall\s+|outright\s+)?winner\b|(?:is|was|are|were)\s+(?:locked\s+|now\s+|still\s+|also\s+)?in\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:race|contest|battle|duel|run-?off|showdown|head-to-head)\b(?!\s+(?:for|to)\s+(?!the\s+(?:post|job|top\s+job|position)))|(?:is|was|are|were)\s+(?:widely\s+|now\s+|also\s+|still\s+)?(?:expected|tipped|favou?red|likely|poised|set)\s+to\s+win(?=\s*(?:[,.;]|$|\s+(?:on|next|this|in\s+the\s+(?:first|second|final)|comfortably|easily|outright)\b))|(?:announced|declared|confirmed|said)\s+(?:that\s+)?(?:he|she)\s+(?:would|will|is\s+going\s+to)\s+(?:run|stand|seek)\b|(?:declared|announced|confirmed)\s+(?:his|her)\s+intention\s+to\s+(?:run|stand)|(?:is\s+|are\s+|was\s+)?(?:contesting|contested|contests)\s+(?:for\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:post|race|vote|top\s+job|position|presidency|leadership|chairmanship|election\s+(?=for\s|to\s))\b|(?:has\s+|had\s+)?(?:applied\s+for\s+(?:the\s+)?(?:post|job|position|top\s+job)|submitted\s+(?:his|her)\s+(?:application|candidacy|candidature))\b|(?:is|was|are|were)\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:running|standing)(?=\s*(?:[,.;]|$|again\b|too\b|on\s+a\b|on\s+(?:his|her)\s+record\b|as\s+(?:an?\s+)?(?:independent|candidate|outsider)\b))|(?:remains?|remained|stays?|stayed|is\s+still|was\s+still|still|is|was|are|were)\s+(?:(?:also|now|still)\s+){0,2}in\s+the\s+(?:race|running|contest)\b(?!\s+for\s+(?:a|an)\s)|(?:are|were)\s+(?:still\s+|now\s+)?(?:tied|level|neck\s+and\s+neck|deadlocked)(?=\s*(?:[,.;]|$|\s+(?:on|at|with|in|after)\b))|(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:battling|fighting|jostling|jockeying|scrambling)\s+for\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:post|job|top\s+job|position|presidency|leadership|nomination|crown|votes)\b|(?:have|has)\s+(?:both\s+|all\s+|also\s+|already\s+)?(?:declared|applied)(?=\s*(?:[.;]|$))|(?:is|are|was|were)\s+(?:both\s+|all\s+)(?:running|standing)\b|(?:said|says|announced|confirmed|declared)?\s*(?:would|will)\s+(?:run|stand)(?=\s*(?:[,.;]|$|\s+(?:again|for\s+the\s+(?:post|job|top\s+job|position|presidency|leadership|nomination))\b))|(?:would|will)\s+be\s+(?:its|their|the\s+(?:government|party|country)['’]s)\s+(?:official\s+|new\s+)?(?:candidate|nominee)\b|(?:has\s+|had\s+|formally\s+|officially\s+)*(?:registered|signed\s+up|enrolled)\s+as\s+an?\s+(?:[\p{L}-]+\s+)?candidate\b|(?:has\s+|had\s+)?(?:put|puts)\s+(?:himself|herself|themselves)\s+forward\b|(?:is\s+|was\s+|are\s+|were\s+)?(?:also\s+|now\s+)?(?:seeking|seeks|sought|running\s+for|standing\s+for|bidding\s+for|campaigning\s+for|(?:is|was)\s+eligible\s+for)\s+(?:re-?election|a\s+(?:second|third|fourth|fresh|new|further)\s+(?:term|mandate)|another\s+(?:term|mandate))\b(?!\s+(?:to|as|in|at|on)\s+(?:the\s+)?(?:\p{Lu}|parliament|congress|senate|house|city|state|county|mayor|governor))|(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?on\s+the\s+(?:final\s+|official\s+)?short-?\s?list\b|(?:has\s+|have\s+|had\s+)?made\s+(?:it\s+(?:on)?to\s+)?the\s+(?:final\s+)?short-?\s?list\b|(?:leads|led|is\s+leading|was\s+leading|has\s+led|(?:is|was)\s+(?:still\s+)?ahead\s+in)\s+(?:in\s+)?the\s+(?:[\p{L}-]+\s+)?(?:race|contest|field|polls?|count|voting|pack)\b)/u;

/** A pronoun reported by a speech verb in a statement: "said he would run". */
const REPORTED_PRONOUN = /(?<!\w)(?:said|says|announced|confirmed|insisted|declared|told\s+\p{L}+)\s+(?:that\s+)?(he|she)(?!\w)/iu;

/** "X is planning to run for the post": a plan names its post. */
const PLANS = /^\s*(?:,\s*who\s+)?(?:is\s+|was\s+|has\s+)?(?:plan(?:s|ned|ning)?|intends?|intended|intending|decided|is\s+set|was\s+set|is\s+going|was\s+going|preparing|prepares|prepared)\s+to\s+(?:run|stand)\s+(?:for|in)\s+/u;

/** "X secured the backing of Europe", "X has the support of developing countries". */
const BACKED = /^\s*(?:,\s*who\s+)?(?:has|had|have|now\s+has|enjoys|enjoyed|secured|secures|won|wins|gained|gains|received|receives|got|gets|garnered|picked\s+up|clinched|locked\s+up)\s+(?:the\s+)?(?:(?!(?:no|not|little|less)\s)[\p{L}-]+\s+){0,2}?(?:backing|support|endorsements?)\s+(?:of|from)\s/u;

/** "X will be the next <post>", "X, the new <post>,": the post must follow. */
const NEXT_HOLDER = /^\s*(?:(?:will|would|is\s+set\s+to|is\s+to|is\s+due\s+to)\s+(?:be|become)\s+(?:the\s+)?(?:next|new)\s+|,\s+(?:the\s+)?(?:new|next|newly[- ]elected|incoming|president-elect)\s+)/u;

/** "X will take over from Y", "X becomes the first woman to lead the Fund". */
const TAKES_OVER = /^\s*(?:(?:will|would|is\s+set\s+to|is\s+to|is\s+due\s+to|was\s+set\s+to)\s+(?:take\s+over\s+from|succeed|replace)|replaces|takes\s+over\s+from)\s+(?=\p{Lu})[^,.;]{0,40}?(?=[,.;]|$|\s+(?:in|on|at|next|this|after|when)\b)|^\s*(?:becomes|became|will\s+become)\s+the\s+(?:first|next|new)\s+[^,.;]{0,40}?\s+to\s+(?:lead|head|run)\s+/u;

/** "X will need to overcome six other candidates". */
const OVERCOME = /^\s*(?:,\s*who\s+)?(?:will\s+need\s+to|needs?\s+to|needed\s+to|must|has\s+to|had\s+to|hopes?\s+to|is\s+trying\s+to)?\s*(?:overcome|overcame|beat|defeat|defeated|see\s+off|saw\s+off|seen\s+off|fend\s+off|fended\s+off|outlast|outlasted|faces?|faced|facing|(?:comes?|came|is|was)\s+up\s+against|takes?\s+on|took\s+on)\s+(?:[\p{L}-]+\s+){0,3}?(?:candidates|rivals|contenders|challengers|opponents|competitors)\b/u;

/** "A and B advanced to the run-off", "A and B will go head to head": every name of the list is in the race. */
const ADVANCED = /^\s*(?:(?:will|would|both|have|has|had|then|now)\s+)*(?:advanced?|advances|progressed|progress|progresses|made\s+it|go(?:es)?\s+through|went\s+through|qualified|qualify|qualifies|moved?\s+on|moves\s+on|(?:are|were|is|was)\s+through)\s+(?:(?:through|on)\s+)?(?:to|into|for)\s+(?:the\s+)?(?:(?:second|third|fourth|fifth|final|next|last|decisive)\s+)?(?:round|run-?off|ballot|stage)\b|^\s*(?:(?:will|would)\s+)?(?:now\s+)?go(?:es)?\s+head[- ]to[- ]head\b|^\s*(?:will|would)\s+(?:now\s+)?(?:face|meet)\s+(?:each\s+other|off)\b/u;

/** "X is tipped for the top job": a post must follow. */
const TIPPED_FOR = /^\s*(?:(?:is|was|are|were|remains|remained)\s+)?(?:now\s+|widely\s+|still\s+|also\s+|being\s+)*(?:tipped|favou?red|in\s+line|the\s+favou?rite|shortlisted|considered|touted|mooted|in\s+contention)\s+for\s+/u;

/** "X hopes to succeed Y": the post of the one succeeded, unless another post follows ("... as finance minister"). */
const TO_SUCCEED = /^\s*(?:(?:is|was|are|were)\s+)?(?:hoping|hopes|hoped|seeking|seeks|sought|bidding|aiming|aims|wants|running|vying|campaigning|battling|fighting|competing|trying|looking|poised|set|expected|tipped|likely|favou?red|the\s+favou?rite|in\s+the\s+race)\s+to\s+(?:succeed|replace)\s+$/u;

/** "X hopes to succeed ", "X is bidding to replace ": words that may be {@link TO_SUCCEED}'s, read up to the name after them. */
const SUCCESSION_CUE = /^\s*(?:(?:is|was|are|were)\s+)?(?:[\p{L}]+\s+){0,3}?to\s+(?:succeed|replace)\s+/u;

/** "The board elected X": an electing body's choice. */
const ELECTS = /\b(?:elected|re-elected|chose|selected|picked|appointed|approved)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’‘]s\s+)?$/u;

/** "X lost the race", "X was defeated by Y". */
const LOST = /^\s*(?:,\s*who\s+)?(?:conceded\s+(?:defeat|the\s+race)\b|lost\s+(?:out\s+|narrowly\s+|heavily\s+)?to\s+|(?:came|finished|ended)\s+(?:a\s+)?(?:(?:close|distant)\s+)?(?:second|third|runner-up)\s+to\s+|(?:finished|came|ended\s+up|trailed)\s+(?:well\s+|far\s+|just\s+)?behind\s+(?=\p{Lu})|(?:lost|loses|has\s+lost|had\s+lost)\s+(?:the\s+)?(?:(?:final|second|first|leadership|secret)\s+)?(?:race|contest|ballot|run-?off|nomination|bid|election\s+(?=for\s|to\s))\b)|^\s*(?:,\s*who\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:narrowly\s+|roundly\s+|comfortably\s+)?(?:defeated|beaten)\s+by\s+/u;

/** "X beat Y in the run-off", "X faces Y in the final round": both are in the race. */
const AGAINST = /^\s*(?:,\s*who\s+)?(?:narrowly\s+|comfortably\s+|easily\s+)?(?:(?:is|was|are|were)\s+pitted\s+against|(?:is\s+|are\s+|was\s+|were\s+)?(?:competing|vying|contending|jostling)\s+with|(?:was|were|has\s+been|had\s+been)\s+(?:narrowly\s+|comfortably\s+|easily\s+|soundly\s+|roundly\s+)?(?:beaten|defeated|outvoted|outpolled)\s+by|(?:came|finished|ended)\s+(?:a\s+)?(?:(?:close|distant)\s+)?(?:second|third|runner-up)\s+to|(?:finished|came|ended\s+up)\s+(?:well\s+|far\s+|just\s+)?behind|lost\s+(?:narrowly|heavily)\s+to|battles?|battled|battling|(?:(?:poised|placed|able|trying|hoping|likely|set)\s+)?to\s+(?:defeat|beat|overtake|unseat|edge\s+out)|beat|beats|defeated|defeats|leads|led|trails|trailed|(?:is\s+|was\s+)?(?:well\s+|narrowly\s+|far\s+)?ahead\s+of|vs\.?|versus|edged(?:\s+out)?|edges(?:\s+out)?|trounced|outpolled|outvoted|faces?|faced|(?:will|would|could|is\s+set\s+to|is\s+due\s+to)\s+(?:now\s+|then\s+|also\s+)?face|(?:is\s+|was\s+)?challenging|(?:is\s+|was\s+)?(?:narrowly\s+|far\s+|well\s+)?trailing|(?:conceded\s+(?:defeat\s+)?to)|takes?\s+on|took\s+on|squares?\s+off\s+against|squared\s+off\s+against|goes\s+head-to-head\s+with|went\s+head-to-head\s+with|(?:is|was|are|were|comes|came|is\s+coming|(?:will\s+)?go|goes|going|went)\s+up\s+against|(?:is\s+|was\s+|are\s+|were\s+)?(?:running|standing|competing|campaigning)\s+against|(?:is\s+|was\s+|has\s+been\s+)?(?:being\s+|now\s+|also\s+)?challenged\s+(?:for\s+(?:the\s+)?(?:post|position|job|leadership|top\s+job|presidency)\s+)?by|(?:faces?|faced|facing)\s+(?:stiff\s+|tough\s+|strong\s+)?(?:competition|opposition|a\s+challenge)\s+from|lost\s+(?:out\s+)?to)\s+(?:(?:the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:and|or|but|who|which|that|said|says|in|for|with|by|of|to|from|at|on)\b)[\p{L}'’.-]+\s+){0,4})?$/u;
/** Words right before the first of a list of rivals: "competing with", "running against", "up against", "challenged by", "faces". */
const RIVALS_BEFORE = /\b(?:(?:competing|vying|contending|jostling|running|standing|campaigning|pitted)\s+(?:with|against)|up\s+against|(?:\b(?:he|she|incumbent|holder)\s+(?:is|was|has\s+been|will\s+be)\s+(?:being\s+)?(?:\p{L}+ly\s+)?)challenged\s+by|(?:faces?|faced|facing)(?:\s+(?:a\s+)?(?:[\p{L}-]+\s+)?(?:challenge|competition)\s+from)?|(?:challenge|competition)\s+from)\s+(?:(?:his|her|their|fellow|rival|rivals|incumbent|former)\s+)*$/u;
/** A cheap test before {@link RIVALS_BEFORE}, on the sentence. */
const RIVALS_CUE = /\b(?:with|against|by|faces?|faced|facing|from)\s/;
/** Words every beating statement holds: a cheap test before the patterns. */
const BEATEN_CUE = /beat|defeat|edg|see|saw|fend|outpoll|lost|lose/;
/** The one who won, after a pronoun or a name that lost: "she lost to X", "he was beaten by Spain's X". */
const BEATEN_BY = /\b(?:lost|loses|losing|lose)\s+(?:narrowly\s+|heavily\s+|out\s+)?to\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+)?$|\b(?:was|were|had\s+been|has\s+been)\s+(?:narrowly\s+|comfortably\s+|easily\s+|soundly\s+)?(?:beaten|defeated|outpolled|outvoted)\s+by\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
/** Rivals beaten, then named: "beat out several candidates, including X", "defeated three rivals, among them X". */
const BEATEN_MANY = /\b(?:beat(?:s|ing)?|defeat(?:s|ed|ing)?|edg(?:ed|es|ing)|saw|sees|seeing|fend(?:s|ed|ing)|outpoll(?:s|ed|ing)?)\s+(?:out\s+|off\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:candidates|rivals|contenders|challengers|opponents|competitors|hopefuls),?\s+(?:including|among\s+them|such\s+as|namely)\s+$/u;
/** A plural apposition of race roles after a list of names: ", her two challengers", ", Duffy's competitors". */
const PLURAL_APPOSITION = /^,\s+(?:the|their|his|her|its|(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s)\s+(?:(?:two|three|four|five|six|main|chief|leading|remaining|fellow|declared|other|only|closest|nearest)\s+){0,2}(?:rivals|challengers|contenders|competitors|opponents|candidates|hopefuls|finalists)\b(?!\s+(?:of|in|for)\s+(?:the\s+)?(?!race|contest|post|job|leadership|presidency))/u;
const PLURAL_APPOSITION_CUE = /rivals|challengers|contenders|competitors|opponents|candidates|hopefuls|finalists/;
/** After "with X": an apposition, then "(voted in) as" and the post X won. */
const WITH_AS_AFTER = /^(?:,\s+[^,;:.]{1,70},)?\s+(?:(?:was\s+|being\s+)?(?:voted\s+in|elected|re-elected|chosen|installed|confirmed|named)\s+(?:unopposed\s+)?)?as\s+/u;
/** A verb of beating a rival right before their name: "beating X", "defeated rival X". */
const BEATEN = /\b(?:beating|defeating|defeated|defeats|beat|beats|edging\s+out|edged(?:\s+out)?|edges(?:\s+out)?|seeing\s+off|saw\s+off|sees\s+off|fending\s+off|fended\s+off|outpolling|outpolled)\s+(?:(?:his|her|their)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’‘]s\s+)?(?:(?:rival|challenger|opponent|incumbent)s?\s+)?$/u;
/** What may follow "was elected" when no post or body is named: a date, a margin, the end of the clause. */
const ELECTED_BARE = /^\s*(?:[,.;]|$|(?:on|by|yesterday|today|unopposed|unanimously|overwhelmingly|with|after|last|late|early)\b)/;
/** "a tight race with", "a challenge from former minister": the one named next is a rival in the race. */
const RACE_WITH = /\b(?:race|contest|battle|duel|run-?off|showdown|head-to-head|challenge|competition|rivalry|match-?up|(?<=(?:the|a|clear|strong|overwhelming|firm|hot)\s+)(?:favou?rite|front-?runner))\s+(?:with|against|from)\s+(?:(?:his|her|their)\s+)?(?:(?:rival|challenger|opponent)\s+)?(?:(?!(?:the|a|an)\b)[\p{L}-]+\s+){0,4}$/u;
const RACE_WITH_CUE = /\b(?:race|contest|battle|duel|run-?off|showdown|head-to-head|challenge|competition|rivalry|match-?up|favou?rite|front-?runner)\s+(?:with|against|from)\s/;
/**
 * A time that places a statement in the past: a year, "ago", "previously", "last time". The readers
 * differ on two words, kept apart on purpose: `once` ("once beat her") and `lastYear` ("last year").
 */
export function pastTimePattern(words: { once: boolean; lastYear: boolean }): RegExp {
  return new RegExp(String.raw`\b(?:1[6-9]\d\d|20\d\d)\b|\b(?:ago|previously|${words.once ? "once|" : ""}formerly)\b|\blast\s+(?:time|${words.lastYear ? "year|" : ""}race|contest|election)\b`, "i");
}
const PAST_TIME = pastTimePattern({ once: true, lastYear: false });
/** An earlier race for the beaten rivals: "last year" too. */
const PAST_TIME_BEATEN = pastTimePattern({ once: true, lastYear: true });
/** A sentence that counts votes. */
const VOTE_COUNT = /\b\d{1,3}\s+(?:votes|ballots)\b|\bvotes?\s+to\s+\d/;
/** A count right after a name: "B's 40", "B 60", "B with 12". */
const TALLY_AFTER = /^(?:\s+(?:\([^()]{1,20}\)\s+)?(?:with|on|got|had|took|received)\s+(?:only\s+|just\s+)?\d{1,3}(?:,\d{3})+\s+(?:votes|ballots)\b|(?:['’]s?\s+|\s+(?:with\s+|on\s+|got\s+|had\s+|took\s+|received\s+)?(?:only\s+|just\s+)?)\d{1,3}(?![\d.,]\d|\s*(?:%|per|years?\b|-year)))(?=\s*(?:votes?\b|ballots?\b)?\s*(?:[,.;)]|$|and\b|to\b|with\b|against\b|in\b|while\b|whereas\b))/u;
/** A count right before a name: "62 for B", "40 votes for B". */
const TALLY_BEFORE = /\b\d{1,3}\s+(?:votes?\s+|ballots?\s+)?(?:went\s+)?(?:for|to)\s+$/;
/** "congratulated X on her victory". */
const CONGRATULATED_ON = /^\s+(?:on|for)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:victory|win|election|appointment|success)\b/u;
/** Where a person comes from, right after the name: " of Brazil", " (Chile)". */
const ORIGIN = /^(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}|\s*\([^()]{1,40}\)|,\s*\d{1,3}\s*,)/u;
const RACE_WORDS = /\b(?:race|vote|votes|pitted|pits|running|standing|competing|ballot|round|run-?off|contest|post|top\s+job|candida\w*|nominee|leadership|nomination|challengers?|rivals?|favou?rite|front-?runner)\b/i;

/** "X was eliminated", "X was knocked out in the first round". */
const ELIMINATED_PASSIVE = /^\s*(?:,\s*who\s+)?(?:was|were|has\s+been|had\s+been|got|is)\s+(?:\p{L}+ly\s+)?(?:eliminated|knocked\s+out|voted\s+out)\b/u;
/** "member states eliminated X". */
const ELIMINATED_ACTIVE = /\b(?:eliminated|knocked\s+out)\s+(?:(?:a|an|the)\s+[^,.;]{0,50},\s*)?$/;

/** "X confirmed his leadership bid", "X announced her candidacy". */
const DECLARED = /^\s*(?:has\s+|had\s+|formally\s+|officially\s+|finally\s+|also\s+|already\s+|now\s+|recently\s+)*(?:confirmed|announced|launched|declared|entered|submitted|unveiled|kicked\s+off|filed|lodged|registered|formalized|formalised)\s+(?:his|her|their)\s+(?:own\s+)?(?:(?:leadership|presidential|official|formal|White\s+House|long-awaited|\d{4})\s+){0,2}(?:bid|candidacy|candidature|campaign(?!\s+(?:to|against|of|over)\b|\s+on\s+\p{Ll})|run|nomination\s+(?:papers|forms)|(?<=(?:filed|lodged|submitted)\s+(?:his|her|their)\s+)(?:candidacies|candidatures|papers|nominations?(?!\s+of\b)))\b/u;

/** "the leading challenger to X", "rival to X". */
const CHALLENGER_TO = /\b(?:challengers?|rivals?|opponents?)\s+to\s+$/;

/** "joined X in securing enough nominations", "joins X in the race". */
const JOINED = /\bjoin(?:s|ed|ing)?\s+$/;
const JOINED_IN = /^\s+in\s+(?:the\s+(?:race|contest|running|field|final|next\s+round|second\s+round|runoff|run-off)|securing|reaching|qualifying|making\s+it|getting|clearing|progressing)/;

/** "a race between A and B", "the contest between A and B". */
/** "is being challenged (for the position) by <titles> X", closed at the name: who challenges is in the race. */
const CHALLENGED_BY = /(?:['’]s|\b(?:is|was|are|were|has\s+been|had\s+been))\s+(?:(?:now|also|being|again|openly)\s+)*challenged\s+(?:for\s+(?:the\s+)?(?:post|position|job|leadership|top\s+job|presidency|chair(?:manship)?)\s+)?by\s+(?:(?!(?:the|a|an|his|her|their)\b)[\p{L}.-]+\s+){0,4}$/u;
const BETWEEN = /\b(?:race|contest|battle|run-?off|duel|showdown|fight|choice|vote|tie|deadlock|head-to-head|face-off|stand-?off|choose|chose|chosen|choosing|decide|decided|deciding|pick|picking)\s+between\s+$/;

/** "one of two finalists, the other being B". */
const OTHER_BEING = /\bthe\s+other\s+(?:one\s+)?(?:candidate\s+|finalist\s+|contender\s+)?(?:being|is|was)\s+$/;

/** "A and B as the remaining candidates", "A, B and C as finalists". */
const AS_CANDIDATES = /^\s+(?:(?:were|are|was|is)\s+)?(?:left|remain(?:ing|ed)?|emerged|named|confirmed|selected|chosen|shortlisted)?\s*as\s+(?:the\s+)?(?:(?:remaining|final|last|only|two|three|four|five|other|leading|main|top|official)\s+){0,3}(?:candidates|contenders|finalists|nominees|hopefuls)\b/;

/** "a shortlist of three, which includes A, B and C", "the finalists are A and B". */
const SHORTLIST = /\b(?:shortlist|short\s+list|final\s+list|finalists|field)\b[^.;:]{0,40}?\b(?:includes?|included|including|comprises|comprising|are|were)\s*:?\s*|\b(?:list|slate|field)\s+of\s+(?:\p{L}+\s+)?(?:candidates|contenders|nominees|hopefuls)\b[^.;:]{0,30}?\b(?:includes?|included|including|comprises|comprising)\s*:?\s*|\b(?:candidates|contenders|rivals|hopefuls)\s+(?:include|included|including)\s*:?\s*|\b(?:(?:his|her|their|the)\s+)?(?:(?:main|closest|chief|leading|strongest|other|nearest)\s+)?(?:rivals|challengers|opponents|competitors)\s+(?:are|were|include|included)\s*:?\s*|\b(?:[Aa]lso\s+|[Oo]thers\s+)?[Ii]n\s+the\s+(?:race|running)\s+(?:are|were|is|was|include|includes|included)\s*:?\s*|\b[Aa]lso\s+(?:running|standing|competing|vying)\s+(?:are|were|is|was)\s*:?\s*|\bshortlisted\s+(?=\p{Lu})/gu;

const LIST_CUE = /list|finalist|field|candidates|contenders|rivals|hopefuls|challengers|opponents|competitors|race|running|standing|competing|vying/;

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** A sentence that ends by announcing a number of candidates, who the next one then names. */
const COUNTED_CANDIDATES = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:other|strong|main|rival|declared|official|remaining|more)\s+){0,2}(?:candidates|contenders|rivals|challengers|hopefuls|opponents)\s*[.:]?\s*$/i;

/** Whether a text ends as {@link COUNTED_CANDIDATES} does: with one of its nouns, then perhaps a full stop or a colon. */
function endsWithCandidatesNoun(text: string): boolean {
  let end = text.trimEnd();
  if (end.endsWith(".") || end.endsWith(":")) end = end.slice(0, -1).trimEnd();
  return /(?:candidates|contenders|rivals|challengers|hopefuls|opponents)$/i.test(end.slice(-11));
}

/** "for appointment as <post>". */
const FOR_APPOINTMENT = /^[^.;]{0,80}?\bfor\s+(?:appointment|election|selection)\s+as\s+/;

/** Results and declarations after a name; `needsPost`: only with the post named right after. */
const RESULTS: readonly StatementPattern[] = [
  { re: WON, needsPost: false },
  { re: ELIMINATED_PASSIVE, needsPost: false },
  { re: DECLARED, needsPost: false },
  { re: NOMINATED_PASSIVE, needsPost: false },
  { re: POISED, needsPost: true },
  { re: ENTERED, needsPost: false },
  { re: PLANS, needsPost: true },
  { re: LOST, needsPost: false },
  { re: POSSESSIVE_RIVAL, needsPost: true },
  { re: POSSESSIVE_CHANCES, needsPost: false },
  { re: BACKED, needsPost: false },
  { re: TIPPED_FOR, needsPost: true },
  { re: OVERCOME, needsPost: false },
  { re: ADVANCED, needsPost: false },
  { re: TAKES_OVER, needsPost: false },
];
/** A cheap test before {@link SUPPORTED_PRONOUN}, with its flags: every match holds "him" or "her" as a word after a space. */
const PRONOUN_CUE = /\s(?:him|her)(?!\w)/iu;

/** What may follow "he" or "she", in the order tried. */
const PRONOUN_STATEMENTS: readonly StatementPattern[] = [{ re: STATE, needsPost: false }, { re: PLACE, needsPost: false }, { re: RANKED, needsPost: false }, ...RESULTS];
/** A statement right after the name ("X, who was a distant second") is read before one after an apposition. */
const DIRECT: readonly RegExp[] = [STATE, PLACE, RANKED, VOTE_SHARE, COUNTED_SUPPORT, ELECTED, NEXT_HOLDER, ...RESULTS.map((r) => r.re)];

type StatementPattern = { re: RegExp; needsPost: boolean };

/**
 * How a statement pattern can open, past its leading blanks: the words it can start with (a prefix
 * loop's words too), whether it allows ", who" before them, and whether it can open with a
 * possessive ("'s") or a comma. Every opening word of fewer than three letters is followed by a
 * blank in its pattern, so a word is told by its first three letters.
 */
interface Opening {
  words: readonly string[];
  who: boolean;
  possessive?: boolean;
  comma?: boolean;
}
const OPENINGS = new Map<RegExp, Opening>([
  [STATE, { who: true, words: ["now", "still", "also", "clearly", "is", "was", "are", "were", "remains", "remained", "became", "becomes", "has", "had", "emerged", "emerges", "stands", "stood", "set", "goes"] }],
  [PLACE, { who: true, words: ["is", "was", "came", "finished", "placed", "ended", "remains", "remained", "sits", "stood", "expected", "finishes", "finish", "finishing"] }],
  [
    RANKED,
    {
      who: true,
      comma: true,
      words: ["could", "can", "did", "would", "came", "comes", "coming", "finished", "finishing", "placed", "placing", "ended", "ending", "is", "was", "remain", "remains", "remained", "stayed", "stays", "sits", "sat", "stood", "fell", "falls", "falling", "slipped", "slips", "slipping", "dropped", "drops", "dropping", "moved", "moves", "rose", "rises", "climbed", "climbs", "jumped", "in"],
    },
  ],
  [
    WON,
    {
      who: false,
      words: ["easily", "comfortably", "narrowly", "convincingly", "overwhelmingly", "handily", "finally", "eventually", "duly", "won", "wins", "has", "had", "clinched", "secured", "emerged", "emerges", "prevailed", "prevails", "triumphed", "triumphs", "swept", "sweeps", "carried", "carries", "topped", "tops", "led", "leads", "came", "finished", "trailed", "trails", "ended", "placed"],
    },
  ],
  [ELIMINATED_PASSIVE, { who: true, words: ["was", "were", "has", "had", "got", "is"] }],
  [DECLARED, { who: false, words: ["has", "had", "formally", "officially", "finally", "also", "already", "now", "recently", "confirmed", "announced", "launched", "declared", "entered", "submitted", "unveiled", "kicked", "filed", "lodged", "registered", "formalized", "formalised"] }],
  [NOMINATED_PASSIVE, { who: true, words: ["was", "were", "has", "had", "have", "is", "are", "being"] }],
  [
    POISED,
    {
      who: true,
      words: ["is", "was", "are", "were", "appears", "appeared", "seems", "seemed", "looks", "looked", "remains", "remained", "now", "widely", "still", "also", "all", "seen", "considered", "poised", "set", "expected", "tipped", "likely", "favoured", "favored", "well", "in", "on", "trying", "looking", "racing", "battling", "fighting", "positioned", "jockeying", "hoping", "hopes", "aiming", "aims", "bidding", "seeking", "the"],
    },
  ],
  [
    ENTERED,
    {
      who: true,
      words: ["has", "had", "formally", "officially", "also", "now", "is", "was", "will", "would", "appear", "appears", "appeared", "remain", "remains", "remained", "entered", "joined", "joins", "enters", "jumped", "jumps", "threw", "throws", "thrown", "throwing", "tossed", "tosses", "tossing", "said", "says", "announced", "confirmed", "insisted", "told", "are", "were", "declared", "contesting", "contested", "contests", "applied", "submitted", "stay", "stays", "stayed", "still", "have", "registered", "signed", "enrolled", "put", "puts", "seeking", "seeks", "sought", "running", "standing", "bidding", "campaigning", "made", "leads", "led"],
    },
  ],
  [PLANS, { who: true, words: ["is", "was", "has", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "decided", "preparing", "prepares", "prepared"] }],
  [LOST, { who: true, words: ["conceded", "lost", "came", "finished", "ended", "trailed", "loses", "has", "had", "was", "were"] }],
  [POSSESSIVE_RIVAL, { who: false, possessive: true, words: [] }],
  [POSSESSIVE_CHANCES, { who: false, possessive: true, words: [] }],
  [BACKED, { who: true, words: ["has", "had", "have", "now", "enjoys", "enjoyed", "secured", "secures", "won", "wins", "gained", "gains", "received", "receives", "got", "gets", "garnered", "picked", "clinched", "locked"] }],
  [TIPPED_FOR, { who: false, words: ["is", "was", "are", "were", "remains", "remained", "now", "widely", "still", "also", "being", "tipped", "favoured", "favored", "in", "the", "shortlisted", "considered", "touted", "mooted"] }],
  [
    OVERCOME,
    {
      who: true,
      words: ["will", "needs", "need", "needed", "must", "has", "had", "hopes", "hope", "is", "overcome", "overcame", "beat", "defeat", "defeated", "see", "saw", "seen", "fend", "fended", "outlast", "outlasted", "faces", "face", "faced", "facing", "comes", "come", "came", "was", "takes", "take", "took"],
    },
  ],
  [ADVANCED, { who: false, words: ["will", "would", "both", "have", "has", "had", "then", "now", "advance", "advanced", "advances", "progressed", "progress", "progresses", "made", "go", "goes", "went", "qualified", "qualify", "qualifies", "move", "moved", "moves", "are", "were", "is", "was"] }],
  [TAKES_OVER, { who: false, words: ["will", "would", "is", "was", "replaces", "takes", "becomes", "became"] }],
  [
    VOTE_SHARE,
    {
      who: true,
      words: ["has", "had", "won", "wins", "winning", "received", "receives", "receiving", "obtained", "obtains", "obtaining", "got", "gets", "getting", "polled", "polls", "polling", "garnered", "garnering", "gained", "gaining", "secured", "securing", "took", "taking", "scored", "scoring", "collected", "collecting", "drew", "attracted"],
    },
  ],
  [COUNTED_SUPPORT, { who: false, words: ["has", "had", "have", "now", "with", "won", "wins", "secured", "secures", "gained", "received", "receives", "got", "gets", "garnered", "collected", "obtained", "took", "polled"] }],
  // "re-elected" opens with "re".
  [ELECTED, { who: false, words: ["was", "were", "has", "had", "have", "is", "will", "would", "elected", "re"] }],
  [NEXT_HOLDER, { who: false, comma: true, words: ["will", "would", "is"] }],
]);

/** Blanks, a ", who" and the letters of the first word of what follows a name (the statement patterns' openings). */
const LEAD = /^\s*(,\s*who\s+)?([A-Za-z]*)/;

/** The patterns of a list that can open with each word (by its first three letters), in the list's order. */
interface StatementTable {
  plain: Map<string, StatementPattern[]>;
  /** After ", who". */
  who: Map<string, StatementPattern[]>;
  possessive: StatementPattern[];
  comma: StatementPattern[];
}

function statementTable(patterns: readonly StatementPattern[]): StatementTable {
  const table: StatementTable = { plain: new Map(), who: new Map(), possessive: [], comma: [] };
  const add = (map: Map<string, StatementPattern[]>, key: string, r: StatementPattern) => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== r) list.push(r);
    map.set(key, list);
  };
  for (const r of patterns) {
    const opening = OPENINGS.get(r.re)!;
    for (const word of opening.words) {
      add(table.plain, word.slice(0, 3), r);
      if (opening.who) add(table.who, word.slice(0, 3), r);
    }
    if (opening.possessive) table.possessive.push(r);
    if (opening.comma) table.comma.push(r);
  }
  return table;
}

const NONE: readonly StatementPattern[] = [];

/**
 * After "is", "said" or "will" (and their kin), the words {@link ENTERED} can go on with, by their
 * first three letters (a shorter one is followed by a blank in the pattern); after any other first
 * word it is tried as the table says. Each of these first words is followed there by a blank and a word.
 */
const ENTERED_SECOND = new Map<string, ReadonlySet<string>>([
  ...["is", "was", "are", "were"].map(
    (w) =>
      [
        w,
        new Set(["on", "sti", "als", "now", "run", "in", "the", "dec", "nam", "ann", "loc", "wid", "exp", "tip", "fav", "lik", "poi", "set", "con", "alr", "sta", "tie", "lev", "nec", "dea", "bat", "fig", "jos", "joc", "scr", "bot", "all", "see", "sou", "bid", "cam", "is", "was", "lea", "ahe"]),
      ] as const,
  ),
  ...["said", "says"].map((w) => [w, new Set(["tha", "he", "she", "wou", "wil"])] as const),
  ...["will", "would"].map((w) => [w, new Set(["be", "app", "run", "sta"])] as const),
]);
/** The word after the first one, past a blank. */
const SECOND_WORD = /\s+([A-Za-z]*)/y;

/** The word after the first one of `after` (empty where none of ASCII letters follows a blank). */
function secondWord(after: string, lead: RegExpExecArray): string {
  SECOND_WORD.lastIndex = lead[0].length;
  return SECOND_WORD.exec(after)?.[1] ?? "";
}

/** Whether {@link ENTERED} may match `after`, whose lead (blanks, ", who", first word) is `lead`. */
function enteredMayOpen(after: string, lead: RegExpExecArray): boolean {
  const second = ENTERED_SECOND.get(lead[2]!);
  return !second || second.has(secondWord(after, lead).slice(0, 3));
}

/**
 * After "is" or "was", the words {@link STATE} can go on with, by their first three letters: an
 * adverb, a verb of regard, "in", "as", a determiner (one of "a", "an" may run into the next word,
 * so any word opening on "a" is let through), "one (of)"; and any capitalized word (an owner's name).
 */
const STATE_SECOND = new Set(["wid", "now", "als", "sti", "con", "reg", "vie", "tou", "des", "see", "cle", "in", "as", "the", "its", "his", "her", "one"]);

/** Whether {@link STATE} may match `after`, whose lead is `lead`: after any first word but "is" and "was", as the table says. */
function stateMayOpen(after: string, lead: RegExpExecArray): boolean {
  if (lead[2] !== "is" && lead[2] !== "was") return true;
  const word = secondWord(after, lead);
  const c = word.charCodeAt(0);
  return word === "" || (c >= 65 && c <= 90) || c === 97 || STATE_SECOND.has(word.slice(0, 3));
}

/** Whether a pattern that can open with the first word of `after` may match it, by the word after. */
function secondWordAllows(re: RegExp, after: string, lead: RegExpExecArray): boolean {
  return re === ENTERED ? enteredMayOpen(after, lead) : re === STATE ? stateMayOpen(after, lead) : true;
}

/** The patterns of a table that can open `after`, whose lead (blanks, ", who", first word) is `lead`, in the table's order. */
function openers(table: StatementTable, after: string, lead: RegExpExecArray): readonly StatementPattern[] {
  const word = lead[2]!;
  const next = after.charAt(lead[0].length);
  return word !== "" ? ((lead[1] === undefined ? table.plain : table.who).get(word.slice(0, 3)) ?? NONE) : lead[1] !== undefined ? NONE : next === "'" || next === "’" ? table.possessive : next === "," ? table.comma : NONE;
}

/** Whether `re` is among the patterns `opening` lists. */
function opens(opening: readonly StatementPattern[], re: RegExp): boolean {
  for (const r of opening) if (r.re === re) return true;
  return false;
}

/** The first of a table's patterns that matches `after`, with its match (none of these patterns is global, so trying stops there); only the patterns that can open with its first word are tried. */
function firstStatement(table: StatementTable, after: string, lead = LEAD.exec(after)!): { r: StatementPattern; m: RegExpExecArray } | undefined {
  for (const r of openers(table, after, lead)) {
    if (!secondWordAllows(r.re, after, lead)) continue;
    const m = r.re.exec(after);
    if (m) return { r, m };
  }
  return undefined;
}

const RESULTS_TABLE = statementTable(RESULTS);
const PRONOUN_TABLE = statementTable(PRONOUN_STATEMENTS);
const DIRECT_TABLE = statementTable(DIRECT.map((re) => ({ re, needsPost: false })));

/** "poised to win the vote" names the race itself. */
const POISED_WIN = /\b(?:win|clinch|land|secure|get)\s/;

/** "support for X", "endorsed X", "rallied behind X": the one supported is in the race, whoever supports them. */
const SUPPORTED_BEFORE = /\b(?:(?:support|backing|endorsement|votes?)\s+for|(?:supporters|backers)\s+of|(?:supports?|supported|supporting|backs|backed|backing|endorses?|endorsed|endorsing|voted\s+for|votes?\s+for|rall(?:y|ies|ied|ying)\s+(?:round|around|behind)|lin(?:e|es|ed|ing)\s+up\s+behind|(?:unit|align|coalesc)(?:e|es|ed|ing)\s+behind|(?:weight|support|backing)\s+behind|flock(?:s|ed|ing)?\s+to|(?:to|will|would|could|did|does|do|and|not|also)\s+back|nominat(?:e|es|ing)|(?:campaign|lobb(?:y|ie)|canvass|root|declar)(?:s|ed|ing)?\s+for|in\s+favou?r\s+of))\s+(?:the\s+)?(?:candidacy\s+of\s+|candidature\s+of\s+|bid\s+of\s+)?$/i;
/** "X is backed by Y", "X's supporters". */
const SUPPORTED_AFTER = /^\s*(?:(?:,\s*who\s+)?(?:is|was|has\s+been|had\s+been|were|are)\s+(?:\p{L}+ly\s+|also\s+|now\s+|already\s+)*(?:supported|backed|endorsed)\s+by|['’]s?\s+(?:supporters|backers|allies|camp)\b)/u;
/** Words after "her" when "her" is the object ("backed her for the post", "backed her in 2020"). */
const HER_OBJECT = /^\s+(?:for|as|to|in|on|at|and|but|because|over|with|after|before|since|when|while|despite|again|too|also|publicly|strongly|fully|now|already|then|from|by|during|unanimously|instead|rather|against)\b/;
/** "support for her Nigerian rival": "her" before a capitalized word and a noun is a determiner. */
const HER_DEMONYM = /^\s+\p{Lu}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:rival|opponent|counterpart|colleague|candidate|challenger|husband|wife|son|daughter|party|government|team|successor|predecessor|ally|friend|boss)\b/u;
/** "backed her", "support for him". Its word boundaries are lookarounds, which a case-insensitive Unicode pattern reads much faster. */
const SUPPORTED_PRONOUN = /(?<!\w)(?:(?:support|backing|endorsement|votes?)\s+for|supports?|supported|backs|backed|endorses?|endorsed|voted\s+for|rall(?:y|ies|ied|ying)\s+(?:round|around|behind)|lin(?:e|es|ed|ing)\s+up\s+behind|(?:unit|align)(?:e|es|ed|ing)\s+behind|weight\s+behind)\s+(him|her)(?!\w)(?!\s+(?:own\s+)?[\p{L}-]*\s*(?:candidacy|candidature|bid|nomination|campaign|plan|proposal|policy|government|party|country|views?|position|call|decision)(?!\w))(?![’']s)/giu;

/** What a supported person's name may be followed by when it is not their candidacy that is supported ("support for X's plan"). */
const NOT_THE_PERSON = /^['’]s?\s+(?!(?:own\s+)?(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|campaign|election|appointment)\b)\p{L}/u;

/** An apposition after a name: ", the French finance minister,", ", 55,", ", Freedonia's central bank governor,", ", considered an outsider,". */
const APPOSITION = /^(?:,\s+(?:\d{1,3}(?=,)|(?:the|a|an)\s+[^,;:.“”"()]{1,80}?|\p{Lu}[\p{L}-]*['’]s\s+[^,;:.“”"()]{1,80}?)(?=,\s+(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s))?,\s+(?:(?:who|whom)\s+[^,;:.“”"()]{1,80}?|(?:the|a|an)\s+[^,;:.“”"()]{1,80}?|\d{1,3}|\p{Lu}[\p{L}-]*['’]s\s+[^,;:.“”"()]{1,80}?|(?:considered|seen\s+as|widely\s+seen\s+as|described\s+as|regarded\s+as)\s+[^,;:.“”"()]{1,60}?|(?:former|ex-|one-time|onetime|then|incumbent|outgoing|acting|current|veteran)\s+[^,;:.“”"()]{1,80}?)\s*,(?=\s)/u;

/**
 * "the FIFA presidential election", "the IOC presidential race": the organization's own election,
 * which {@link OTHER_RACE} would otherwise take for a country's.
 */
export function ownRacePattern(org: string | undefined): RegExp | undefined {
  if (!org) return undefined;
  // One pattern for each organization, compiled once: it is only ever used by `replace`, which starts each search from the start.
  if (OWN_RACES.has(org)) return OWN_RACES.get(org);
  const entry = ORGANIZATIONS.find((o) => o.slug === org);
  const pattern = entry && entry.names.length > 0 ? new RegExp(`(?:${entry.names.map(escapeRegExp).join("|")})['’]?s?\\s+(?:presidential|leadership)\\b`, "giu") : undefined;
  OWN_RACES.set(org, pattern);
  return pattern;
}
const OWN_RACES = new Map<string, RegExp | undefined>();

/** Words that place a candidacy in another kind of race than an appointment to a post. */
export const OTHER_RACE = /\b(?:presidential|mayoral|parliamentary|legislative|senate|senatorial|gubernatorial|congressional|vice-presidential|opposition|general\s+election|Republican|Democratic|GOP|running\s+mate)\b/i;

/** The words of {@link OTHER_RACE} without its word boundaries: a text that holds none has no part that names another race. */
const OTHER_RACE_WORDS = /presidential|mayoral|parliamentary|legislative|senat|gubernatorial|congressional|opposition|general\s+election|republican|democratic|gop|running\s+mate/i;
/**
 * {@link OTHER_RACE_WORDS} with only the first words of its two-word phrases. Taking an organization's
 * own race out of a text ("the FIFA presidential election") leaves its other characters in order and
 * joins two parts only where a blank or a sign follows: a text that holds none of these names no
 * other race even then.
 */
const OTHER_RACE_PARTS = /presidential|mayoral|parliamentary|legislative|senat|gubernatorial|congressional|opposition|general|republican|democratic|gop|running/i;
const namesOtherRace = new WeakMap<Analysis, boolean>();
const namesOtherRaceParts = new WeakMap<Analysis, boolean>();

/**
 * Whether some part of the article's text may name another race, once the organization's own race
 * (`ownRace`, see {@link ownRacePattern}) is taken out of it (read once per article).
 */
export function mayNameOtherRace(analysis: Analysis, ownRace?: RegExp): boolean {
  const cache = ownRace ? namesOtherRaceParts : namesOtherRace;
  let may = cache.get(analysis);
  if (may === undefined) cache.set(analysis, (may = (ownRace ? OTHER_RACE_PARTS : OTHER_RACE_WORDS).test(analysis.text)));
  return may;
}

/** Words in a statement that make it a wish, a doubt or a denial rather than a fact. */
const MODAL = /\b(?:not|never|no\s+longer|n['’]t|whether|if|would|could|might|may|should|hope|hopes|hoped|wants?|wanted)\b/i;

/** What may stand between two names of a list: a separator, an origin after the first ("of Spain"), capitalized words before the next ("Texas Sen."). */
const LIST_GAP = /^(?:\s+(?:also\s+)?(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,2})?|\s*\([^()]{1,40}\))?(?:\s*,\s*|\s*,?\s+(?:and|or|as\s+well\s+as)\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u;
/** In a list after a strong cue: relative clauses after a name, and a short description before the next. */
const LOOSE_GAP = /^(?:\s+(?:also\s+)?(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,2})?|\s*\([^()]{1,40}\))?\s*(?:,\s*(?:who|whose|which)\b[^;:.]{0,120}?|,\s*(?:a|an|the|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s)\s+[^,;:.()]{1,60}?)?(?:,\s*|\s*,?\s+(?:and|or)\s+)(?:(?!(?:is|was|are|were|has|had|said|says|who|which|that|but)\s)[\p{L}’'.-]+\s+){0,3}$/u;
/** {@link LOOSE_GAP}, items parted by semicolons too ("A (X); B (Y); and C (Z)"), for a list announced as one. */
const SEMICOLON_GAP = /^(?:\s+(?:also\s+)?(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,2})?|\s*\([^()]{1,40}\))?\s*(?:,\s*(?:who|whose|which)\b[^;:.]{0,120}?|,\s*(?:a|an|the|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s)\s+(?:[^,;:.()]|\.(?=\p{Lu}|\s\p{Ll})){1,120}?)?(?:[,;]\s*|\s*[,;]?\s+(?:and|or)\s+)(?:(?!(?:is|was|are|were|has|had|said|says|who|which|that|but)\s)[\p{L}’'.-]+\s+){0,3}$/u;

function persons(analysis: Analysis, from: number, to: number): Mention[] {
  return mentionsIn(analysis, from, to).filter((m) => m.type === "Person" && !m.modifier);
}

/** People named one after the other from `from` ("A, B and C"), allowing relative clauses between them when `loose`. */
export function listAfter(analysis: Analysis, sentence: Sentence, from: number, loose: boolean | "semicolons"): Mention[] {
  const out: Mention[] = [];
  let previousEnd = from;
  for (const m of persons(analysis, from, sentence.end)) {
    if (out.some((o) => o.entity === m.entity)) continue;
    const gap = analysis.text.slice(previousEnd, m.extendedStart);
    if (out.length === 0 ? gap.length > 4 && !/^\s*(?:\p{Lu}[\p{L}.-]*\s+){1,2}$/u.test(gap) : !(loose === "semicolons" ? SEMICOLON_GAP : loose ? LOOSE_GAP : LIST_GAP).test(gap)) break;
    out.push(m);
    previousEnd = m.end;
  }
  return out;
}

/** People named one after the other and ending at `last` ("A, B and C"), allowing untitled descriptions when `loose`. */
function listBefore(analysis: Analysis, sentence: Sentence, last: Mention, loose: boolean): Mention[] {
  const before = persons(analysis, sentence.start, last.start);
  const out = [last];
  let current = last;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = analysis.text.slice(m.end, current.extendedStart);
    const ok = LIST_GAP.test(gap) || (loose && /^\s*,?\s+and\s+(?:[\p{L}-]+\s+){1,4}$/u.test(gap) && !/\b(?:is|was|are|were|has|had|said|says)\b/.test(gap));
    if (!ok) break;
    out.push(m);
    current = m;
  }
  return out;
}

const SUPPORT_LAST_WORDS = new Set(["for", "of", "to", "behind", "round", "around", "back", "support", "endorse", "nominate"]);

/** A cheap test before {@link SUPPORTED_BEFORE}: the word before the name could end a support phrase. */
function endsWithSupportWord(left: string): boolean {
  const trimmed = left.trimEnd();
  if (trimmed.length === left.length) return false;
  const word = trimmed.slice(trimmed.lastIndexOf(" ") + 1).toLowerCase();
  return SUPPORT_LAST_WORDS.has(word) || word.endsWith("s") || word.endsWith("ed") || word.endsWith("ing");
}

/** The statements of one sentence. */
export function raceStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, partyRace = false, previous?: Sentence, ownRace?: RegExp): RaceStatement[] {
  const { text } = analysis;
  // Every phrase is a part of the text.
  const otherRace = (phrase: string) => !partyRace && mayNameOtherRace(analysis, ownRace) && OTHER_RACE.test(ownRace ? phrase.replace(ownRace, "") : phrase);
  const out: RaceStatement[] = [];
  const named = persons(analysis, sentence.start, sentence.end);
  const outside = (m: Mention) => !m.inQuote && !quoteSpeakerAt(quotes, m.start);
  const body = text.slice(sentence.start, sentence.end);
  let bodyOtherRace: boolean | undefined;
  const otherRaceBody = () => (bodyOtherRace ??= otherRace(body));
  // Race words in the sentence, a post it names, or race words in the sentence before it.
  // A reader over the named people runs only when someone is named and its cue word is in the sentence.
  const namedWhere = (cue: RegExp): readonly Mention[] => (named.length > 0 && cue.test(body) ? named : []);
  let inRaceContext: boolean | undefined;
  const raceContext = () => (inRaceContext ??= RACE_WORDS.test(body) || mentionsIn(analysis, previous?.start ?? sentence.start, sentence.end).some((m) => m.type === "Post") || (previous !== undefined && RACE_WORDS.test(text.slice(previous.start, previous.end))));

  // "If elected, X would be the first ...", "X has pledged reform if he wins": a candidate's conditional.
  const conditional = /\bif\s+(?:(?:he|she)\s+(?:is\s+)?)?(?:elected|chosen|appointed|successful|victorious)\b|\bif\s+(?:he|she)\s+wins\b/i.exec(body);
  const conditionalAt = conditional ? sentence.start + conditional.index : -1;
  if (conditional && !analysis.quotes.some((q) => conditionalAt >= q.start && conditionalAt < q.end) && !otherRaceBody() && !(previous && otherRace(text.slice(previous.start, previous.end)))) {
    // "if he wins": whom "he" is; "if elected": the first person named outside quotations.
    const pronoun = /^if\s+(?:he|she)\b/i.test(conditional[0]);
    const person = pronoun ? resolvePersonPronoun(analysis, conditionalAt + 3) : named.find((m) => outside(m));
    if (person) out.push({ person, after: sentence.end, start: sentence.start, end: sentence.end, rule: "candidacy.if-elected", confidence: 0.7 });
  }

  /** "X hopes to succeed Y" after the name (past an apposition `skippedHere` long): where Y's name ends, and whether " as ..." follows it (then the post must be named there). */
  const succession = (raw: string, rawStart: number, skippedHere: number): { end: number; as: number | null } | undefined => {
    const m = raw.includes("succeed") || raw.includes("replace") ? SUCCESSION_CUE.exec(raw.slice(skippedHere)) : null;
    if (!m || !TO_SUCCEED.test(m[0])) return undefined;
    const cueEnd = rawStart + skippedHere + m[0].length;
    const incumbent = named.find((q) => q.extendedStart === cueEnd);
    if (!incumbent) return undefined;
    const as = /^\s+as\s+/.exec(text.slice(incumbent.end, Math.min(sentence.end, incumbent.end + 10)));
    return { end: incumbent.end, as: as ? incumbent.end + as[0].length : null };
  };

  // A statement right after the name ("X, who was a distant second") is read before one after an apposition.
  for (const p of named) {
    // "X, the French finance minister, is the front-runner": the statement follows the apposition.
    const raw = text.slice(p.end, Math.min(sentence.end, p.end + 260));
    // "X of Freedonia received 40 votes": an origin is passed over like an apposition.
    // An apposition opens on a comma.
    const appositionLength = raw.charCodeAt(0) === 44 ? APPOSITION.exec(raw)?.[0].length : undefined;
    const passed = appositionLength ?? ORIGIN.exec(raw)?.[0].length ?? 0;
    // A statement right after the name, tested only when there is something to pass over.
    const skipped = passed > 0 && firstStatement(DIRECT_TABLE, raw) ? 0 : passed;
    const after = raw.slice(skipped, skipped + 160);
    const afterEnd = p.end + skipped;
    const leftOfName = text.slice(Math.max(sentence.start, p.extendedStart - 80), p.extendedStart);
    // Only the patterns that can open with the first word are searched.
    const lead = LEAD.exec(after)!;
    const direct = openers(DIRECT_TABLE, after, lead);
    const state = (opens(direct, STATE) && stateMayOpen(after, lead) ? STATE.exec(after) : null) ?? (opens(direct, PLACE) ? PLACE.exec(after) : null) ?? (opens(direct, COUNTED_SUPPORT) ? COUNTED_SUPPORT.exec(after) : null);
    // "X obtained 35 per cent", "A and B topped the list": a result in the race's vote, unless the sentence is about another election.
    const ranked = !state && RESULT_CUE.test(after.slice(0, 80)) ? (opens(direct, RANKED) ? RANKED.exec(after) : null) ?? (opens(direct, VOTE_SHARE) ? VOTE_SHARE.exec(after) : null) : null;
    if (ranked && outside(p) && !MODAL.test(ranked[0].replace(/^\s*(?:could|can|did)\s+/, "")) && !otherRaceBody() && !PAST_TIME.test(body)) {
      for (const q of listBefore(analysis, sentence, p, false)) if (outside(q)) out.push({ person: q, after: afterEnd + ranked[0].length, start: q.start, end: afterEnd + ranked[0].length, rule: "candidacy.ranked", confidence: 0.75 });
      // "came joint third with former minister B", "in pole position, with B in second place": B shares the ranking.
      const withAt = afterEnd + ranked[0].length;
      const shared = /^,?\s+with\s+/.exec(text.slice(withAt, Math.min(sentence.end, withAt + 12)));
      const partner = shared ? persons(analysis, withAt, sentence.end)[0] : undefined;
      if (partner && outside(partner) && /^(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(withAt + shared![0].length, partner.extendedStart))) out.push({ person: partner, after: partner.end, start: p.start, end: partner.end, rule: "candidacy.ranked", confidence: 0.7 });
      continue;
    }
    if (state && outside(p) && !MODAL.test(state[0]) && !otherRace(state[0])) {
      const rule = STATE.test(after) ? "candidacy.race-state" : "candidacy.race-standing";
      // "A and B are the two finalists": a plural verb takes the whole list before it.
      const subjects = /^\s*(?:are|were|have|remain)\b/.test(state[0]) ? listBefore(analysis, sentence, p, false) : [p];
      for (const q of subjects) if (outside(q)) out.push({ person: q, after: afterEnd + state[0].length, start: q.start, end: afterEnd + state[0].length, rule, confidence: 0.8 });
      continue;
    }
    const elected = opens(direct, ELECTED) ? ELECTED.exec(after) : null;
    if (elected && outside(p)) {
      // "X was elected on Tuesday": nothing named after the verb, so it is this race's result.
      // A year or "ago" here or in the sentence before places it in an earlier race ("Banks was elected after 133 ballots").
      const bare = ELECTED_BARE.test(after.slice(elected[0].length)) && !otherRaceBody() && !PAST_TIME.test(text.slice(previous?.start ?? sentence.start, sentence.end));
      out.push({ person: p, after: afterEnd + elected[0].length, start: p.start, end: afterEnd + elected[0].length, rule: bare ? "candidacy.elected.bare" : "candidacy.elected", confidence: bare ? 0.7 : 0.8, needsPost: !bare });
      continue;
    }
    const possessiveWin = skipped === 0 && /^['’]/.test(after) ? POSSESSIVE_WIN.exec(after) : null;
    if (possessiveWin && outside(p) && !otherRaceBody() && !PAST_TIME.test(body)) {
      out.push({ person: p, after: p.end + possessiveWin[0].length, start: p.start, end: p.end + possessiveWin[0].length, rule: "candidacy.ranked", confidence: 0.75 });
      continue;
    }
    const possessive = skipped === 0 && (after.charCodeAt(0) === 39 || after.charCodeAt(0) === 0x2019) ? POSSESSIVE_RESULT.exec(after) : null;
    if (possessive && outside(p)) {
      out.push({ person: p, after: p.end + possessive[0].length, start: p.start, end: p.end + possessive[0].length, rule: "candidacy.elected", confidence: 0.8, needsPost: true });
      continue;
    }
    const result = firstStatement(RESULTS_TABLE, after, lead);
    // "X said he is running": "he" must be X, as far as the text gives X's gender.
    const reported = result ? REPORTED_PRONOUN.exec(result.m![0]) : null;
    const gender = reported ? analysis.entities.get(p.entity)?.gender : undefined;
    if (reported && gender !== undefined && gender !== (reported[1]!.toLowerCase() === "he" ? "m" : "f")) continue;
    if (result && outside(p) && !otherRace(result.m![0])) {
      const needsPost = result.r.needsPost && !POISED_WIN.test(result.m![0]);
      // "A and B are locked in a tight race": a plural verb takes the whole list before it.
      // "A and B, a former minister, filed their candidacies": "their" takes the list past the apposition too.
      const theirs = result.r.re === DECLARED && /\btheir\b/.test(result.m![0]);
      const subjects = (skipped === 0 && (/^\s*(?:are|were|have|remain|both|all|topped|top)\b/.test(result.m![0]) || result.r.re === ADVANCED)) || theirs ? listBefore(analysis, sentence, p, false) : [p];
      for (const q of subjects) if (outside(q)) out.push({ person: q, after: afterEnd + result.m![0].length, start: q.start, end: afterEnd + result.m![0].length, rule: "candidacy.race-result", confidence: 0.8, needsPost });
      continue;
    }
    const next = opens(direct, NEXT_HOLDER) ? NEXT_HOLDER.exec(after) : null;
    if (next && outside(p)) {
      out.push({ person: p, after: afterEnd + next[0].length, start: p.start, end: afterEnd + next[0].length, rule: "candidacy.elected", confidence: 0.75, needsPost: true });
      continue;
    }
    // "The US nominee, X, ...": an apposition, closed by a comma; "backing the candidate, X said" is a clause and its subject.
    const nominee = /,\s*(?:(?:the|a|an)\s[^,]{0,40})?$/.test(leftOfName) && CANDIDATE_BEFORE_NOUN.test(leftOfName) ? CANDIDATE_BEFORE.exec(leftOfName) : null;
    // A name that ends the sentence cannot open the next clause: "supporting its own nominee, the diplomat X."
    const rawPastOrigin = raw.replace(ORIGIN, "");
    const apposed = nominee !== null && !otherRace(nominee[0]) && /^\s*(?:,|\.|$)/.test(rawPastOrigin) && (/^\s*(?:\.|$)/.test(rawPastOrigin) || !/\b(?:backing|supporting|endorsing|opposing|of|for|behind|against|about|on|with)\s+$/i.test(leftOfName.slice(0, nominee.index)));
    // Cheap tests first: the anchored patterns below would otherwise be tried at every offset.
    const pairing =
      apposed ||
      (/\bto\s+$/.test(leftOfName) && CHALLENGER_TO.test(leftOfName)) ||
      (/(?:eliminated|knocked\s+out)\b/.test(leftOfName) && ELIMINATED_ACTIVE.test(leftOfName)) ||
      (/\b(?:being|is|was)\s+$/.test(leftOfName) && OTHER_BEING.test(leftOfName));
    if (pairing) {
      if (!p.inQuote) out.push({ person: p, after: p.end, start: Math.max(sentence.start, p.extendedStart - 30), end: p.end, rule: "candidacy.race-pairing", confidence: 0.75 });
      continue;
    }
    if (JOINED_IN.test(raw) && JOINED.test(leftOfName)) {
      if (!p.inQuote) out.push({ person: p, after: p.end, start: Math.max(sentence.start, p.extendedStart - 30), end: p.end, rule: "candidacy.race-pairing", confidence: 0.75 });
      continue;
    }
    // "X hopes to succeed Y": X; "the board elected X": X — unless " as <something else>" follows.
    const succeeds = succession(raw, p.end, appositionLength ?? 0);
    if (succeeds && outside(p)) {
      out.push({ person: p, after: succeeds.as ?? succeeds.end, start: p.start, end: succeeds.end, rule: "candidacy.race-result", confidence: 0.75, needsPost: succeeds.as !== null });
      continue;
    }
    const forAppointment = FOR_APPOINTMENT.exec(after);
    if (forAppointment && outside(p)) out.push({ person: p, after: afterEnd + forAppointment[0].length, start: p.start, end: afterEnd + forAppointment[0].length, rule: "candidacy.for-appointment", confidence: 0.75, needsPost: true });
  }

  // Elected by a body: "the executive board elected X".
  for (const p of named) {
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 50), p.extendedStart);
    if (!/(?:ed|ose|cked|s)\s+$/.test(left) || !ELECTS.test(left) || !outside(p)) continue;
    const subject = mentionsIn(analysis, sentence.start, p.extendedStart).filter((m) => !m.modifier && m.type !== "Post").pop();
    if (subject?.type === "Person") continue;
    const as = /^\s+as\s+/.exec(text.slice(p.end, Math.min(sentence.end, p.end + 10)));
    out.push({ person: p, after: as ? p.end + as[0].length : p.end, start: Math.max(sentence.start, p.extendedStart - 20), end: p.end, rule: "candidacy.elected", confidence: 0.75, needsPost: as !== null });
  }

  // "A, B and C, Duffy's competitors,", "A and B, her two challengers": a list the plural apposition places in the race.
  // Every match of the plural apposition's cue, of "with" and of a race "with" holds a match of a broader cue read once here.
  const listCued = namedWhere(LIST_CUE).length > 0;
  const rivalsCued = namedWhere(RIVALS_CUE).length > 0;
  for (const p of listCued ? namedWhere(PLURAL_APPOSITION_CUE) : []) {
    const after = PLURAL_APPOSITION.exec(text.slice(p.end, Math.min(sentence.end, p.end + 60)));
    if (!after || otherRace(after[0]) || otherRaceBody()) continue;
    const list = listBefore(analysis, sentence, p, false);
    if (list.length < 2) continue;
    for (const q of list) if (outside(q)) out.push({ person: q, after: p.end + after[0].length, start: q.start, end: p.end + after[0].length, rule: "candidacy.race-title", confidence: 0.75 });
  }

  // "elected leader with X as deputy", "with X, a former minister, voted in as his deputy": X won the post named after "as".
  for (const p of rivalsCued && /\bwith\s/.test(body) && /\sas\s/.test(body) ? named : []) {
    if (!/\bwith\s+$/.test(text.slice(Math.max(sentence.start, p.extendedStart - 8), p.extendedStart)) || !outside(p)) continue;
    const as = WITH_AS_AFTER.exec(text.slice(p.end, Math.min(sentence.end, p.end + 90)));
    if (as && raceContext() && !otherRaceBody()) out.push({ person: p, after: p.end + as[0].length, start: Math.max(sentence.start, p.extendedStart - 5), end: p.end + as[0].length, rule: "candidacy.elected", confidence: 0.7, needsPost: true });
  }

  // "She faces six strong candidates. A is ..., B from Spain is ..., and C ...": the people that open the items.
  const previousTail = previous && named.length > 0 ? text.slice(Math.max(previous.start, previous.end - 80), previous.end) : "";
  const announced = endsWithCandidatesNoun(previousTail) ? COUNTED_CANDIDATES.exec(previousTail) : null;
  if (announced && !otherRace(text.slice(previous!.start, previous!.end))) {
    const max = Number(announced[1]) || NUMBER_WORDS.indexOf(announced[1]!.toLowerCase()) + 1;
    let taken = 0;
    for (const p of named) {
      if (taken >= max) break;
      const left = text.slice(sentence.start, p.extendedStart);
      if (!(/^(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(left) || /[,;]\s*(?:and\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(left)) || !outside(p)) continue;
      out.push({ person: p, after: p.end, start: p.start, end: p.end, rule: "candidacy.announced-list", confidence: 0.7 });
      taken++;
    }
  }

  // "support for X", "X is backed by Y".
  for (const p of named) {
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 60));
    if (NOT_THE_PERSON.test(after)) continue;
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 60), p.extendedStart);
    const supported = (endsWithSupportWord(left) && SUPPORTED_BEFORE.test(left)) || SUPPORTED_AFTER.test(after);
    // Whether the sentence names another race is read only once someone is found supported.
    if (supported && !otherRaceBody()) out.push({ person: p, after: p.end, start: Math.max(sentence.start, p.extendedStart - 30), end: p.end, rule: "candidacy.supported", confidence: 0.6 });
  }

  // "backed her", "support for him": the pronoun's person is in the race.
  if (PRONOUN_CUE.test(body) && !otherRaceBody()) {
    SUPPORTED_PRONOUN.lastIndex = 0;
    let sp: RegExpExecArray | null;
    while ((sp = SUPPORTED_PRONOUN.exec(body)) !== null) {
      const at = sentence.start + sp.index + sp[0].length - sp[1]!.length;
      // "backed her husband": "her" before a noun is a determiner, not the one backed.
      if (/^her$/i.test(sp[1]!) && ((/^\s+\p{Ll}/u.test(text.slice(at + 3, at + 5)) && !HER_OBJECT.test(text.slice(at + 3, at + 20))) || HER_DEMONYM.test(text.slice(at + 3, at + 40)))) continue;
      const speaker = quoteSpeakerAt(quotes, at);
      // "X plans to endorse him": an object pronoun is never its own clause's subject, the last person named before the verb.
      const verbAt = sentence.start + sp.index;
      const subject = named.filter((m) => m.end <= verbAt && !/[.;:!?]/.test(text.slice(m.end, verbAt))).pop();
      const exclude = [...(speaker ? [speaker.speaker] : []), ...(subject && !/\b(?:said|says|told|thinks|believes|hopes|wants|asked|urged)\b/.test(text.slice(subject.end, verbAt)) ? [subject.entity] : [])];
      const person = resolvePersonPronoun(analysis, at, exclude);
      if (person) out.push({ person, after: at + sp[1]!.length, start: sentence.start + sp.index, end: at + sp[1]!.length, rule: "candidacy.supported.pronoun", confidence: 0.55 });
    }
  }

  // Pronoun subjects of the same statements: "She emerged as one of two finalists".
  const pronoun = /\b(?:He|he|She|she)\b/g;
  let pm: RegExpExecArray | null;
  while ((pm = pronoun.exec(body)) !== null) {
    const at = sentence.start + pm.index + pm[0].length;
    const after = text.slice(at, Math.min(sentence.end, at + 160));
    const found = firstStatement(PRONOUN_TABLE, after);
    if (!found || MODAL.test(found.m![0]) || otherRace(found.m![0]) || quoteSpeakerAt(quotes, at)) continue;
    // "she said he is running": the one reported running is another person.
    const reported = REPORTED_PRONOUN.exec(found.m![0]);
    if (reported && reported[1]!.toLowerCase() !== pm[0].toLowerCase()) continue;
    const state = found.m!;
    const speaker = quoteSpeakerAt(quotes, at);
    const referent = resolvePersonPronoun(analysis, sentence.start + pm.index, speaker ? [speaker.speaker] : []);
    // The holder the race is to replace ("incumbent X") is not who "she" running against candidates is.
    const person = referent && !/\b(?:incumbent|outgoing|retiring)\s+$/i.test(text.slice(Math.max(0, referent.extendedStart - 15), referent.extendedStart)) ? referent : undefined;
    const needsPost = found.r.needsPost && !POISED_WIN.test(state[0]);
    if (person) out.push({ person, after: at + state[0].length, start: sentence.start + pm.index, end: at + state[0].length, rule: "candidacy.race-state.pronoun", confidence: 0.7, needsPost });
  }

  // "X beat Y in the run-off": both were in the race.
  for (let i = 0; i + 1 < named.length; i++) {
    const p = named[i]!;
    const q = named[i + 1]!;
    const between = text.slice(p.end, q.extendedStart).replace(ORIGIN, "");
    const pitted = /\bpit(?:s|ted|ting)\s+$/.test(text.slice(Math.max(sentence.start, p.extendedStart - 20), p.extendedStart)) && /^\s+against\s+$/.test(between);
    if (p.entity === q.entity || !(pitted || AGAINST.test(between)) || !raceContext() || otherRaceBody() || /^['’]s?\s/.test(text.slice(q.end, q.end + 3))) continue;
    // "A and B are competing against C": the plural verb takes the list before it too.
    const side = /^\s*(?:are|were)\b/.test(between) ? listBefore(analysis, sentence, p, false) : [p];
    for (const r of [...side, ...listAfter(analysis, sentence, q.extendedStart, true)]) if (outside(r)) out.push({ person: r, after: q.end, start: p.start, end: Math.max(q.end, r.end), rule: "candidacy.race-pairing", confidence: 0.75 });
  }

  // "He was competing with A, B and C", "the incumbent is being challenged by A": the rivals named after the verb ran, whoever the subject is.
  if (rivalsCued) {
    for (const p of named) {
      const left = text.slice(Math.max(sentence.start, p.extendedStart - 50), p.extendedStart);
      if (!RIVALS_BEFORE.test(left) || /^['’]s?\s/.test(text.slice(p.end, p.end + 3)) || otherRaceBody() || !raceContext()) continue;
      for (const r of listAfter(analysis, sentence, p.extendedStart, true)) if (outside(r)) out.push({ person: r, after: r.end, start: Math.max(sentence.start, p.extendedStart - 20), end: r.end, rule: "candidacy.race-pairing", confidence: 0.7 });
      break;
    }
  }

  // "elected on Friday, beating X", "she defeated X and Y in the run-off", "she lost to X", "beat out several candidates, including X": each one beaten (or who beat) was in the race.
  for (const p of namedWhere(BEATEN_CUE)) {
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 60), p.extendedStart);
    const beaten = BEATEN.test(left);
    const many = !beaten && BEATEN_MANY.test(left);
    if (!(beaten || many || BEATEN_BY.test(left)) || /^['’]s?\s/.test(text.slice(p.end, p.end + 3)) || otherRaceBody() || !raceContext()) continue;
    // An earlier race ("in 2007 he lost to X", "X, whom he beat last year") is not this one: only the single name a verb of beating names is read then, as before.
    const earlier = PAST_TIME_BEATEN.test(body);
    // "beat out several candidates, including A, a veteran official; B, a former minister; and C": a list announced as one may part its items by semicolons.
    const people = earlier ? (beaten ? [p] : []) : listAfter(analysis, sentence, p.extendedStart, many ? "semicolons" : true);
    for (const q of people) if (outside(q)) out.push({ person: q, after: q.end, start: Math.max(sentence.start, p.extendedStart - 20), end: q.end, rule: "candidacy.race-pairing", confidence: 0.7 });
  }

  // "A won 60 votes to B's 40", "98 votes against 62 for B", "A got 64 votes and B 60": each one counted ran.
  if (namedWhere(VOTE_COUNT).length > 0 && !otherRaceBody()) {
    for (const p of named) {
      if (!outside(p)) continue;
      const counted = TALLY_AFTER.test(text.slice(p.end, Math.min(sentence.end, p.end + 30))) || TALLY_BEFORE.test(text.slice(Math.max(sentence.start, p.extendedStart - 30), p.extendedStart));
      if (counted) out.push({ person: p, after: p.end, start: p.start, end: p.end, rule: "candidacy.vote-tally", confidence: 0.75 });
    }
  }

  // "A received the most votes, followed by B (with 40) and C": each one ranked ran; "more votes than B": so did B.
  if (namedWhere(/followed\s+by|\sthan\s/).length > 0 && RANKING_WORDS.test(body) && !otherRaceBody() && !PAST_TIME.test(body)) {
    for (let i = 0; i < named.length; i++) {
      const p = named[i]!;
      const left = text.slice(Math.max(sentence.start, p.extendedStart - 60), p.extendedStart);
      if (!FOLLOWED_BY.test(left) || !outside(p)) continue;
      let previousEnd = p.end;
      for (const q of [p, ...named.slice(i + 1)]) {
        if (q !== p && !RANKING_GAP.test(text.slice(previousEnd, q.extendedStart))) break;
        if (outside(q)) out.push({ person: q, after: q.end, start: Math.max(sentence.start, p.extendedStart - 20), end: q.end, rule: "candidacy.ranked", confidence: 0.7 });
        previousEnd = q.end;
      }
    }
  }

  // "congratulated X on her victory": X won the race.
  for (const p of namedWhere(/ongratulat/i)) {
    if (!outside(p) || !/congratulat\w*\s+$/i.test(text.slice(Math.max(sentence.start, p.extendedStart - 20), p.extendedStart))) continue;
    const won = CONGRATULATED_ON.exec(text.slice(p.end, Math.min(sentence.end, p.end + 60)));
    if (won && !otherRaceBody()) out.push({ person: p, after: p.end + won[0].length, start: Math.max(sentence.start, p.extendedStart - 20), end: p.end + won[0].length, rule: "candidacy.race-result", confidence: 0.7 });
  }

  // "in a tight race with X", "a challenge from X": X is the other side of the race.
  for (const p of rivalsCued ? namedWhere(RACE_WITH_CUE) : []) {
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 70), p.extendedStart);
    if (!/\b(?:with|against|from)\b/.test(left) || !RACE_WITH.test(left) || !outside(p) || otherRaceBody()) continue;
    out.push({ person: p, after: p.end, start: Math.max(sentence.start, p.extendedStart - 30), end: p.end, rule: "candidacy.race-pairing", confidence: 0.7 });
  }

  // "He is being challenged for the post by A and B": the challengers are in the race (a named one challenged is read above; a pronoun's referent here is too often the holder being replaced).
  for (const p of namedWhere(/challenged/)) {
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 90), p.extendedStart);
    const by = CHALLENGED_BY.exec(left);
    if (!by || !outside(p) || otherRaceBody() || !raceContext()) continue;
    const verbAt = p.extendedStart - left.length + by.index;
    // Only a person is challenged for a post: "he", "she" or a name right before the verb ("The ruling was challenged by X" is not a race).
    const personBefore = /\b(?:he|she)\s*$/i.test(text.slice(Math.max(sentence.start, verbAt - 8), verbAt)) || named.some((q) => q.end <= verbAt && /^\s*$/.test(text.slice(q.end, verbAt)));
    if (!personBefore) continue;
    for (const q of listAfter(analysis, sentence, p.extendedStart, true)) if (outside(q)) out.push({ person: q, after: q.end, start: verbAt, end: q.end, rule: "candidacy.race-pairing", confidence: 0.75 });
  }

  // "a race between A and B".
  for (const p of named) {
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 40), p.extendedStart);
    if (!/\bbetween\s+$/.test(left) || !BETWEEN.test(left) || otherRaceBody()) continue;
    for (const q of listAfter(analysis, sentence, p.extendedStart, false)) if (!q.inQuote) out.push({ person: q, after: q.end, start: Math.max(sentence.start, p.extendedStart - 30), end: q.end, rule: "candidacy.race-pairing", confidence: 0.75 });
  }

  // "a shortlist of three, which includes A, B and C".
  SHORTLIST.lastIndex = 0;
  let sm: RegExpExecArray | null;
  // Every person of a shortlist is among the named, so nothing is read without one.
  while (listCued && (sm = SHORTLIST.exec(body)) !== null) {
    const at = sentence.start + sm.index + sm[0].length;
    const list = listAfter(analysis, sentence, at, true);
    for (const q of list) if (outside(q)) out.push({ person: q, after: list[list.length - 1]!.end, start: sentence.start + sm.index, end: q.end, rule: "candidacy.shortlist", confidence: 0.8 });
  }

  // "left A and B as the remaining candidates".
  for (const p of named) {
    const cue = AS_CANDIDATES.exec(text.slice(p.end, sentence.end));
    if (!cue) continue;
    for (const q of listBefore(analysis, sentence, p, true)) if (outside(q)) out.push({ person: q, after: p.end + cue[0].length, start: q.start, end: p.end + cue[0].length, rule: "candidacy.shortlist", confidence: 0.8 });
  }

  return out;
}
