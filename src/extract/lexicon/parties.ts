/**
 * Political parties of the countries whose politics is reported in English, with the country
 * each belongs to and its leadership posts.
 *
 * A party's distinctive names ("Conservative Party of Canada", "ALP") name it anywhere. The words
 * many countries' parties share ("Conservative", "Labour", "Liberal", "National") are `shared`:
 * they name the party of the country the article ties them to (see {@link resolvePartyCountry}),
 * and the British or American party only when nothing points elsewhere.
 */
import type { RawMention, Token } from "../types.js";
import type { OrganizationEntry, PostEntry } from "./organizations.js";
import { articleCountryCounts, articlePartyCountry, tiedCountry } from "./party-country.js";

/** A party: an organization with the country it belongs to. */
export interface PartyEntry extends OrganizationEntry {
  /** ISO 3166-1 alpha-2 code of the party's country. */
  country: string;
}

const LEADER = ["leader", "Leader", "leadership", "Leadership"];
const DEPUTY = ["deputy leader", "Deputy Leader", "deputy leadership", "Deputy Leadership"];
/** German, Austrian and Swiss parties are led by a chair. */
const CHAIR = [...LEADER, "chairman", "Chairman", "chairwoman", "Chairwoman", "chair", "chairmanship", "chairpersonship"];
/** Parties whose leader holds the title of president (Japan's, South Africa's, France's). */
const PRESIDENT = [...LEADER, "president", "President", "presidency", "Presidency"];
/** A party whose leader is its president holds a "presidential election" of its own ("the LDP presidential election", "the party's presidential race"). */
const PARTY_PRESIDENT = [...PRESIDENT, "presidential election", "presidential race", "presidential contest", "presidential poll", "presidential vote"];

/** A party named by a common noun takes "the" ("the Labour Party", "the Australian Greens"); one named by its own words does not ("Fine Gael", "Reform UK", "Likud"). */
const TAKES_THE = /\b(?:Party|Union|Congress|Alliance|Front|Movement|League|Greens|Democrats|Republicans|Conservatives|Liberals|Socialists|Nationals|Coalition|Bloc|Rally|Appeal|Platform|Organisation|Organization|Federation|Fighters|Group)\b/;

/** "the Labour Party", "Fine Gael", "the Republicans (France)". */
function partyPhrase(partyName: string): string {
  if (/^The\s/.test(partyName)) return `the ${partyName.slice(4)}`;
  return TAKES_THE.test(partyName) ? `the ${partyName}` : partyName;
}

/** The party's leadership: "Leader of the Labour Party", "Leader of Fine Gael" (the form with "the" is among its other names). */
function leader(partyName: string, titles: readonly string[] = LEADER): PostEntry {
  return { name: `Leader of ${partyPhrase(partyName)}`, titles };
}

/** A party whose head is its president or chairman ("President of the Workers' Party"). */
function president(partyName: string, aliases?: readonly string[]): PostEntry {
  return { name: `President of ${partyPhrase(partyName)}`, titles: PRESIDENT, ...(aliases ? { aliases } : {}) };
}

/** A party led by a national chairman (Nigeria's). */
function nationalChair(partyName: string): PostEntry {
  return { name: `National Chairman of ${partyPhrase(partyName)}`, titles: ["National Chairman", "national chairman", "National Chairperson", "national chairperson", "chairman", "Chairman", "chairmanship"] };
}

function deputy(partyName: string): PostEntry {
  return { name: `Deputy Leader of ${partyPhrase(partyName)}`, titles: DEPUTY };
}

function party(country: string, slug: string, name: string, names: readonly string[], shared: readonly string[] = [], posts: readonly PostEntry[] = []): PartyEntry {
  return { slug, name, names: [name, ...names.filter((n) => n !== name)], shared, generic: ["party"], posts, country };
}

/**
 * Parties by country. The British and American parties that the news names by a shared word
 * alone ("Labour", "Republicans") stay in `organizations.ts` as the default readings.
 */
