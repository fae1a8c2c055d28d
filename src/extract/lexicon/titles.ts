/**
 * Titles and role words. A title before a name ("German Chancellor Olaf Scholz") or in apposition
 * ("the head of the French Cabinet, Gabriel Attal") tells who a person is and whom they speak for.
 */

/** Capitalized words that belong to a title, not to a name. */
export const TITLE_WORDS = new Set(
  `President Vice Prime Minister Ministers Premier Chancellor Secretary Secretaries State Foreign Finance Economy Economic Trade
  Defence Defense Interior Home Justice Education Energy Health Agriculture Environment Culture Labour Labor Transport Industry Treasury
  Development Digital Affairs Deputy First Acting Interim Former Outgoing Incoming Senior Chief Head Leader General Attorney Permanent
  Special High Representative Representatives Spokesperson Spokesman Spokeswoman Press Ambassador Envoy Commissioner Commissioners
  Director Directors Managing Executive Chair Chairman Chairwoman Chairperson Speaker Governor Mayor Senator Congressman Congresswoman
  King Queen Emir Sultan Prince Princess Crown Sheikh Pope Cardinal Archbishop Bishop General Admiral Colonel Marshal Commander
  Candidate Candidates Nominee Nominees Contender Contenders Finalist Finalists Rival Rivals Challenger Challengers Associate Assistant Professor Professor Lecturer Doctor Dr Mr Mrs Ms Sir Dame Lord Lady Madam Judge Justice Prosecutor
  Coordinator Adviser Advisor Counsellor Counselor Undersecretary Under-Secretary Secretary-General Director-General Vice-President
  Deputy-Director Head-of-State MP MEP Member Members Delegate Rapporteur Economist Diplomat Analyst Expert
  Treasurer Taoiseach Tánaiste Tanaiste Whip Shadow Opposition Majority Minority Minorities Lawmaker Lawmakers Legislator Legislators Councillor Councilor
  Councilman Councilwoman Alderman Alderwoman Assemblyman Assemblywoman Assemblymember Baron Baroness Earl Countess Viscount Viscountess Marquess
  Duke Duchess Emperor Empress Shah Ayatollah Imam Mufti Rabbi Reverend Pastor Patriarch Lieutenant Lt Brigadier Captain
  Sergeant Inspector Superintendent Comptroller Auditor Solicitor Advocate Magistrate Registrar Ombudsman Provost Rector Minister-President
  Governor-General Lieutenant-Governor Attorney-General Solicitor-General Auditor-General Advocate-General Vice-Chancellor Vice-Premier
  Hon Honourable Honorable Rt Cllr Alhaji Alhaja Alh Hajia Hajiya Haji Hajjah Mallam Malam Datuk Dato Datin Seri Pehin Ustaz
  Shri Shrimati Smt Monsieur Madame Mademoiselle Signor Signora Señor Señora Senor Senora Senhor Senhora Engr Excellency
  Capt Maj Sgt Brig Cdr Amb Supt Insp Atty Msgr Comrade
  Billionaire Businessman Businesswoman Tycoon Magnate Entrepreneur Philanthropist Backbencher Frontbencher Incumbent Activist Campaigner
  Coach Veteran Stalwart Loyalist Lawyer Journalist Columnist Commentator Presenter Broadcaster Academic Scientist Historian Footballer
  Hopeful Newcomer Outsider Front-runner Frontrunner Favourite Favorite Founder Co-founder
  Superdelegate Superdelegates Elector Brexiteer Remainer Eurosceptic Centrist Populist Left-winger Right-winger Leftwinger Rightwinger MLA MPP MHA MNA MLC MSP
  Premier-elect Chief-Minister Party-leader Convenor Convener Secretary-at-large`.split(/\s+/).filter(Boolean),
);

/** Abbreviated titles written with a full stop before a name ("Hon. Tom Vale", "Engr. Ana Ruiz"): the stop does not end the name's run. */
export const ABBREVIATED_TITLES = new Set(["Hon", "Rt", "Engr", "Capt", "Lt", "Maj", "Sgt", "Brig", "Cdr", "Amb", "Supt", "Insp", "Atty", "Msgr", "Cllr", "Alh"]);

/** Titles written as initials ("H.E. Tom Vale"): not a person's own initials. */
export const DOTTED_TITLES = new Set(["H.E.", "H.R.H.", "H.H.", "H.M.", "S.E.", "Rt.Hon."]);

/** A title with a prefix of time or rank ("Ex-President", "then-Minister", "Co-chair"): the title after it. */
export const PREFIXED_TITLE = /^(?:Ex|ex|Then|then|Former|former|Co|co|Acting|acting|Interim|interim)-(\p{L}+)$/u;

