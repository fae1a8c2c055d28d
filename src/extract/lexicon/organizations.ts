/**
 * International organizations, how they are named, and the posts whose holders they choose.
 * Generic: the point is to recognise any race for the leadership of a known body.
 */
import { PARTIES } from "./parties.js";

export interface PostEntry {
  /** Canonical post name, e.g. "NATO Secretary General". */
  name: string;
  /** Title words as written with the organization ("Secretary General", "Director-General"). */
  titles: readonly string[];
  aliases?: readonly string[];
}

export interface OrganizationEntry {
  /** Stable slug, used in entity ids. */
  slug: string;
  name: string;
  /** Proper names and acronyms, matched case-sensitively. */
  names: readonly string[];
  /**
   * Words several countries' parties share ("Conservative", "Labour"): read as this party only in
   * an article tied to its country (`parties.ts`).
   */
  shared?: readonly string[];
  /** Common nouns the text uses for it once named ("the alliance", "the Fund"). */
  generic: readonly string[];
  /** The first post is the one meant by "head of", "to lead", "the top job at". */
  posts: readonly PostEntry[];
}

const SG = ["Secretary General", "Secretary-General"];
const DG = ["Director-General", "Director General"];

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { slug: "nato", name: "NATO", names: ["NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance", "OTAN", "Nato"], generic: ["alliance", "bloc"], posts: [{ name: "NATO Secretary General", titles: SG }] },
  { slug: "united-nations", name: "United Nations", names: ["United Nations", "UN", "U.N."], generic: ["world body", "organization", "organisation"], posts: [{ name: "UN Secretary-General", titles: SG }] },
  { slug: "european-commission", name: "European Commission", names: ["European Commission", "EU Commission", "Commission"], generic: ["Commission"], posts: [{ name: "President of the European Commission", titles: ["President", "Presidency"], aliases: ["Commission President", "European Commission President"] }] },
  { slug: "european-council", name: "European Council", names: ["European Council"], generic: [], posts: [{ name: "President of the European Council", titles: ["President", "Presidency"] }] },
  { slug: "european-parliament", name: "European Parliament", names: ["European Parliament"], generic: ["Parliament"], posts: [{ name: "President of the European Parliament", titles: ["President", "Presidency"] }] },
  { slug: "european-union", name: "European Union", names: ["European Union", "EU", "Brussels"], generic: ["bloc", "union"], posts: [{ name: "EU High Representative for Foreign Affairs", titles: ["High Representative", "foreign policy chief"] }] },
  { slug: "european-central-bank", name: "European Central Bank", names: ["European Central Bank", "ECB"], generic: ["bank"], posts: [{ name: "ECB President", titles: ["President", "Presidency"] }] },
  { slug: "wto", name: "World Trade Organization", names: ["World Trade Organization", "World Trade Organisation", "WTO"], generic: ["organization", "organisation", "body"], posts: [{ name: "WTO Director-General", titles: DG }] },
  { slug: "who", name: "World Health Organization", names: ["World Health Organization", "World Health Organisation", "WHO"], generic: ["organization", "organisation", "agency", "body"], posts: [{ name: "WHO Director-General", titles: DG }] },
  { slug: "imf", name: "International Monetary Fund", names: ["International Monetary Fund", "IMF"], generic: ["Fund", "fund", "lender"], posts: [{ name: "IMF Managing Director", titles: ["Managing Director", "managing director"] }] },
  { slug: "world-bank", name: "World Bank", names: ["World Bank", "World Bank Group"], generic: ["Bank", "bank", "lender"], posts: [{ name: "World Bank President", titles: ["President", "Presidency"] }] },
  { slug: "unesco", name: "UNESCO", names: ["UNESCO", "Unesco", "United Nations Educational, Scientific and Cultural Organization"], generic: ["organization", "organisation", "agency"], posts: [{ name: "UNESCO Director-General", titles: DG }] },
  { slug: "ilo", name: "International Labour Organization", names: ["International Labour Organization", "International Labor Organization", "ILO"], generic: ["organization", "agency"], posts: [{ name: "ILO Director-General", titles: DG }] },
  { slug: "fao", name: "Food and Agriculture Organization", names: ["Food and Agriculture Organization", "FAO"], generic: ["organization", "agency"], posts: [{ name: "FAO Director-General", titles: DG }] },
  { slug: "iaea", name: "International Atomic Energy Agency", names: ["International Atomic Energy Agency", "IAEA"], generic: ["agency", "watchdog"], posts: [{ name: "IAEA Director General", titles: DG }] },
  { slug: "iom", name: "International Organization for Migration", names: ["International Organization for Migration", "IOM"], generic: ["organization", "agency"], posts: [{ name: "IOM Director General", titles: DG }] },
  { slug: "wipo", name: "World Intellectual Property Organization", names: ["World Intellectual Property Organization", "WIPO"], generic: ["organization", "agency"], posts: [{ name: "WIPO Director General", titles: DG }] },
  { slug: "unhcr", name: "UNHCR", names: ["UNHCR", "UN Refugee Agency", "UN refugee agency"], generic: ["agency"], posts: [{ name: "UN High Commissioner for Refugees", titles: ["High Commissioner"] }] },
  { slug: "unicef", name: "UNICEF", names: ["UNICEF", "Unicef"], generic: ["agency"], posts: [{ name: "UNICEF Executive Director", titles: ["Executive Director"] }] },
  { slug: "undp", name: "UNDP", names: ["UNDP", "UN Development Programme", "United Nations Development Programme"], generic: ["agency"], posts: [{ name: "UNDP Administrator", titles: ["Administrator"] }] },
  { slug: "osce", name: "OSCE", names: ["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"], generic: ["organization"], posts: [{ name: "OSCE Secretary General", titles: SG }] },
  { slug: "oecd", name: "OECD", names: ["OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"], generic: ["organization", "organisation"], posts: [{ name: "OECD Secretary-General", titles: SG }] },
  { slug: "council-of-europe", name: "Council of Europe", names: ["Council of Europe"], generic: ["Council"], posts: [{ name: "Council of Europe Secretary General", titles: SG }] },
  { slug: "interpol", name: "Interpol", names: ["Interpol", "INTERPOL"], generic: ["organization", "agency"], posts: [{ name: "Interpol President", titles: ["President", "Presidency"] }, { name: "Interpol Secretary General", titles: SG }] },
  { slug: "commonwealth", name: "Commonwealth of Nations", names: ["Commonwealth", "Commonwealth of Nations"], generic: [], posts: [{ name: "Commonwealth Secretary-General", titles: SG }] },
  { slug: "arab-league", name: "Arab League", names: ["Arab League", "League of Arab States"], generic: ["league"], posts: [{ name: "Arab League Secretary-General", titles: SG }] },
  { slug: "asean", name: "ASEAN", names: ["ASEAN", "Association of Southeast Asian Nations"], generic: ["bloc"], posts: [{ name: "ASEAN Secretary-General", titles: SG }] },
  { slug: "african-union", name: "African Union", names: ["African Union Commission", "AU Commission", "AUC", "African Union", "AU"], generic: ["bloc", "union"], posts: [{ name: "Chairperson of the African Union Commission", titles: ["Chairperson", "Commission Chairperson", "Commission Chair", "Commission chief"], aliases: ["Chair of the African Union Commission", "Chair of the AU Commission", "Chair of the AUC", "African Union Commission Chair", "AU Commission Chair", "AUC Chair", "AUC Chairperson", "AUC chairmanship", "AU Commission chairmanship", "African Union Commission chairmanship"] }] },
  { slug: "oas", name: "Organization of American States", names: ["Organization of American States", "OAS"], generic: ["organization"], posts: [{ name: "OAS Secretary General", titles: SG }] },
  { slug: "ioc", name: "International Olympic Committee", names: ["International Olympic Committee", "IOC"], generic: ["committee"], posts: [{ name: "IOC President", titles: ["President", "Presidency"] }] },
  { slug: "iaaf", name: "IAAF", names: ["International Association of Athletics Federations", "International Amateur Athletic Federation", "IAAF"], generic: ["federation", "association"], posts: [{ name: "IAAF President", titles: ["President", "Presidency"] }, { name: "IAAF Vice-President", titles: ["Vice-President", "Vice President"] }] },
  { slug: "uefa", name: "UEFA", names: ["Union of European Football Associations", "UEFA"], generic: ["body"], posts: [] },
  { slug: "concacaf", name: "CONCACAF", names: ["CONCACAF", "Concacaf"], generic: ["confederation"], posts: [] },
  { slug: "conmebol", name: "CONMEBOL", names: ["CONMEBOL", "Conmebol"], generic: ["confederation"], posts: [] },
  { slug: "afc", name: "Asian Football Confederation", names: ["Asian Football Confederation"], generic: ["confederation"], posts: [] },
  { slug: "caf", name: "Confederation of African Football", names: ["Confederation of African Football"], generic: ["confederation"], posts: [] },
  { slug: "oca", name: "Olympic Council of Asia", names: ["Olympic Council of Asia", "OCA"], generic: ["council"], posts: [] },
  { slug: "fiba", name: "FIBA", names: ["International Basketball Federation", "FIBA"], generic: ["federation"], posts: [] },
  { slug: "uci", name: "UCI", names: ["Union Cycliste Internationale", "UCI"], generic: ["federation", "union"], posts: [] },
  { slug: "fifa", name: "FIFA", names: ["FIFA"], generic: ["federation"], posts: [{ name: "FIFA President", titles: ["President", "Presidency"] }] },
  { slug: "uefa", name: "UEFA", names: ["UEFA", "Union of European Football Associations"], generic: [], posts: [{ name: "UEFA President", titles: ["President", "Presidency"] }] },
  { slug: "iaaf", name: "IAAF", names: ["IAAF", "International Association of Athletics Federations"], generic: ["federation"], posts: [{ name: "IAAF President", titles: ["President", "Presidency", "presidency"] }] },
  { slug: "ebrd", name: "European Bank for Reconstruction and Development", names: ["European Bank for Reconstruction and Development", "EBRD"], generic: ["bank"], posts: [{ name: "EBRD President", titles: ["President", "Presidency"] }] },
  { slug: "afdb", name: "African Development Bank", names: ["African Development Bank", "AfDB"], generic: ["bank"], posts: [{ name: "AfDB President", titles: ["President", "Presidency"] }] },
  { slug: "adb", name: "Asian Development Bank", names: ["Asian Development Bank", "ADB"], generic: ["bank"], posts: [{ name: "ADB President", titles: ["President", "Presidency"] }] },
  { slug: "icc", name: "International Criminal Court", names: ["International Criminal Court", "ICC"], generic: ["court"], posts: [{ name: "ICC Prosecutor", titles: ["Prosecutor", "Chief Prosecutor"] }] },
  { slug: "itu", name: "International Telecommunication Union", names: ["International Telecommunication Union", "International Telecommunications Union", "ITU"], generic: ["union", "agency", "organization", "organisation"], posts: [{ name: "ITU Secretary-General", titles: SG }] },
  { slug: "upu", name: "Universal Postal Union", names: ["Universal Postal Union", "UPU"], generic: ["union", "agency"], posts: [{ name: "UPU Director General", titles: DG }] },
  { slug: "wmo", name: "World Meteorological Organization", names: ["World Meteorological Organization", "WMO"], generic: ["organization", "agency"], posts: [{ name: "WMO Secretary-General", titles: SG }] },
  { slug: "imo", name: "International Maritime Organization", names: ["International Maritime Organization", "IMO"], generic: ["organization", "agency"], posts: [{ name: "IMO Secretary-General", titles: SG }] },
  { slug: "icao", name: "International Civil Aviation Organization", names: ["International Civil Aviation Organization", "ICAO"], generic: ["organization", "agency"], posts: [{ name: "ICAO Secretary General", titles: SG }] },
  { slug: "unido", name: "UNIDO", names: ["UNIDO", "United Nations Industrial Development Organization", "UN Industrial Development Organization"], generic: ["organization", "agency"], posts: [{ name: "UNIDO Director General", titles: DG }] },
  { slug: "ifad", name: "IFAD", names: ["IFAD", "International Fund for Agricultural Development"], generic: ["fund", "agency"], posts: [{ name: "IFAD President", titles: ["President", "Presidency"] }] },
  { slug: "unwto", name: "UN Tourism", names: ["UN Tourism", "UNWTO", "World Tourism Organization"], generic: ["organization", "agency"], posts: [{ name: "UN Tourism Secretary-General", titles: SG }] },
  { slug: "wfp", name: "World Food Programme", names: ["World Food Programme", "World Food Program", "WFP"], generic: ["agency", "programme"], posts: [{ name: "WFP Executive Director", titles: ["Executive Director"] }] },
  { slug: "unfpa", name: "UNFPA", names: ["UNFPA", "UN Population Fund", "United Nations Population Fund"], generic: ["agency", "fund"], posts: [{ name: "UNFPA Executive Director", titles: ["Executive Director"] }] },
  { slug: "unep", name: "UNEP", names: ["UNEP", "UN Environment Programme", "United Nations Environment Programme"], generic: ["agency", "programme"], posts: [{ name: "UNEP Executive Director", titles: ["Executive Director"] }] },
  { slug: "unaids", name: "UNAIDS", names: ["UNAIDS"], generic: ["agency", "programme"], posts: [{ name: "UNAIDS Executive Director", titles: ["Executive Director"] }] },
  { slug: "opcw", name: "OPCW", names: ["OPCW", "Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"], generic: ["organisation", "organization", "watchdog"], posts: [{ name: "OPCW Director-General", titles: DG }] },
  { slug: "iadb", name: "Inter-American Development Bank", names: ["Inter-American Development Bank", "IDB", "IADB"], generic: ["bank"], posts: [{ name: "IDB President", titles: ["President", "Presidency"] }] },
  { slug: "aiib", name: "Asian Infrastructure Investment Bank", names: ["Asian Infrastructure Investment Bank", "AIIB"], generic: ["bank"], posts: [{ name: "AIIB President", titles: ["President", "Presidency"] }] },
  { slug: "francophonie", name: "Organisation internationale de la Francophonie", names: ["Organisation internationale de la Francophonie", "International Organisation of La Francophonie", "Francophonie", "OIF"], generic: ["organisation", "organization"], posts: [{ name: "Secretary General of La Francophonie", titles: SG }] },
  // Government offices that speak for themselves in the news.
  { slug: "ustr", name: "Office of the United States Trade Representative", names: ["Office of the United States Trade Representative", "Office of the U.S. Trade Representative", "Office of the US Trade Representative", "USTR", "United States Trade Representative", "U.S. Trade Representative", "US Trade Representative"], generic: [], posts: [] },
  // Regional blocs and groups of states: endorsers, not races of their own here.
  { slug: "ecowas", name: "ECOWAS", names: ["ECOWAS", "Economic Community of West African States"], generic: [], posts: [] },
  { slug: "sadc", name: "SADC", names: ["SADC", "Southern African Development Community"], generic: [], posts: [] },
  { slug: "eac", name: "East African Community", names: ["East African Community", "EAC"], generic: [], posts: [] },
  { slug: "igad", name: "IGAD", names: ["IGAD", "Intergovernmental Authority on Development"], generic: [], posts: [] },
  { slug: "caricom", name: "CARICOM", names: ["CARICOM", "Caribbean Community"], generic: [], posts: [] },
  { slug: "mercosur", name: "Mercosur", names: ["Mercosur", "MERCOSUR"], generic: [], posts: [] },
  { slug: "brics", name: "BRICS", names: ["BRICS", "BRIC"], generic: [], posts: [] },
  { slug: "g77", name: "Group of 77", names: ["Group of 77", "G77", "G-77"], generic: [], posts: [] },
  { slug: "arab-group", name: "Arab Group", names: ["Arab Group"], generic: [], posts: [] },
  { slug: "gcc", name: "Gulf Cooperation Council", names: ["Gulf Cooperation Council", "GCC"], generic: [], posts: [] },
  { slug: "oic", name: "Organisation of Islamic Cooperation", names: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"], generic: [], posts: [] },
  { slug: "g20", name: "G20", names: ["G20", "G-20", "Group of Twenty"], generic: [], posts: [] },
  { slug: "g7", name: "G7", names: ["G7", "G-7", "Group of Seven"], generic: [], posts: [] },
  // Party leaderships and nominations: races decided inside a party.
  { slug: "amnesty-international", name: "Amnesty International", names: ["Amnesty International"], generic: [], posts: [] },
  { slug: "human-rights-watch", name: "Human Rights Watch", names: ["Human Rights Watch", "HRW"], generic: [], posts: [] },
  { slug: "transparency-international", name: "Transparency International", names: ["Transparency International"], generic: [], posts: [] },
  // Other parties, named as actors (their leaderships are not races here).
  { slug: "ukip", name: "UK Independence Party", names: ["UK Independence Party", "UKIP", "Ukip"], generic: [], posts: [] },
  { slug: "snp", name: "Scottish National Party", names: ["Scottish National Party", "SNP"], generic: [], posts: [] },
  { slug: "liberal-democrats", name: "Liberal Democrats", names: ["Liberal Democrats", "Liberal Democrat Party", "Lib Dems", "LibDems"], generic: [], posts: [] },
  { slug: "brexit-party", name: "Brexit Party", names: ["Brexit Party"], generic: [], posts: [] },
  { slug: "green-party", name: "Green Party", names: ["Green Party"], generic: [], posts: [] },
  { slug: "plaid-cymru", name: "Plaid Cymru", names: ["Plaid Cymru"], generic: [], posts: [] },
  { slug: "dup", name: "Democratic Unionist Party", names: ["Democratic Unionist Party", "DUP"], generic: [], posts: [] },
  { slug: "sinn-fein", name: "Sinn Féin", names: ["Sinn Féin", "Sinn Fein"], generic: [], posts: [] },
  { slug: "cdu", name: "Christian Democratic Union", names: ["Christian Democratic Union", "CDU"], generic: [], posts: [] },
  { slug: "csu", name: "Christian Social Union", names: ["Christian Social Union", "CSU"], generic: [], posts: [] },
  { slug: "spd", name: "Social Democratic Party of Germany", names: ["Social Democratic Party of Germany", "SPD"], generic: [], posts: [] },
  { slug: "fdp", name: "Free Democratic Party", names: ["Free Democratic Party", "FDP"], generic: [], posts: [] },
  { slug: "afd", name: "Alternative for Germany", names: ["Alternative for Germany", "AfD"], generic: [], posts: [] },
  { slug: "epp", name: "European People's Party", names: ["European People's Party", "European People’s Party", "EPP"], generic: ["party"], posts: [] },
  { slug: "pes", name: "Party of European Socialists", names: ["Party of European Socialists", "PES"], generic: ["party"], posts: [] },
  { slug: "labour-party", name: "Labour Party", names: ["Labour Party", "Labour party", "Labour"], generic: ["party"], posts: [{ name: "Leader of the Labour Party", titles: ["leader", "Leader", "leadership", "Leadership"] }, { name: "Deputy Leader of the Labour Party", titles: ["deputy leader", "Deputy Leader", "deputy leadership", "Deputy Leadership"] }] },
  { slug: "conservative-party", name: "Conservative Party", names: ["Conservative Party", "Conservative party", "Conservative", "Tory", "Tories"], generic: ["party"], posts: [{ name: "Leader of the Conservative Party", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "democratic-party", name: "Democratic Party", names: ["Democratic Party", "Democratic party", "Democratic", "Democrats"], generic: ["party"], posts: [{ name: "Democratic presidential nomination", titles: ["presidential nomination", "nomination", "presidential candidate"], aliases: ["Democratic presidential nomination", "Democratic nomination"] }] },
  { slug: "republican-party", name: "Republican Party", names: ["Republican Party", "Republican party", "Republican", "Republicans", "GOP"], generic: ["party"], posts: [{ name: "Republican presidential nomination", titles: ["presidential nomination", "nomination", "presidential candidate"], aliases: ["Republican presidential nomination", "Republican nomination"] }] },
  { slug: "opec", name: "OPEC", names: ["OPEC"], generic: ["cartel"], posts: [{ name: "OPEC Secretary General", titles: SG }] },
  ...PARTIES,
];

/** Titles that name a post on their own once the article's organization is known. */
export const STANDALONE_TITLES = ["Secretary General", "Secretary-General", "Director-General", "Director General", "Managing Director", "High Commissioner", "Executive Director"];