export const PARTIES: readonly PartyEntry[] = [
  // Canada
  party("CA", "conservative-party-of-canada", "Conservative Party of Canada", ["Canadian Conservative Party", "Conservative Party of Canada"], ["Conservative Party", "Conservative party", "Conservatives", "Conservative", "Tories", "Tory"], [leader("Conservative Party of Canada"), deputy("Conservative Party of Canada")]),
  party("CA", "liberal-party-of-canada", "Liberal Party of Canada", ["Canadian Liberal Party"], ["Liberal Party", "Liberal party", "Liberals", "Liberal"], [leader("Liberal Party of Canada"), deputy("Liberal Party of Canada")]),
  party("CA", "new-democratic-party", "New Democratic Party", ["NDP", "New Democrats", "Federal NDP"], [], [leader("New Democratic Party"), deputy("New Democratic Party")]),
  party("CA", "bloc-quebecois", "Bloc Québécois", ["Bloc Quebecois"], [], [leader("Bloc Québécois")]),
  party("CA", "peoples-party-of-canada", "People's Party of Canada", ["People’s Party of Canada"], [], [leader("People's Party of Canada")]),
  party("CA", "green-party-of-canada", "Green Party of Canada", [], ["Greens"], [leader("Green Party of Canada")]),
  party("CA", "canadian-alliance", "Canadian Alliance", [], [], [leader("Canadian Alliance")]),
  // Canada's provinces
  party("CA", "ontario-pc-party", "Progressive Conservative Party of Ontario", ["Ontario PC Party", "Ontario Progressive Conservative Party", "Ontario Progressive Conservatives", "Ontario PCs", "Ontario Tories", "PC Party of Ontario"], [], [leader("Progressive Conservative Party of Ontario")]),
  party("CA", "ontario-liberal-party", "Ontario Liberal Party", ["Ontario Liberals"], [], [leader("Ontario Liberal Party")]),
  party("CA", "ontario-ndp", "Ontario New Democratic Party", ["Ontario NDP"], [], [leader("Ontario New Democratic Party")]),
  party("CA", "bc-ndp", "British Columbia New Democratic Party", ["BC NDP", "B.C. NDP"], [], [leader("British Columbia New Democratic Party")]),
  party("CA", "bc-united", "BC United", ["BC Liberals", "B.C. Liberals", "BC Liberal Party", "B.C. Liberal Party", "British Columbia Liberal Party"], [], [leader("BC United")]),
  party("CA", "bc-conservatives", "Conservative Party of British Columbia", ["BC Conservatives", "B.C. Conservatives", "BC Conservative Party", "B.C. Conservative Party"], [], [leader("Conservative Party of British Columbia")]),
  party("CA", "united-conservative-party", "United Conservative Party", ["UCP", "Alberta UCP"], [], [leader("United Conservative Party")]),
  party("CA", "alberta-ndp", "Alberta New Democratic Party", ["Alberta NDP"], [], [leader("Alberta New Democratic Party")]),
  party("CA", "saskatchewan-party", "Saskatchewan Party", ["Sask Party"], [], [leader("Saskatchewan Party")]),
  party("CA", "quebec-liberal-party", "Quebec Liberal Party", ["Québec Liberal Party", "Parti libéral du Québec", "Quebec Liberals", "Québec Liberals"], [], [leader("Quebec Liberal Party")]),
  party("CA", "caq", "Coalition Avenir Québec", ["Coalition Avenir Quebec", "CAQ"], [], [leader("Coalition Avenir Québec")]),
  party("CA", "parti-quebecois", "Parti Québécois", ["Parti Quebecois", "PQ"], [], [leader("Parti Québécois")]),
  party("CA", "manitoba-ndp", "Manitoba New Democratic Party", ["Manitoba NDP"], [], [leader("Manitoba New Democratic Party")]),
  party("CA", "manitoba-pc-party", "Progressive Conservative Party of Manitoba", ["Manitoba PCs", "Manitoba Progressive Conservatives", "Manitoba PC Party"], [], [leader("Progressive Conservative Party of Manitoba")]),
  party("CA", "nova-scotia-pc-party", "Progressive Conservative Association of Nova Scotia", ["Nova Scotia PCs", "Nova Scotia Progressive Conservatives", "Nova Scotia PC Party"], [], [leader("Progressive Conservative Association of Nova Scotia")]),
  party("CA", "progressive-conservative-party-of-canada", "Progressive Conservative Party of Canada", [], [], [leader("Progressive Conservative Party of Canada")]),
  // Australia
  party("AU", "liberal-party-of-australia", "Liberal Party of Australia", ["Australian Liberal Party"], ["Liberal Party", "Liberal party", "Liberals", "Liberal"], [leader("Liberal Party of Australia"), deputy("Liberal Party of Australia")]),
  party("AU", "australian-labor-party", "Australian Labor Party", ["ALP", "Australian Labor"], ["Labor Party", "Labor party", "Labor"], [leader("Australian Labor Party"), deputy("Australian Labor Party")]),
  party("AU", "national-party-of-australia", "National Party of Australia", ["Australian Nationals"], ["National Party", "Nationals"], [leader("National Party of Australia"), deputy("National Party of Australia")]),
  party("AU", "liberal-national-party", "Liberal National Party of Queensland", ["Liberal National Party", "LNP"], [], [leader("Liberal National Party of Queensland")]),
  party("AU", "australian-greens", "Australian Greens", [], ["Greens"], [leader("Australian Greens")]),
  party("AU", "one-nation", "One Nation", ["Pauline Hanson's One Nation", "Pauline Hanson’s One Nation"], [], []),
  // Australia's states and territories
  party("AU", "victorian-liberals", "Victorian Liberal Party", ["Victorian Liberals", "Liberal Party (Victoria)"], [], [leader("Victorian Liberal Party")]),
  party("AU", "nsw-liberals", "NSW Liberal Party", ["NSW Liberals", "New South Wales Liberal Party", "New South Wales Liberals"], [], [leader("NSW Liberal Party")]),
  party("AU", "wa-liberals", "WA Liberal Party", ["WA Liberals", "Western Australian Liberal Party", "Western Australian Liberals"], [], [leader("WA Liberal Party")]),
  party("AU", "sa-liberals", "SA Liberal Party", ["SA Liberals", "South Australian Liberal Party", "South Australian Liberals"], [], [leader("SA Liberal Party")]),
  party("AU", "tasmanian-liberals", "Tasmanian Liberal Party", ["Tasmanian Liberals"], [], [leader("Tasmanian Liberal Party")]),
  party("AU", "victorian-labor", "Victorian Labor", ["Victorian Labor Party", "Labor Party (Victoria)"], [], [leader("Victorian Labor")]),
  party("AU", "nsw-labor", "NSW Labor", ["New South Wales Labor", "NSW Labor Party"], [], [leader("NSW Labor")]),
  party("AU", "queensland-labor", "Queensland Labor", ["Queensland Labor Party"], [], [leader("Queensland Labor")]),
  party("AU", "wa-labor", "WA Labor", ["Western Australian Labor", "WA Labor Party"], [], [leader("WA Labor")]),
  party("AU", "sa-labor", "SA Labor", ["South Australian Labor", "SA Labor Party"], [], [leader("SA Labor")]),
  party("AU", "tasmanian-labor", "Tasmanian Labor", ["Tasmanian Labor Party"], [], [leader("Tasmanian Labor")]),
  party("AU", "country-liberal-party", "Country Liberal Party", [], [], [leader("Country Liberal Party")]),
  // New Zealand
  party("NZ", "new-zealand-labour-party", "New Zealand Labour Party", ["NZ Labour", "New Zealand Labour"], ["Labour Party", "Labour party", "Labour"], [leader("New Zealand Labour Party"), deputy("New Zealand Labour Party")]),
  party("NZ", "new-zealand-national-party", "New Zealand National Party", ["NZ National", "New Zealand National"], ["National Party", "National party", "Nationals", "National"], [leader("New Zealand National Party"), deputy("New Zealand National Party")]),
  party("NZ", "act-new-zealand", "ACT New Zealand", ["ACT Party"], [], [leader("ACT New Zealand")]),
  party("NZ", "new-zealand-first", "New Zealand First", ["NZ First"], [], [leader("New Zealand First")]),
  party("NZ", "green-party-of-aotearoa", "Green Party of Aotearoa New Zealand", ["Green Party of Aotearoa"], ["Greens"], [{ name: "Co-leader of the Green Party of Aotearoa New Zealand", titles: ["co-leader", "Co-leader", "co-leadership"] }]),
  party("NZ", "te-pati-maori", "Te Pāti Māori", ["Maori Party", "Māori Party"], [], []),
  // Ireland
  party("IE", "fianna-fail", "Fianna Fáil", ["Fianna Fail"], [], [leader("Fianna Fáil")]),
  party("IE", "fine-gael", "Fine Gael", [], [], [leader("Fine Gael")]),
  party("IE", "green-party-ireland", "Green Party (Ireland)", ["Irish Green Party"], ["Greens"], [leader("Green Party (Ireland)")]),
  party("IE", "social-democrats-ireland", "Social Democrats (Ireland)", [], ["Social Democrats"], [leader("Social Democrats (Ireland)")]),
  party("IE", "labour-party-ireland", "Labour Party (Ireland)", ["Irish Labour Party", "Irish Labour"], ["Labour Party", "Labour party", "Labour"], [leader("Labour Party (Ireland)")]),
  // United Kingdom: the parties the lexicon had no post for, and the parties of its nations.
  party("GB", "reform-uk", "Reform UK", [], [], [leader("Reform UK")]),
  party("GB", "scottish-labour", "Scottish Labour Party", ["Scottish Labour"], [], [leader("Scottish Labour Party")]),
  party("GB", "scottish-conservatives", "Scottish Conservative and Unionist Party", ["Scottish Conservatives", "Scottish Tories", "Scottish Conservative Party", "Scottish Conservative", "Scottish Tory"], [], [leader("Scottish Conservative and Unionist Party")]),
  party("GB", "welsh-labour", "Welsh Labour", ["Welsh Labour Party", "Labour in Wales"], [], [leader("Welsh Labour")]),
  party("GB", "welsh-conservatives", "Welsh Conservatives", ["Welsh Conservative Party", "Welsh Conservative", "Welsh Tories", "Welsh Tory"], [], [leader("Welsh Conservatives")]),
  party("GB", "scottish-liberal-democrats", "Scottish Liberal Democrats", ["Scottish Lib Dems", "Scottish Liberal Democrat"], [], [leader("Scottish Liberal Democrats")]),
  party("GB", "welsh-liberal-democrats", "Welsh Liberal Democrats", ["Welsh Lib Dems", "Welsh Liberal Democrat"], [], [leader("Welsh Liberal Democrats")]),
  party("GB", "scottish-greens", "Scottish Greens", ["Scottish Green Party"], [], [{ name: "Co-leader of the Scottish Greens", titles: ["co-leader", "Co-leader", "co-leadership"] }]),
  party("GB", "alba-party", "Alba Party", [], [], [leader("Alba Party")]),
  party("GB", "ulster-unionist-party", "Ulster Unionist Party", ["UUP"], [], [leader("Ulster Unionist Party")]),
  party("GB", "sdlp", "Social Democratic and Labour Party", ["SDLP"], [], [leader("Social Democratic and Labour Party")]),
  party("GB", "alliance-party-ni", "Alliance Party of Northern Ireland", [], [], []),
  party("GB", "tuv", "Traditional Unionist Voice", ["TUV"], [], [leader("Traditional Unionist Voice")]),
  party("IE", "aontu", "Aontú", ["Aontu"], [], [leader("Aontú")]),
  party("IE", "people-before-profit", "People Before Profit", ["People Before Profit–Solidarity", "PBP"], [], []),
  // Germany and Austria: German and Austrian parties are led by a chair.
  party("DE", "cdu", "Christian Democratic Union", ["CDU", "Christian Democratic Union of Germany"], ["Christian Democrats", "Christian Democrat", "Christian Democratic Party"], [{ name: "CDU Leader", titles: ["leader", "Leader", "leadership", "chairman", "Chairman", "chairwoman", "chair", "chairmanship", "party chairman", "party leader"] }]),
  party("DE", "csu", "Christian Social Union", ["CSU", "Christian Social Union in Bavaria"], [], [{ name: "CSU Leader", titles: ["leader", "Leader", "leadership", "chairman", "Chairman", "chairwoman", "chair", "chairmanship"] }]),
  party("DE", "spd", "Social Democratic Party of Germany", ["SPD"], ["Social Democrats", "Social Democrat", "Social Democratic Party"], [{ name: "SPD Leader", titles: ["leader", "Leader", "leadership", "chairman", "Chairman", "chairwoman", "chair", "co-leader", "co-chair"] }]),
  party("DE", "fdp", "Free Democratic Party", ["FDP", "Free Democrats"], [], [leader("Free Democratic Party", CHAIR)]),
  party("DE", "afd", "Alternative for Germany", ["AfD"], [], [leader("Alternative for Germany", [...CHAIR, "co-leader", "co-chair"])]),
  party("DE", "greens-germany", "Alliance 90/The Greens", ["Alliance 90/Greens", "Bündnis 90/Die Grünen", "German Greens"], ["Greens"], [leader("Alliance 90/The Greens", [...CHAIR, "co-leader", "co-chair"])]),
  party("DE", "die-linke", "Die Linke", ["Left Party"], [], [leader("Die Linke", [...CHAIR, "co-leader", "co-chair"])]),
  party("DE", "bsw", "Sahra Wagenknecht Alliance", ["BSW"], [], []),
  party("AT", "ovp", "Austrian People's Party", ["Austrian People’s Party", "ÖVP", "OVP"], [], [leader("Austrian People's Party", CHAIR)]),
  party("AT", "spo", "Social Democratic Party of Austria", ["SPÖ", "SPO", "Austrian Social Democrats"], ["Social Democrats", "Social Democratic Party"], [leader("Social Democratic Party of Austria", CHAIR)]),
  party("AT", "fpo", "Freedom Party of Austria", ["Austrian Freedom Party", "FPÖ", "FPO"], [], [leader("Freedom Party of Austria", CHAIR)]),
  // France
  party("FR", "les-republicains", "The Republicans (France)", ["Les Républicains", "Les Republicains"], ["Republicans"], [leader("The Republicans (France)", PRESIDENT)]),
  party("FR", "socialist-party-france", "Socialist Party (France)", ["French Socialist Party", "Parti Socialiste"], [], [leader("Socialist Party (France)")]),
  party("FR", "national-rally", "National Rally", ["Rassemblement National", "National Front", "Front National"], [], [leader("National Rally", PRESIDENT)]),
  party("FR", "ump", "Union for a Popular Movement", ["UMP", "Union pour un mouvement populaire"], [], [president("Union for a Popular Movement")]),
  party("FR", "renaissance", "Renaissance (France)", ["La République En Marche", "La Republique En Marche", "En Marche"], [], []),
  party("FR", "la-france-insoumise", "La France Insoumise", ["France Unbowed", "LFI"], [], []),
  // Italy
  party("IT", "democratic-party-italy", "Democratic Party (Italy)", ["Partito Democratico", "Italian Democratic Party"], ["Democratic Party", "Democratic party", "Democrats"], [leader("Democratic Party (Italy)")]),
  party("IT", "brothers-of-italy", "Brothers of Italy", ["Fratelli d'Italia", "Fratelli d’Italia"], [], [leader("Brothers of Italy")]),
  party("IT", "forza-italia", "Forza Italia", [], [], [leader("Forza Italia")]),
  party("IT", "five-star-movement", "Five Star Movement", ["5-Star Movement", "M5S"], [], [leader("Five Star Movement")]),
  party("IT", "lega", "Lega", ["Northern League", "Lega Nord"], [], [leader("Lega")]),
  party("IT", "italia-viva", "Italia Viva", [], [], [leader("Italia Viva")]),
  party("IT", "azione", "Azione", [], [], []),
  party("GR", "new-democracy-greece", "New Democracy (Greece)", ["Nea Dimokratia"], [], [leader("New Democracy (Greece)")]),
  party("GR", "syriza-greece", "SYRIZA (party)", ["Coalition of the Radical Left"], [], [leader("SYRIZA (party)")]),
  party("GR", "pasok-greece", "PASOK–KINAL", ["PASOK-KINAL", "Movement for Change", "KINAL"], [], [leader("PASOK–KINAL")]),
  party("CY", "disy", "Democratic Rally", ["DISY"], [], [leader("Democratic Rally")]),
  party("CY", "akel", "AKEL", ["Progressive Party of Working People"], [], [{ name: "Secretary-General of AKEL", titles: ["secretary-general", "Secretary-General", "general secretary", "General Secretary"] }]),
  party("MT", "labour-party-malta", "Labour Party (Malta)", ["Maltese Labour Party", "Partit Laburista"], [], [leader("Labour Party (Malta)")]),
  party("MT", "nationalist-party-malta", "Nationalist Party (Malta)", ["Partit Nazzjonalista"], [], [leader("Nationalist Party (Malta)")]),
  // Switzerland
  party("CH", "svp", "Swiss People's Party", ["Swiss People’s Party", "SVP"], [], [leader("Swiss People's Party", CHAIR)]),
  party("CH", "sp-switzerland", "Social Democratic Party of Switzerland", ["Swiss Social Democrats"], ["Social Democrats"], []),
  // Spain and Portugal
  party("ES", "psoe", "Spanish Socialist Workers' Party", ["Spanish Socialist Workers’ Party", "PSOE"], [], [leader("Spanish Socialist Workers' Party")]),
  party("ES", "partido-popular", "People's Party (Spain)", ["Partido Popular"], [], [leader("People's Party (Spain)")]),
  party("ES", "vox", "Vox", [], [], [president("Vox")]),
  party("ES", "podemos", "Podemos", [], [], [{ name: "Secretary-General of Podemos", titles: ["secretary-general", "Secretary-General", "secretary general", "Secretary General", "leader", "Leader", "leadership"] }]),
  party("ES", "sumar", "Sumar", [], [], []),
  party("ES", "ciudadanos", "Ciudadanos", [], [], [leader("Ciudadanos")]),
  party("ES", "erc", "Republican Left of Catalonia", ["ERC", "Esquerra Republicana"], [], []),
  party("ES", "junts", "Junts per Catalunya", ["Junts"], [], []),
  party("ES", "pnv", "Basque Nationalist Party", ["PNV"], [], []),
  party("PT", "socialist-party-portugal", "Socialist Party (Portugal)", ["Partido Socialista", "Portuguese Socialist Party"], [], [leader("Socialist Party (Portugal)")]),
  party("PT", "psd-portugal", "Social Democratic Party (Portugal)", ["Portuguese Social Democratic Party"], ["Social Democratic Party", "Social Democrats"], [leader("Social Democratic Party (Portugal)")]),
  // Netherlands and Belgium
  party("NL", "vvd", "People's Party for Freedom and Democracy", ["People’s Party for Freedom and Democracy", "VVD"], [], [leader("People's Party for Freedom and Democracy")]),
  party("NL", "pvv", "Party for Freedom", ["PVV"], [], []),
  party("NL", "cda", "Christian Democratic Appeal", ["CDA"], ["Christian Democrats"], [leader("Christian Democratic Appeal")]),
  party("NL", "d66", "Democrats 66", ["D66"], [], [leader("Democrats 66")]),
  party("NL", "groenlinks", "GroenLinks", ["GreenLeft", "GroenLinks-PvdA", "GreenLeft-Labour"], [], [leader("GroenLinks")]),
  party("NL", "pvda", "Labour Party (Netherlands)", ["PvdA", "Dutch Labour Party", "Partij van de Arbeid"], [], [leader("Labour Party (Netherlands)")]),
  party("NL", "nsc", "New Social Contract", [], [], [leader("New Social Contract")]),
  party("NL", "bbb", "Farmer–Citizen Movement", ["BBB", "Farmer-Citizen Movement", "BoerBurgerBeweging"], [], [leader("Farmer–Citizen Movement")]),
  party("NL", "sp-netherlands", "Socialist Party (Netherlands)", ["Dutch Socialist Party"], [], []),
  party("BE", "n-va", "New Flemish Alliance", ["N-VA"], [], [president("New Flemish Alliance")]),
  party("BE", "vlaams-belang", "Vlaams Belang", [], [], [president("Vlaams Belang")]),
  party("BE", "ps-belgium", "Socialist Party (Belgium)", [], [], []),
  party("BE", "mr-belgium", "Reformist Movement", [], [], [president("Reformist Movement")]),
  party("BE", "open-vld", "Open Vld", ["Open VLD"], [], [president("Open Vld")]),
  party("BE", "vooruit", "Vooruit", [], [], [president("Vooruit")]),
  party("LU", "csv", "Christian Social People's Party", ["Christian Social People’s Party"], [], [president("Christian Social People's Party")]),
  // Nordic countries
  party("SE", "swedish-social-democrats", "Swedish Social Democratic Party", ["Swedish Social Democrats"], ["Social Democrats", "Social Democrat", "Social Democratic Party"], [leader("Swedish Social Democratic Party")]),
  party("SE", "moderate-party", "Moderate Party", ["Moderates"], [], [leader("Moderate Party")]),
  party("SE", "sweden-democrats", "Sweden Democrats", [], [], [leader("Sweden Democrats")]),
  party("SE", "christian-democrats-sweden", "Christian Democrats (Sweden)", ["Swedish Christian Democrats"], ["Christian Democrats"], []),
  party("DK", "danish-social-democrats", "Social Democrats (Denmark)", ["Danish Social Democrats"], ["Social Democrats", "Social Democrat", "Social Democratic Party"], [leader("Social Democrats (Denmark)")]),
  party("DK", "venstre", "Venstre", [], [], [leader("Venstre")]),
  party("DK", "conservative-peoples-party", "Conservative People's Party", ["Conservative People’s Party", "Danish Conservatives"], [], [leader("Conservative People's Party")]),
  party("DK", "danish-peoples-party", "Danish People's Party", ["Danish People’s Party"], [], [leader("Danish People's Party")]),
  party("DK", "moderaterne", "Moderates (Denmark)", ["Moderaterne"], [], []),
  party("DK", "sf-denmark", "Socialist People's Party", ["Socialist People’s Party"], [], [leader("Socialist People's Party")]),
  party("SE", "centre-party-sweden", "Centre Party (Sweden)", ["Swedish Centre Party"], [], [leader("Centre Party (Sweden)")]),
  party("SE", "liberals-sweden", "Liberals (Sweden)", ["Swedish Liberals", "Liberal People's Party"], [], [leader("Liberals (Sweden)")]),
  party("SE", "left-party-sweden", "Left Party (Sweden)", ["Swedish Left Party"], [], [leader("Left Party (Sweden)")]),
  party("NO", "centre-party-norway", "Centre Party (Norway)", ["Senterpartiet"], [], [leader("Centre Party (Norway)")]),
  party("NO", "socialist-left-party", "Socialist Left Party", [], [], [leader("Socialist Left Party")]),
  party("FI", "centre-party-finland", "Centre Party (Finland)", ["Finnish Centre Party", "Keskusta"], [], [leader("Centre Party (Finland)", CHAIR)]),
  party("FI", "green-league", "Green League", [], [], [leader("Green League", CHAIR)]),
  party("IS", "independence-party-iceland", "Independence Party", [], [], [leader("Independence Party", CHAIR)]),
  party("IS", "progressive-party-iceland", "Progressive Party (Iceland)", [], [], [leader("Progressive Party (Iceland)", CHAIR)]),
  party("NO", "norwegian-labour-party", "Labour Party (Norway)", ["Norwegian Labour Party"], ["Labour Party", "Labour"], [leader("Labour Party (Norway)")]),
  party("NO", "hoyre", "Conservative Party (Norway)", ["Høyre", "Hoyre", "Norwegian Conservative Party"], [], [leader("Conservative Party (Norway)")]),
  party("NO", "progress-party", "Progress Party", [], [], [leader("Progress Party")]),
  party("FI", "finnish-social-democrats", "Social Democratic Party of Finland", ["Finnish Social Democrats"], ["Social Democrats", "Social Democrat", "Social Democratic Party"], [leader("Social Democratic Party of Finland")]),
  party("FI", "national-coalition-party", "National Coalition Party", [], [], [leader("National Coalition Party")]),
  party("FI", "finns-party", "Finns Party", ["True Finns"], [], [leader("Finns Party")]),
  // Central and eastern Europe
  party("PL", "law-and-justice", "Law and Justice", ["PiS"], [], [leader("Law and Justice")]),
  party("PL", "civic-platform", "Civic Platform", ["Civic Coalition"], [], [leader("Civic Platform", [...LEADER, "chairman", "Chairman", "chair"])]),
  party("PL", "third-way-poland", "Polish People's Party", ["PSL", "Polish People’s Party"], [], [leader("Polish People's Party")]),
  party("PL", "confederation-poland", "Confederation Liberty and Independence", ["Konfederacja"], [], []),
  party("PL", "new-left-poland", "New Left (Poland)", ["Nowa Lewica"], [], []),
  party("HU", "fidesz", "Fidesz", ["Fidesz–KDNP", "Fidesz-KDNP"], [], [leader("Fidesz", PRESIDENT)]),
  party("HU", "tisza", "Tisza Party", ["Tisza", "Respect and Freedom Party"], [], [leader("Tisza Party", PRESIDENT)]),
  party("HU", "jobbik", "Jobbik", [], [], [leader("Jobbik", PRESIDENT)]),
  party("SI", "sds", "Slovenian Democratic Party", ["SDS"], [], [president("Slovenian Democratic Party")]),
  party("EE", "reform-party-estonia", "Estonian Reform Party", ["Reform Party (Estonia)"], [], [leader("Estonian Reform Party", CHAIR)]),
  party("LV", "new-unity", "New Unity", [], [], []),
  party("LT", "homeland-union", "Homeland Union", ["Homeland Union – Lithuanian Christian Democrats", "TS-LKD"], [], [leader("Homeland Union", CHAIR)]),
  party("MD", "pas-moldova", "Party of Action and Solidarity", [], [], [president("Party of Action and Solidarity")]),
  party("GE", "georgian-dream", "Georgian Dream", [], [], [leader("Georgian Dream", CHAIR)]),
  party("AM", "civil-contract", "Civil Contract", [], [], []),
  party("CZ", "ano", "ANO 2011", ["ANO"], [], []),
  party("CZ", "ods", "Civic Democratic Party", ["ODS"], [], [leader("Civic Democratic Party")]),
  party("RO", "psd-romania", "Social Democratic Party (Romania)", ["PSD"], ["Social Democratic Party", "Social Democrats"], []),
  party("RO", "pnl", "National Liberal Party", ["PNL"], [], []),
  party("BG", "gerb", "GERB", [], [], []),
  party("HR", "hdz", "Croatian Democratic Union", ["HDZ"], [], []),
  party("SK", "smer", "Smer", ["Smer-SD"], [], []),
  party("UA", "servant-of-the-people", "Servant of the People", [], [], []),
  party("UA", "european-solidarity", "European Solidarity", [], [], [leader("European Solidarity")]),
  party("KZ", "amanat", "Amanat", ["Nur Otan"], [], [{ name: "Chairman of Amanat", titles: ["chairman", "Chairman", "chair", "leader", "Leader"] }]),
  party("AL", "democratic-party-of-albania", "Democratic Party of Albania", [], ["Democratic Party", "Democrats"], [leader("Democratic Party of Albania")]),
  party("RS", "democratic-party-serbia", "Democratic Party (Serbia)", [], ["Democratic Party"], []),
  party("RU", "united-russia", "United Russia", [], [], []),
  party("TR", "akp", "Justice and Development Party", ["AKP", "AK Party"], [], [{ name: "Chairman of the Justice and Development Party", titles: ["chairman", "Chairman", "chairmanship", "leader", "Leader", "leadership"] }]),
  party("TR", "mhp", "Nationalist Movement Party", ["MHP"], [], [leader("Nationalist Movement Party")]),
  party("TR", "iyi-party", "İYİ Party", ["IYI Party", "Iyi Party"], [], [leader("İYİ Party")]),
  party("TR", "chp", "Republican People's Party", ["Republican People’s Party", "CHP"], [], [leader("Republican People's Party")]),
  // Asia
  party("JP", "liberal-democratic-party-japan", "Liberal Democratic Party", ["LDP", "Liberal Democratic Party of Japan", "Japan's Liberal Democratic Party", "Japan’s Liberal Democratic Party"], [], [{ name: "President of the Liberal Democratic Party", titles: PARTY_PRESIDENT, aliases: ["LDP President", "LDP presidency", "LDP leadership", "LDP leader"] }]),
  party("JP", "constitutional-democratic-party", "Constitutional Democratic Party of Japan", ["Constitutional Democratic Party", "CDP", "CDPJ"], [], [president("Constitutional Democratic Party of Japan")]),
  party("JP", "komeito", "Komeito", ["New Komeito"], [], [{ name: "Leader of Komeito", titles: [...LEADER, "chief representative", "Chief Representative"] }]),
  party("JP", "democratic-party-of-japan", "Democratic Party of Japan", ["DPJ"], ["Democratic Party", "Democratic party", "Democrats"], [leader("Democratic Party of Japan")]),
  party("JP", "japan-innovation-party", "Japan Innovation Party", ["Nippon Ishin no Kai", "Nippon Ishin"], [], [leader("Japan Innovation Party", [...LEADER, "co-leader", "co-head"])]),
  party("JP", "dpfp", "Democratic Party for the People", ["DPFP"], [], [leader("Democratic Party for the People", PRESIDENT)]),
  party("JP", "jcp", "Japanese Communist Party", ["Japan Communist Party", "JCP"], [], [leader("Japanese Communist Party", [...CHAIR])]),
  party("JP", "reiwa-shinsengumi", "Reiwa Shinsengumi", [], [], []),
  party("JP", "sanseito", "Sanseito", [], [], []),
  party("KR", "people-power-party", "People Power Party", [], [], [leader("People Power Party", CHAIR)]),
  party("KR", "liberty-korea-party", "Liberty Korea Party", [], [], [leader("Liberty Korea Party", CHAIR)]),
  party("KR", "saenuri-party", "Saenuri Party", ["New Frontier Party"], [], [leader("Saenuri Party", CHAIR)]),
  party("KR", "justice-party-korea", "Justice Party (South Korea)", [], [], []),
  party("KR", "rebuilding-korea-party", "Rebuilding Korea Party", ["Cho Kuk Innovation Party"], [], [leader("Rebuilding Korea Party", CHAIR)]),
  party("KR", "reform-party-korea", "Reform Party (South Korea)", ["New Reform Party"], [], [leader("Reform Party (South Korea)", CHAIR)]),
  party("KR", "democratic-party-of-korea", "Democratic Party of Korea", ["Korean Democratic Party", "Minjoo Party of Korea", "Minjoo Party", "DPK"], ["Democratic Party", "Democratic party", "Democrats"], [leader("Democratic Party of Korea", CHAIR)]),
  party("TW", "kuomintang", "Kuomintang", ["KMT", "Nationalist Party"], [], [{ name: "Chairperson of the Kuomintang", titles: [...CHAIR, "Chairperson", "chairperson"], aliases: ["KMT chair", "KMT chairman", "KMT chairperson", "Kuomintang chair", "Kuomintang chairman"] }]),
  party("TW", "democratic-progressive-party", "Democratic Progressive Party", ["DPP"], [], [{ name: "Chairperson of the Democratic Progressive Party", titles: [...CHAIR, "Chairperson", "chairperson"], aliases: ["DPP chair", "DPP chairman", "DPP chairwoman", "DPP chairperson"] }]),
  party("TW", "taiwan-peoples-party", "Taiwan People's Party", ["Taiwan People’s Party"], [], [{ name: "Chairperson of the Taiwan People's Party", titles: [...CHAIR, "Chairperson", "chairperson"] }]),
  party("TW", "new-power-party", "New Power Party", [], [], []),
  party("IN", "bjp", "Bharatiya Janata Party", ["BJP"], [], [{ name: "President of the Bharatiya Janata Party", titles: PARTY_PRESIDENT, aliases: ["BJP president", "BJP chief"] }]),
  party("IN", "indian-national-congress", "Indian National Congress", ["Congress party", "Congress Party"], ["Congress"], [{ name: "President of the Indian National Congress", titles: PARTY_PRESIDENT, aliases: ["Congress president", "Congress chief", "Congress presidency"] }]),
  party("IN", "aam-aadmi-party", "Aam Aadmi Party", [], [], [{ name: "National Convenor of the Aam Aadmi Party", titles: ["national convenor", "National Convenor", "convenor", "Convenor"] }]),
  party("IN", "trinamool-congress", "All India Trinamool Congress", ["Trinamool Congress", "TMC", "Trinamool"], [], [president("All India Trinamool Congress")]),
  party("IN", "shiv-sena", "Shiv Sena", [], [], [president("Shiv Sena")]),
  party("IN", "samajwadi-party", "Samajwadi Party", [], [], [president("Samajwadi Party")]),
  party("IN", "bsp", "Bahujan Samaj Party", ["BSP"], [], [president("Bahujan Samaj Party")]),
  party("IN", "dmk", "Dravida Munnetra Kazhagam", ["DMK"], [], [president("Dravida Munnetra Kazhagam")]),
  party("IN", "aiadmk", "All India Anna Dravida Munnetra Kazhagam", ["AIADMK"], [], [{ name: "General Secretary of the AIADMK", titles: ["general secretary", "General Secretary"] }]),
  party("IN", "tdp", "Telugu Desam Party", ["TDP"], [], [president("Telugu Desam Party")]),
  party("IN", "ysrcp", "YSR Congress Party", ["YSRCP", "YSR Congress"], [], [president("YSR Congress Party")]),
  party("IN", "rjd", "Rashtriya Janata Dal", ["RJD"], [], [president("Rashtriya Janata Dal")]),
  party("IN", "jdu", "Janata Dal (United)", ["JD(U)", "JDU", "JD-U"], [], [president("Janata Dal (United)")]),
  party("IN", "bjd", "Biju Janata Dal", ["BJD"], [], [president("Biju Janata Dal")]),
  party("IN", "ncp", "Nationalist Congress Party", ["NCP"], [], [president("Nationalist Congress Party")]),
  party("IN", "cpim", "Communist Party of India (Marxist)", ["CPI(M)", "CPI-M", "CPM"], [], [{ name: "General Secretary of the Communist Party of India (Marxist)", titles: ["general secretary", "General Secretary"] }]),
  party("IN", "brs", "Bharat Rashtra Samithi", ["BRS", "Telangana Rashtra Samithi", "TRS"], [], [president("Bharat Rashtra Samithi")]),
  party("IN", "shiromani-akali-dal", "Shiromani Akali Dal", ["Akali Dal"], [], [president("Shiromani Akali Dal")]),
  party("PK", "pti", "Pakistan Tehreek-e-Insaf", ["PTI", "Pakistan Tehreek-i-Insaf"], [], [{ name: "Chairman of Pakistan Tehreek-e-Insaf", titles: ["chairman", "Chairman", "chairmanship"] }]),
  party("PK", "pml-n", "Pakistan Muslim League (N)", ["PML-N", "Pakistan Muslim League-Nawaz"], [], [president("Pakistan Muslim League (N)")]),
  party("PK", "ppp", "Pakistan Peoples Party", ["Pakistan People's Party", "Pakistan People’s Party"], [], [{ name: "Chairman of the Pakistan Peoples Party", titles: ["chairman", "Chairman", "chairmanship"] }]),
  party("BD", "awami-league", "Awami League", ["Bangladesh Awami League"], [], [president("Awami League")]),
  party("BD", "bnp", "Bangladesh Nationalist Party", ["BNP"], [], [{ name: "Chairperson of the Bangladesh Nationalist Party", titles: ["chairperson", "Chairperson", "chairman", "Chairman"] }]),
  party("LK", "slpp", "Sri Lanka Podujana Peramuna", ["SLPP"], [], []),
  party("LK", "unp", "United National Party", ["UNP"], [], [leader("United National Party")]),
  party("NP", "nepali-congress", "Nepali Congress", [], [], [president("Nepali Congress")]),
  party("PH", "pdp-laban", "PDP–Laban", ["PDP-Laban"], [], []),
  party("TH", "pheu-thai", "Pheu Thai Party", ["Pheu Thai"], [], [leader("Pheu Thai Party")]),
  party("TH", "move-forward", "Move Forward Party", [], [], [leader("Move Forward Party")]),
  party("TH", "peoples-party-thailand", "People's Party (Thailand)", [], [], []),
  party("MY", "pkr", "People's Justice Party", ["People’s Justice Party", "PKR", "Parti Keadilan Rakyat"], [], [president("People's Justice Party")]),
  party("MY", "dap", "Democratic Action Party", ["DAP"], [], []),
  party("MY", "pakatan-harapan", "Pakatan Harapan", ["Alliance of Hope"], [], []),
  party("MY", "perikatan-nasional", "Perikatan Nasional", [], [], []),
  party("MY", "barisan-nasional", "Barisan Nasional", [], [], []),
  party("ID", "pdi-p", "Indonesian Democratic Party of Struggle", ["PDI-P", "PDI-Perjuangan", "PDIP"], [], []),
  party("ID", "golkar", "Golkar", ["Golkar Party"], [], []),
  party("ID", "gerindra", "Gerindra", ["Gerindra Party", "Great Indonesia Movement Party"], [], []),
  party("MN", "democratic-party-mongolia", "Democratic Party (Mongolia)", [], ["Democratic Party"], []),
  party("ID", "democratic-party-indonesia", "Democratic Party (Indonesia)", ["Partai Demokrat"], ["Democratic Party"], []),
  party("MY", "umno", "United Malays National Organisation", ["UMNO", "Umno"], [], [{ name: "President of UMNO", titles: PRESIDENT, aliases: ["UMNO president", "Umno president"] }]),
  party("SG", "peoples-action-party", "People's Action Party", ["People’s Action Party", "PAP"], [], [{ name: "Secretary-General of the People's Action Party", titles: ["secretary-general", "Secretary-General", "secretary general", "Secretary General"] }]),
  party("SG", "workers-party-singapore", "Workers' Party (Singapore)", [], [], []),
  // Africa
  party("ZA", "anc", "African National Congress", ["ANC"], [], [{ name: "President of the African National Congress", titles: PARTY_PRESIDENT, aliases: ["ANC President", "ANC presidency", "ANC leader", "ANC leadership"] }, { name: "Deputy President of the African National Congress", titles: ["deputy president", "Deputy President"], aliases: ["ANC Deputy President", "ANC deputy president"] }, { name: "National Chairperson of the African National Congress", titles: ["National Chairperson", "national chairperson", "National Chairman", "national chairman"] }, { name: "Secretary-General of the African National Congress", titles: ["Secretary-General", "Secretary General", "secretary-general", "secretary general"] }, { name: "Deputy Secretary-General of the African National Congress", titles: ["Deputy Secretary-General", "Deputy Secretary General", "deputy secretary-general", "deputy secretary general"] }, { name: "Treasurer-General of the African National Congress", titles: ["Treasurer-General", "Treasurer General", "treasurer-general", "treasurer general"] }]),
  party("ZA", "democratic-alliance", "Democratic Alliance", [], [], [leader("Democratic Alliance", [...LEADER, "federal leader", "Federal Leader"])]),
  party("ZA", "economic-freedom-fighters", "Economic Freedom Fighters", ["EFF"], [], [president("Economic Freedom Fighters", ["EFF leader", "EFF president"])]),
  party("ZA", "inkatha-freedom-party", "Inkatha Freedom Party", ["IFP"], [], [president("Inkatha Freedom Party", ["IFP leader", "IFP president"])]),
  party("ZA", "mk-party", "uMkhonto weSizwe Party", ["MK Party", "uMkhonto weSizwe"], [], [president("uMkhonto weSizwe Party")]),
  party("ZA", "actionsa", "ActionSA", [], [], [president("ActionSA")]),
  party("ZA", "udm", "United Democratic Movement", ["UDM"], [], [president("United Democratic Movement")]),
  party("ZA", "freedom-front-plus", "Freedom Front Plus", ["FF Plus", "FF+", "VF Plus"], [], [leader("Freedom Front Plus")]),
  party("ZA", "patriotic-alliance", "Patriotic Alliance", [], [], [president("Patriotic Alliance")]),
  party("ZA", "acdp", "African Christian Democratic Party", ["ACDP"], [], [president("African Christian Democratic Party")]),
  party("ZA", "cope", "Congress of the People", ["COPE"], [], [president("Congress of the People")]),
  party("NG", "all-progressives-congress", "All Progressives Congress", ["APC"], [], [nationalChair("All Progressives Congress")]),
  party("NG", "peoples-democratic-party", "Peoples Democratic Party", ["People's Democratic Party", "People’s Democratic Party", "PDP"], [], [nationalChair("Peoples Democratic Party")]),
  party("NG", "nnpp", "New Nigeria Peoples Party", ["NNPP", "New Nigeria People's Party"], [], [nationalChair("New Nigeria Peoples Party")]),
  party("NG", "apga", "All Progressives Grand Alliance", ["APGA"], [], [nationalChair("All Progressives Grand Alliance")]),
  party("KE", "odm", "Orange Democratic Movement", ["ODM"], [], [leader("Orange Democratic Movement")]),
  party("KE", "uda", "United Democratic Alliance", ["UDA"], [], [leader("United Democratic Alliance", CHAIR)]),
  party("KE", "jubilee-party", "Jubilee Party", [], [], [leader("Jubilee Party")]),
  party("KE", "wiper", "Wiper Democratic Movement", ["Wiper Party", "Wiper"], [], [leader("Wiper Democratic Movement")]),
  party("KE", "kanu", "Kenya African National Union", ["KANU"], [], [leader("Kenya African National Union", CHAIR)]),
  party("KE", "amani-national-congress", "Amani National Congress", [], [], [leader("Amani National Congress")]),
  party("KE", "kenya-kwanza", "Kenya Kwanza", ["Kenya Kwanza Alliance"], [], []),
  party("KE", "azimio", "Azimio la Umoja", ["Azimio", "Azimio la Umoja One Kenya", "Azimio la Umoja-One Kenya"], [], []),
  party("ZW", "zanu-pf", "ZANU-PF", ["Zanu-PF", "Zanu PF"], [], []),
  party("ZW", "ccc", "Citizens Coalition for Change", ["CCC"], [], [leader("Citizens Coalition for Change")]),
  party("ZW", "mdc", "Movement for Democratic Change", ["MDC", "MDC Alliance", "MDC-T"], [], [leader("Movement for Democratic Change")]),
  party("ZM", "upnd", "United Party for National Development", ["UPND"], [], [president("United Party for National Development")]),
  party("ZM", "patriotic-front-zambia", "Patriotic Front (Zambia)", [], [], [president("Patriotic Front (Zambia)")]),
  party("GH", "new-patriotic-party", "New Patriotic Party", ["NPP"], [], [nationalChair("New Patriotic Party")]),
  party("GH", "national-democratic-congress", "National Democratic Congress", [], [], [nationalChair("National Democratic Congress")]),
  party("TZ", "chama-cha-mapinduzi", "Chama Cha Mapinduzi", ["CCM"], [], [{ name: "Chairman of Chama Cha Mapinduzi", titles: ["chairman", "Chairman", "chairmanship", "chairperson"] }]),
  party("TZ", "chadema", "Chadema", ["CHADEMA"], [], [{ name: "Chairman of Chadema", titles: ["chairman", "Chairman", "chairmanship", "chairperson"] }]),
  party("UG", "national-resistance-movement", "National Resistance Movement", ["NRM"], [], [{ name: "National Chairman of the National Resistance Movement", titles: ["national chairman", "National Chairman", "chairman", "Chairman"] }]),
  party("UG", "national-unity-platform", "National Unity Platform", ["NUP"], [], [president("National Unity Platform")]),
  party("UG", "fdc", "Forum for Democratic Change", ["FDC"], [], [president("Forum for Democratic Change")]),
  party("MW", "malawi-congress-party", "Malawi Congress Party", ["MCP"], [], [president("Malawi Congress Party")]),
  party("NA", "swapo", "SWAPO", ["Swapo", "South West Africa People's Organisation"], [], [president("SWAPO")]),
  party("BW", "bdp", "Botswana Democratic Party", ["BDP"], [], [president("Botswana Democratic Party")]),
  party("MZ", "frelimo", "FRELIMO", ["Frelimo"], [], [president("FRELIMO")]),
  party("AO", "mpla", "MPLA", ["Popular Movement for the Liberation of Angola"], [], [president("MPLA")]),
  party("ET", "prosperity-party", "Prosperity Party", [], [], [president("Prosperity Party")]),
  party("SN", "pastef", "PASTEF", ["Pastef"], [], [president("PASTEF")]),
  party("NG", "labour-party-nigeria", "Labour Party (Nigeria)", ["Nigerian Labour Party"], ["Labour Party", "Labour party", "Labour"], []),
  // Middle East
  party("IL", "likud", "Likud", [], [], [leader("Likud")]),
  party("IL", "yesh-atid", "Yesh Atid", [], [], [leader("Yesh Atid")]),
  party("IL", "national-unity-israel", "National Unity (Israel)", [], [], []),
  party("IL", "the-democrats-israel", "The Democrats (Israel)", [], [], []),
  party("IL", "shas", "Shas", [], [], [leader("Shas")]),
  party("IL", "yisrael-beiteinu", "Yisrael Beiteinu", ["Yisrael Beytenu"], [], [leader("Yisrael Beiteinu")]),
  party("IL", "israeli-labor-party", "Israeli Labor Party", ["Israel Labor Party"], ["Labor Party", "Labor"], [leader("Israeli Labor Party")]),
  // The Americas
  party("BR", "workers-party-brazil", "Workers' Party (Brazil)", ["Workers’ Party", "Partido dos Trabalhadores"], [], [president("Workers' Party (Brazil)")]),
  party("BR", "psdb", "Brazilian Social Democracy Party", ["PSDB"], [], [president("Brazilian Social Democracy Party")]),
  party("BR", "mdb", "Brazilian Democratic Movement", ["MDB", "PMDB", "Brazilian Democratic Movement Party"], [], [president("Brazilian Democratic Movement")]),
  party("BR", "psol", "Socialism and Liberty Party", ["PSOL"], [], []),
  party("BR", "uniao-brasil", "União Brasil", ["Uniao Brasil", "Brazil Union"], [], []),
  party("MX", "morena", "Morena", ["MORENA"], [], [president("Morena", ["Morena leader", "Morena president"])]),
  party("MX", "prd", "Party of the Democratic Revolution", ["PRD"], [], [president("Party of the Democratic Revolution")]),
  party("MX", "movimiento-ciudadano", "Citizens' Movement (Mexico)", ["Movimiento Ciudadano", "Citizens’ Movement"], [], []),
  party("AR", "justicialist-party", "Justicialist Party", ["Peronist party", "Peronist Party", "Partido Justicialista", "Peronists"], [], []),
  party("UY", "broad-front-uruguay", "Broad Front (Uruguay)", ["Frente Amplio"], [], []),
  party("AR", "ucr", "Radical Civic Union", ["UCR"], [], []),
  party("BO", "mas-bolivia", "Movement for Socialism", ["MAS", "Movimiento al Socialismo", "MAS-IPSP"], [], [president("Movement for Socialism")]),
  party("CO", "liberal-party-colombia", "Colombian Liberal Party", ["Liberal Party of Colombia"], ["Liberal Party", "Liberal party", "Liberals"], []),
  party("CO", "conservative-party-colombia", "Colombian Conservative Party", ["Conservative Party of Colombia"], ["Conservative Party", "Conservative party", "Conservatives"], []),
  party("BR", "pl-brazil", "Liberal Party (Brazil)", [], [], []),
  party("MX", "pri", "Institutional Revolutionary Party", ["PRI", "Partido Revolucionario Institucional"], [], [president("Institutional Revolutionary Party")]),
  party("MX", "pan", "National Action Party", ["Partido Acción Nacional", "PAN"], [], [president("National Action Party")]),
  party("CL", "socialist-party-chile", "Socialist Party of Chile", ["Chilean Socialist Party"], [], [president("Socialist Party of Chile")]),
  party("CL", "udi", "Independent Democratic Union", [], [], [president("Independent Democratic Union")]),
  party("CL", "republican-party-chile", "Republican Party (Chile)", [], [], []),
  party("PE", "fuerza-popular", "Popular Force", ["Fuerza Popular"], [], []),
  party("VE", "psuv", "United Socialist Party of Venezuela", ["PSUV"], [], []),
  party("AR", "pro-argentina", "Republican Proposal", [], [], [president("Republican Proposal")]),
  party("AR", "la-libertad-avanza", "La Libertad Avanza", [], [], []),
  party("US", "libertarian-party", "Libertarian Party", [], [], []),
];

