/**
 * Synthetic name pools for Arabic-script origins (Syrian and Iraqi Arabic, Afghan Dari, Pashto,
 * Pakistani Urdu): the common Latin spellings of each name and its native spelling.
 */
import { entries, type NamePool } from './testset-pool';

const ARABIC_MALE = entries(
  'Mohammed|Muhammad|Mohamed|Mohammad|Mohamad=محمد', 'Ahmad|Ahmed=أحمد', 'Mahmoud|Mahmud|Mahmood=محمود',
  'Mustafa|Mostafa|Moustafa=مصطفى', 'Ali|Aly=علي', 'Hassan|Hasan=حسن', 'Hussein|Husain|Hussain|Husayn=حسين',
  'Omar|Umar=عمر', 'Khaled|Khalid=خالد', 'Youssef|Yousef|Yusuf|Yousif=يوسف', 'Ibrahim|Ebrahim=إبراهيم',
  'Abdullah|Abdallah|Abdulla=عبدالله', 'Abdul Rahman|Abdulrahman|Abd al-Rahman|Abdelrahman|Abdurrahman=عبد الرحمن',
  'Abdul Aziz|Abdulaziz|Abd al-Aziz|Abdelaziz=عبد العزيز', 'Abdul Karim|Abdulkarim|Abd al-Karim|Abdelkarim=عبد الكريم',
  'Abdul Qadir|Abdulqadir|Abd al-Qadir|Abdelkader=عبد القادر', 'Samir|Sameer=سمير', 'Tariq|Tarek|Tareq=طارق',
  'Walid|Waleed=وليد', 'Bilal|Belal=بلال', 'Hamza|Hamzah=حمزة', 'Jamal|Gamal=جمال', 'Karim|Kareem=كريم',
  'Nabil|Nabeel=نبيل', 'Majed|Majid|Maged=ماجد', 'Rami|Ramy=رامي', 'Fadi|Fady=فادي', 'Ziad|Ziyad|Zyad=زياد',
  'Anas|Anass=أنس', 'Yasser|Yasir|Yaser=ياسر', 'Osama|Usama|Oussama=أسامة', 'Saleh|Salih=صالح', 'Adel|Adil=عادل',
  'Faisal|Faysal=فيصل', 'Qasim|Kassem|Kasim=قاسم', 'Haidar|Haider|Hayder=حيدر', 'Abbas|Abas=عباس',
  'Jassim|Jasim|Jassem=جاسم', 'Kadhim|Kazem|Kazim|Kathim=كاظم', 'Sattar|Satar=ستار', 'Ammar|Amar=عمار',
  'Wael|Wail=وائل', 'Mazen|Mazin=مازن', 'Marwan|Merwan=مروان', 'Nizar|Nezar=نزار', 'Bashar|Bachar=بشار',
  'Firas|Feras=فراس', 'Muhannad|Mohanad|Mohannad=مهند', 'Saif|Sayf|Seif=سيف', 'Hisham|Hesham=هشام',
  'Ayman|Aiman=أيمن', 'Iyad|Eyad|Ayad=إياد', 'Raed|Raid=رائد', 'Ghassan|Gassan=غسان', 'Khalil|Khaleel=خليل',
  'Yahya|Yehia=يحيى', 'Zakaria|Zakariya=زكريا', 'Sulaiman|Suleiman|Sulayman=سليمان', 'Ismail|Ismael=إسماعيل',
  'Musa|Moussa=موسى', 'Issa|Isa=عيسى', 'Nour al-Din|Nureddin|Nuruddin|Noureddine=نور الدين',
  'Salah al-Din|Salahuddin|Salaheddine=صلاح الدين', 'Alaa|Ala=علاء', 'Diaa|Dia|Diya=ضياء',
);
const ARABIC_FEMALE = entries(
  'Fatima|Fatimah|Fatma=فاطمة', 'Aisha|Aysha|Aicha=عائشة', 'Khadija|Khadijah=خديجة', 'Maryam|Mariam=مريم',
  'Zainab|Zaynab|Zeinab=زينب', 'Nour|Noor|Nur=نور', 'Layla|Leila|Laila=ليلى', 'Amina|Aminah=أمينة',
  'Huda|Houda|Hoda=هدى', 'Rania|Raniya=رانيا', 'Hanaa|Hana=هناء', 'Sara|Sarah=سارة', 'Yasmin|Yasmine|Yasmeen=ياسمين',
  'Reem|Rim=ريم', 'Dina|Deena=دينا', 'Lina|Leena=لينا', 'Rasha|Rascha=رشا', 'Samira|Sameera=سميرة',
  'Salma|Selma=سلمى', 'Asma|Asmaa=أسماء', 'Zahraa|Zahra=زهراء', 'Hiba|Heba=هبة', 'Noura|Nora|Nura=نورة',
  'Ghada|Ghadah=غادة', 'Rana|Ranaa=رنا', 'Lama|Lamaa=لمى', 'Dalia|Dalya=داليا', 'Shaimaa|Shaima|Shayma=شيماء',
  'Amal|Amel=أمل', 'Nadia|Nadiya=نادية', 'Suha|Souha=سهى', 'Wafaa|Wafa=وفاء', 'Iman|Eman|Imane=إيمان',
  'Rahaf|Rehaf=رهف', 'Bushra|Boushra=بشرى',
);
const ARABIC_FAMILY = entries(
  'Al-Hassan|Alhassan|Al Hassan|El-Hassan|Hassan=الحسن', 'Al-Ahmad|Alahmad|Al Ahmad=الأحمد', 'Al-Ali|Alali|Al Ali=العلي',
  'Al-Khatib|Alkhatib|Al Khatib|El-Khatib=الخطيب', 'Al-Masri|Almasri|El-Masry=المصري', 'Haddad|Hadad=حداد',
  'Khoury|Khouri|Khuri=خوري', 'Al-Halabi|Alhalabi|Halabi=الحلبي', 'Darwish|Darweesh|Derwish=درويش',
  'Shaheen|Shahin|Chahine=شاهين', 'Hamdan|Hamdane=حمدان', 'Kassab|Qassab|Kasab=قصاب', 'Al-Homsi|Alhomsi|Homsi=الحمصي',
  'Al-Shami|Alshami|Shami=الشامي', 'Al-Jubouri|Al-Jabouri|Aljuburi|Al Jubouri=الجبوري',
  'Al-Obaidi|Al-Ubaidi|Alobaidi|Al Obeidi=العبيدي', 'Al-Dulaimi|Al-Dulaymi|Aldulaimi=الدليمي',
  'Al-Tamimi|Altamimi|Al Tamimi=التميمي', 'Al-Saadi|Al-Sadi|Alsaadi=السعدي', 'Al-Zubaidi|Alzubaidi|Al-Zebidi=الزبيدي',
  'Al-Shammari|Alshammari|Al-Shamari=الشمري', 'Al-Rubaie|Al-Rubaiee|Alrubaie=الربيعي',
  'Al-Hashimi|Al-Hashemi|Alhashimi=الهاشمي', 'Al-Kurdi|Alkurdi|Kurdi=الكردي', 'Al-Najjar|Najjar|Alnajjar=النجار',
  'Al-Hakim|Alhakim|Hakim=الحكيم', 'Mansour|Mansur=منصور', 'Abboud|Aboud|Abbud=عبود', 'Al-Khalil|Alkhalil=الخليل',
  'Othman|Osman|Uthman=عثمان', 'Sabbagh|Sabagh=صباغ', 'Al-Sayed|El-Sayed|Alsayed|Al Sayed=السيد',
  'Al-Mousawi|Al-Musawi|Almousawi=الموسوي', 'Al-Husseini|Al-Husaini|Alhusseini=الحسيني', 'Al-Bakri|Albakri|Bakri=البكري',
);

