/**
 * The grammatical gender a text gives a person, for reading "he" and "she": what the text itself
 * says (an honorific, a gendered role noun) first, else a list of common first names.
 */
import { firstWord } from "./char-tests.js";

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
  Tracy Ulrika Ursula Valentina Valerie Vanessa Vera Veronica Victoria Viktoria Violeta Virginia Wendy Yasmin Yulia Yvonne Zainab Zoe
  Adaeze Adriana Agata Agnieszka Aigerim Aiko Aleksandra Alena Alessandra Alina Alison Allegra Amal Amani Amara Anabel Anahita Anastasiya Andreea Ángela
  Angelique Anika Anja Annalisa Annika Antje Aoife Arancha Ariane Asha Astrid Ayesha Ayumi Azadeh Benedetta Bettina Bianca Birgit Blessing Bongiwe
  Carmela Catalina Caterina Cecile Cécile Chantal Charlene Chidinma Chioma Chinwe Christiane Cláudia Constanze Corinne Daria Delphine Dilnoza
  Dorota Dorothea Ebele Edita Efua Ekaterina Eleni Elif Elisabetta Eliška Elke Elżbieta Emine Emilia Emine Esperanza Estelle Eugenia Ewa Farah Fatma
  Fernanda Folake Françoise Funmilayo Gabriella Geraldine Giorgia Giulia Gisela Graciela Gunilla Gulnara Hadiza Hafsa Halima Hana Hatice Hélène Hiroko
  Ilona Imelda Inès Ines Inga Ioana Irina Isabelle Iveta Izabela Jadwiga Jana Janina Jelena Joanne Joanna Jolanta Josefina Juliana Julieta Jutta Kamila
  Karina Karolina Katarzyna Katja Kateryna Katrin Keiko Kerstin Khadija Kirsten Kristiina Kumiko Larissa Latifa Leila Leyla Liesbeth Lindiwe Liudmila
  Lorena Lucía Ludmila Lyudmila Magda Mairead Małgorzata Malika Manuela Margarita Margrethe Mariam Mariana Marianne Maribel Maryam Mathilde Mercedes
  Michaela Milena Mirela Mónica Mpho Nadezhda Nanami Natasha Nathalie Ngozi Nkechi Noura Nomvula Nosipho Oksana Olena Oluwaseun Ornella Paola
  Patrizia Pilar Rania Raquel Renata Roberta Rocío Roksana Rosalind Roxana Ruta Sabina Sakura Salma Samira Sanae Sanna Seiko Selin Serena
  Shirin Sibongile Sigrid Silke Simona Siobhan Siobhán Snežana Soledad Sonja Soraya Svenja Tatiana Tatyana Teodora Thandi Thandeka Tomoko Ulla Valeria
  Vesna Viola Wanjiru Yasmina Yoko Yolanda Yuko Yuliya Yuriko Zahra Zanele Zeynep Zsuzsanna Zuzana
  Meghan Jess Leni Rebeca Tarja Ivonne Alejandra Marcela Bronwyn Joice
  Adaora Amaka Aminata Awa Fatoumata Mariama Khady Aissatou Ama Akosua Abena Yaa Wangari Njeri Akinyi Achieng Atieno Auma Naledi Thandiwe Lerato
  Palesa Busisiwe Nkosazana Zodwa Graça Winnie Samia Sahle-Work Phumzile Baleka Ngozi Oby Obiageli Aisha Hadiza Zainab Amina Joyce Yewande
  Hasina Khaleda Benazir Indira Priyanka Smriti Nirmala Sushma Mamata Mayawati Yingluck Paetongtarn Megawati Retno Halimah Tomomi Renho Kyoko
  Mariko Akiko Noriko Hiromi Emiko Junko Midori Naoko Makiko Xóchitl Xochitl Rosario Epsy Mireya Dina Verónica Beatriz Marisol Ximena Camila
  Jeanine Rima Reem Lina Hanan Huda Noor Nour Ghada Hind Maha Tzipi Golda Ayelet Miri Orly Merav Kersti Dalia Ingrida Vaira Kolinda
  Maia Salome Viorica Ramona Jadranka Kristrún Katrín Sanna Magdalena Evika Ingrida Iveta Dubravka Marija Mojca Tanja Ana-Maria
  Dawn Satsuki Kumari Vasundhara Mehbooba Maneka Meira Supriya Kanimozhi Mahua Hina Sherry Febe Thoko Nosiviwe Bathabile Zizi Mbali Annegret Saskia
  Klara Ricarda Hilde Malu Franziska Katarina Ségolène Segolene Valérie Élisabeth Anne-Marie Rachida Najat Martine Inés Elly Mara Dilan Kajsa Erna
  Pia Micheline Mhairi Jackie Rhoda Kezia Siobhain Suella Yvette Eluned Lesley Leanne Kellie Leslyn Candice Rona Danielle Jody Niki Sussan Annastacia
  Gladys Kiri Marama Chlöe Metiria Marjorie Elise Tulsi Stacey Ilhan Alexandria Rashida Ayanna Delcy Kamla Portia Ameenah Věra Katalin Klára Vjosa
  Margaret Kimberly Sharon Shirley Debra Carolyn Cheryl Sophia Denise Doris Marilyn Beverly Brittany Kayla Lori Elaine Gillian Maggie Gina
  Libby Peggy Shelley Deirdre Georgina Lynne Tina Siân Sian Elspeth Suzy Layla Marsha Betsy Siobhan Aoife Niamh Sinéad Sinead Roisin Róisín`.split(/\s+/).filter(Boolean),
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
  Steven Stuart Ted Thomas Tim Timothy Tom Tony Vladimir Walter Wayne William Wolfgang Xavier Yuri Zoltan
  Abdelaziz Abdoulaye Abiy Abubakar Adama Adebayo Ademola Adnan Afonso Ahmad Ahmet Aigars Akira Aleksander Aleksandar Aleksandr Alessandro Alexis Alfonso
  Alfredo Aliyu Amadou Amr Anatoly Andrej Andrzej Anders Andrés Anil Antoine Antonín Anwar Armando Arturo Arvind Ashraf Atiku Augusto Aurelio
  Babatunde Bashir Benoît Benoit Bernd Bertrand Björn Bjørn Bogdan Bola Boubacar Boyko Branko Bülent Burak Caetano Carsten Cesar César Cheikh
  Chinedu Christoph Christophe Cristian Dario Darko Dejan Dieter Diego Dimitri Dimitris Dmitri Dominik Dragan Edgar Eduardo Edouard Édouard Egils Elias
  Emeka Emre Enrico Ernesto Esteban Etienne Évariste Fabio Fabrizio Fadi Faisal Farid Federico Felix Fernão Filip Florian Francesco Franck
  François Friedrich Fumio Gaston Gennady Gerardo Gianni Giovanni Goodluck Gonzalo Goran Guillaume Gustavo Hakan Hamid Hasan Hassan Heiko Helmut
  Hendrik Henrik Hernán Hideki Hiroshi Horst Hossein Hubert Hugo Ignacio Igor Ilya Imran Iñaki Ismail Issa Jacques Jakob Jaroslav Jaroslaw Jarosław
  Javad Jens Jesús Jiří Joachim João Joaquim Joaquín Jochen Jorge Josep Josef Jürgen Jurgen Kamal Karim Kazuo Kemal Kenji Khalid Kimani Kiril Kirill
  Koichi Konstantin Krzysztof Kunio Kwame Kwabena Laurent Lennart Leonardo Leonid Lorenzo Luca Luciano Ludovic Luigi Luiz Magnus Mahmoud
  Malik Mamadou Manfred Manuel Marat Marcelo Marcin Marek Mariano Marius Markus Mateusz Mathias Mauricio Maurizio Mehmet Miloš Mircea Mitsuo
  Mohamad Mohammad Moussa Mustafa Nabil Naoto Narendra Nasser Nelson Nicolás Nikola Nikolai Nikolaos Nnamdi Norbert Obinna Olaf Oleg Oleksandr Olusegun
  Omar Ousmane Pascal Patrice Pavel Pedro Pekka Petr Petro Philippe Piotr Pranab Rahul Rainer Rajiv Ramón Raúl Recep Reinhard Reza Ricardo Rolf Ruslan
  Ryszard Saad Sadio Saleh Salman Sanjay Sauli Seamus Séamus Sebastián Sergio Shigeru Shinzo Shinjiro Siddharth Sigmar Silvio Slawomir
  Stanislav Stefano Sven Taro Tarek Tariq Thabo Theo Thierry Tiago Tobias Tomasz Tomás Toshimitsu Ueli Ulf Umar Uwe Václav Valentin Vasile Viktor
  Vincent Vincenzo Vitaly Vladislav Volodymyr Wilfried Witold Wojciech Yasser Yasuo Yoshihide Yoshimasa Youssef Yukiya Yusuf Zbigniew Zoran
  Aliko Emmerson Félix Hage Hailemariam Jakaya Jomo Kgalema Macky Mahamadou Mwai Raila Uhuru Yoweri Yemi Tedros Mulatu Boutros Mahamat
  Idriss Faure Alassane Blaise Roch Hakainde Mokgweetsi Seretse Pravin Mamadi Umaro Nnamdi Olusegun Mmusi Dapo Kayode Femi Tunde Segun Chukwuma
  Ikechukwu Kalonzo William Musalia Moses Julius Tundu Kenneth Jacob Yahya
  Manmohan Atal Amit Rajnath Subrahmanyam Shashi Kapil Arun Piyush Nitin Sushil Syed Nawaz Shehbaz Asif Bilawal Pervez Joko Prabowo Susilo Anies
  Ganjar Mahathir Najib Muhyiddin Ferdinand Benigno Thaksin Prayut Srettha Katsunobu Yasutoshi Nobuteru Junichiro Yoshihiko Yukio Ichiro Hayato
  Takeshi Kenta Masahiro Jair Iván Nayib Evo Lenín Guillermo Ollanta Álvaro Alvaro Óscar Tabaré José Horacio Martín Agustín Matías
  Cristián Maximiliano Yair Naftali Reuven Shimon Ehud Yitzhak Avigdor Gideon Moshe Benny Mevlüt Bashar Ebrahim Hamad Tamim Adel Abdel Abdulaziz
  Ayman Walid Nabih Rafik Fuad Masoud Nouri Haider Barham Khaled Sameh Hosni Gamal Abdelfattah Radosław Vytautas Gitanas Krišjānis Arturs
  Alar Toomas Andrus Jüri Mikheil Giorgi Irakli Nikol Serzh Ilham Milo Milorad Ivica Janez Borut Hashim Albin Edi Sali Ilir Rumen Traian
  Nicolae Marcel Ion Petteri Antti Juha Jyrki Alexander Ulf Stefan Jonas Gylfi Bjarni Sigmundur
  Takayuki Masayoshi Yuichiro Toshihiro Hiroyuki Wataru Hakubun Taimei Yasuhisa Kiyoshi Tadashi Tetsuo Ichita Seiji Yoshitaka Hirokazu Mikio Akihisa
  Nobuo Yoshiro Keizo Ryutaro Morinari Mitsugi Mallikarjun Ashok Digvijaya Digvijay Jairam Anand Manish Bhupinder Prithviraj Karti Pradyut Sandeep
  Saifuddin Nitish Lalu Akhilesh Sharad Ajit Uddhav Devendra Jyotiraditya Sachin Bhupesh Shivraj Raghav Manoj Suresh Ramesh Mahesh Rakesh Vijay Ajay
  Vinod Prakash Subhash Mukesh Gautam Ravi Ravindra Sunil Deepak Harish Girish Venkaiah Jagan Chandrababu Naveen Hemant Farooq Tejashwi Shatrughan
  Madhusudan Kumar Shahbaz Asad Jahangir Fawad Zweli Gwede Fikile Herman Floyd Mangosuthu Velenkosini Senzo Mzwandile Mdumiseni Phumulo Pule Benjani
  Stanley Enoch Bheki Nasir Rabiu Kashim Nyesom Rigathi Lazarus Saulos Armin Winfried Dierk Hubertus Cem Thorsten Arnaud Yannick Jean-Luc Jean-Yves
  Jean-Marie Jean-Pierre Jean-Paul Jean-Michel Jean-Marc Jean-François Jean-Louis Gérald Gerald Olivier Raphaël Éric Romano Paolo Carlo Geert Frans
  Wopke Pieter Jesse Henri Sigurður Micheál Mícheál Micheal Enda Eamon Éamon Bertie Niall Eoghan Darragh Paschal Sajid Nadhim Kwasi Grant Wes Anas
  Humza Vaughan Carwyn Huw Alun Iain Douglas Maxime Jagmeet Doug Jason Malcolm Josh Barnaby Todd Shane Winston Kelvin Chuck Hakeem Vivek Asa Beto
  Cory Deval Mitt Rick Newt Jon Jeb Rudy Jay Inácio Axel Saud Hosam Hossam Abdulla
  Sepp Juergen Ralf Volker Kai Nils Mats Urs Achim Gerd Alain Didier Luc Jérôme Jerome Íñigo Geraldo Ciro Néstor Laurentino Renato Bernardo
  Julio Jimmy Johnny Andy Murdo Brendan Willie Byron Dexter Isaac Ernest Rotimi Kanayo Bobi Filipe Bassirou Mahamudu Musa Arkebe Kais
  Abdelmadjid Ekrem Feisal Husain Ghassan Zeid Ranil Gotabaya Anura Sajith Mahinda Supachai Pita Koji Koïchiro Dmytro Vitali Rafał Szymon Péter
  Gergely Kyriakos Nikos Kevan Adewale Obafemi Ibrahima Idrissa Lamine Kwesi Sipho Nhlanhla Mondli Themba Jabulani Sibusiso Demeke Getachew Meles
  Isaias Haruki Katsuya Sitaram Rajesh Fahd Jamal Mostafa Osama Rashid Waleed Yousef Ziad Hamza Víctor Victor Andriy Bohdan Milos Taras Yury
  Joshua Larry Jerry Tyler Zachary Kyle Ethan Noah Terry Arthur Dylan Bryan Billy Elijah Randy Roy Eugene Bobby Ed Colin Hamish Fergus Conor
  Ciaran Ciarán Declan Padraig Pádraig Paddy Mick Kurt Eli Clive Barry Kenny Darryl Damien Kris Wesley Nathaniel Leon Seth Rupert Len Horace
  Bert Alfred Seamus Séamus Eamon Éamon Eamonn Micheál Dermot Cathal Fintan Oisin Oisín`.split(/\s+/).filter(Boolean),
);

