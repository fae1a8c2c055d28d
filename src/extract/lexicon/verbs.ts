/**
 * Verbs and phrases that carry a stance, a candidacy or a quotation. Generic English newswire
 * vocabulary; each pattern is a regular-expression source matched case-insensitively.
 */

/** Speech and opinion verbs that attribute a quotation ("said Attal", "the analyst concluded"). */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
  "emphasises", "explained", "explains", "concluded", "concludes", "believes", "believed", "wrote", "writes", "stated", "states", "declared",
  "declares", "remarked", "insisted", "insists", "argued", "argues", "warned", "warns", "recalled", "recalls", "continued", "continues",
  "pointed out", "points out", "is sure", "was sure", "is convinced", "was convinced", "admitted", "admits", "acknowledged", "acknowledges",
  "claimed", "claims", "asserted", "observed", "commented", "comments", "replied", "answered", "announced", "announces", "underlined",
  "underlines", "suggested", "suggests", "predicted", "predicts", "thinks", "thought", "asked", "urged", "tweeted", "posted", "quipped",
  "conceded", "stressed", "reiterated", "reported", "reports", "confirmed", "confirms", "affirmed", "maintained", "maintains",
] as const;

/** Support: the subject backs the object. */
export const SUPPORT_VERBS = String.raw`support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|champion(?:s|ed|ing)?|nominat(?:e|es|ed|ing)|put(?:s|ting)? forward|field(?:s|ed|ing)|propos(?:e|es|ed|ing)|vot(?:e|es|ed|ing)["”]?(?:\s+[a-z]+ly["”]?)?\s+for|campaign(?:s|ed|ing)?["”]?(?:\s+[a-z]+ly["”]?|\s+hard)?\s+for|lobb(?:y|ies|ied|ying)["”]?(?:\s+[a-z]+ly["”]?|\s+hard)?\s+for|rall(?:y|ies|ied|ying) behind|root(?:s|ed|ing)? for|lin(?:e|es|ed|ing) up behind|(?:unit|align|coalesc)(?:e|es|ed|ing) (?:themselves |itself )?behind|(?:get|got|gets|getting|stand|stands|stood|standing) (?:firmly |squarely )?behind|(?:thr(?:ew|ow|ows|own|owing)|put(?:s|ting)?) (?:its|his|her|their|our|my) (?:full |whole |political )?(?:weight|support|backing) behind|(?:voic|express|declar|pledg|announc|confirm|reaffirm|reiterat|offer|lend|lent|gave|give|giv|signal|signall|extend|emphasiz|emphasis|restat)(?:e|es|ed|ing|s)? (?:its|his|her|their|our|my|the|full|strong|firm|public|formal|unanimous|unwavering|continued|total|governments?['’]s?|countries['’]|country['’]s|nations?['’]s?|["“”]|\s)*(?:support|backing|endorsement)["”]?(?:\s+(?:on|this|last|late|early)\s+\p{L}+|\s+again)? (?:for|to)|(?:came|come|comes|coming) out (?:in favou?r of|in support of|for)|declar(?:e|es|ed|ing)\s+for|(?:supporter|backer|champion|endorser)s?\s+of|welcom(?:e|es|ed|ing)`;

/** Criticism of a candidate or their candidacy: "criticised X's nomination", "raised concerns about X". */
export const CRITICISM = String.raw`criticis(?:e|es|ed|ing)|question(?:s|ed|ing)?|snub(?:s|bed|bing)?|spurn(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|criticiz(?:e|es|ed|ing)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|attack(?:s|ed|ing)?|accus(?:e|es|ed|ing)|(?:rais|voic|express|flagg?|cit)(?:e|es|ed|ing|s)? (?:(?:its|his|her|their|our|serious|grave|strong|deep|several|many|some|new|fresh)\s+)*(?:concerns?|doubts?|reservations?|questions?|alarm) (?:about|over|regarding|on|with)|(?:has|have|had|having)\s+(?:(?:serious|grave|strong|deep|real|some|many|major)\s+)*(?:concerns?|doubts?|reservations?|misgivings)\s+(?:about|over|regarding)|critics?\s+of`;

/** A campaign to stop someone: "launched a campaign to stop X", "the drive to block X". */
const STOP_CAMPAIGN = String.raw`(?:campaign|bid|effort|push|drive|attempt|plot|battle|move|fight|movement|operation)s? to (?:stop|block|defeat|derail|thwart|prevent)`;