/** Syrian and Iraqi Arabic names: given, father's name, then family name (or grandfather's name). */
export const ARABIC_POOL: NamePool = {
  origin: 'arabic',
  weight: 0.2,
  pattern: 'given-father-family',
  male: ARABIC_MALE,
  female: ARABIC_FEMALE,
  surnames: ARABIC_FAMILY,
};

const DARI_MALE = entries(
  'Mohammad|Muhammad|Mohammed=محمد', 'Ahmad|Ahmed=احمد', 'Ali|Aly=علی', 'Reza|Riza=رضا', 'Hossein|Hussain|Hussein=حسین',
  'Hassan|Hasan=حسن', 'Mahmood|Mahmoud|Mahmud=محمود', 'Mostafa|Mustafa=مصطفی',
  'Abdul Rahim|Abdulrahim|Abd al-Rahim|Abdurrahim=عبدالرحیم', 'Abdul Wahid|Abdulwahid|Abdul Wahed=عبدالواحد',
  'Abdul Ghafoor|Abdulghafoor|Abdul Ghafur=عبدالغفور', 'Abdul Qayum|Abdulqayum|Abdul Qayyum=عبدالقیوم',
  'Gul Ahmad|Gulahmad|Gol Ahmad=گل احمد', 'Mohammad Nabi|Mohammadnabi=محمد نبی', 'Ghulam Sakhi|Gholam Sakhi|Ghulamsakhi=غلام سخی',
  'Ghulam Hazrat|Gholam Hazrat=غلام حضرت', 'Mir Ahmad|Mirahmad=میر احمد', 'Ali Reza|Alireza=علیرضا',
  'Mohammad Reza|Mohammadreza|Mohamadreza=محمدرضا', 'Farhad|Farhaad=فرهاد', 'Jawad|Javad=جواد', 'Hamid|Hameed=حمید',
  'Rahim|Raheem=رحیم', 'Karim|Kareem=کریم', 'Naser|Nasser|Nasir=ناصر', 'Habibullah|Habib Ullah|Habibollah=حبیب الله',
  'Rahmatullah|Rahmat Ullah|Rahmatollah=رحمت الله', 'Najibullah|Najib Ullah|Najibollah=نجیب الله',
  'Zabihullah|Zabiullah|Zabihollah=ذبیح الله', 'Hekmatullah|Hikmatullah=حکمت الله', 'Asadullah|Asadollah=اسدالله',
  'Noorullah|Nurullah|Noor Ullah=نورالله', 'Ismail|Esmail|Ismael=اسماعیل', 'Yousuf|Yusuf|Yousef=یوسف',
  'Bashir|Basheer=بشیر', 'Nazir|Nazeer=نذیر', 'Qadir|Kadir|Qader=قادر', 'Wahid|Waheed|Vahid=وحید', 'Sohrab|Suhrab=سهراب',
  'Ramin|Rameen=رامین', 'Omid|Umid=امید', 'Behrouz|Behruz|Behrooz=بهروز', 'Dawood|Davood|Dawud=داوود',
  'Shafiq|Shafeeq=شفیق', 'Jamshid|Jamsheed=جمشید', 'Massoud|Masoud|Masud|Masood=مسعود', 'Fawad|Fawaad=فواد',
  'Rashid|Rasheed=رشید',
);
const DARI_FEMALE = entries(
  'Fatemeh|Fatima|Fatema=فاطمه', 'Zahra|Zahraa=زهرا', 'Maryam|Mariam=مریم', 'Masoumeh|Masuma|Masooma=معصومه',
  'Zohreh|Zohra=زهره', 'Parisa|Pareesa=پریسا', 'Roya|Roia=رویا', 'Shabnam|Shabnum=شبنم', 'Farzana|Farzaneh=فرزانه',
  'Nasrin|Nasreen=نسرین', 'Leila|Laila|Layla=لیلا', 'Soraya|Suraya|Soraia=ثریا', 'Mina|Meena=مینا', 'Narges|Nargis=نرگس',
  'Homa|Huma=هما', 'Fereshteh|Freshta|Fereshta=فرشته', 'Marzieh|Marzia|Marziyeh=مرضیه', 'Somayeh|Sumaya|Somaia=سمیه',
  'Khadija|Khadijeh=خدیجه', 'Tahmina|Tahmineh=تهمینه', 'Sakina|Sakineh=سکینه', 'Zarmina|Zarmeena=زرمینه',
  'Shukria|Shokria=شکریه',
);
const DARI_SURNAMES = entries(
  'Ahmadi|Ahmady=احمدی', 'Mohammadi|Muhammadi|Mohamadi=محمدی', 'Hosseini|Husseini|Hussaini=حسینی',
  'Rezaei|Rezai|Rezayi=رضایی', 'Karimi|Karimy=کریمی', 'Rahimi|Rahimy=رحیمی', 'Sadeghi|Sadiqi|Sadeqi=صادقی',
  'Hakimi|Hakimy=حکیمی', 'Noori|Nouri|Nuri=نوری', 'Sultani|Soltani=سلطانی', 'Haidari|Heidari|Haydari=حیدری',
  'Azizi|Azizy=عزیزی', 'Amiri|Amiry=امیری', 'Jafari|Jaafari=جعفری', 'Hashemi|Hashimi=هاشمی',
  'Mahmoodi|Mahmudi|Mahmoudi=محمودی', 'Naderi|Nadiri=نادری', 'Rasuli|Rasooli|Rasouli=رسولی',
  'Yousufi|Yusufi|Yousefi=یوسفی', 'Qaderi|Qadiri|Kadiri=قادری', 'Sharifi|Shareefi=شریفی', 'Habibi|Habeebi=حبیبی',
  'Samadi|Samady=صمدی', 'Stanikzai|Stanekzai=ستانکزی', 'Ghani|Ghanee=غنی', 'Nazari|Nazary=نظری',
  'Akbari|Akbary=اکبری', 'Hamidi|Hameedi=حمیدی',
);