/**
 * The default reading of each shared party word: the British or American party the lexicon
 * names by it (`organizations.ts`), which keeps it unless the article points elsewhere.
 */
const DEFAULT_PARTIES: Record<string, { slug: string; name: string; country: string }> = {
  conservative: { slug: "conservative-party", name: "Conservative Party", country: "GB" },
  labour: { slug: "labour-party", name: "Labour Party", country: "GB" },
  democratic: { slug: "democratic-party", name: "Democratic Party", country: "US" },
  republican: { slug: "republican-party", name: "Republican Party", country: "US" },
};

/** Shared word (folded, lower case) -> the party family it belongs to. */
const FAMILY_OF: Record<string, string> = {
  conservative: "conservative", conservatives: "conservative", tory: "conservative", tories: "conservative", "conservative party": "conservative",
  labour: "labour", "labour party": "labour",
  labor: "labor", "labor party": "labor",
  liberal: "liberal", liberals: "liberal", "liberal party": "liberal",
  national: "national", nationals: "national", "national party": "national",
  greens: "greens",
  democratic: "democratic", democrats: "democratic", "democratic party": "democratic",
  republican: "republican", republicans: "republican", "republican party": "republican",
  "social democrats": "social-democratic", "social democrat": "social-democratic", "social democratic party": "social-democratic",
  "christian democrats": "christian-democratic", "christian democrat": "christian-democratic", "christian democratic party": "christian-democratic",
  // "Congress" alone is India's Congress party only in an article about Indian politics.
  congress: "congress",
};

