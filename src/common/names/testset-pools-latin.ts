/**
 * Synthetic name pools for origins written in Latin script: Romanian and Turkish (with diacritics and
 * the ASCII or German-style spellings documents use), Kurdish (Kurmanji and English spellings),
 * Eritrean (Tigrinya) and Somali (official Somali orthography and English spellings).
 */
import { entries, type NamePool } from './testset-pool';

/** Romanian names: one or two given names and a surname. */
export const ROMANIAN_POOL: NamePool = {
  origin: 'romanian',
  weight: 0.06,
  pattern: 'given-surname',
  secondGivenChance: 0.2,
  male: entries(
    'Andrei', 'Alexandru', 'Ion', 'Ioan', 'Mihai', 'Ștefan|Stefan|Ştefan', 'Gheorghe', 'Vasile', 'Constantin', 'Cristian',
    'Florin', 'Gabriel', 'Adrian', 'Daniel', 'Marius', 'Bogdan', 'Cătălin|Catalin', 'Ionuț|Ionut', 'Răzvan|Razvan', 'Sorin',
    'Dumitru', 'Nicolae', 'Petru', 'Costel', 'Ovidiu', 'Lucian', 'Mircea', 'Radu', 'Tudor', 'Cosmin', 'Sebastian', 'Liviu',
  ),
  female: entries(
    'Maria', 'Elena', 'Ioana', 'Ana', 'Mihaela', 'Andreea', 'Alexandra', 'Cristina', 'Georgiana', 'Gabriela', 'Daniela',
    'Alina', 'Ramona', 'Roxana', 'Simona', 'Mădălina|Madalina', 'Ionela', 'Florentina', 'Loredana', 'Larisa', 'Oana',
    'Raluca', 'Irina', 'Diana', 'Anca', 'Corina', 'Nicoleta', 'Adriana',
  ),
  surnames: entries(
    'Popescu', 'Ionescu', 'Popa', 'Pop', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu',
    'Munteanu', 'Constantin', 'Mihai', 'Ungureanu', 'Florea', 'Dinu', 'Sârbu|Sarbu', 'Țurcanu|Turcanu|Ţurcanu', 'Lungu',
    'Moldovan', 'Știrbu|Stirbu|Ştirbu', 'Năstase|Nastase', 'Căpraru|Capraru', 'Bălan|Balan', 'Dobre', 'Barbu', 'Nistor',
    'Cojocaru', 'Marin', 'Tudor', 'Toma', 'Enache', 'Lazăr|Lazar', 'Dragomir', 'Vlad', 'Ene', 'Neagu', 'Petrescu',
  ),
};

/** Turkish names: given name (sometimes two) and surname. */
export const TURKISH_POOL: NamePool = {
  origin: 'turkish',
  weight: 0.06,
  pattern: 'given-surname',
  secondGivenChance: 0.15,
  male: entries(
    'Mehmet|Mehmed', 'Ahmet|Ahmed', 'Mustafa', 'Ali', 'Hüseyin|Huseyin|Hueseyin', 'Hasan', 'İbrahim|Ibrahim',
    'İsmail|Ismail', 'Osman', 'Yusuf', 'Murat', 'Emre', 'Burak', 'Ömer|Omer|Oemer', 'Mahmut', 'Ramazan', 'Halil',
    'Recep', 'Kemal', 'Orhan', 'Serkan', 'Volkan', 'Cem', 'Erkan', 'Fatih', 'Hakan', 'Kadir', 'Selim', 'Tolga',
    'Uğur|Ugur', 'Yasin',
  ),
  female: entries(
    'Fatma', 'Ayşe|Ayse|Ayshe', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Özlem|Ozlem|Oezlem', 'Merve', 'Esra',
    'Büşra|Busra|Buesra', 'Hülya|Hulya|Huelya', 'Derya', 'Sibel', 'Songül|Songul', 'Yasemin', 'Kübra|Kubra', 'Sevgi',
    'Meryem', 'Leyla', 'Gülsüm|Gulsum',
  ),
  surnames: entries(
    'Yılmaz|Yilmaz', 'Kaya', 'Demir', 'Şahin|Sahin', 'Çelik|Celik', 'Yıldız|Yildiz', 'Yıldırım|Yildirim',
    'Öztürk|Ozturk|Oeztuerk', 'Aydın|Aydin', 'Özdemir|Ozdemir|Oezdemir', 'Arslan', 'Doğan|Dogan', 'Kılıç|Kilic',
    'Aslan', 'Çetin|Cetin', 'Kara', 'Koç|Koc', 'Kurt', 'Özkan|Ozkan', 'Şimşek|Simsek', 'Polat', 'Korkmaz', 'Karaca',
    'Erdoğan|Erdogan', 'Güler|Guler', 'Aksoy', 'Bulut', 'Keskin', 'Ünal|Unal',
  ),
};

