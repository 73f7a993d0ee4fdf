/** Synthetic name pools for Cyrillic origins (Russian, Ukrainian), with Latin passport spellings. */
import { entries, femaleForms, type NamePool } from './testset-pool';

const RUSSIAN_SURNAMES = entries(
  'Ivanov=Иванов', 'Smirnov=Смирнов', 'Kuznetsov|Kouznetsov=Кузнецов', 'Popov=Попов', 'Sokolov=Соколов',
  'Lebedev=Лебедев', 'Kozlov=Козлов', 'Novikov=Новиков', 'Morozov=Морозов', 'Petrov=Петров', 'Volkov=Волков',
  'Solovyov|Soloviev|Solovyev=Соловьёв', 'Vasilyev|Vasiliev=Васильев', 'Zaitsev|Zaytsev=Зайцев', 'Pavlov=Павлов',
  'Semenov|Semyonov=Семёнов', 'Golubev=Голубев', 'Vinogradov=Виноградов', 'Bogdanov=Богданов',
  'Vorobyov|Vorobiev=Воробьёв', 'Fedorov|Fyodorov=Фёдоров', 'Mikhailov|Mikhaylov=Михайлов', 'Belyaev|Belyayev=Беляев',
  'Tarasov=Тарасов', 'Orlov=Орлов', 'Makarov=Макаров', 'Nikitin=Никитин', 'Zakharov=Захаров', 'Zhukov=Жуков',
  'Frolov=Фролов',
);

/** Russian names: given name, patronymic, surname (female surnames in -a). */
export const RUSSIAN_POOL: NamePool = {
  origin: 'russian',
  weight: 0.08,
  pattern: 'given-patronymic-surname',
  male: entries(
    'Aleksandr|Alexander|Alexandr=Александр', 'Sergey|Sergei=Сергей', 'Dmitry|Dmitri|Dmitriy=Дмитрий',
    'Andrey|Andrei=Андрей', 'Alexey|Aleksei|Aleksey=Алексей', 'Mikhail|Mihail=Михаил', 'Ivan=Иван',
    'Nikolay|Nikolai=Николай', 'Vladimir=Владимир', 'Pavel=Павел', 'Yuri|Yury|Iurii=Юрий', 'Maxim|Maksim=Максим',
    'Igor=Игорь', 'Oleg=Олег', 'Artem|Artyom|Artiom=Артём', 'Roman=Роман', 'Viktor|Victor=Виктор',
    'Evgeny|Yevgeny|Evgeniy=Евгений', 'Denis=Денис', 'Anton=Антон', 'Konstantin=Константин', 'Vadim=Вадим',
    'Kirill|Kiril=Кирилл', 'Timur=Тимур', 'Ruslan=Руслан',
  ),
  female: entries(
    'Olga=Ольга', 'Natalia|Natalya=Наталья', 'Elena|Yelena=Елена', 'Tatiana|Tatyana=Татьяна', 'Irina=Ирина',
    'Svetlana=Светлана', 'Anastasia|Anastasiya=Анастасия', 'Ekaterina|Yekaterina=Екатерина', 'Maria|Mariya=Мария',
    'Anna=Анна', 'Yulia|Yuliya|Julia=Юлия', 'Oksana|Oxana=Оксана', 'Marina=Марина', 'Daria|Darya=Дарья',
    'Ksenia|Kseniya|Xenia=Ксения', 'Valentina=Валентина', 'Lyudmila|Ludmila|Liudmila=Людмила', 'Galina=Галина',
    'Polina=Полина', 'Viktoria|Victoria=Виктория',
  ),
  surnames: RUSSIAN_SURNAMES,
  femaleSurnames: femaleForms(RUSSIAN_SURNAMES),
  patronymicsMale: entries(
    'Sergeyevich|Sergeevich=Сергеевич', 'Aleksandrovich|Alexandrovich=Александрович', 'Ivanovich=Иванович',
    'Vladimirovich=Владимирович', 'Nikolayevich|Nikolaevich=Николаевич', 'Dmitriyevich|Dmitrievich=Дмитриевич',
    'Andreyevich|Andreevich=Андреевич', 'Mikhailovich|Mikhaylovich=Михайлович', 'Petrovich=Петрович',
    'Yuryevich|Yurievich=Юрьевич', 'Viktorovich=Викторович', 'Olegovich=Олегович',
  ),
  patronymicsFemale: entries(
    'Sergeyevna|Sergeevna=Сергеевна', 'Aleksandrovna|Alexandrovna=Александровна', 'Ivanovna=Ивановна',
    'Vladimirovna=Владимировна', 'Nikolayevna|Nikolaevna=Николаевна', 'Dmitriyevna|Dmitrievna=Дмитриевна',
    'Andreyevna|Andreevna=Андреевна', 'Mikhailovna|Mikhaylovna=Михайловна', 'Petrovna=Петровна',
    'Yuryevna|Yurievna=Юрьевна', 'Viktorovna=Викторовна', 'Olegovna=Олеговна',
  ),
};