/** A shared word with no default party but another reading in a country's politics ("Congress" in the United States'): that country must be named less. */
const OTHER_READING_COUNTRY: Record<string, string> = { congress: "US" };

/** The parties a shared word may be read as first: the defaults and every party with shared words. */
const SHARED_SLUGS = new Set([...Object.values(DEFAULT_PARTIES).map((d) => d.slug), ...PARTIES.filter((p) => (p.shared ?? []).length > 0).map((p) => p.slug)]);

/** The party family of a surface form of a shared party word, if it is one. */
export function partyFamily(surface: string): string | undefined {
  return FAMILY_OF[surface.replace(/^the\s+/i, "").replace(/\s+/g, " ").toLowerCase()];
}

const BY_FAMILY = new Map<string, Map<string, PartyEntry>>();
for (const p of PARTIES) {
  for (const s of p.shared ?? []) {
    const family = partyFamily(s);
    if (!family) continue;
    const byCountry = BY_FAMILY.get(family) ?? new Map<string, PartyEntry>();
    if (!byCountry.has(p.country)) byCountry.set(p.country, p);
    BY_FAMILY.set(family, byCountry);
  }
}

/**
 * The party a shared word names in an article: the party of `country` in the word's family, the
 * default (British or American) one when `country` is unset or has none there, or nothing when
 * the family has no default ("Liberal" in an article tied to no country with a Liberal party).
 */