/** A title that ends "-elect" or "-designate" ("President-elect", "Prime Minister-designate"). */
export const ELECT_TITLE = /^\p{Lu}[\p{L}]*-(?:elect|designate|in-waiting)$/u;

/**
 * Role phrases that make a person speak for the country or organization named with them, and
 * the canonical role. Checked in order on the lower-cased role text; the first match wins.
 */
export const SPEAKING_ROLES: readonly { pattern: RegExp; role: string }[] = [
  { pattern: /\b(?:deputy|vice)[ -]prime minister\b/, role: "Deputy Prime Minister" },
  { pattern: /\bprime minister\b|\bpremier\b|\btaoiseach\b|\bhead of (?:the )?(?:\w+ )?(?:cabinet|government)\b/, role: "Prime Minister" },
  { pattern: /\bvice[ -]president\b/, role: "Vice President" },
  { pattern: /\bchancellor\b/, role: "Chancellor" },
  { pattern: /\bpresident\b|\bhead of state\b/, role: "President" },
  { pattern: /\bforeign (?:affairs )?minister\b|\bminister (?:of|for) foreign affairs\b|\bforeign secretary\b|\bsecretary of state\b|\btop diplomat\b|\bchief diplomat\b/, role: "Foreign Minister" },
  { pattern: /\b(?:finance|economy|economic|trade|defen[cs]e|interior|health|justice|energy|agriculture|environment|education|labou?r|industry|digital|development|european affairs) minister\b|\bminister (?:of|for) [a-z ]+\b/, role: "Minister" },
  { pattern: /\btreasurer\b|\btreasury secretary\b|\bsecretary of (?:the )?treasury\b|\bchancellor of the exchequer\b/, role: "Treasury Secretary" },
  { pattern: /\bminister\b/, role: "Minister" },
  { pattern: /\bspokes(?:person|man|woman)\b|\bpress secretary\b|\bstrategic communications\b|\bcommunications (?:director|coordinator|chief)\b/, role: "Spokesperson" },
  { pattern: /\bpermanent representative\b|\bambassador\b|\benvoy\b|\bdelegate\b|\bdelegation\b/, role: "Ambassador" },
  { pattern: /\bcommissioner\b/, role: "Commissioner" },
  { pattern: /\b(?:king|queen|emir|sultan|crown prince)\b/, role: "Head of State" },
  { pattern: /\bsecretary[ -]general\b|\bdirector[ -]general\b|\bmanaging director\b|\bhead\b|\bchief\b|\bleader\b|\bchair(?:man|woman|person)?\b/, role: "Head" },
  { pattern: /\bsecretary\b/, role: "Secretary" },
];

/** Words that make a role personal or past: such a person speaks for no one. */
export const NON_SPEAKING_ROLE = /\b(?:former|ex-|ex |retired|late|once|then-|would-be|opposition|majority|minority|whip|shadow|candidate|hopeful|professor|lecturer|fellow|researcher|analyst|expert|economist|scientist|scholar|historian|journalist|correspondent|member of|student)\b/;

/** Head nouns of leadership roles, for "the French leader" or "the American leader". */
export const LEADER_ROLES = new Set(["President", "Prime Minister", "Chancellor", "Head of State", "Head"]);

/**
 * Generic nouns that describe a person in the text ("the Dutch politician", "the analyst").
 * Each noun lists the roles a referent may hold; an empty list accepts anyone.
 */
export const DESCRIPTOR_NOUNS: Record<string, readonly string[]> = {
  politician: [],
  leader: ["President", "Prime Minister", "Chancellor", "Head of State", "Head"],
  premier: ["Prime Minister"],
  taoiseach: [],
  "prime minister": ["Prime Minister"],
  president: ["President"],
  chancellor: ["Chancellor"],
  minister: ["Minister", "Foreign Minister", "Prime Minister", "Deputy Prime Minister", "Treasury Secretary"],
  "foreign minister": ["Foreign Minister"],
  "finance minister": ["Minister", "Treasury Secretary"],
  diplomat: [],
  official: [],
  candidate: [],
  contender: [],
  nominee: [],
  challenger: [],
  hopeful: [],
  judge: [],
  envoy: [],
  ambassador: [],
  head: [],
  secretary: [],
  economist: [],
  governor: [],
  senator: [],
  mayor: [],
};

/** Nouns for a non-official speaker ("the analyst concluded"). */
export const EXPERT_NOUNS = new Set(["analyst", "expert", "economist", "professor", "political scientist", "scientist", "scholar", "researcher", "historian", "observer", "commentator", "specialist", "academic", "lecturer", "fellow"]);

/** Nouns for an outlet as speaker ("the publication writes"). */
export const MEDIA_NOUNS = new Set(["publication", "newspaper", "magazine", "outlet", "paper", "daily", "weekly", "agency", "broadcaster", "channel", "website", "journal"]);