/** Opposition: the subject is against the object. */
export const OPPOSE_VERBS = String.raw`oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|object(?:s|ed|ing)? to|(?:spoke|speak|speaks|came|come|comes) out against|(?:campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|argu(?:e|es|ed|ing)|weigh(?:s|ed|ing)?\s+in)(?:\s+hard|\s+[a-z]+ly)?\s+against|(?:is|are|was|were)\s+(?:(?:firmly|strongly|also|now|still|flatly)\s+)?against|(?:withdr(?:ew|aw|aws|awn|awing)|pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|end(?:s|ed|ing)?|revok(?:e|es|ed|ing)|switch(?:es|ed|ing)?)\s+(?:its|his|her|their|our)\s+(?:support|backing|endorsement)\s+(?:for|of|from)|(?:refus|declin)(?:e|es|ed|ing) to (?:support|back|endorse|accept)|withh(?:o|e)ld(?:s|ing)? (?:(?:its|his|her|their) )?(?:support|backing|endorsement)(?: (?:from|for))?|(?:vow|pledg|threaten|promis)(?:e|es|ed|ing|s)? to (?:block|veto|oppose|fight|stop|defeat)|(?:express|voic|signal|signall|declar|stat|reiterat)(?:e|es|ed|ing|s)? (?:its|his|her|their|our|strong|firm|\s)*(?:opposition|objection|objections) to|vot(?:e|es|ed|ing)["”]?(?:\s+[a-z]+ly["”]?)?\s+against|warn(?:s|ed|ing)?\s+against|${CRITICISM}|${STOP_CAMPAIGN}`;

/** Support lost: "X lost the backing of A" (A withdrew it). */
export const NOMINAL_LOSS = String.raw`(?:(?:lost|loses|losing|lose)\s+(?:the\s+)?(?:support|backing|endorsements?)|(?:faces?|faced|facing|met|meets|drew|draws|drawing|encountered|encounters|ran\s+into|runs\s+into)\s+(?:the\s+)?(?:(?:stiff|strong|fierce|firm|vocal|growing|bitter|sharp|some|opposition)\s+)?(?:opposition|resistance|objections?|hostility))\s+(?:of|from|by)`;

/** Passive forms: "is supported by", "has been endorsed by". The capture is the participle. */
export const PASSIVE_STANCE = String.raw`(?:(?:is|are|was|were|be|been|being)\s+(?:also\s+|now\s+|already\s+|\p{L}+ly\s+)*|[,—–]\s*(?:\p{L}+ly\s+)?)(supported|backed|endorsed|favou?red|championed|nominated|opposed|rejected|blocked|vetoed)\s+(?:(?:on|in|last|this|earlier|late|early)\s+[\p{L}\d]+\s+)?by`;

/** A word qualifying a support noun ("the hugely significant support of"); words that take it back are not. */
const NOMINAL_MODIFIER = String.raw`(?!(?:withh\p{L}*|lost|lose|loses|losing|lack\p{L}*|no|not|never|without|sought|seek\p{L}*|need\p{L}*|want\p{L}*|ask\p{L}*|request\p{L}*|little|less)\s)[\p{L}-]+\s+`;

/** Nominal support: "with the backing of Spain", "enjoys the support of". */
export const NOMINAL_SUPPORT = String.raw`(?:(?:with|has|have|had|enjoys?|enjoyed|won|wins|winning|secured?|secures|securing|gained?|gains|gaining|received?|receives|receiving|got|gets|getting|garnered|picked\s+up|locked\s+up|landed|scored|nabbed|earned)\s+(?:the\s+|a\s+|an\s+)?(?:${NOMINAL_MODIFIER}){0,3}?(?:backing|support|endorsements?)\s+(?:of|from)|(?:buoyed|boosted|bolstered|helped)\s+by\s+(?:the\s+)?(?:${NOMINAL_MODIFIER}){0,3}?(?:backing|support|endorsements?)\s+(?:of|from))`;