export function resolvePartyCountry(surface: string, country: string | undefined): { slug: string; name: string } | null | undefined {
  const family = partyFamily(surface);
  if (!family) return undefined;
  const entry = country ? BY_FAMILY.get(family)?.get(country) : undefined;
  if (entry) return { slug: entry.slug, name: entry.name };
  const fallback = DEFAULT_PARTIES[family];
  return fallback ? { slug: fallback.slug, name: fallback.name } : null;
}

/** The countries that have a party named by a word of `family`, with the default's country. */
export function familyCountries(family: string): ReadonlySet<string> {
  const out = new Set(BY_FAMILY.get(family)?.keys() ?? []);
  const d = DEFAULT_PARTIES[family];
  if (d) out.add(d.country);
  return out;
}

/** The default country of a party family, if it has a default reading. */
export function familyDefaultCountry(family: string): string | undefined {
  return DEFAULT_PARTIES[family]?.country;
}

/** Words after a shared party word that make it part of another name. */
const OTHER_NAME_AFTER = /^\s+(?:Day|Department|Dept|Statistics|Relations|Arts|Studies|Review|Union|Unions|Council|Assembly|Front|Democrat|Democrats|Democratic|Guard|Park|Library|Museum|Bank|Insurance|Health|Service|Trust|Security|Committee|Congress|Convention|League|Football|Rugby|Cricket|Hockey|Team|Anthem|Gallery|Stadium|Airport|University|Institute|Archives|Theatre|Grid|Lottery|Championships?|Geographic|Guardsmen|Police|Radio|Public|Broadcasting|Lab|Laboratory|Hospital|School|College|Academy|Agency|Board|Commission|Executive|Centre|Center|Forum|Movement|Alliance|Coalition|Accounts|Audit|Records|Archive|Office|Court|Tribunal|Mall|Capital|Socialist|Liberation|Salvation|Revolutionary|Action|Unity|Rally|Reform|Renewal|Conference|Television|Post|Herald|Times)\b/;

