/**
 * The grammatical gender a text gives a person, for reading "he" and "she": what the text itself
 * says (an honorific, a gendered role noun) first, else a list of common first names.
 */

export type Gender = "f" | "m";

const FEMALE_HONORIFICS = new Set(["Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Dame", "Lady", "Baroness", "Frau", "Sheikha", "Queen", "Princess", "Duchess", "Countess", "Sister"]);
const MALE_HONORIFICS = new Set(["Mr", "Sir", "Lord", "Herr", "Sheikh", "King", "Prince", "Duke", "Count", "Baron", "Father", "Monsieur"]);

const FEMALE_NOUNS = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|councilwoman|assemblywoman|sportswoman|countrywoman|first woman|wife|widow|mother|daughter|sister|grandmother|actress|heiress|baroness|duchess|queen|princess)\b/i;
const MALE_NOUNS = /\b(?:spokesman|chairman|congressman|businessman|statesman|councilman|assemblyman|sportsman|countryman|first man|husband|widower|father|son|brother|grandfather|actor|king|prince|duke)\b/i;

/** Common given names by gender, across the regions news about international races covers. */
const FEMALE_NAMES = new Set(
  `Abigail Ada Adriana Agnes Aisha Alexandra Alice Alicia Alison Amanda Amber Amelia Amina Amy Ana Anastasia Andrea Angela Angelina Anita Ann Anna
  Anne Annalena Annette Antonia Ashley Audrey Barbara Beata Beatrice Betty Beverley Brenda Bridget Brigitte Camilla Carla Carly Carmen Caroline
  Carol Catherine Cathy Cecilia Charlotte Chelsea Chiara Chloe Christina Christine Chrystia Cindy Claire Clara Claudia Cristina Cynthia Dagmar Daniela
  Deborah Debbie Diana Diane Dilma Dominique Donna Dorothy Edith Elena Eleanor Elisabeth Elisa Eliza Elizabeth Ella Ellen Elsa Elvira Emily Emma
  Erica Erin Esther Eva Evelyn Fatima Fatou Fiona Florence Frances Francesca Gabriela Gabrielle Gloria Grace Greta Gwen Hanna Hannah Harriet
  Heather Heidi Helen Helena Helle Hillary Hilary Ilham Ingrid Irene Iris Isabel Isabella Jacinda Jacqueline Jane Janet Janice Jasmine
  Jeanne Jennifer Jenny Jessica Jill Joan Joanna Johanna Josephine Joyce Judith Judy Julia Julie Juliet Justine Kamala Karen Karin Kate
  Katharina Katherine Kathleen Kathryn Kathy Katie Kay Kaja Kemi Kirsty Kristalina Kristen Kristina Laura Lauren Leah Lena Leslie Liliana Linda
  Lisa Liz Lorna Louise Lucia Lucy Luisa Lydia Lynn Madeleine Magdalena Maria Marie Marine Marina Marion Marta Martha Mary Maya Megan Melania
  Melissa Mette Michelle Mia Mira Miranda Miriam Monica Monika Nadia Nadine Nancy Naomi Natalia Natalie Nicola Nicole Nikki Nina Nicola
  Ngozi Olga Olivia Pamela Patricia Paula Pauline Penny Petra Philippa Priti Rachel Rebecca Regina Renate Rita Rosa Rosie Ruth Sabine Sally
  Samantha Sandra Sara Sarah Silvia Simone Sonia Sophie Stella Stephanie Susan Susanne Suzanne Svetlana Sylvia Tamara Tanya Teresa Theresa
  Tracy Ulrika Ursula Valentina Valerie Vanessa Vera Veronica Victoria Viktoria Violeta Virginia Wendy Yasmin Yulia Yvonne Zainab Zoe`.split(/\s+/).filter(Boolean),
);

const MALE_NAMES = new Set(
  `Aaron Dan Abdul Abdullah Abdelmalek Adam Adrian Ahmed Akinwumi Alan Albert Alberto Alec Alejandro Alex Alexander Alexandre Alexei Ali Alistair Andrew Andreas Andrei
  Andres Angus Anthony Antonio Antony Arnold Barack Ben Benjamin Bernard Bernie Bill Bob Boris Brandon Brian Bruce Bruno Carl Carlos Charles Chris
  Christian Christopher Cyril Dan Daniel Dave David Dennis Dmitry Dominic Donald Duncan Edward Emmanuel Enrique Eric Erik Evan Felipe Fernando Francis
  Francisco Frank Franz Fred Gabriel Gareth Gary George Georg Gerhard Giorgio Giuseppe Gordon Graham Greg Gregory Guy Hans Harold Harry Heinz Henry
  Hugh Ian Ibrahim Ivan Jack Jacob Jake James Jan Javier Jean-Claude Jeff Jeffrey Jens Jeremy Jerome Jim Joe Joel Johan John Johannes Jonathan Jorge
  Jose Joseph Juan Julian Justin Karl Keir Keith Ken Kenneth Kevin Klaus Kofi Lars Lawrence Leo Liam Louis Luis Lukas Marco Marcus
  Mario Mark Martin Matt Matteo Matthew Matthias Max Michael Michel Miguel Mike Mikhail Mitch Mohamed Mohammed Muhammad Muhammadu Nathan Neil Nicholas
  Nick Nicolas Nigel Olaf Oliver Omar Oscar Owen Pablo Patrick Paul Pedro Pete Peter Philip Phillip Pierre Rafael Ralph Raymond Rex Richard Rishi Rob
  Robert Roberto Rodrigo Roger Ron Ronald Rory Ross Ryan Sadiq Salvador Sam Samuel Scott Sean Sebastian Sergei Sergey Simon Stefan Stephen Steve
  Steven Stuart Ted Thomas Tim Timothy Tom Tony Vladimir Walter Wayne William Wolfgang Xavier Yuri Zoltan`.split(/\s+/).filter(Boolean),
);

/** Gender from a title or honorific written before a name ("Mrs", "spokeswoman"), or null. */
export function genderOfTitle(words: string): Gender | null {
  const honorific = /^\s*([A-Z][a-z]+)\.?\s/.exec(`${words} `)?.[1];
  if (honorific && FEMALE_HONORIFICS.has(honorific)) return "f";
  if (honorific && MALE_HONORIFICS.has(honorific)) return "m";
  if (FEMALE_NOUNS.test(words)) return "f";
  if (MALE_NOUNS.test(words)) return "m";
  return null;
}

/** Gender from a given name, for a full name of two words or more; null when the name is not a common given name of one gender. */
export function genderOfName(fullName: string): Gender | null {
  const first = fullName.split(/\s+/)[0] ?? "";
  if (FEMALE_NAMES.has(first)) return "f";
  if (MALE_NAMES.has(first)) return "m";
  return null;
}

/** Whether a word is a common given name ("Dan", "Theresa"): a title or month word after it is a surname ("Dan Bishop", "Theresa May"). */
export function isGivenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}