/** Afghan (Dari) names in Persian script: given name (often compound) and family name. */
export const DARI_POOL: NamePool = {
  origin: 'afghan-dari',
  weight: 0.12,
  pattern: 'given-surname',
  male: DARI_MALE,
  female: DARI_FEMALE,
  surnames: DARI_SURNAMES,
};

const PASHTO_MALE = entries(
  'Gul Agha|Gulagha|Gul Aga=ګل آغا', 'Zalmai|Zalmay=زلمی', 'Mirwais|Mir Wais|Mirways=میرویس',
  'Shah Mahmood|Shahmahmood|Shah Mahmud=شاه محمود', 'Wali|Walli=ولي', 'Noor Ahmad|Noorahmad|Nur Ahmad=نور احمد',
  'Khan Mohammad|Khanmohammad=خان محمد', 'Samiullah|Sami Ullah|Samiulla=سمیع الله', 'Bismillah|Besmellah|Bismullah=بسم الله',
  'Bilal|Belal=بلال', 'Sardar|Sirdar=سردار', 'Zarif|Zareef=ظریف', 'Taj Mohammad|Tajmohammad|Taj Muhammad=تاج محمد',
  'Jan Agha|Janagha=جان آغا', 'Nasrullah|Nasrollah|Nasr Ullah=نصرالله', 'Spin Gul|Spingul=سپین ګل',
  'Sher Khan|Sherkhan|Shir Khan=شېر خان', 'Ajmal|Ajmel=اجمل', 'Khalid|Khaled=خالد', 'Hayatullah|Hayat Ullah=حیات الله',
  'Fazal|Fazl|Fazel=فضل', 'Asmatullah|Esmatullah|Asmat Ullah=عصمت الله', 'Rahmat Gul|Rahmatgul=رحمت ګل',
  'Lutfullah|Lotfullah|Lutf Ullah=لطف الله', 'Ahmad Shah|Ahmadshah=احمد شاه', 'Obaidullah|Ubaidullah|Obaid Ullah=عبیدالله',
);
const PASHTO_FEMALE = entries(
  'Malalai|Malala|Malalay=ملالۍ', 'Palwasha|Palwashe=پلوشه', 'Zarghuna|Zarghona=زرغونه', 'Spogmai|Spogmay|Spozhmai=سپوږمۍ',
  'Nazo|Nazu=نازو', 'Gulalai|Gulalay=ګلالۍ', 'Shaista|Shayesta=شایسته', 'Bibi Gul|Bibigul=بي بي ګل',
  'Mahbooba|Mahbuba=محبوبه', 'Wagma|Waghma=وږمه', 'Pashtana|Pashtaneh=پښتنه', 'Sabira|Sabera=صابره',
  'Gulnaz|Golnaz=ګلناز', 'Shazia|Shaziya=شازیه', 'Nazanin|Nazaneen=نازنین',
);
const PASHTO_SURNAMES = entries(
  'Popalzai|Popalzay=پوپلزی', 'Durrani|Durani=دراني', 'Barakzai|Barakzay=بارکزی', 'Yousafzai|Yusufzai|Yousufzai=یوسفزی',
  'Shinwari|Shinwary=شینواری', 'Mohmand|Momand=مومند', 'Afridi|Afreedi=اپریدی', 'Wardak|Wardag=وردګ',
  'Zadran|Zadraan|Dzadran=ځدراڼ', 'Khattak|Khatak=خټک', 'Achakzai|Achekzai=اڅکزی', 'Kakar|Kakkar=کاکړ',
  'Mangal|Mingal=منګل', 'Noorzai|Nurzai=نورزی', 'Safi|Saafi=صافي', 'Niazi|Niyazi=نیازي', 'Tanai|Tanay=تڼی',
  'Ahmadzai|Ahmadzay=احمدزی', 'Sherzad|Sherzaad=شېرزاد', 'Jalali|Djalali=جلالي',
);

