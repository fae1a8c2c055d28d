/**
 * The first-level regions (provinces, states, territories) of countries whose politics is
 * reported in English: places, never a person's name. Names that are also countries, capitals or
 * common given names ("Georgia", "Washington", "Victoria") are left out.
 */
export const REGION_NAMES: ReadonlySet<string> = new Set(
  `Eastern Cape|Western Cape|Northern Cape|Free State|KwaZulu-Natal|KwaZulu Natal|Gauteng|Limpopo|Mpumalanga|North West|
  Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Newfoundland|Nova Scotia|Prince Edward Island|Saskatchewan|
  Yukon|Nunavut|Northwest Territories|
  New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory|
  Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|
  Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|
  Uttar Pradesh|Uttarakhand|West Bengal|
  Baden-Württemberg|Baden-Wurttemberg|Brandenburg|Lower Saxony|Mecklenburg-Western Pomerania|North Rhine-Westphalia|
  Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|Schleswig-Holstein|Thuringia|
  Gyeonggi|Gangwon|Chungcheong|Jeolla|Gyeongsang|Jeju|
  Alabama|Alaska|Arizona|Arkansas|Colorado|Connecticut|Delaware|Idaho|Illinois|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|
  Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|
  Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Utah|Vermont|West Virginia|Wisconsin|Wyoming|
  Lombardy|Tuscany|Sicily|Sardinia|Veneto|Piedmont|Campania|Andalusia|Galicia|Basque Country|
  Ontario|Quebec|Bavaria|Catalonia|Flanders|Wallonia|Scotland|Wales|England|Northern Ireland`
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean),
);
