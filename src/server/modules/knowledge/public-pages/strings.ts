/**
 * The words of the public help pages in every language the call centre answers in. Articles come from
 * the knowledge base; these are only the page's own labels. A language missing here falls back to English.
 */

export interface PageStrings {
  title: string;
  skip: string;
  language: string;
  search: string;
  searchPlaceholder: string;
  allLanguages: string;
  categories: string;
  articles: (n: number) => string;
  resultsFor: (q: string) => string;
  noResults: (q: string) => string;
  fallbackNotice: (wanted: string, shown: string) => string;
  showIn: string;
  helpfulQuestion: string;
  yes: string;
  no: string;
  thanks: string;
  home: string;
  callUs: string;
}

const en: PageStrings = {
  title: 'Help for migrants and refugees',
  skip: 'Skip to content',
  language: 'Language',
  search: 'Search',
  searchPlaceholder: 'Type a word, e.g. asylum',
  allLanguages: 'Search in all languages',
  categories: 'Topics',
  articles: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  resultsFor: (q) => `Answers for “${q}”`,
  noResults: (q) => `No answer found for “${q}”. Try another word, or call us.`,
  fallbackNotice: (wanted, shown) => `This answer is not yet available in ${wanted}; it is shown in ${shown}.`,
  showIn: 'Show answers missing in my language in',
  helpfulQuestion: 'Was this answer helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your answer.',
  home: 'All topics',
  callUs: 'Call centre for migrants',
};