/**
 * Reads the shared party words among `mentions` ("Conservative", "Labour", "Liberal") as the
 * party of the country the article ties them to: the country written just before the word
 * ("Canada's Conservatives", "Australian Labor"), else the country of the word's family the
 * article names most (at least twice and more often than the default's country). A word whose
 * family has no default ("Liberal", "Labor") and whose article is tied to none of its countries is
 * left out, with its tokens uncovered. Returns the mentions kept; changes the others in place.
 */
export function resolveSharedParties(text: string, mentions: RawMention[], uncover: (m: RawMention) => void, siteCountry?: string, tokens?: readonly Token[]): RawMention[] {
  let shared: RawMention[] | undefined;
  for (const m of mentions) if (m.type === "Organization" && m.org && SHARED_SLUGS.has(m.org) && partyFamily(text.slice(m.start, m.end))) (shared ??= []).push(m);
  if (!shared) return mentions;
  const dropped = new Set<RawMention>();
  const counts = articleCountryCounts(text, mentions, siteCountry, tokens);
  const countries = mentions.filter((m) => m.type === "Country");
  const tieOf = new Map<RawMention, string>();
  const tiesByFamily = new Map<string, Map<string, number>>();
  // "Labor Day", "National Assembly": the word opens another name.
  shared = shared.filter((m) => {
    if (!OTHER_NAME_AFTER.test(text.slice(m.end, m.end + 16))) return true;
    if (!familyDefaultCountry(partyFamily(text.slice(m.start, m.end))!)) {
      dropped.add(m);
      uncover(m);
    }
    return false;
  });
  for (const m of shared) {
    const code = tiedCountry(text, m.start, m.end, countries);
    const family = partyFamily(text.slice(m.start, m.end))!;
    if (!code || !familyCountries(family).has(code)) continue;
    tieOf.set(m, code);
    const ties = tiesByFamily.get(family) ?? new Map<string, number>();
    ties.set(code, (ties.get(code) ?? 0) + 1);
    tiesByFamily.set(family, ties);
  }
  const articleCountry = new Map<string, string | undefined>();
  const countryFor = (family: string): string | undefined => {
    if (articleCountry.has(family)) return articleCountry.get(family);
    let chosen: string | undefined;
    const ties = tiesByFamily.get(family);
    if (ties) chosen = [...ties.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    else chosen = articlePartyCountry(counts, familyCountries(family), familyDefaultCountry(family) ?? OTHER_READING_COUNTRY[family]);
    articleCountry.set(family, chosen);
    return chosen;
  };
  for (const m of shared) {
    const surface = text.slice(m.start, m.end);
    const country = tieOf.get(m) ?? countryFor(partyFamily(surface)!);
    const party = resolvePartyCountry(surface, country);
    if (party === null) {
      dropped.add(m);
      uncover(m);
    } else if (party) {
      m.name = party.name;
      m.org = party.slug;
    }
  }
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
}

export { COUNTRY_HINTS, originCountry } from "./party-country.js";