/** Praise that amounts to support when someone says it ("would make an excellent head"). */
export const PRAISE = String.raw`\b(?:would|will|could)\s+make\s+an?\s+(?:excellent|outstanding|great|good|fine|superb|strong|first-class|ideal)\s+|\b(?:is|was)\s+["“‘']?(?:exactly\s+)?(?:the\s+)?(?:right|best|ideal|perfect|strongest|most qualified)\s+(?:person|choice|candidate|man|woman|leader)\b|\bis\s+exactly\s+the\s+kind\s+of\s+leader\b|\bthe\s+best\s+placed\b|\b(?:is|was)\s+(?:the|a)\s+(?:right\s+)?(?:man|woman|person|candidate|leader)\s+(?:to\s+(?:elect|vote\s+for|choose|back|bring)|for\s+the\s+job)\b|\b(?:is|was)\s+(?:eminently|highly|exceptionally|uniquely|best|superbly)\s+qualified\b|\bwould\s+be\s+an?\s+(?:excellent|outstanding|great|superb|ideal|first-class|fantastic|brilliant)\s+|\bdeserves?\s+(?:our|your|the|their|everyone['’]s)\s+(?:full\s+|unanimous\s+)?(?:support|vote|votes|backing)\b|\b(?:has|gets|will\s+get|will\s+have)\s+(?:our|my)\s+(?:full\s+|total\s+|complete\s+|unwavering\s+|strong\s+)?(?:support|backing|vote|votes|endorsement)\b|\b(?:is|was)\s+(?:his|her|their|my|our)\s+(?:(?:clear|first|preferred|top)\s+)?(?:choice|pick)\b`;

/** Calling a candidate unfit, which amounts to opposition when someone says it ("X is not fit for the job"). */
export const UNFIT = String.raw`\b(?:is|was|are|were|be)\s+(?:(?:simply|just|clearly|plainly|totally|completely|utterly)\s+)?(?:not\s+(?:fit|qualified|suitable|the\s+right\s+(?:person|choice|candidate|man|woman))|unfit|unsuitable|unqualified|unacceptable|the\s+wrong\s+(?:person|choice|candidate|man|woman)|an?\s+(?:bad|poor|terrible|wrong|disastrous|dangerous)\s+(?:choice|pick|candidate))\b|\b(?:not\s+fit\s+for|unfit\s+(?:for|to)|as\s+(?:unfit|unsuitable|unqualified))\b`;

/** Words between a subject and its stance verb that turn it into no stance at all. */
export const HEDGES = String.raw`\b(?:expected|likely|unlikely|poised|set|ready|willing|hoping|hopes|hoped|wants|want|wanted|plans|planned|planning|intends|intending|going\s+to|considering|whether|if|unless|may|might|perhaps|would\s+not\s+oppose|not\s+oppose|neither|nor|stopped\s+short\s+of|short\s+of|yet\s+to|refrain(?:ed)?\s+from|declined\s+to\s+say|appears?\s+to|appeared\s+to|seems?\s+to|seemed\s+to|lean(?:s|ed|ing)?\s+(?:towards?|to)|inclined|tilting|edging)\b`;

/** Candidacy phrases: the subject is a candidate for the post that follows. */
export const CANDIDACY_VERBS = String.raw`(?:vying|running|competing|standing|bidding|campaigning|applying|in\s+the\s+running|in\s+the\s+race|contending)\s+for|(?:to\s+)?compete\s+for|(?:is|are|was|were)\s+(?:now\s+|also\s+)?seeking|seeks|sought|(?:is|was|are|were)\s+interested\s+in\s+(?:receiving|getting|taking|obtaining)|(?:announced|declared|launched|confirmed|submitted)\s+(?:his|her|their)\s+(?:candidacy|candidature|bid)\s+for|(?:favou?rite|frontrunner|front-runner)\s+(?:to\s+(?:become|succeed|replace|lead|head)|for)|(?:candidates?|contenders?|nominees?|hopefuls?)\s+(?:for|to\s+(?:become|lead|head|succeed))|\bas\s+(?:its|their|his|her|a|the|our)\s+(?:joint\s+|official\s+|preferred\s+|common\s+)?(?:candidate|nominee|choice)\s+(?:for|to\s+(?:become|succeed|lead|head))`;

/** Withdrawal from a race, in the past or perfect tense. */
export const WITHDRAWAL = String.raw`\b(?:withdrew|has\s+withdrawn|had\s+withdrawn|pulled\s+out|dropped\s+out|bowed\s+out|stepped\s+aside|stood\s+down|quit\s+the\s+race|(?:ended|abandoned|dropped|suspended|withdrew|has\s+withdrawn)\s+(?:his|her|their)\s+(?:own\s+)?(?:bid|candidacy|candidature|campaign))\b`;