/** Kurdish names in Kurmanji spelling and the English spellings documents often use. */
export const KURDISH_POOL: NamePool = {
  origin: 'kurdish',
  weight: 0.06,
  pattern: 'given-father-family',
  male: entries(
    'Azad|Azat', 'Baran', 'Zana', 'Şêrwan|Sherwan|Shirwan', 'Rêber|Reber|Rebar', 'Ciwan|Jiwan', 'Xebat|Khabat',
    'Şivan|Shivan', 'Welat|Walat', 'Bawer|Baver', 'Rizgar|Rezgar', 'Dildar', 'Hozan', 'Kawa|Kaveh', 'Ferhad|Farhad',
    'Serhat', 'Dilşad|Dilshad', 'Delil|Dalil', 'Hejar|Hazhar', 'Aram', 'Karwan|Kerwan', 'Rêbîn|Rebin', 'Soran',
    'Diyar', 'Berzan',
  ),
  female: entries(
    'Rojîn|Rojin|Rozhin', 'Berfîn|Berfin', 'Dîlan|Dilan', 'Hêvî|Hevi', 'Jiyan|Zhiyan', 'Nesrîn|Nesrin|Nasrin',
    'Ronahî|Ronahi', 'Bêrîvan|Berivan', 'Rojda|Rozhda', 'Zozan', 'Nalîn|Nalin', 'Helin', 'Şirîn|Shirin',
    'Gulistan|Golestan', 'Evîn|Evin', 'Avesta', 'Delal', 'Viyan|Vian',
  ),
  surnames: entries(
    'Barzani|Barzanî', 'Zebari|Zibari|Zêbarî', 'Doski|Dosky', 'Amedi|Amadi|Amêdî', 'Mizuri|Mzuri', 'Herki|Harki',
    'Botani|Bohtani', 'Kurdi|Kurdî', 'Gerdi|Gardi', 'Talabani|Talebani', 'Hawrami|Hewrami', 'Baban|Babani',
    'Mukri|Mukry', 'Rekani|Reikani', 'Sindi|Sindî', 'Berwari|Barwari', 'Duhoki|Dohuki', 'Xoşnaw|Khoshnaw',
  ),
};

const TIGRINYA_MALE = entries(
  'Tesfay|Tesfai|Tesfaye', 'Yonas|Jonas', 'Filmon|Filimon|Philemon', 'Semere|Semre', 'Mehari|Mehary', 'Tekle|Teklay|Tecle',
  'Dawit|Daweet', 'Robel|Rubel', 'Samson|Samsom', 'Mussie|Musie|Musse', 'Kibrom|Kbrom|Kebrom', 'Berhane|Birhane|Berhan',
  'Habtom|Habtem', 'Tewelde|Tewolde', 'Tsegay|Tsegai|Tsegaye', 'Yohannes|Yohanes', 'Kidane|Kidana', 'Asmerom|Asmerum',
  'Ghebremedhin|Gebremedhin|Gebre Medhin|Ghebre Medhin', 'Weldemichael|Woldemichael|Welde Michael|Weldemikael',
  'Gebreyesus|Ghebreyesus|Gebre Yesus', 'Habtemariam|Habte Mariam|Habtemaryam', 'Tesfamariam|Tesfa Mariam|Tesfamaryam',
  'Mebrahtu|Mibrahtu|Mebrahtom', 'Haile|Hayle', 'Amanuel|Emmanuel|Amanual', 'Negash|Negasi', 'Biniam|Biniyam|Binyam',
  'Medhanie|Medhane|Medhanye', 'Efrem|Ephrem', 'Goitom|Goytom', 'Henok|Henock', 'Isaias|Isayas|Esayas',
  'Mulugeta|Mulugheta', 'Yemane|Yemaneh', 'Zerai|Zeray',
);

