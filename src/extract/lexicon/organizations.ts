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
const PRESIDENT_TITLES = ["President", "Presidency", "presidency"];
const DG = ["Director-General", "Director General"];

/** A body whose head is named "<short name> <title>" ("FIBA President", "World Rugby Chairman"). */
function body(slug: string, short: string, names: readonly string[], generic: readonly string[], title: string, titles: readonly string[], aliases?: readonly string[]): OrganizationEntry {
  return { slug, name: names[0] ?? short, names, generic, posts: [{ name: `${short} ${title}`, titles, ...(aliases ? { aliases } : {}) }] };
}

/**
 * A sport's federation and its presidency ("FIS President", "World Rugby Chairman"). A president
 * named as someone's office ("FIS President Ana Ruiz", "Ana Ruiz, the FIBA president,") is no race
 * (`mentions.ts`), so a federation whose head is only a title in an article leaves its post out.
 */
function sport(slug: string, short: string, names: readonly string[], generic: readonly string[] = ["federation"], title = "President", titles: readonly string[] = PRESIDENT_TITLES): OrganizationEntry {
  return { slug, name: names[0]!, names, generic, posts: [{ name: `${short} ${title}`, titles }] };
}

/** A court whose race is for a seat on its bench. */
function court(slug: string, name: string, names: readonly string[]): OrganizationEntry {
  const seats = names.flatMap((n) => [`seat on the ${n}`, `seat at the ${n}`, `seat on ${n}`, `bench of the ${n}`]);
  return { slug, name, names, generic: ["court"], posts: [{ name: `Judge of the ${name}`, titles: ["judge", "Judge", "judgeship", "justice", "Justice"], aliases: seats }] };
}

const PRESIDENT = ["President", "Presidency"];
const CHAIR = ["Chairman", "Chair", "Chairwoman", "Chairperson", "chairmanship", "President", "Presidency"];
const EXECUTIVE = ["Executive Director", "executive director"];

/**
 * International bodies beyond the ones above: UN funds, programmes and offices, courts, European
 * and regional institutions, development banks, and sport's world and continental federations.
 * Acronyms shared by two bodies ("ICC", "CAF") stay with the body the news names so most often;
 * the other is named in full only.
 */