/** Ukrainian names in Ukrainian Cyrillic (і ї є ґ), Latin in the official 2010 system and older spellings. */
export const UKRAINIAN_POOL: NamePool = {
  origin: 'ukrainian',
  weight: 0.08,
  pattern: 'given-patronymic-surname',
  male: entries(
    'Oleksandr|Olexandr|Aleksandr=Олександр', 'Serhii|Serhiy|Sergiy=Сергій', 'Dmytro|Dmitro=Дмитро',
    'Andrii|Andriy=Андрій', 'Oleksii|Oleksiy=Олексій', 'Mykhailo|Mykhaylo=Михайло', 'Ivan=Іван', 'Mykola=Микола',
    'Volodymyr=Володимир', 'Pavlo=Павло', 'Yurii|Yuriy=Юрій', 'Vasyl=Василь', 'Bohdan|Bogdan=Богдан', 'Taras=Тарас',
    'Petro=Петро', 'Vitalii|Vitaliy=Віталій', 'Oleh|Oleg=Олег', 'Roman=Роман', 'Yaroslav=Ярослав', 'Viktor=Віктор',
    'Ihor|Igor=Ігор', 'Maksym|Maksim=Максим', 'Stepan=Степан', 'Hryhorii|Hryhoriy=Григорій',
  ),
  female: entries(
    'Olha|Olga=Ольга', 'Nataliia|Natalia|Nataliya=Наталія', 'Olena=Олена', 'Tetiana|Tetyana=Тетяна', 'Iryna=Ірина',
    'Svitlana=Світлана', 'Anastasiia|Anastasia=Анастасія', 'Kateryna=Катерина', 'Mariia|Maria=Марія', 'Oksana=Оксана',
    'Yuliia|Yulia|Yuliya=Юлія', 'Halyna|Galina=Галина', 'Liudmyla|Lyudmyla=Людмила', 'Viktoriia|Viktoria=Вікторія',
    'Khrystyna|Khristina=Христина', 'Nadiia|Nadiya=Надія', 'Larysa|Larisa=Лариса', 'Oleksandra|Olexandra=Олександра',
    'Daryna|Darina=Дарина', 'Sofiia|Sofia|Sofiya=Софія',
  ),
  surnames: entries(
    'Shevchenko=Шевченко', 'Kovalenko=Коваленко', 'Bondarenko=Бондаренко', 'Tkachenko=Ткаченко',
    'Kravchenko=Кравченко', 'Boiko|Boyko=Бойко', 'Kovalchuk=Ковальчук', 'Oliinyk|Oliynyk=Олійник', 'Shevchuk=Шевчук',
    'Polishchuk=Поліщук', 'Tkachuk=Ткачук', 'Savchenko=Савченко', 'Rudenko=Руденко', 'Marchenko=Марченко',
    'Melnyk|Melnik=Мельник', 'Lysenko|Lisenko=Лисенко', 'Moroz=Мороз', 'Petrenko=Петренко', 'Hnatiuk|Hnatyuk=Гнатюк',
    'Zhuk=Жук', 'Klymenko|Klimenko=Клименко', 'Pavlenko=Павленко', 'Levchenko=Левченко', 'Kharchenko=Харченко',
    'Hrytsenko|Grytsenko=Гриценко', 'Ponomarenko=Пономаренко', 'Vasylenko|Vasilenko=Василенко',
    'Sydorenko|Sidorenko=Сидоренко',
  ),
  patronymicsMale: entries(
    'Serhiiovych|Serhiyovych=Сергійович', 'Oleksandrovych=Олександрович', 'Ivanovych=Іванович',
    'Volodymyrovych=Володимирович', 'Mykolaiovych|Mykolayovych=Миколайович', 'Petrovych=Петрович',
    'Vasylovych=Васильович',
  ),
  patronymicsFemale: entries(
    'Serhiivna|Serhiyivna=Сергіївна', 'Oleksandrivna=Олександрівна', 'Ivanivna=Іванівна',
    'Volodymyrivna=Володимирівна', 'Mykolaivna=Миколаївна', 'Petrivna=Петрівна', 'Vasylivna=Василівна',
  ),
};