const STRINGS: Record<string, PageStrings> = {
  en,
  ro: {
    title: 'Ajutor pentru migranți și refugiați',
    skip: 'Salt la conținut',
    language: 'Limba',
    search: 'Caută',
    searchPlaceholder: 'Scrieți un cuvânt, de ex. azil',
    allLanguages: 'Caută în toate limbile',
    categories: 'Subiecte',
    articles: (n) => (n === 1 ? '1 răspuns' : `${n} răspunsuri`),
    resultsFor: (q) => `Răspunsuri pentru „${q}”`,
    noResults: (q) => `Nu am găsit niciun răspuns pentru „${q}”. Încercați alt cuvânt sau sunați-ne.`,
    fallbackNotice: (wanted, shown) => `Acest răspuns nu este încă disponibil în ${wanted}; este afișat în ${shown}.`,
    showIn: 'Afișează răspunsurile care lipsesc în limba mea în',
    helpfulQuestion: 'V-a fost de folos acest răspuns?',
    yes: 'Da',
    no: 'Nu',
    thanks: 'Vă mulțumim pentru răspuns.',
    home: 'Toate subiectele',
    callUs: 'Centrul de apel pentru migranți',
  },
  ar: {
    title: 'مساعدة للمهاجرين واللاجئين',
    skip: 'انتقل إلى المحتوى',
    language: 'اللغة',
    search: 'بحث',
    searchPlaceholder: 'اكتب كلمة، مثلًا: لجوء',
    allLanguages: 'ابحث في جميع اللغات',
    categories: 'المواضيع',
    articles: (n) => (n === 1 ? 'إجابة واحدة' : `${n} إجابات`),
    resultsFor: (q) => `إجابات عن «${q}»`,
    noResults: (q) => `لم نجد إجابة عن «${q}». جرّب كلمة أخرى أو اتصل بنا.`,
    fallbackNotice: (wanted, shown) => `هذه الإجابة غير متوفرة بعد باللغة ${wanted}؛ وهي معروضة باللغة ${shown}.`,
    showIn: 'اعرض الإجابات غير المتوفرة بلغتي باللغة',
    helpfulQuestion: 'هل كانت هذه الإجابة مفيدة؟',
    yes: 'نعم',
    no: 'لا',
    thanks: 'شكرًا على رأيك.',
    home: 'كل المواضيع',
    callUs: 'مركز الاتصال للمهاجرين',
  },
  'fa-AF': {
    title: 'کمک برای مهاجران و پناهندگان',
    skip: 'رفتن به محتوا',
    language: 'زبان',
    search: 'جستجو',
    searchPlaceholder: 'یک کلمه بنویسید، مثلاً پناهندگی',
    allLanguages: 'جستجو در همه زبان‌ها',
    categories: 'موضوعات',
    articles: (n) => `${n} پاسخ`,
    resultsFor: (q) => `پاسخ‌ها برای «${q}»`,
    noResults: (q) => `برای «${q}» پاسخی پیدا نشد. کلمه دیگری امتحان کنید یا با ما تماس بگیرید.`,
    fallbackNotice: (wanted, shown) => `این پاسخ هنوز به ${wanted} موجود نیست؛ به ${shown} نشان داده می‌شود.`,
    showIn: 'پاسخ‌هایی که به زبان من نیستند را نشان بده به',
    helpfulQuestion: 'آیا این پاسخ مفید بود؟',
    yes: 'بلی',
    no: 'نخیر',
    thanks: 'از نظر شما تشکر.',
    home: 'همه موضوعات',
    callUs: 'مرکز تماس برای مهاجران',
  },
  ps: {
    title: 'د کډوالو او پناه غوښتونکو لپاره مرسته',
    skip: 'منځپانګې ته لاړ شئ',
    language: 'ژبه',
    search: 'لټون',
    searchPlaceholder: 'یوه کلمه ولیکئ، لکه پناه',
    allLanguages: 'په ټولو ژبو کې لټون',
    categories: 'موضوعات',
    articles: (n) => `${n} ځوابونه`,
    resultsFor: (q) => `د «${q}» لپاره ځوابونه`,
    noResults: (q) => `د «${q}» لپاره ځواب ونه موندل شو. بله کلمه وازمویئ یا موږ ته زنګ ووهئ.`,
    fallbackNotice: (wanted, shown) => `دا ځواب لا په ${wanted} کې نشته؛ په ${shown} کې ښودل کیږي.`,
    showIn: 'هغه ځوابونه چې زما په ژبه نشته وښایه په',
    helpfulQuestion: 'ایا دا ځواب ګټور و؟',
    yes: 'هو',
    no: 'نه',
    thanks: 'ستاسو د نظر مننه.',
    home: 'ټول موضوعات',
    callUs: 'د کډوالو لپاره د زنګ مرکز',
  },
  ur: {
    title: 'تارکین وطن اور پناہ گزینوں کے لیے مدد',
    skip: 'مواد پر جائیں',
    language: 'زبان',
    search: 'تلاش',
    searchPlaceholder: 'ایک لفظ لکھیں، مثلاً پناہ',
    allLanguages: 'تمام زبانوں میں تلاش کریں',
    categories: 'موضوعات',
    articles: (n) => `${n} جوابات`,
    resultsFor: (q) => `«${q}» کے جوابات`,
    noResults: (q) => `«${q}» کے لیے کوئی جواب نہیں ملا۔ کوئی اور لفظ آزمائیں یا ہمیں کال کریں۔`,
    fallbackNotice: (wanted, shown) => `یہ جواب ابھی ${wanted} میں دستیاب نہیں؛ یہ ${shown} میں دکھایا گیا ہے۔`,
    showIn: 'جو جوابات میری زبان میں نہیں وہ اس زبان میں دکھائیں',
    helpfulQuestion: 'کیا یہ جواب مددگار تھا؟',
    yes: 'ہاں',
    no: 'نہیں',
    thanks: 'آپ کی رائے کا شکریہ۔',
    home: 'تمام موضوعات',
    callUs: 'تارکین وطن کے لیے کال سینٹر',
  },
  ru: {
    title: 'Помощь мигрантам и беженцам',
    skip: 'Перейти к содержанию',
    language: 'Язык',
    search: 'Найти',
    searchPlaceholder: 'Введите слово, например убежище',
    allLanguages: 'Искать на всех языках',
    categories: 'Темы',
    articles: (n) => `Ответов: ${n}`,
    resultsFor: (q) => `Ответы по запросу «${q}»`,
    noResults: (q) => `По запросу «${q}» ничего не найдено. Попробуйте другое слово или позвоните нам.`,
    fallbackNotice: (wanted, shown) => `Этот ответ пока недоступен на языке «${wanted}»; он показан на языке «${shown}».`,
    showIn: 'Показывать ответы, которых нет на моём языке, на',
    helpfulQuestion: 'Был ли этот ответ полезен?',
    yes: 'Да',
    no: 'Нет',
    thanks: 'Спасибо за ваш ответ.',
    home: 'Все темы',
    callUs: 'Колл-центр для мигрантов',
  },
  uk: {
    title: 'Допомога мігрантам і біженцям',
    skip: 'Перейти до змісту',
    language: 'Мова',
    search: 'Шукати',
    searchPlaceholder: 'Введіть слово, наприклад притулок',
    allLanguages: 'Шукати всіма мовами',
    categories: 'Теми',
    articles: (n) => `Відповідей: ${n}`,
    resultsFor: (q) => `Відповіді на запит «${q}»`,
    noResults: (q) => `За запитом «${q}» нічого не знайдено. Спробуйте інше слово або зателефонуйте нам.`,
    fallbackNotice: (wanted, shown) => `Ця відповідь ще недоступна мовою «${wanted}»; її показано мовою «${shown}».`,
    showIn: 'Показувати відповіді, яких немає моєю мовою, мовою',
    helpfulQuestion: 'Чи була ця відповідь корисною?',
    yes: 'Так',
    no: 'Ні',
    thanks: 'Дякуємо за вашу відповідь.',
    home: 'Усі теми',
    callUs: 'Кол-центр для мігрантів',
  },
  fr: {
    title: 'Aide aux migrants et aux réfugiés',
    skip: 'Aller au contenu',
    language: 'Langue',
    search: 'Rechercher',
    searchPlaceholder: 'Tapez un mot, par ex. asile',
    allLanguages: 'Rechercher dans toutes les langues',
    categories: 'Thèmes',
    articles: (n) => (n <= 1 ? `${n} réponse` : `${n} réponses`),
    resultsFor: (q) => `Réponses pour « ${q} »`,
    noResults: (q) => `Aucune réponse trouvée pour « ${q} ». Essayez un autre mot ou appelez-nous.`,
    fallbackNotice: (wanted, shown) => `Cette réponse n’est pas encore disponible en ${wanted} ; elle est affichée en ${shown}.`,
    showIn: 'Afficher les réponses absentes dans ma langue en',
    helpfulQuestion: 'Cette réponse vous a-t-elle aidé ?',
    yes: 'Oui',
    no: 'Non',
    thanks: 'Merci pour votre réponse.',
    home: 'Tous les thèmes',
    callUs: 'Centre d’appel pour les migrants',
  },
};

/** The page's words in `language`, or English. */
export function pageStrings(language: string): PageStrings {
  return STRINGS[language] ?? en;
}
