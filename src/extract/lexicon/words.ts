/**
 * Word lists used to tell names from other capitalized words. Generic English and generic
 * political vocabulary only.
 */

/** Lower-case particles that may sit inside a personal name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "af", "op"]);

/** Honorifics dropped before a name. */
export const HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Madam", "Mme", "M", "Herr", "Frau", "Gen", "Col", "Adm", "Sen", "Rep", "Gov", "Sheikh", "Sheikha", "Rev"]);

/** Words that are capitalized for reasons other than being a name (sentence starts, months...). */
export const NON_NAME_WORDS = new Set(
  `The A An This That These Those It Its He She We They I You His Her Their Our My Your Him Them Us Me
  In On At For From With By As Of To And But Or Nor If When While After Before Since Although Though Because Unless Until Once
  However Meanwhile Earlier Later Also Then So Still Yet Now Today Yesterday Tomorrow Last Next Let Asked According Despite
  Not No Nobody Nothing Everyone Everybody Some Many Most All Both Each Every Other Others Several Such Any Few Neither Either
  Critics Officials Diplomats Analysts Experts Observers Sources Aides Allies Members Leaders Governments Voters Reporters Journalists
  Here There Where Why How What Which Who Whom Whose Whether Indeed Instead Still Thus Therefore Moreover Furthermore Nevertheless
  Meanwhile Likewise Similarly Overall Finally First Second Third Firstly Secondly Lastly Already Even Just Only Perhaps Maybe
  Of Over Under Between Among Against Without Within Into Onto Upon About Around Through During Across Behind Beyond Toward Towards
  Yes Oh Well Please Thank Thanks Dear Hello Speaking Writing Reporting Commenting Addressing Following Amid Unlike Like Given
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  Europe European Europeans Asia Asian Africa African America Americas Latin Arab Arabs Islamic Muslim Christian Catholic Orthodox Jewish
  East West North South Eastern Western Northern Southern Central Middle Far Near Atlantic Pacific Arctic Antarctic Mediterranean
  Baltic Baltics Balts Balkan Balkans Nordic Scandinavian Scandinavia Caucasus Caribbean Gulf Sahel Levant Soviet Communist Socialist
  Democrat Democrats Democratic Republican Republicans Labour Conservative Conservatives Liberal Liberals Green Greens Social
  Brexit Covid Internet God Christmas Easter Ramadan Olympic Olympics Cold War World Global International National Federal Royal
  Sea Ocean River Lake Mountains Island Islands Region Continent Square Street Avenue Palace Hall Airport Station
  Candidate Candidates Favourite Favorite Frontrunner Campaign Campaigns Election Elections Summit Summits Meeting Conference Race
  Western-backed Pro Anti Ex Post Pre Neo Euro`.split(/\s+/).filter(Boolean),
);

/** Head words of organization names: a capitalized phrase containing one is not a person. */
export const ORGANIZATION_HEADS = new Set(
  `Council Assembly Office School University College Institute Institution Society Academy Group Bank Fund Union Party Ministry
  Committee Commission Organization Organisation Agency Court Parliament Congress Senate House Forum Foundation Center Centre
  Association Federation Alliance Treaty Department Board Service Services Forces Army Navy Force Corps Guard Police
  Times News Post Journal Herald Tribune Gazette Review Radio Television TV Corporation Company Inc Ltd Holdings Group
  Summit Conference Agreement Accord Declaration Charter Program Programme Initiative Plan Day Week Cup Games Club League Network
  Sciences Science Studies Relations Affairs Forecasts Research Analysis Policy Economics Law Labor Labour Communications Security
  Cabinet Government Administration Secretariat Directorate Authority Bureau Mission Delegation Embassy Consulate Presidency
  Chancellery Kremlin Convention Conventions Movement Front Coalition Bloc Caucus Office Court Tribunal System Systems Report Index
  Magazine Newspaper Agency Press Media Channel Broadcasting Broadcaster Wire Daily Weekly Monthly Review Express Mail Standard Observer`.split(/\s+/).filter(Boolean),
);

/** Places other than capitals that often appear capitalized in political news (never a person). */
export const PLACE_NAMES = new Set(
  `New York|Geneva|Davos|Strasbourg|Munich|Frankfurt|Hamburg|Milan|Barcelona|Istanbul|Shanghai|Mumbai|São Paulo|Sao Paulo|Rio de Janeiro|
  Los Angeles|Chicago|Sydney|Toronto|Montreal|St Petersburg|Saint Petersburg|St. Petersburg|Lagos|Johannesburg|Dubai|Hong Kong|The Hague|
  Rotterdam|Antwerp|Gdansk|Krakow|Kharkiv|Odesa|Odessa|Lviv|Crimea|Donbas|Gaza|West Bank|Golan Heights|Kashmir|Silicon Valley|Wall Street|
  Capitol Hill|Latin America|Middle East|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Central Asia|
  North Africa|Southeast Asia|South Asia|East Asia|Black Sea|Baltic Sea|North Sea|South China Sea|Red Sea|Persian Gulf|Sahel|
  Global South|Global North|Indo-Pacific|Horn of Africa|Sub-Saharan Africa|Asia-Pacific|Balkans|Caribbean|Scandinavia|Brussels|Strasbourg|
  Luxembourg|Singapore|Monaco|Texas|California|Florida|Ohio|Bavaria|Scotland|Wales|England|Northern Ireland|Catalonia|Flanders|Wallonia|
  Quebec|Ontario|Siberia|Tibet|Xinjiang|Taiwan Strait|Kyiv region|Europe|Asia|Africa|North America|South America|Oceania`
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean),
);
