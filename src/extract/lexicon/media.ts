/**
 * News outlets. A generic list of international outlets; unknown ones are found by their kind
 * ("the Dutch radio station Den Haag FM", "the Politico newspaper").
 */
export const MEDIA_OUTLETS: readonly string[] = [
  "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Politico", "Politico Europe", "BBC", "CNN", "CNBC",
  "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal",
  "The Guardian", "Financial Times", "The Economist", "The Times", "The Sunday Times", "The Telegraph", "The Independent", "Sky News",
  "ABC News", "NBC News", "CBS News", "Fox News", "NPR", "Axios", "The Hill", "Foreign Policy", "Foreign Affairs", "The Atlantic",
  "The American Conservative", "Newsweek", "Time", "Le Monde", "Le Figaro", "Libération", "Les Echos", "France 24", "RFI", "Euronews",
  "Der Spiegel", "Spiegel", "Die Welt", "Die Zeit", "Frankfurter Allgemeine Zeitung", "FAZ", "Süddeutsche Zeitung", "Handelsblatt", "Bild",
  "DW", "Deutsche Welle", "dpa", "El País", "El Mundo", "La Vanguardia", "EFE", "Corriere della Sera", "La Repubblica", "La Stampa", "ANSA",
  "NRC", "De Telegraaf", "de Volkskrant", "Volkskrant", "NOS", "ANP", "RT", "TASS", "RIA Novosti", "Interfax", "Kommersant", "Izvestia",
  "Vedomosti", "Novaya Gazeta", "Meduza", "Xinhua", "CGTN", "Global Times", "China Daily", "South China Morning Post", "Kyodo", "NHK",
  "Nikkei", "Asahi Shimbun", "Yomiuri Shimbun", "The Japan Times", "Yonhap", "Al Jazeera", "Al Arabiya", "Anadolu", "Anadolu Agency",
  "Haaretz", "The Times of India", "Times of India", "The Hindu", "Hindustan Times", "Economic Times", "The Economic Times", "Dawn",
  "The Straits Times", "Sydney Morning Herald", "ABC", "Gazeta Wyborcza", "Rzeczpospolita", "PAP", "ERR", "LSM", "Delfi", "Magyar Nemzet",
  "Ukrainska Pravda", "Kyiv Independent", "Kyiv Post", "Ukrinform", "Irish Times", "Daily Mail", "The Daily Telegraph", "Daily Telegraph",
  "Le Soir", "Kathimerini", "Hurriyet", "Hürriyet", "Daily Sabah", "Folha de S.Paulo", "O Globo", "Clarín", "La Nación", "Nation", "Daily Nation",
  "Punch", "Premium Times", "Mail & Guardian", "News24", "Al-Monitor", "Arab News", "Gulf News", "Jerusalem Post", "Times of Israel",
  "Devex", "Health Policy Watch", "Euractiv", "Politiken", "Aftenposten", "Dagens Nyheter", "Svenska Dagbladet", "Helsingin Sanomat", "Yle",
  "SVT", "NRK", "RTÉ", "Kurier", "Der Standard", "Die Presse", "Neue Zürcher Zeitung", "NZZ", "Tages-Anzeiger", "Le Temps", "Swissinfo",
  "Channel 4", "Channel 4 News", "ITV", "ITV News", "BBC News", "LBC", "GB News", "The Mail on Sunday", "Mail on Sunday", "Evening Standard",
  "The Observer", "The Scotsman", "The Sunday Telegraph", "Sunday Telegraph", "The Spectator", "New Statesman", "Press Association",
  "Daily Mirror", "PBS", "MSNBC", "USA Today", "Los Angeles Times", "Newsmax", "Breitbart", "Semafor", "Roll Call", "HuffPost", "ZDF", "ARD",
  // Canada, Australia, New Zealand and Ireland.
  "CBC", "CBC News", "CTV", "CTV News", "Global News", "The Globe and Mail", "Globe and Mail", "National Post", "Toronto Star", "Canadian Press",
  "The Canadian Press", "The Hill Times", "Hill Times", "iPolitics", "Radio-Canada", "La Presse", "Le Devoir", "The Australian",
  "Australian Financial Review", "AFR", "SBS", "SBS News", "Nine News", "9News", "Sky News Australia", "AAP", "Australian Associated Press",
  "The Sydney Morning Herald", "New Zealand Herald", "The New Zealand Herald", "NZ Herald", "RNZ", "Radio New Zealand", "Newshub", "TVNZ",
  "1News", "Otago Daily Times", "Irish Independent", "Irish Examiner", "TheJournal.ie", "The Irish Times",
  // Britain and the United States.
  "Daily Express", "PoliticsHome", "The Boston Globe", "Boston Globe", "Chicago Tribune", "The Daily Beast", "Daily Beast", "Slate", "Mediaite",
  "The Washington Times", "Washington Times", "New York Post", "The Daily Caller", "Daily Caller", "Fox Business", "RealClearPolitics",
  "FiveThirtyEight", "Bloomberg News", "McClatchy", "The Associated Press", "CBS", "NBC", "C-SPAN",
  // Africa, Asia, the Middle East and Latin America.
  "Daily Maverick", "eNCA", "SABC", "Vanguard", "ThisDay", "Channels Television", "The East African", "Daily Monitor", "New Vision",
  "Ghana News Agency", "GhanaWeb", "Jeune Afrique", "allAfrica", "AllAfrica", "The Korea Herald", "Korea Herald", "The Korea Times",
  "Korea Times", "JoongAng Ilbo", "Chosun Ilbo", "Mainichi Shimbun", "Mainichi", "Jiji Press", "Taipei Times", "Focus Taiwan", "Bernama",
  "The Jakarta Post", "Jakarta Post", "Antara", "Philippine Daily Inquirer", "Rappler", "Press Trust of India", "The Indian Express",
  "Indian Express", "NDTV", "The Express Tribune", "Express Tribune", "Geo News", "The Daily Star", "The Kathmandu Post", "Ahram Online",
  "Al-Ahram", "Middle East Eye", "Tehran Times", "IRNA", "Asharq Al-Awsat", "Ynet", "i24NEWS", "Buenos Aires Times", "El Universal",
  "Agência Brasil", "MercoPress", "Balkan Insight",
  // More outlets by region: tabloids, broadcasters, wires and sites of international and sports politics.
  "The Sun", "The Mirror", "Daily Record", "The Sunday Post", "Kyodo News", "Channels TV", "Citizen TV", "Citizen Digital", "Capital FM",
  "The EastAfrican", "Nation Africa", "Business Daily", "The New Times", "Addis Standard", "The Reporter Ethiopia", "Daily Trust", "TheCable",
  "The Cable", "Guardian Nigeria", "Sahara Reporters", "IOL", "TimesLIVE", "Sowetan", "City Press", "Eyewitness News", "EWN", "Business Day",
  "BusinessDay", "Egypt Independent", "Al-Masry Al-Youm", "Mada Masr", "Daily News Egypt", "Khaleej Times", "Malay Mail", "New Straits Times",
  "Malaysiakini", "Bangkok Post", "VnExpress", "Manila Bulletin", "GMA News", "ABS-CBN", "Dhaka Tribune", "Prothom Alo", "Colombo Gazette",
  "Hankyoreh", "Korea JoongAng Daily", "KBS", "Arirang", "Taiwan News", "Liberty Times", "United Daily News", "Central News Agency",
  "Channel NewsAsia", "CNA", "Japan Today", "Business Standard", "India Today", "News18", "Firstpost", "ThePrint", "Scroll.in", "The Wire",
  "The Diplomat", "Infobae", "El Tiempo", "El Comercio", "La Tercera", "El Mercurio", "Página/12", "La Jornada", "Excélsior", "Milenio",
  "Estadão", "O Estado de S. Paulo", "Valor Econômico", "Le Parisien", "Le Point", "L'Express", "Ouest-France", "BFMTV", "franceinfo", "TF1",
  "Mediapart", "Tagesschau", "Tagesspiegel", "Il Sole 24 Ore", "Il Fatto Quotidiano", "El Confidencial", "Europa Press", "Expresso", "RTP",
  "TVN24", "LRT", "Postimees", "Index.hu", "HVG", "ESPN", "Sky Sports", "SCMP", "PassBlue", "Pass Blue", "Inside the Games", "insidethegames",
  "Around the Rings", "SwimSwam", "SportBusiness", "Play the Game", "Mercopress",
];

/** Nouns that, followed or preceded by a capitalized name, mark it as an outlet. */
export const MEDIA_KINDS = ["newspaper", "magazine", "news agency", "agency", "radio station", "radio", "TV channel", "television channel", "channel", "broadcaster", "website", "outlet", "daily", "weekly", "news site", "portal", "publication", "tabloid"];