const MORE_BODIES: readonly OrganizationEntry[] = [
  // The United Nations' organs, funds, programmes and offices.
  { slug: "un-general-assembly", name: "UN General Assembly", names: ["UN General Assembly", "United Nations General Assembly", "U.N. General Assembly"], generic: ["assembly"], posts: [{ name: "President of the UN General Assembly", titles: PRESIDENT, aliases: ["General Assembly President", "President of the General Assembly", "presidency of the General Assembly", "General Assembly presidency"] }] },
  { slug: "un-security-council", name: "UN Security Council", names: ["UN Security Council", "United Nations Security Council", "U.N. Security Council"], generic: ["council"], posts: [] },
  { slug: "un-human-rights-council", name: "UN Human Rights Council", names: ["UN Human Rights Council", "United Nations Human Rights Council", "U.N. Human Rights Council"], generic: ["council"], posts: [] },
  body("ohchr", "UN", ["Office of the United Nations High Commissioner for Human Rights", "OHCHR", "UN Human Rights Office", "UN human rights office", "High Commissioner for Human Rights", "high commissioner for human rights"], ["office"], "High Commissioner for Human Rights", ["High Commissioner for Human Rights", "human rights chief"], ["UN High Commissioner for Human Rights", "United Nations High Commissioner for Human Rights", "U.N. High Commissioner for Human Rights", "High Commissioner for Human Rights", "UN human rights chief", "U.N. human rights chief"]),
  body("unctad", "UNCTAD", ["UNCTAD", "United Nations Conference on Trade and Development", "UN Conference on Trade and Development"], ["organization", "agency"], "Secretary-General", SG),
  body("un-habitat", "UN-Habitat", ["UN-Habitat", "UN Habitat", "United Nations Human Settlements Programme"], ["agency", "programme"], "Executive Director", EXECUTIVE),
  body("unrwa", "UNRWA", ["UNRWA", "United Nations Relief and Works Agency", "UN Relief and Works Agency"], ["agency"], "Commissioner-General", ["Commissioner-General", "Commissioner General"]),
  body("un-women", "UN Women", ["UN Women", "U.N. Women"], ["agency"], "Executive Director", EXECUTIVE),
  body("unodc", "UNODC", ["UNODC", "United Nations Office on Drugs and Crime", "UN Office on Drugs and Crime"], ["office", "agency"], "Executive Director", EXECUTIVE),
  body("unops", "UNOPS", ["UNOPS", "United Nations Office for Project Services"], ["office", "agency"], "Executive Director", EXECUTIVE),
  body("unfccc", "UNFCCC", ["UNFCCC", "United Nations Framework Convention on Climate Change", "UN Climate Change"], ["secretariat"], "Executive Secretary", ["Executive Secretary", "climate chief"]),
  body("ctbto", "CTBTO", ["CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organization"], ["organization", "organisation"], "Executive Secretary", ["Executive Secretary"]),
  body("ipcc", "IPCC", ["IPCC", "Intergovernmental Panel on Climate Change"], ["panel"], "Chair", CHAIR),
  body("isa", "International Seabed Authority", ["International Seabed Authority"], ["authority"], "Secretary-General", SG),
  body("pca", "PCA", ["Permanent Court of Arbitration"], ["court"], "Secretary-General", SG),
  body("cas", "CAS", ["Court of Arbitration for Sport", "CAS"], ["court"], "Secretary General", SG),
  body("cepi", "CEPI", ["CEPI", "Coalition for Epidemic Preparedness Innovations"], ["coalition"], "Chief Executive", ["Chief Executive", "CEO"]),
  body("wco", "WCO", ["World Customs Organization", "World Customs Organisation", "WCO"], ["organization", "organisation"], "Secretary General", SG),
  body("irena", "IRENA", ["IRENA", "International Renewable Energy Agency"], ["agency"], "Director-General", DG),
  body("iea", "IEA", ["International Energy Agency"], ["agency"], "Executive Director", EXECUTIVE),
  body("global-fund", "Global Fund", ["Global Fund", "Global Fund to Fight AIDS, Tuberculosis and Malaria"], ["fund"], "Executive Director", EXECUTIVE),
  body("gavi", "Gavi", ["Gavi", "GAVI", "Gavi, the Vaccine Alliance"], ["alliance"], "CEO", ["CEO", "chief executive", "Chief Executive"]),
  body("icrc", "ICRC", ["ICRC", "International Committee of the Red Cross"], ["committee"], "President", PRESIDENT),
  body("ifrc", "IFRC", ["IFRC", "International Federation of Red Cross and Red Crescent Societies"], ["federation"], "President", PRESIDENT),
  { slug: "ipu", name: "Inter-Parliamentary Union", names: ["Inter-Parliamentary Union", "IPU"], generic: ["union"], posts: [{ name: "IPU President", titles: PRESIDENT }, { name: "IPU Secretary General", titles: SG }] },
  body("ocha", "UN", ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs"], ["office"], "Emergency Relief Coordinator", ["Emergency Relief Coordinator", "Under-Secretary-General for Humanitarian Affairs", "humanitarian chief", "aid chief"]),
  body("un-ecosoc", "ECOSOC", ["ECOSOC", "UN Economic and Social Council", "United Nations Economic and Social Council", "Economic and Social Council"], ["council"], "President", PRESIDENT),
  body("unu", "UNU", ["United Nations University", "UN University", "UNU"], ["university"], "Rector", ["Rector"]),
  body("unitar", "UNITAR", ["UNITAR", "United Nations Institute for Training and Research"], ["institute"], "Executive Director", EXECUTIVE),
  body("uncdf", "UNCDF", ["UNCDF", "UN Capital Development Fund", "United Nations Capital Development Fund"], ["fund"], "Executive Secretary", ["Executive Secretary"]),
  body("unv", "UNV", ["United Nations Volunteers", "UN Volunteers"], ["programme"], "Executive Coordinator", ["Executive Coordinator"]),
  body("unccd", "UNCCD", ["UNCCD", "United Nations Convention to Combat Desertification", "UN Convention to Combat Desertification"], ["secretariat"], "Executive Secretary", ["Executive Secretary"]),
  body("cbd", "CBD", ["Convention on Biological Diversity"], ["secretariat"], "Executive Secretary", ["Executive Secretary"]),
  body("unece", "UNECE", ["UNECE", "United Nations Economic Commission for Europe", "UN Economic Commission for Europe"], ["commission"], "Executive Secretary", ["Executive Secretary"]),
  body("uneca", "UNECA", ["UNECA", "United Nations Economic Commission for Africa", "UN Economic Commission for Africa", "Economic Commission for Africa"], ["commission"], "Executive Secretary", ["Executive Secretary"]),
  body("eclac", "ECLAC", ["ECLAC", "CEPAL", "Economic Commission for Latin America and the Caribbean", "UN Economic Commission for Latin America and the Caribbean"], ["commission"], "Executive Secretary", ["Executive Secretary"]),
  body("escap", "ESCAP", ["ESCAP", "UNESCAP", "Economic and Social Commission for Asia and the Pacific"], ["commission"], "Executive Secretary", ["Executive Secretary"]),
  body("escwa", "ESCWA", ["ESCWA", "Economic and Social Commission for Western Asia"], ["commission"], "Executive Secretary", ["Executive Secretary"]),
  body("iarc", "IARC", ["IARC", "International Agency for Research on Cancer"], ["agency"], "Director", ["Director"]),
  // The World Health Organization's regional offices, whose regional directors member states elect.
  ...([
    ["who-afro", "Africa", ["WHO Regional Office for Africa", "WHO Africa", "WHO African Region", "WHO Africa Region", "WHO AFRO"]],
    ["who-searo", "South-East Asia", ["WHO Regional Office for South-East Asia", "WHO South-East Asia", "WHO South-East Asia Region", "WHO SEARO", "SEARO"]],
    ["who-emro", "the Eastern Mediterranean", ["WHO Regional Office for the Eastern Mediterranean", "WHO Eastern Mediterranean Region", "WHO EMRO", "EMRO"]],
    ["who-wpro", "the Western Pacific", ["WHO Regional Office for the Western Pacific", "WHO Western Pacific Region", "WHO WPRO", "WPRO"]],
    ["who-euro", "Europe", ["WHO Regional Office for Europe", "WHO Europe", "WHO/Europe", "WHO European Region"]],
  ] as const).map(([slug, region, names]): OrganizationEntry => ({ slug, name: names[0], names, generic: ["office"], posts: [{ name: `WHO Regional Director for ${region}`, titles: ["Regional Director", "regional director"], aliases: [`Regional Director for ${region}`, `WHO regional director for ${region}`] }] })),
  // Science and other intergovernmental bodies that elect a head.
  body("cern", "CERN", ["CERN", "European Organization for Nuclear Research", "European Organisation for Nuclear Research"], ["laboratory", "organization", "organisation"], "Director-General", DG),
  body("esa", "ESA", ["European Space Agency", "ESA"], ["agency"], "Director General", DG),
  body("eso", "ESO", ["European Southern Observatory"], ["observatory"], "Director General", DG),
  body("embl", "EMBL", ["European Molecular Biology Laboratory", "EMBL"], ["laboratory"], "Director General", DG),
  body("europol", "Europol", ["Europol"], ["agency"], "Executive Director", EXECUTIVE),
  body("frontex", "Frontex", ["Frontex", "European Border and Coast Guard Agency"], ["agency"], "Executive Director", EXECUTIVE),
  body("eppo", "EPPO", ["European Public Prosecutor's Office", "European Public Prosecutor’s Office", "EPPO"], ["office"], "Chief Prosecutor", ["European Chief Prosecutor", "Chief Prosecutor"]),
  body("ema", "EMA", ["European Medicines Agency", "EMA"], ["agency"], "Executive Director", EXECUTIVE),
  body("eurocontrol", "Eurocontrol", ["Eurocontrol", "EUROCONTROL"], ["agency", "organisation"], "Director General", DG),
  body("oiv", "IEF", ["International Energy Forum"], ["forum"], "Secretary General", SG),
  body("gef", "GEF", ["Global Environment Facility"], ["facility", "fund"], "CEO", ["CEO", "Chief Executive", "chief executive"]),
  body("gcf", "GCF", ["Green Climate Fund", "GCF"], ["fund"], "Executive Director", EXECUTIVE),
  body("cgiar", "CGIAR", ["CGIAR"], [], "Executive Managing Director", ["Executive Managing Director"]),
  body("cabi", "CABEI", ["Central American Bank for Economic Integration", "CABEI", "BCIE"], ["bank"], "President", PRESIDENT),
  body("badea", "BADEA", ["Arab Bank for Economic Development in Africa", "BADEA"], ["bank"], "Director General", DG),
  body("edb", "EDB", ["Eurasian Development Bank"], ["bank"], "Chairman", CHAIR),
  body("iib", "IIB", ["International Investment Bank"], ["bank"], "Chairman", CHAIR),
  body("fonplata", "FONPLATA", ["FONPLATA"], ["bank"], "Executive President", ["Executive President", "President"]),
  body("cplp-sec", "CPLP", ["CPLP Executive Secretariat"], [], "Executive Secretary", ["Executive Secretary"]),
  body("ufm", "Union for the Mediterranean", ["UfM"], [], "Secretary General", SG),
  body("segib", "SEGIB", ["Ibero-American General Secretariat", "SEGIB"], ["secretariat"], "Secretary General", SG),
  body("oei", "OEI", ["Organization of Ibero-American States", "Organisation of Ibero-American States"], ["organization"], "Secretary General", SG),
  body("icmpd", "ICMPD", ["International Centre for Migration Policy Development", "ICMPD"], ["centre"], "Director General", DG),
  body("idea", "International IDEA", ["International IDEA", "International Institute for Democracy and Electoral Assistance"], ["institute"], "Secretary-General", SG),
  body("iso", "ISO", ["International Organization for Standardization"], ["organization"], "Secretary-General", SG),
  body("iho", "IHO", ["International Hydrographic Organization", "IHO"], ["organization"], "Secretary-General", SG),
  body("isa-solar", "International Solar Alliance", ["International Solar Alliance"], ["alliance"], "Director General", DG),
  body("unhrc-pres", "UN Human Rights Council", ["Human Rights Council"], ["council"], "President", PRESIDENT, ["President of the UN Human Rights Council", "President of the Human Rights Council", "Human Rights Council president", "Human Rights Council presidency"]),
  // Courts.
  court("icj", "International Court of Justice", ["International Court of Justice", "ICJ", "World Court", "world court"]),
  court("itlos", "International Tribunal for the Law of the Sea", ["International Tribunal for the Law of the Sea", "ITLOS"]),
  court("echr", "European Court of Human Rights", ["European Court of Human Rights", "ECHR", "ECtHR"]),
  court("cjeu", "Court of Justice of the European Union", ["Court of Justice of the European Union", "European Court of Justice", "CJEU", "ECJ"]),
  court("iachr-court", "Inter-American Court of Human Rights", ["Inter-American Court of Human Rights"]),
  court("african-court", "African Court on Human and Peoples' Rights", ["African Court on Human and Peoples' Rights", "African Court on Human and Peoples’ Rights", "African Court"]),
  // European institutions.
  body("eurogroup", "Eurogroup", ["Eurogroup", "Euro Group"], ["group"], "President", [...PRESIDENT, "chief", "head", "chair", "Chair", "chairman", "Chairman", "chairmanship"], ["Eurogroup chief", "Eurogroup head", "president of the Eurogroup", "Eurogroup chair"]),
  body("eib", "EIB", ["European Investment Bank", "EIB"], ["bank"], "President", PRESIDENT),
  body("esm", "ESM", ["European Stability Mechanism", "ESM"], ["fund"], "Managing Director", ["Managing Director", "managing director"]),
  { slug: "european-ombudsman", name: "European Ombudsman", names: ["European Ombudsman"], generic: [], posts: [] },
  // Regional organizations.
  body("sco", "SCO", ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"], ["organisation", "organization", "bloc"], "Secretary-General", SG),
  body("pif", "Pacific Islands Forum", ["Pacific Islands Forum", "PIF"], ["forum"], "Secretary General", SG),
  body("saarc", "SAARC", ["SAARC", "South Asian Association for Regional Cooperation"], ["association"], "Secretary General", SG),
  body("ecowas-commission", "ECOWAS Commission", ["ECOWAS Commission"], ["commission"], "President", PRESIDENT, ["President of the ECOWAS Commission"]),
  body("eccas", "ECCAS", ["ECCAS", "Economic Community of Central African States"], [], "Secretary General", SG),
  body("apec", "APEC", ["APEC", "Asia-Pacific Economic Cooperation"], ["forum"], "Executive Director", EXECUTIVE),
  body("oecs", "OECS", ["Organisation of Eastern Caribbean States", "Organization of Eastern Caribbean States", "OECS"], ["organisation"], "Director General", DG),
  body("sica", "SICA", ["Central American Integration System", "SICA"], [], "Secretary-General", SG),
  body("andean-community", "Andean Community", ["Andean Community"], [], "Secretary-General", SG),
  body("efta", "EFTA", ["European Free Trade Association", "EFTA"], ["association"], "Secretary-General", SG),
  body("paho", "PAHO", ["Pan American Health Organization", "Pan American Health Organisation", "PAHO"], ["organization", "agency"], "Director", ["Director"]),
  body("bis", "BIS", ["Bank for International Settlements", "BIS"], ["bank"], "General Manager", ["General Manager", "general manager"]),
  body("fsb", "FSB", ["Financial Stability Board"], ["board"], "Chair", CHAIR),
  body("iucn", "IUCN", ["International Union for Conservation of Nature", "IUCN"], ["union"], "Director General", DG),
  body("woah", "WOAH", ["World Organisation for Animal Health", "World Organization for Animal Health", "WOAH", "OIE"], ["organisation"], "Director General", DG),
  body("itc", "ITC", ["International Trade Centre", "International Trade Center"], ["centre"], "Executive Director", EXECUTIVE),
  body("unitaid", "Unitaid", ["Unitaid", "UNITAID"], [], "Executive Director", EXECUTIVE),
  body("eca", "European Court of Auditors", ["European Court of Auditors"], ["court"], "President", PRESIDENT),
  body("coe-commissioner", "Council of Europe", ["Council of Europe Commissioner for Human Rights"], [], "Commissioner for Human Rights", ["Commissioner for Human Rights"], ["Council of Europe Commissioner for Human Rights"]),
  body("cgf", "CGF", ["Commonwealth Games Federation", "CGF"], ["federation"], "President", PRESIDENT),
  body("icc-chamber", "ICC", ["International Chamber of Commerce"], ["chamber"], "Secretary General", SG),
  body("afesd", "Arab Fund", ["Arab Fund for Economic and Social Development"], ["fund"], "Director General", DG),
  body("amf", "Arab Monetary Fund", ["Arab Monetary Fund"], ["fund"], "Director General", DG),
  body("ebid", "EBID", ["ECOWAS Bank for Investment and Development", "EBID"], ["bank"], "President", PRESIDENT),
  body("eadb", "EADB", ["East African Development Bank"], ["bank"], "Director General", DG),
  body("tdb", "TDB", ["Trade and Development Bank"], ["bank"], "President", PRESIDENT),
  body("nib", "NIB", ["Nordic Investment Bank"], ["bank"], "President", PRESIDENT),
  body("ceb", "CEB", ["Council of Europe Development Bank"], ["bank"], "Governor", ["Governor"]),
  body("bstdb", "BSTDB", ["Black Sea Trade and Development Bank"], ["bank"], "President", PRESIDENT),
  body("opec-fund", "OPEC Fund", ["OPEC Fund for International Development", "OPEC Fund"], ["fund"], "Director-General", DG),
  // Trade unions, campaigning groups and movements the news names by one word or an acronym.
  ...([
    ["unite-the-union", "Unite", ["Unite the Union", "Unite"]],
    ["unison", "Unison", ["Unison", "UNISON"]],
    ["gmb", "GMB", ["GMB"]],
    ["tuc", "Trades Union Congress", ["Trades Union Congress", "TUC"]],
    ["afl-cio", "AFL-CIO", ["AFL-CIO"]],
    // Britain's and Ireland's unions and the groups affiliated to their parties, which nominate in leadership races.
    ["usdaw", "Usdaw", ["Usdaw", "USDAW", "Union of Shop, Distributive and Allied Workers"]],
    ["cwu", "Communication Workers Union", ["Communication Workers Union", "Communication Workers' Union", "CWU"]],
    ["fbu", "Fire Brigades Union", ["Fire Brigades Union", "FBU"]],
    ["aslef", "ASLEF", ["ASLEF", "Aslef"]],
    ["tssa", "TSSA", ["TSSA", "Transport Salaried Staffs' Association"]],
    ["rmt", "RMT", ["RMT", "National Union of Rail, Maritime and Transport Workers"]],
    ["neu", "National Education Union", ["National Education Union", "NEU"]],
    ["pcs", "PCS", ["Public and Commercial Services Union", "PCS union"]],
    ["ucu", "University and College Union", ["University and College Union", "UCU"]],
    ["bfawu", "Bakers, Food and Allied Workers' Union", ["Bakers, Food and Allied Workers' Union", "Bakers Union", "BFAWU"]],
    ["musicians-union", "Musicians' Union", ["Musicians' Union", "Musicians’ Union"]],
    ["nuj", "National Union of Journalists", ["National Union of Journalists", "NUJ"]],
    ["siptu", "SIPTU", ["SIPTU", "Siptu", "Services, Industrial, Professional and Technical Union"]],
    ["ictu", "Irish Congress of Trade Unions", ["Irish Congress of Trade Unions", "ICTU"]],
    ["momentum", "Momentum", ["Momentum"]],
    ["fabian-society", "Fabian Society", ["Fabian Society", "Fabians"]],
    ["co-operative-party", "Co-operative Party", ["Co-operative Party", "Co-op Party"]],
    ["labour-students", "Labour Students", ["Labour Students"]],
    ["young-labour", "Young Labour", ["Young Labour"]],
    ["jewish-labour-movement", "Jewish Labour Movement", ["Jewish Labour Movement", "JLM"]],
    ["nec-labour", "Labour's National Executive Committee", ["National Executive Committee"]],
    ["scottish-tuc", "Scottish Trades Union Congress", ["Scottish Trades Union Congress", "STUC"]],
    ["wales-tuc", "Wales TUC", ["Wales TUC"]],
    // Unions and affiliates elsewhere.
    ["numsa", "NUMSA", ["National Union of Metalworkers of South Africa", "NUMSA", "Numsa"]],
    ["num-sa", "National Union of Mineworkers", ["National Union of Mineworkers", "NUM"]],
    ["sadtu", "SADTU", ["South African Democratic Teachers Union", "South African Democratic Teachers' Union", "SADTU", "Sadtu"]],
    ["nehawu", "NEHAWU", ["National Education, Health and Allied Workers' Union", "NEHAWU", "Nehawu"]],
    ["sacp", "South African Communist Party", ["South African Communist Party", "SACP"]],
    ["anc-youth-league", "ANC Youth League", ["ANC Youth League", "ANCYL"]],
    ["anc-womens-league", "ANC Women's League", ["ANC Women's League", "ANC Women’s League", "ANCWL"]],
    ["actu", "Australian Council of Trade Unions", ["Australian Council of Trade Unions", "ACTU"]],
    ["cfmeu", "CFMEU", ["Construction, Forestry, Maritime, Mining and Energy Union", "CFMEU", "CFMMEU"]],
    ["awu", "Australian Workers' Union", ["Australian Workers' Union", "Australian Workers’ Union", "AWU"]],
    ["sda-au", "Shop, Distributive and Allied Employees' Association", ["Shop, Distributive and Allied Employees' Association", "SDA"]],
    ["nzctu", "New Zealand Council of Trade Unions", ["New Zealand Council of Trade Unions", "CTU"]],
    ["epmu", "Engineering, Printing and Manufacturing Union", ["Engineering, Printing and Manufacturing Union", "EPMU"]],
    ["unifor", "Unifor", ["Unifor"]],
    ["cupe", "Canadian Union of Public Employees", ["Canadian Union of Public Employees", "CUPE"]],
    ["clc", "Canadian Labour Congress", ["Canadian Labour Congress"]],
    ["uaw", "United Auto Workers", ["United Auto Workers", "UAW"]],
    ["afscme", "AFSCME", ["American Federation of State, County and Municipal Employees", "AFSCME"]],
    ["aft", "American Federation of Teachers", ["American Federation of Teachers", "AFT"]],
    ["nea", "National Education Association", ["National Education Association"]],
    ["ufcw", "UFCW", ["United Food and Commercial Workers", "UFCW"]],
    ["dgb", "German Trade Union Confederation", ["German Trade Union Confederation", "DGB"]],
    ["verdi", "Verdi", ["Verdi", "ver.di"]],
    ["jusos", "Jusos", ["Jusos", "Young Socialists"]],
    ["junge-union", "Junge Union", ["Junge Union"]],
    ["cgt", "CGT", ["General Confederation of Labour", "CGT"]],
    ["cfdt", "CFDT", ["French Democratic Confederation of Labour", "CFDT"]],
    ["rengo", "Rengo", ["Rengo", "Japanese Trade Union Confederation"]],
    ["kctu", "KCTU", ["Korean Confederation of Trade Unions", "KCTU"]],
    ["teamsters", "Teamsters", ["International Brotherhood of Teamsters", "Teamsters"]],
    ["seiu", "SEIU", ["Service Employees International Union", "SEIU"]],
    ["cosatu", "COSATU", ["Congress of South African Trade Unions", "COSATU", "Cosatu"]],
    ["ig-metall", "IG Metall", ["IG Metall"]],
    ["oxfam", "Oxfam", ["Oxfam", "Oxfam International"]],
    ["greenpeace", "Greenpeace", ["Greenpeace"]],
    ["msf", "Médecins Sans Frontières", ["Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"]],
    ["save-the-children", "Save the Children", ["Save the Children"]],
    ["reporters-without-borders", "Reporters Without Borders", ["Reporters Without Borders", "Reporters Sans Frontières"]],
    ["hamas", "Hamas", ["Hamas"]],
    ["hezbollah", "Hezbollah", ["Hezbollah"]],
    ["fatah", "Fatah", ["Fatah"]],
    ["plo", "Palestine Liberation Organization", ["Palestine Liberation Organization", "PLO"]],
    ["taliban", "Taliban", ["Taliban"]],
    ["al-shabaab", "Al-Shabaab", ["Al-Shabaab", "al-Shabaab"]],
    ["muslim-brotherhood", "Muslim Brotherhood", ["Muslim Brotherhood"]],
    ["boko-haram", "Boko Haram", ["Boko Haram"]],
    ["eurojust", "Eurojust", ["Eurojust"]],
    ["syriza", "Syriza", ["Syriza", "SYRIZA"]],
    ["new-democracy", "New Democracy", ["New Democracy"]],
    ["pasok", "PASOK", ["PASOK", "Pasok"]],
  ] as const).map(([slug, name, names]): OrganizationEntry => ({ slug, name, names, generic: [], posts: [] })),
  // Parliaments known by their own names (their speakers' posts are read elsewhere).
  ...([
    ["bundestag", "Bundestag", ["Bundestag", "German Bundestag"]],
    ["bundesrat", "Bundesrat", ["Bundesrat"]],
    ["knesset", "Knesset", ["Knesset"]],
    ["state-duma", "State Duma", ["State Duma", "Duma"]],
    ["sejm", "Sejm", ["Sejm"]],
    ["storting", "Storting", ["Storting", "Stortinget"]],
    ["riksdag", "Riksdag", ["Riksdag", "Riksdagen"]],
    ["folketing", "Folketing", ["Folketing", "Folketinget"]],
    ["eduskunta", "Eduskunta", ["Eduskunta"]],
    ["althing", "Althing", ["Althing", "Alþingi", "Althingi"]],
    ["oireachtas", "Oireachtas", ["Oireachtas"]],
    ["dail", "Dáil Éireann", ["Dáil Éireann", "Dáil", "Dail Eireann"]],
    ["seanad", "Seanad Éireann", ["Seanad Éireann", "Seanad"]],
    ["lok-sabha", "Lok Sabha", ["Lok Sabha"]],
    ["rajya-sabha", "Rajya Sabha", ["Rajya Sabha"]],
    ["national-diet", "National Diet", ["National Diet"]],
    ["verkhovna-rada", "Verkhovna Rada", ["Verkhovna Rada"]],
    ["seimas", "Seimas of Lithuania", ["Seimas"]],
    ["saeima", "Saeima", ["Saeima"]],
    ["riigikogu", "Riigikogu", ["Riigikogu"]],
    ["tweede-kamer", "House of Representatives of the Netherlands", ["Tweede Kamer"]],
    ["cortes-generales", "Cortes Generales", ["Cortes Generales"]],
    ["legislative-yuan", "Legislative Yuan", ["Legislative Yuan"]],
    ["majlis", "Majlis", ["Majlis"]],
    ["jatiya-sangsad", "Jatiya Sangsad", ["Jatiya Sangsad"]],
    ["senedd", "Senedd", ["Senedd"]],
    ["stormont", "Northern Ireland Assembly", ["Northern Ireland Assembly", "Stormont"]],
    ["scottish-parliament", "Scottish Parliament", ["Scottish Parliament"]],
  ] as const).map(([slug, name, names]): OrganizationEntry => ({ slug, name, names, generic: ["parliament"], posts: [] })),
  // Development banks.
  body("ndb", "NDB", ["New Development Bank", "BRICS bank", "BRICS Bank"], ["bank"], "President", PRESIDENT),
  body("isdb", "IsDB", ["Islamic Development Bank", "IsDB"], ["bank"], "President", PRESIDENT),
  body("cdb", "CDB", ["Caribbean Development Bank"], ["bank"], "President", PRESIDENT),
  body("caf-bank", "CAF", ["Development Bank of Latin America", "Development Bank of Latin America and the Caribbean", "Andean Development Corporation"], ["bank"], "President", PRESIDENT),
  body("boad", "BOAD", ["West African Development Bank", "BOAD"], ["bank"], "President", PRESIDENT),
  body("afreximbank", "Afreximbank", ["Afreximbank", "African Export-Import Bank"], ["bank"], "President", PRESIDENT),
  body("ifc", "IFC", ["International Finance Corporation"], ["corporation"], "Managing Director", ["Managing Director", "managing director"]),
  // Sport's world and continental federations and anti-doping, with their presidencies.
  sport("world-athletics", "World Athletics", ["World Athletics"]),
  sport("fina", "FINA", ["FINA", "Fina", "Fédération Internationale de Natation", "International Swimming Federation"]),
  sport("world-aquatics", "World Aquatics", ["World Aquatics"]),
  sport("fis", "FIS", ["International Ski Federation", "International Ski and Snowboard Federation", "FIS"]),
  sport("fivb", "FIVB", ["FIVB", "Fédération Internationale de Volleyball", "International Volleyball Federation"]),
  sport("ihf", "IHF", ["IHF", "International Handball Federation"]),
  sport("fih", "FIH", ["FIH", "International Hockey Federation"]),
  sport("ittf", "ITTF", ["ITTF", "International Table Tennis Federation"]),
  sport("bwf", "BWF", ["BWF", "Badminton World Federation"]),
  sport("itf", "ITF", ["International Tennis Federation", "ITF"]),
  sport("world-rugby", "World Rugby", ["World Rugby", "International Rugby Board", "IRB"], ["federation", "body"], "Chairman", CHAIR),
  sport("fia", "FIA", ["FIA", "Fédération Internationale de l'Automobile", "Fédération Internationale de l’Automobile", "Federation Internationale de l'Automobile"]),
  sport("fim", "FIM", ["FIM", "Fédération Internationale de Motocyclisme", "International Motorcycling Federation"]),
  sport("uww", "UWW", ["United World Wrestling", "UWW"]),
  sport("iwf", "IWF", ["International Weightlifting Federation", "IWF"]),
  sport("fei", "FEI", ["FEI", "Fédération Equestre Internationale", "Fédération Équestre Internationale", "International Equestrian Federation"]),
  sport("isu", "ISU", ["International Skating Union", "ISU"], ["union"]),
  sport("ibu", "IBU", ["International Biathlon Union", "IBU"], ["union"]),
  sport("world-sailing", "World Sailing", ["World Sailing"]),
  sport("fig", "FIG", ["International Gymnastics Federation", "Fédération Internationale de Gymnastique", "FIG"]),
  sport("ijf", "IJF", ["International Judo Federation", "IJF"]),
  sport("world-taekwondo", "World Taekwondo", ["World Taekwondo", "World Taekwondo Federation", "WTF"]),
  sport("aiba", "AIBA", ["AIBA", "International Boxing Association", "International Amateur Boxing Association", "IBA"], ["association"]),
  sport("world-archery", "World Archery", ["World Archery", "FITA"]),
  sport("uipm", "UIPM", ["Union Internationale de Pentathlon Moderne", "UIPM"], ["union"]),
  sport("fisa", "World Rowing", ["World Rowing", "FISA", "International Rowing Federation"]),
  sport("issf", "ISSF", ["International Shooting Sport Federation", "ISSF"]),
  sport("world-triathlon", "World Triathlon", ["World Triathlon", "International Triathlon Union"]),
  sport("fide", "FIDE", ["FIDE", "International Chess Federation", "World Chess Federation"]),
  sport("ipc", "IPC", ["International Paralympic Committee", "IPC"], ["committee"]),
  sport("wada", "WADA", ["World Anti-Doping Agency", "WADA", "Wada"], ["agency"]),
  sport("icc-cricket", "ICC", ["International Cricket Council"], ["council"], "Chair", CHAIR),
  sport("ofc", "OFC", ["Oceania Football Confederation", "OFC"], ["confederation"]),
  sport("anoc", "ANOC", ["Association of National Olympic Committees", "ANOC"], ["association"]),
  sport("eoc", "European Olympic Committees", ["European Olympic Committees"], []),
  sport("iihf", "IIHF", ["International Ice Hockey Federation", "IIHF"]),
  sport("fie", "FIE", ["International Fencing Federation", "Fédération Internationale d'Escrime", "FIE"]),
  sport("icf", "ICF", ["International Canoe Federation", "ICF"]),
  sport("world-curling", "World Curling", ["World Curling", "World Curling Federation"]),
  sport("world-skate", "World Skate", ["World Skate"]),
  sport("world-boxing", "World Boxing", ["World Boxing"]),
  sport("anoca", "ANOCA", ["Association of National Olympic Committees of Africa", "ANOCA"], ["association"]),
  sport("panam-sports", "Panam Sports", ["Panam Sports", "Pan American Sports Organization", "PASO"], ["organization"]),
  sport("gaisf", "SportAccord", ["SportAccord", "Global Association of International Sports Federations", "GAISF"], ["association"]),
];

/** The ways news names the United Nations before one of its bodies ("the U.N.'s refugee agency"). */
const UN_PREFIXES = ["UN", "U.N.", "United Nations", "UN's", "U.N.'s"];

/**
 * Bodies named by what they do, as wire copy names them once ("the UN health agency", "the U.N.'s
 * nuclear watchdog", "world football's governing body"), by slug. A description two bodies share
 * ("the UN food agency": the FAO and the WFP) names neither.
 */
const DESCRIBED_AS: Readonly<Record<string, { un?: readonly string[]; plain?: readonly string[]; chief?: readonly string[] }>> = {
  who: { un: ["health agency", "health body", "health organization", "health organisation", "global health body", "global health agency"], plain: ["global health body", "world health body", "global health agency"] , chief: ["health chief", "health agency chief", "global health chief"] },
  fao: { un: ["food and agriculture agency", "agriculture agency", "agricultural agency", "farm agency", "Food and Agriculture Organization", "Food and Agriculture Organisation"] },
  wfp: { un: ["food aid agency", "food relief agency", "emergency food agency", "World Food Programme", "World Food Program"] },
  unicef: { un: ["children's agency", "children's fund", "children's organization", "child agency", "Children's Fund", "Children’s Fund"], plain: ["United Nations Children's Fund", "United Nations Children’s Fund"] , chief: ["children's agency chief"] },
  unhcr: { un: ["refugee agency", "refugees agency", "refugee body", "High Commissioner for Refugees"], plain: ["Office of the United Nations High Commissioner for Refugees", "Office of the UN High Commissioner for Refugees"] , chief: ["refugee chief", "refugees chief", "refugee agency chief"] },
  unrwa: { un: ["Palestinian refugee agency", "agency for Palestinian refugees", "Palestinian refugees agency"] },
  iom: { un: ["migration agency", "migration body", "migration organization", "migration organisation", "International Organization for Migration"], plain: ["International Organisation for Migration"] , chief: ["migration chief"] },
  ilo: { un: ["labour agency", "labor agency", "labour body", "labor body", "labour organisation", "labor organization", "International Labour Organization", "International Labour Organisation"], plain: ["International Labour Organisation"] , chief: ["labour chief", "labor chief"] },
  unesco: { un: ["cultural agency", "culture agency", "cultural body", "cultural organization", "cultural organisation", "education and culture agency", "educational and cultural agency", "science and culture agency", "heritage body", "heritage agency"], plain: ["United Nations Educational, Scientific and Cultural Organisation", "UN Educational, Scientific and Cultural Organization"] , chief: ["culture chief", "cultural chief"] },
  wmo: { un: ["weather agency", "weather body", "meteorological agency", "weather and climate agency", "World Meteorological Organization"], plain: ["World Meteorological Organisation"] , chief: ["weather chief", "weather agency chief"] },
  itu: { un: ["telecoms agency", "telecommunications agency", "telecom agency", "telecoms body", "telecommunications body", "International Telecommunication Union"] },
  icao: { un: ["aviation agency", "aviation body", "civil aviation agency", "aviation organization", "International Civil Aviation Organization"], plain: ["International Civil Aviation Organisation"] },
  imo: { un: ["shipping agency", "maritime agency", "shipping body", "maritime body", "maritime organization", "International Maritime Organization"], plain: ["International Maritime Organisation"] },
  wipo: { un: ["intellectual property agency", "patent agency", "patents agency", "intellectual property body", "intellectual property organization", "World Intellectual Property Organization"], plain: ["World Intellectual Property Organisation"] },
  upu: { un: ["postal agency", "postal body", "Universal Postal Union"] },
  iaea: { un: ["nuclear watchdog", "atomic watchdog", "nuclear agency", "atomic agency", "atomic energy agency", "International Atomic Energy Agency"] , chief: ["nuclear chief", "atomic chief", "nuclear watchdog chief", "atomic watchdog chief"] },
  unfpa: { un: ["population agency", "sexual and reproductive health agency"] },
  unaids: { un: ["AIDS agency", "AIDS programme", "AIDS body", "AIDS program"], plain: ["Joint United Nations Programme on HIV/AIDS", "Joint United Nations Programme on HIV and AIDS"] , chief: ["AIDS chief"] },
  undp: { un: ["development agency", "development programme", "development program", "Development Program"], plain: ["United Nations Development Program"] , chief: ["development chief"] },
  unep: { un: ["environment agency", "environmental agency", "environment programme", "environment program", "environment body", "Environment"] , chief: ["environment chief"] },
  unwto: { un: ["tourism agency", "tourism body", "tourism organization", "World Tourism Organization"], plain: ["World Tourism Organisation"] },
  unido: { un: ["industrial development agency", "industrial development organization", "industry agency"], plain: ["United Nations Industrial Development Organisation"] },
  ifad: { un: ["agricultural development fund", "rural development agency", "rural development fund", "International Fund for Agricultural Development"] },
  "un-habitat": { un: ["housing agency", "human settlements agency", "habitat agency", "cities agency", "Human Settlements Programme"] },
  ohchr: { un: ["rights office", "human rights agency", "Human Rights Office", "Office of the High Commissioner for Human Rights"] , chief: ["rights chief"] },
  "un-women": { un: ["women's agency", "gender equality agency", "women's body"], plain: ["United Nations Entity for Gender Equality and the Empowerment of Women"] },
  unctad: { un: ["trade and development agency", "trade and development body", "trade body", "trade agency"] },
  unodc: { un: ["drugs and crime agency", "drugs and crime office", "drugs agency", "drug agency", "anti-drugs agency", "crime agency", "Office on Drugs and Crime"] },
  unfccc: { un: ["climate body", "climate secretariat", "climate agency", "climate change body", "Climate Change secretariat"] , chief: ["climate chief"] },
  ocha: { un: ["humanitarian office", "humanitarian agency", "aid office", "humanitarian affairs office"] , chief: ["aid chief", "humanitarian chief", "relief chief"] },
  icj: { un: ["top court", "highest court", "International Court of Justice"], plain: ["top UN court", "top U.N. court"] },
  opcw: { plain: ["chemical weapons watchdog", "global chemical weapons watchdog", "international chemical weapons watchdog"] },
  wto: { plain: ["global trade body", "world trade body", "global trade watchdog", "global trade referee", "world trade referee"] },
  interpol: { plain: ["International Criminal Police Organization", "International Criminal Police Organisation", "ICPO-INTERPOL", "global police body", "international police body", "international police organisation", "international police organization", "global police organisation", "global police organization", "international police agency"] },
  fifa: { plain: ["world football's governing body", "football's world governing body", "world soccer's governing body", "soccer's world governing body", "football's governing body", "world football body", "world soccer body", "Fédération Internationale de Football Association", "Federation Internationale de Football Association", "International Federation of Association Football"] },
  uefa: { plain: ["European football's governing body", "European soccer's governing body", "European football body", "European soccer body"] },
  ioc: { plain: ["Olympic movement's governing body"] },
  "world-athletics": { plain: ["athletics' world governing body", "world athletics body"] },
  commonwealth: { plain: ["Commonwealth Secretariat", "Commonwealth of Nations"] },
  adb: { plain: ["AsDB", "Asian Development Bank Group"] },
  iadb: { plain: ["IDB Group", "Inter-American Development Bank Group", "IaDB"] },
  afdb: { plain: ["African Development Bank Group", "AfDB Group"] },
  opec: { plain: ["Organization of the Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries", "Organisation of Petroleum Exporting Countries"] },
  "arab-league": { plain: ["Arab League of States"] },
  asean: { plain: ["Association of South East Asian Nations", "Association of South-East Asian Nations"] },
  oas: { plain: ["Organisation of American States"] },
  ipu: { plain: ["Inter Parliamentary Union"] },
  "un-general-assembly": { plain: ["General Assembly of the United Nations", "UNGA"] },
};

/** The descriptions among bodies' names: no post is named after them. */
const DESCRIPTIONS = new Set<string>();

const UN_PREFIX_SOURCE = String.raw`(?:UN|U\.N\.|United Nations)(?:['’]s)?`;
const nameSources = new Map<string, string>();

/**
 * A regular expression's source for the names of `org` (its names and shared words), longest
 * first, with the descriptions after "UN" written once behind one prefix: a pattern of a body's
 * names is tried at every offset of a text, and forty spellings of "the UN health agency" would
 * make it slow.
 */
export function namesSource(org: OrganizationEntry, escape: (s: string) => string): string {
  let source = nameSources.get(org.slug);
  if (source !== undefined) return source;
  const suffixes: string[] = [];
  const plain: string[] = [];
  for (const n of [...org.names, ...(org.shared ?? [])]) {
    const prefix = DESCRIPTIONS.has(n) ? UN_PREFIXES.find((p) => n.startsWith(`${p} `)) : undefined;
    if (prefix) suffixes.push(n.slice(prefix.length + 1));
    else plain.push(n);
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const parts = [...new Set(plain)].sort(byLength).map(escape);
  if (suffixes.length > 0) parts.unshift(`${UN_PREFIX_SOURCE} (?:${[...new Set(suffixes)].sort(byLength).map(escape).join("|")})`);
  source = parts.join("|");
  nameSources.set(org.slug, source);
  return source;
}

/**
 * Strings one of which every match of {@link namesSource} for `org` opens with, written as the text
 * writes them: its plain names, and the "UN" prefixes before its descriptions.
 */
export function namesOpenings(org: OrganizationEntry): string[] {
  const out = new Set<string>();
  for (const n of [...org.names, ...(org.shared ?? [])]) {
    const prefix = DESCRIPTIONS.has(n) ? UN_PREFIXES.find((p) => n.startsWith(`${p} `)) : undefined;
    if (prefix) for (const p of UN_PREFIX_OPENINGS) out.add(p);
    else out.add(n);
  }
  return [...out];
}

/** What every match of {@link UN_PREFIX_SOURCE} opens with. */
export const UN_PREFIX_OPENINGS: readonly string[] = ["UN", "U.N.", "United Nations"];

/** Each body with the descriptions the news names it by ({@link DESCRIBED_AS}) among its names. */
function withDescriptions(org: OrganizationEntry): OrganizationEntry {
  const d = DESCRIBED_AS[org.slug];
  if (!d) return org;
  const extra = [...(d.un ?? []).flatMap((words) => UN_PREFIXES.map((p) => `${p} ${words}`)), ...(d.plain ?? [])];
  for (const n of extra) DESCRIPTIONS.add(n);
  const chiefs = (d.chief ?? []).flatMap((words) => UN_PREFIXES.map((p) => `${p} ${words}`));
  const posts = chiefs.length === 0 || org.posts.length === 0 ? org.posts : [{ ...org.posts[0]!, aliases: [...(org.posts[0]!.aliases ?? []), ...chiefs] }, ...org.posts.slice(1)];
  return { ...org, names: [...org.names, ...extra.filter((n) => !org.names.includes(n))], posts };
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = (<readonly OrganizationEntry[]>[
  { slug: "nato", name: "NATO", names: ["NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance", "OTAN", "Nato"], generic: ["alliance", "bloc"], posts: [{ name: "NATO Secretary General", titles: SG }] },
  { slug: "republican-national-committee", name: "Republican National Committee", names: ["Republican National Committee", "RNC"], generic: ["committee"], posts: [] },
  { slug: "democratic-national-committee", name: "Democratic National Committee", names: ["Democratic National Committee", "DNC"], generic: ["committee"], posts: [] },
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
  { slug: "unhcr", name: "UNHCR", names: ["UNHCR", "UN Refugee Agency", "UN refugee agency", "High Commissioner for Refugees", "high commissioner for refugees"], generic: ["agency"], posts: [{ name: "UN High Commissioner for Refugees", titles: ["High Commissioner"] }] },
  { slug: "unicef", name: "UNICEF", names: ["UNICEF", "Unicef"], generic: ["agency"], posts: [{ name: "UNICEF Executive Director", titles: ["Executive Director"] }] },
  { slug: "undp", name: "UNDP", names: ["UNDP", "UN Development Programme", "United Nations Development Programme"], generic: ["agency"], posts: [{ name: "UNDP Administrator", titles: ["Administrator"] }] },
  { slug: "osce", name: "OSCE", names: ["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"], generic: ["organization"], posts: [{ name: "OSCE Secretary General", titles: SG }] },
  { slug: "oecd", name: "OECD", names: ["OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"], generic: ["organization", "organisation"], posts: [{ name: "OECD Secretary-General", titles: SG }] },
  { slug: "council-of-europe", name: "Council of Europe", names: ["Council of Europe"], generic: ["Council"], posts: [{ name: "Council of Europe Secretary General", titles: SG }] },
  { slug: "interpol", name: "Interpol", names: ["Interpol", "INTERPOL"], generic: ["organization", "agency"], posts: [{ name: "Interpol President", titles: ["President", "Presidency"] }, { name: "Interpol Secretary General", titles: SG }] },
  { slug: "commonwealth", name: "Commonwealth of Nations", names: ["Commonwealth", "Commonwealth of Nations"], generic: [], posts: [{ name: "Commonwealth Secretary-General", titles: SG }] },
  { slug: "arab-league", name: "Arab League", names: ["Arab League", "League of Arab States"], generic: ["league"], posts: [{ name: "Arab League Secretary-General", titles: SG }] },
  { slug: "asean", name: "ASEAN", names: ["ASEAN", "Association of Southeast Asian Nations"], generic: ["bloc"], posts: [{ name: "ASEAN Secretary-General", titles: SG }] },
  { slug: "african-union", name: "African Union", names: ["African Union", "AU"], generic: ["bloc", "union"], posts: [{ name: "Chairperson of the African Union Commission", titles: ["Chairperson", "Commission Chairperson", "Commission Chair", "Commission chief"], aliases: ["Chair of the African Union Commission", "Chair of the AU Commission", "Chair of the AUC", "African Union Commission Chair", "AU Commission Chair", "AUC Chair", "AUC Chairperson", "AUC chairmanship", "AU Commission chairmanship", "African Union Commission chairmanship"] }] },
  // The Union's executive, named apart from the Union: it speaks and backs candidates in its own name, and its chair is the same post.
  { slug: "african-union-commission", name: "African Union Commission", names: ["African Union Commission", "AU Commission", "AUC"], generic: ["commission"], posts: [{ name: "Chairperson of the African Union Commission", titles: ["Chairperson", "Chair", "Chairman", "Chairwoman", "chairmanship", "chief", "head"], aliases: ["African Union Commission Chair", "AU Commission Chair", "AUC Chair", "AUC Chairperson", "AUC chairmanship", "AU Commission chairmanship", "African Union Commission chairmanship"] }] },
  { slug: "oas", name: "Organization of American States", names: ["Organization of American States", "OAS"], generic: ["organization"], posts: [{ name: "OAS Secretary General", titles: SG }] },
  { slug: "ioc", name: "International Olympic Committee", names: ["International Olympic Committee", "IOC"], generic: ["committee"], posts: [{ name: "IOC President", titles: ["President", "Presidency"] }] },
  { slug: "iaaf", name: "IAAF", names: ["International Association of Athletics Federations", "International Amateur Athletic Federation", "IAAF"], generic: ["federation", "association"], posts: [{ name: "IAAF President", titles: ["President", "Presidency", "presidency"] }, { name: "IAAF Vice-President", titles: ["Vice-President", "Vice President"] }] },
  { slug: "uefa", name: "UEFA", names: ["Union of European Football Associations", "UEFA"], generic: ["body"], posts: [{ name: "UEFA President", titles: ["President", "Presidency"] }] },
  { slug: "concacaf", name: "CONCACAF", names: ["CONCACAF", "Concacaf"], generic: ["confederation"], posts: [{ name: "CONCACAF President", titles: PRESIDENT_TITLES }] },
  { slug: "conmebol", name: "CONMEBOL", names: ["CONMEBOL", "Conmebol"], generic: ["confederation"], posts: [{ name: "CONMEBOL President", titles: PRESIDENT_TITLES }] },
  { slug: "afc", name: "Asian Football Confederation", names: ["Asian Football Confederation", "AFC"], generic: ["confederation"], posts: [{ name: "AFC President", titles: PRESIDENT_TITLES }] },
  { slug: "caf", name: "Confederation of African Football", names: ["Confederation of African Football", "CAF"], generic: ["confederation"], posts: [{ name: "CAF President", titles: PRESIDENT_TITLES }] },
  { slug: "oca", name: "Olympic Council of Asia", names: ["Olympic Council of Asia", "OCA"], generic: ["council"], posts: [{ name: "OCA President", titles: PRESIDENT_TITLES }] },
  { slug: "fiba", name: "FIBA", names: ["International Basketball Federation", "FIBA", "Fiba"], generic: ["federation"], posts: [{ name: "FIBA President", titles: PRESIDENT_TITLES }] },
  { slug: "uci", name: "UCI", names: ["Union Cycliste Internationale", "UCI", "International Cycling Union"], generic: ["federation", "union"], posts: [{ name: "UCI President", titles: PRESIDENT_TITLES }] },
  { slug: "fifa", name: "FIFA", names: ["FIFA"], generic: ["federation"], posts: [{ name: "FIFA President", titles: ["President", "Presidency"] }] },
  { slug: "ebrd", name: "European Bank for Reconstruction and Development", names: ["European Bank for Reconstruction and Development", "EBRD"], generic: ["bank"], posts: [{ name: "EBRD President", titles: ["President", "Presidency"] }] },
  { slug: "afdb", name: "African Development Bank", names: ["African Development Bank", "AfDB"], generic: ["bank"], posts: [{ name: "AfDB President", titles: ["President", "Presidency"] }] },
  { slug: "adb", name: "Asian Development Bank", names: ["Asian Development Bank", "ADB"], generic: ["bank"], posts: [{ name: "ADB President", titles: ["President", "Presidency"] }] },
  { slug: "icc", name: "International Criminal Court", names: ["International Criminal Court", "ICC"], generic: ["court"], posts: [{ name: "ICC Prosecutor", titles: ["Prosecutor", "Chief Prosecutor", "prosecutor", "chief prosecutor"] }] },
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
  { slug: "sadc", name: "SADC", names: ["SADC", "Southern African Development Community"], generic: [], posts: [{ name: "SADC Executive Secretary", titles: ["Executive Secretary"] }] },
  { slug: "eac", name: "East African Community", names: ["East African Community", "EAC"], generic: [], posts: [{ name: "EAC Secretary General", titles: SG }] },
  { slug: "igad", name: "IGAD", names: ["IGAD", "Intergovernmental Authority on Development"], generic: [], posts: [{ name: "IGAD Executive Secretary", titles: ["Executive Secretary"] }] },
  { slug: "caricom", name: "CARICOM", names: ["CARICOM", "Caribbean Community", "Caricom"], generic: [], posts: [{ name: "CARICOM Secretary-General", titles: SG }] },
  { slug: "mercosur", name: "Mercosur", names: ["Mercosur", "MERCOSUR"], generic: [], posts: [] },
  { slug: "brics", name: "BRICS", names: ["BRICS", "BRIC"], generic: [], posts: [] },
  { slug: "g77", name: "Group of 77", names: ["Group of 77", "G77", "G-77"], generic: [], posts: [] },
  { slug: "arab-group", name: "Arab Group", names: ["Arab Group"], generic: [], posts: [] },
  { slug: "gcc", name: "Gulf Cooperation Council", names: ["Gulf Cooperation Council", "GCC"], generic: [], posts: [{ name: "GCC Secretary-General", titles: SG }] },
  { slug: "oic", name: "Organisation of Islamic Cooperation", names: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"], generic: [], posts: [{ name: "OIC Secretary-General", titles: SG }] },
  { slug: "g20", name: "G20", names: ["G20", "G-20", "Group of Twenty"], generic: [], posts: [] },
  { slug: "g7", name: "G7", names: ["G7", "G-7", "Group of Seven"], generic: [], posts: [] },
  { slug: "celac", name: "CELAC", names: ["Community of Latin American and Caribbean States", "CELAC"], generic: [], posts: [] },
  { slug: "alba", name: "ALBA", names: ["Bolivarian Alliance for the Peoples of Our America", "ALBA"], generic: [], posts: [] },
  { slug: "benelux", name: "Benelux", names: ["Benelux"], generic: [], posts: [] },
  { slug: "cis", name: "Commonwealth of Independent States", names: ["Commonwealth of Independent States"], generic: [], posts: [] },
  { slug: "eaeu", name: "Eurasian Economic Union", names: ["Eurasian Economic Union", "EAEU"], generic: [], posts: [] },
  { slug: "csto", name: "Collective Security Treaty Organization", names: ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"], generic: [], posts: [] },
  { slug: "cplp", name: "Community of Portuguese Language Countries", names: ["Community of Portuguese Language Countries", "CPLP"], generic: [], posts: [] },
  { slug: "union-for-the-mediterranean", name: "Union for the Mediterranean", names: ["Union for the Mediterranean"], generic: [], posts: [] },
  { slug: "comesa", name: "COMESA", names: ["Common Market for Eastern and Southern Africa", "COMESA"], generic: [], posts: [] },
  { slug: "waemu", name: "WAEMU", names: ["West African Economic and Monetary Union", "WAEMU", "UEMOA"], generic: [], posts: [] },
  { slug: "g5-sahel", name: "G5 Sahel", names: ["G5 Sahel"], generic: [], posts: [] },
  { slug: "arab-maghreb-union", name: "Arab Maghreb Union", names: ["Arab Maghreb Union"], generic: [], posts: [] },
  { slug: "aosis", name: "Alliance of Small Island States", names: ["Alliance of Small Island States", "AOSIS"], generic: [], posts: [] },
  { slug: "g24", name: "G24", names: ["Group of 24", "G24", "G-24"], generic: [], posts: [] },
  { slug: "visegrad-group", name: "Visegrad Group", names: ["Visegrad Group", "Visegrád Group", "Visegrad Four", "Visegrád Four", "V4"], generic: [], posts: [] },
  { slug: "five-eyes", name: "Five Eyes", names: ["Five Eyes"], generic: [], posts: [] },
  { slug: "nordic-council", name: "Nordic Council", names: ["Nordic Council"], generic: [], posts: [] },
  { slug: "non-aligned-movement", name: "Non-Aligned Movement", names: ["Non-Aligned Movement", "Non-Aligned Movement (NAM)"], generic: [], posts: [] },
  { slug: "pacific-alliance", name: "Pacific Alliance", names: ["Pacific Alliance"], generic: [], posts: [] },
  { slug: "weimar-triangle", name: "Weimar Triangle", names: ["Weimar Triangle"], generic: [], posts: [] },
  // The United Nations' regional groups, which put forward candidates for its elected posts.
  { slug: "african-group", name: "African Group", names: ["African Group", "Group of African States"], generic: [], posts: [] },
  { slug: "asia-pacific-group", name: "Asia-Pacific Group", names: ["Asia-Pacific Group", "Group of Asia-Pacific States", "Asia and the Pacific Group"], generic: [], posts: [] },
  { slug: "eastern-european-group", name: "Eastern European Group", names: ["Eastern European Group", "Group of Eastern European States"], generic: [], posts: [] },
  { slug: "grulac", name: "Latin American and Caribbean Group", names: ["Latin American and Caribbean Group", "Group of Latin American and Caribbean States", "GRULAC"], generic: [], posts: [] },
  { slug: "weog", name: "Western European and Others Group", names: ["Western European and Others Group", "WEOG"], generic: [], posts: [] },
  // Groups of the European Parliament and of parliaments' parties.
  { slug: "s-and-d", name: "Progressive Alliance of Socialists and Democrats", names: ["Progressive Alliance of Socialists and Democrats", "Socialists and Democrats", "S&D"], generic: [], posts: [] },
  { slug: "renew-europe", name: "Renew Europe", names: ["Renew Europe"], generic: [], posts: [] },
  { slug: "ecr", name: "European Conservatives and Reformists", names: ["European Conservatives and Reformists", "ECR"], generic: [], posts: [] },
  { slug: "alde", name: "Alliance of Liberals and Democrats for Europe", names: ["Alliance of Liberals and Democrats for Europe", "ALDE"], generic: [], posts: [] },
  { slug: "greens-efa", name: "Greens/EFA", names: ["Greens/EFA", "Greens–European Free Alliance"], generic: [], posts: [] },
  { slug: "house-freedom-caucus", name: "House Freedom Caucus", names: ["House Freedom Caucus", "Freedom Caucus"], generic: [], posts: [] },
  { slug: "congressional-black-caucus", name: "Congressional Black Caucus", names: ["Congressional Black Caucus"], generic: [], posts: [] },
  { slug: "congressional-progressive-caucus", name: "Congressional Progressive Caucus", names: ["Congressional Progressive Caucus", "Progressive Caucus"], generic: [], posts: [] },
  { slug: "1922-committee", name: "1922 Committee", names: ["1922 Committee", "1922 committee"], generic: [], posts: [] },
  { slug: "parliamentary-labour-party", name: "Parliamentary Labour Party", names: ["Parliamentary Labour Party", "PLP"], generic: [], posts: [] },
  { slug: "european-research-group", name: "European Research Group", names: ["European Research Group", "ERG"], generic: [], posts: [] },
  // Party leaderships and nominations: races decided inside a party.
  { slug: "amnesty-international", name: "Amnesty International", names: ["Amnesty International", "Amnesty"], generic: [], posts: [] },
  { slug: "human-rights-watch", name: "Human Rights Watch", names: ["Human Rights Watch", "HRW"], generic: [], posts: [] },
  { slug: "transparency-international", name: "Transparency International", names: ["Transparency International"], generic: [], posts: [] },
  // Other parties, named as actors (their leaderships are not races here).
  { slug: "ukip", name: "UK Independence Party", names: ["UK Independence Party", "UKIP", "Ukip"], generic: [], posts: [{ name: "Leader of the UK Independence Party", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "snp", name: "Scottish National Party", names: ["Scottish National Party", "SNP"], generic: [], posts: [{ name: "Leader of the Scottish National Party", titles: ["leader", "Leader", "leadership", "Leadership"] }, { name: "Deputy Leader of the Scottish National Party", titles: ["deputy leader", "Deputy Leader", "deputy leadership"] }] },
  { slug: "liberal-democrats", name: "Liberal Democrats", names: ["Liberal Democrats", "Liberal Democrat Party", "Lib Dems", "LibDems", "Liberal Democrat", "Lib Dem"], generic: [], posts: [{ name: "Leader of the Liberal Democrats", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "brexit-party", name: "Brexit Party", names: ["Brexit Party"], generic: [], posts: [] },
  { slug: "green-party", name: "Green Party", names: ["Green Party", "Green Party of England and Wales"], generic: [], posts: [{ name: "Leader of the Green Party", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "plaid-cymru", name: "Plaid Cymru", names: ["Plaid Cymru"], generic: [], posts: [{ name: "Leader of Plaid Cymru", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "dup", name: "Democratic Unionist Party", names: ["Democratic Unionist Party", "DUP"], generic: [], posts: [{ name: "Leader of the Democratic Unionist Party", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "sinn-fein", name: "Sinn Féin", names: ["Sinn Féin", "Sinn Fein"], generic: [], posts: [{ name: "President of Sinn Féin", titles: ["president", "President", "presidency", "leader", "Leader", "leadership"] }] },
  { slug: "epp", name: "European People's Party", names: ["European People's Party", "European People’s Party", "EPP"], generic: ["party"], posts: [] },
  { slug: "pes", name: "Party of European Socialists", names: ["Party of European Socialists", "PES"], generic: ["party"], posts: [] },
  { slug: "labour-party", name: "Labour Party", names: ["Labour Party", "Labour party", "Labour"], generic: ["party"], posts: [{ name: "Leader of the Labour Party", titles: ["leader", "Leader", "leadership", "Leadership"] }, { name: "Deputy Leader of the Labour Party", titles: ["deputy leader", "Deputy Leader", "deputy leadership", "Deputy Leadership"] }] },
  { slug: "conservative-party", name: "Conservative Party", names: ["Conservative Party", "Conservative party", "Conservative", "Tory", "Tories"], generic: ["party"], posts: [{ name: "Leader of the Conservative Party", titles: ["leader", "Leader", "leadership", "Leadership"] }] },
  { slug: "democratic-party", name: "Democratic Party", names: ["Democratic Party", "Democratic party", "Democratic", "Democrats"], generic: ["party"], posts: [{ name: "Democratic presidential nomination", titles: ["presidential nomination", "nomination", "presidential candidate"], aliases: ["Democratic presidential nomination", "Democratic nomination"] }] },
  { slug: "republican-party", name: "Republican Party", names: ["Republican Party", "Republican party", "Republican", "Republicans", "GOP"], generic: ["party"], posts: [{ name: "Republican presidential nomination", titles: ["presidential nomination", "nomination", "presidential candidate"], aliases: ["Republican presidential nomination", "Republican nomination"] }] },
  { slug: "opec", name: "OPEC", names: ["OPEC"], generic: ["cartel"], posts: [{ name: "OPEC Secretary General", titles: SG }] },
  ...MORE_BODIES,
  ...PARTIES,
]).map(withDescriptions);

/** The lexicon's entries by slug, in lexicon order (a slug may be listed more than once). */
const ENTRIES_BY_SLUG = new Map<string, OrganizationEntry[]>();
/** The same, only the entries with posts, each with its place in the lexicon. */
const POSTED_BY_SLUG = new Map<string, { org: OrganizationEntry; at: number }[]>();
ORGANIZATIONS.forEach((org, at) => {
  const all = ENTRIES_BY_SLUG.get(org.slug);
  if (all) all.push(org);
  else ENTRIES_BY_SLUG.set(org.slug, [org]);
  if (org.posts.length === 0) return;
  const posted = POSTED_BY_SLUG.get(org.slug);
  if (posted) posted.push({ org, at });
  else POSTED_BY_SLUG.set(org.slug, [{ org, at }]);
});

/** The lexicon's entries of `slug`, in lexicon order (empty for an unknown slug). */
export function organizationsOfSlug(slug: string): readonly OrganizationEntry[] {
  return ENTRIES_BY_SLUG.get(slug) ?? [];
}

/** The first lexicon entry of `slug` that has posts. */
export function postedOrganizationOfSlug(slug: string): OrganizationEntry | undefined {
  return POSTED_BY_SLUG.get(slug)?.[0]?.org;
}

/**
 * The lexicon's entries with posts whose slug `counts` counts above 0, the most counted first and
 * in lexicon order among equals: `ORGANIZATIONS` filtered on both and sorted by count, without a
 * pass over the lexicon.
 */
export function postedOrganizationsByCount(counts: ReadonlyMap<string, number>): OrganizationEntry[] {
  const found: { org: OrganizationEntry; at: number; count: number }[] = [];
  for (const [slug, count] of counts) {
    if (!(count > 0)) continue;
    for (const { org, at } of POSTED_BY_SLUG.get(slug) ?? []) found.push({ org, at, count });
  }
  found.sort((a, b) => b.count - a.count || a.at - b.at);
  const out: OrganizationEntry[] = [];
  for (const f of found) out.push(f.org);
  return out;
}

/** Titles that name a post on their own once the article's organization is known. */
export const STANDALONE_TITLES = ["Secretary General", "Secretary-General", "Director-General", "Director General", "Managing Director", "High Commissioner", "Executive Director", "Deputy Secretary-General", "Deputy Secretary General", "Treasurer-General", "Treasurer General", "National Chairperson"];

const variantCache = new Map<string, readonly string[]>();

/** A body's name built on a common noun, which takes "the" ("the Labour Party", "the World Bank"). */
const NOUN_NAME = /\b(?:Party|Union|Congress|Alliance|Front|Movement|League|Organi[sz]ation|Federation|Confederation|Committee|Council|Commission|Bank|Fund|Court|Agency|Programme|Program|Office|Association|Assembly|Group|Forum|Community|Institute|Authority|Secretariat|Board|Parliament|Nations|States)\b/;

/** A party's plural name used as an adjective: "Liberal Democrats" -> "Liberal Democrat", "Welsh Tories" -> "Welsh Tory". */
const PLURAL_PARTY_WORD = /(?:Democrats|Conservatives|Liberals|Greens|Nationals|Dems|Republicans|Socialists|Tories|Unionists|Nationalists)$/;

/** Titles of a post's holder ("leader", "deputy leader", "chairman"), not of the office or the race ("leadership", "presidency"). */
const HOLDER_TITLE = /^(?:deputy |co-|vice[- ])?(?:leader|chairman|chairwoman|chair|president|secretary-general|general secretary)$/;

/**
 * A party's post as the news writes it, by the party's name or its adjective and a holder's
 * title: "Labour deputy leader", "Liberal Democrat leader", "Welsh Tory leader", "SPD chairman".
 * Only the party's own names, never a word it shares with other parties, so the forms identify it.
 */
function partyShortForms(org: OrganizationEntry, titles: readonly string[]): string[] {
  const holderTitles = [...new Set(titles.map((t) => t.toLowerCase()).filter((t) => HOLDER_TITLE.test(t)))];
  const names = new Set<string>();
  for (const n of org.names) {
    if (DESCRIPTIONS.has(n) || n.split(" ").length > 4 || n.includes("(")) continue;
    names.add(n);
    if (PLURAL_PARTY_WORD.test(n)) names.add(n.endsWith("ies") ? `${n.slice(0, -3)}y` : n.slice(0, -1));
  }
  const out: string[] = [];
  for (const n of names) for (const t of holderTitles) out.push(`${n} ${t.replace(/(^|\s|-)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())}`);
  return out;
}

/**
 * Other names of a lexicon post, the ways the news and annotators write it: "<acronym> <title>",
 * "<title> of the <organization>", "<organization> <title>" ("FIBA President", "President of
 * FIBA", "President of the International Basketball Federation").
 */
export function postNameVariants(org: OrganizationEntry, index: number): readonly string[] {
  const key = `${org.slug}#${index}`;
  const cached = variantCache.get(key);
  if (cached) return cached;
  const post = org.posts[index];
  const out = new Set<string>();
  // The title as the post's name writes it: "President" of "FIBA President" or of "President of the X".
  const named = post ? (/^(.+?) of /.exec(post.name)?.[1] ?? org.names.map((n) => (post.name.startsWith(`${n} `) ? post.name.slice(n.length + 1) : "")).find(Boolean)) : undefined;
  const first = named && post!.titles.some((t) => t.toLowerCase() === named.toLowerCase()) ? named : undefined;
  if (post && first) {
    const title = first.replace(/(^|\s|-)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const titles = new Set([title, title.replace(/-/g, " "), title.replace(/ (General)$/, "-$1")]);
    const acronyms = org.names.filter((n) => /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}$/u.test(n) && n.length <= 7);
    const fullNames = org.names.filter((n) => !acronyms.includes(n) && !DESCRIPTIONS.has(n)).slice(0, 2);
    for (const t of titles) {
      for (const a of acronyms) out.add(`${a} ${t}`).add(`${t} of ${a}`).add(`${t} of the ${a}`);
      for (const n of fullNames) out.add(`${t} of ${/^The\s/.test(n) ? n.replace(/^The/, "the") : `the ${n}`}`).add(`${n} ${t}`);
    }
    // "Leader of Scottish Labour", "President of Fine Gael": a name that is no common noun takes no "the".
    for (const n of fullNames) if (!/^The\s/.test(n) && !NOUN_NAME.test(n)) out.add(`${title} of ${n}`);
  }
  // A party: led by a "leader", or listed with the parties.
  const party = org.generic.includes("party") || org.posts.some((p) => p.titles.includes("leader"));
  const shortForms = post && party ? partyShortForms(org, post.titles) : [];
  const seen = new Set([(post?.name ?? "").toLowerCase()]);
  const variants = [...[...out].slice(0, 14), ...shortForms].filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
  variantCache.set(key, variants);
  return variants;
}