/** Eritrean (Tigrinya) names in Latin: given name, father's name, grandfather's name. */
export const ERITREAN_POOL: NamePool = {
  origin: 'eritrean',
  weight: 0.08,
  pattern: 'given-father-grandfather',
  male: TIGRINYA_MALE,
  female: entries(
    'Helen|Hellen', 'Selam|Sellam', 'Senait|Senayt|Sennait', 'Abrehet|Abrehit', 'Aster|Astier', 'Freweini|Frewini|Fraweini',
    'Luwam|Luam|Lwam', 'Haben|Habene', 'Saba|Sabaa', 'Yordanos|Jordanos', 'Meron|Meroun', 'Ruta|Rutha', 'Simret|Simreth',
    'Tsega|Tsegga', 'Eden|Edan', 'Winta|Wintana', 'Mihret|Mehret|Mhret', 'Mebrat|Mebrhat', 'Elsa|Elssa', 'Tirhas|Tirhass',
    'Rahel|Raheal', 'Nardos|Nardose', 'Feven|Fiven',
  ),
  surnames: TIGRINYA_MALE,
};

const SOMALI_MALE = entries(
  'Mohamed|Mohammed|Maxamed|Muhammad', 'Mohamud|Maxamuud|Mahmoud', 'Abdi|Cabdi',
  'Abdirahman|Abdurahman|Cabdiraxmaan|Abdi Rahman|Abdirahmaan', 'Abdullahi|Abdillahi|Cabdullaahi|Abdulahi',
  'Abdikarim|Abdi Karim|Cabdikariim|Abdulkarim', 'Abdiaziz|Abdulaziz|Cabdicasiis', 'Ahmed|Axmed|Ahmad', 'Hassan|Xasan|Hasan',
  'Hussein|Xuseen|Husein', 'Ali|Cali', 'Omar|Cumar', 'Yusuf|Yuusuf|Yousuf', 'Ismail|Ismaaciil|Ismaacil', 'Ibrahim|Ibraahim',
  'Farah|Faarax|Farax', 'Jama|Jaamac|Jamac', 'Warsame|Warsama', 'Guled|Guuleed|Gulled', 'Liban|Liibaan', 'Mahad|Mahaad',
  'Hamza|Xamse', 'Osman|Cusmaan|Usman', 'Said|Saciid|Saeed', 'Bashir|Bashiir', 'Nur|Nuur|Noor', 'Aden|Aadan|Adan',
  'Dahir|Daahir', 'Yasin|Yaasiin', 'Abdiqadir|Cabdiqaadir|Abdulkadir', 'Musa|Muuse|Moussa', 'Adam|Aadam', 'Hirsi|Xirsi',
);

/** Somali names: given name, father's name, grandfather's name, in English and Somali orthography. */
export const SOMALI_POOL: NamePool = {
  origin: 'somali',
  weight: 0.08,
  pattern: 'given-father-grandfather',
  male: SOMALI_MALE,
  female: entries(
    'Hawa|Xaawo|Hawo', 'Fadumo|Faadumo|Fatuma', 'Hodan|Xodan', 'Ayaan|Ayan', 'Asha|Caasha|Aisha', 'Amina|Aamina',
    'Sahra|Sahro|Zahra', 'Nimco|Nimo', 'Ubah|Ubax', 'Idil|Iidil', 'Khadra|Khadro|Qadra', 'Sagal|Saagal', 'Ifrah|Ifra',
    'Deeqa|Deqa|Deka', 'Hibo|Hiba', 'Maryan|Maryam|Mariam', 'Halima|Xaliimo|Halimo', 'Suad|Sucaad|Suaad',
    'Nasra|Nasro', 'Safiya|Safiyo|Safia', 'Anab|Canab', 'Hamdi|Xamdi', 'Shukri|Shukrii', 'Farhiya|Farxiyo',
  ),
  surnames: SOMALI_MALE,
};