/** Pashto names in Pashto script (with ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ): given name and tribal or family name. */
export const PASHTO_POOL: NamePool = {
  origin: 'pashto',
  weight: 0.08,
  pattern: 'given-surname',
  male: PASHTO_MALE,
  female: PASHTO_FEMALE,
  surnames: PASHTO_SURNAMES,
};

const URDU_MALE = entries(
  'Imran|Imraan=عمران', 'Asif|Aasif=آصف', 'Tariq|Tarik=طارق', 'Zubair|Zubayr|Zobair=زبیر', 'Bilal|Belal=بلال',
  'Usman|Osman|Usmaan=عثمان', 'Kamran|Kamraan=کامران', 'Faisal|Faysal=فیصل', 'Waqar|Waqaar=وقار',
  'Shahbaz|Shahbaaz=شہباز', 'Nadeem|Nadim=ندیم', 'Naveed|Navid|Nawid=نوید', 'Irfan|Erfan=عرفان', 'Adnan|Adnaan=عدنان',
  'Sajid|Saajid=ساجد', 'Zahid|Zaheed=زاہد', 'Junaid|Junayd=جنید', 'Arshad|Arshed=ارشد', 'Shoaib|Shuaib|Shoaeb=شعیب',
  'Rizwan|Rizwaan=رضوان', 'Fahad|Fahd=فہد', 'Hamza|Hamzah=حمزہ', 'Ahsan|Ahsen=احسن', 'Yasir|Yasser=یاسر',
  'Amjad|Amjed=امجد', 'Javed|Javaid|Jawed=جاوید', 'Pervez|Parvez|Parvaiz=پرویز', 'Sohail|Suhail|Suhayl=سہیل',
  'Ali|Aly=علی', 'Ahmed|Ahmad=احمد',
);
const URDU_FEMALE = entries(
  'Ayesha|Aisha|Aysha=عائشہ', 'Sana|Sanaa=ثناء', 'Nadia|Nadiya=نادیہ', 'Fatima|Fatimah=فاطمہ', 'Saima|Saaima=صائمہ',
  'Rabia|Rabiya=رابعہ', 'Samina|Sameena=ثمینہ', 'Nazia|Naziya=نازیہ', 'Bushra|Bushraa=بشریٰ', 'Asma|Asmaa=اسماء',
  'Hina|Heena=حنا', 'Mehwish|Mahwish=مہوش', 'Uzma|Ozma=عظمیٰ', 'Shazia|Shaziya=شازیہ', 'Farzana|Farzaana=فرزانہ',
  'Kiran|Kiren=کرن',
);
const URDU_SURNAMES = entries(
  'Khan|Khaan=خان', 'Chaudhry|Chaudhary|Choudhry=چودھری', 'Butt|Bhat=بٹ', 'Qureshi|Quraishi=قریشی',
  'Siddiqui|Siddiqi=صدیقی', 'Malik|Malek=ملک', 'Raza|Rida=رضا', 'Iqbal|Ikbal=اقبال', 'Akhtar|Akhter=اختر',
  'Sheikh|Shaikh=شیخ', 'Mirza|Merza=مرزا', 'Awan|Awaan=اعوان', 'Abbasi|Abbassi=عباسی', 'Dar|Darr=ڈار',
  'Bhatti|Bhatty=بھٹی', 'Khokhar|Khokar=کھوکھر', 'Tarar|Tarrar=تارڑ', 'Gondal|Gondel=گوندل', 'Jutt|Jatt=جٹ',
  'Rana|Raana=رانا', 'Hussain|Hussein|Husain=حسین', 'Shah|Shaah=شاہ', 'Ansari|Ansary=انصاری', 'Rajput|Rajpoot=راجپوت',
  'Mughal|Moghal=مغل', 'Nawaz|Nawaaz=نواز',
);

/** Pakistani names in Urdu script (with ٹ ڈ ڑ ں ھ ے ہ), often led by Muhammad. */
export const URDU_POOL: NamePool = {
  origin: 'pakistani',
  weight: 0.1,
  pattern: 'given-surname',
  male: URDU_MALE,
  female: URDU_FEMALE,
  surnames: URDU_SURNAMES,
  givenPrefixes: entries('Muhammad|Mohammad|Mohammed|Muhammed=محمد'),
};