const titleGenders = new Map<string, Gender | null>();

/** Gender from a title or honorific written before a name ("Mrs", "spokeswoman"), or null. */
export function genderOfTitle(words: string): Gender | null {
  let gender = titleGenders.get(words);
  if (gender === undefined) {
    // Titles recur across a text's people and across texts: the memo is emptied before it grows large.
    if (titleGenders.size >= 20000) titleGenders.clear();
    titleGenders.set(words, (gender = readGenderOfTitle(words)));
  }
  return gender;
}

function readGenderOfTitle(words: string): Gender | null {
  const honorific = /^\s*([A-Z][a-z]+)\.?\s/.exec(`${words} `)?.[1];
  if (honorific && FEMALE_HONORIFICS.has(honorific)) return "f";
  if (honorific && MALE_HONORIFICS.has(honorific)) return "m";
  if (FEMALE_NOUNS.test(words)) return "f";
  if (MALE_NOUNS.test(words)) return "m";
  return null;
}

/** Gender from a given name, for a full name of two words or more; null when the name is not a common given name of one gender. */
export function genderOfName(fullName: string): Gender | null {
  const first = firstWord(fullName);
  if (FEMALE_NAMES.has(first)) return "f";
  if (MALE_NAMES.has(first)) return "m";
  return null;
}

/** Whether a word is a common given name ("Dan", "Theresa"): a title or month word after it is a surname ("Dan Bishop", "Theresa May"). */
export function isGivenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}
