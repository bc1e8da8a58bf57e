#!/usr/bin/env node
// Writes demo/data/feed.json: the demo's sample feed (FEED.md, version 1).
//
//   node scripts/make-sample-feed.mjs
//
// No dependencies, no clock, no Math.random: the output is the same bytes on every run.
//
// What is real and what is not:
// - Real (from the Bureau on ICT for Education's published pages): the national totals for
//   2013 (pilot: 40 teachers, 20 schools), 2022 (4,180 teachers, 1,141 schools, 4,445
//   projects) and 2024 (4,308 teachers, 1,141 schools, 5,103 projects), and every event
//   with its dates and figures.
// - Illustrative (made up for the demo, and said so in the feed's source line): the national
//   values for the other years, and every district value. District values are a seeded,
//   deterministic split of the national totals, so for 2022, 2023 and 2024 the 78 districts
//   add up exactly to the national row (three district cells in 2022 are then withheld as
//   null to show "no data").

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../demo/data/feed.json');

// ---------------------------------------------------------------------------------------------
// Regions: the 14 economic regions of the 2021 division and the 78 districts of the map
// geometry, copied from its region table (regions.csv: id, names en/az/ru, economic region).
// The 8 units of the Nakhchivan Autonomous Republic have the `nakhchivan` economic region as
// their parent here.

const ECONOMIC_REGIONS = [
  ['baku', 'Baku', 'Bakı', 'Баку'],
  ['nakhchivan', 'Nakhchivan', 'Naxçıvan', 'Нахчыван'],
  ['absheron-khizi', 'Absheron-Khizi', 'Abşeron-Xızı', 'Абшерон-Хызы'],
  ['mountainous-shirvan', 'Mountainous Shirvan', 'Dağlıq Şirvan', 'Горный Ширван'],
  ['ganja-dashkasan', 'Ganja-Dashkasan', 'Gəncə-Daşkəsən', 'Гянджа-Дашкесан'],
  ['karabakh', 'Karabakh', 'Qarabağ', 'Карабах'],
  ['gazakh-tovuz', 'Gazakh-Tovuz', 'Qazax-Tovuz', 'Газах-Товуз'],
  ['guba-khachmaz', 'Guba-Khachmaz', 'Quba-Xaçmaz', 'Губа-Хачмаз'],
  ['lankaran-astara', 'Lankaran-Astara', 'Lənkəran-Astara', 'Ленкорань-Астара'],
  ['central-aran', 'Central Aran', 'Mərkəzi Aran', 'Центральный Аран'],
  ['mil-mugan', 'Mil-Mugan', 'Mil-Muğan', 'Миль-Мугань'],
  ['shaki-zagatala', 'Shaki-Zagatala', 'Şəki-Zaqatala', 'Шеки-Закатала'],
  ['east-zangezur', 'East Zangezur', 'Şərqi Zəngəzur', 'Восточный Зангезур'],
  ['shirvan-salyan', 'Shirvan-Salyan', 'Şirvan-Salyan', 'Ширван-Сальян'],
];

// [id, en, az, ru, economic region, size]. `size` is an illustrative weight for how much of
// the national activity a district gets (large cities high, small rayons low). The Karabakh
// and East Zangezur units whose schools were not running in 2022-2024 get 0.
/** @type {[id: string, en: string, az: string, ru: string, economicRegion: string, size: number][]} */
const DISTRICTS = [
  ['AZ-BA', 'Baku', 'Bakı', 'Баку', 'baku', 300],
  ['AZ-NV', 'Nakhchivan', 'Naxçıvan', 'Нахичевань', 'nakhchivan', 24],
  ['AZ-BAB', 'Babek', 'Babək', 'Бабекский район', 'nakhchivan', 7],
  ['AZ-CUL', 'Julfa', 'Culfa', 'Джульфинский район', 'nakhchivan', 4],
  ['AZ-KAN', 'Kangarli', 'Kəngərli', 'Кенгерлинский район', 'nakhchivan', 3],
  ['AZ-ORD', 'Ordubad', 'Ordubad', 'Ордубадский район', 'nakhchivan', 5],
  ['AZ-SAD', 'Sadarak', 'Sədərək', 'Садаракский район', 'nakhchivan', 2],
  ['AZ-SAH', 'Shahbuz', 'Şahbuz', 'Шахбузский район', 'nakhchivan', 2],
  ['AZ-SAR', 'Sharur', 'Şərur', 'Шарурский район', 'nakhchivan', 7],
  ['AZ-SM', 'Sumgayit', 'Sumqayıt', 'Сумгаит', 'absheron-khizi', 60],
  ['AZ-ABS', 'Absheron', 'Abşeron', 'Абшеронский район', 'absheron-khizi', 24],
  ['AZ-XIZ', 'Khizi', 'Xızı', 'Хызынский район', 'absheron-khizi', 3],
  ['AZ-AGU', 'Agsu', 'Ağsu', 'Ахсуйский район', 'mountainous-shirvan', 7],
  ['AZ-QOB', 'Gobustan', 'Qobustan', 'Гобустанский район', 'mountainous-shirvan', 5],
  ['AZ-ISM', 'Ismayilli', 'İsmayıllı', 'Исмаиллинский район', 'mountainous-shirvan', 10],
  ['AZ-SMI', 'Shamakhi', 'Şamaxı', 'Шемахинский район', 'mountainous-shirvan', 11],
  ['AZ-GA', 'Ganja', 'Gəncə', 'Гянджа', 'ganja-dashkasan', 55],
  ['AZ-NA', 'Naftalan', 'Naftalan', 'Нафталан', 'ganja-dashkasan', 3],
  ['AZ-DAS', 'Dashkasan', 'Daşkəsən', 'Дашкесанский район', 'ganja-dashkasan', 5],
  ['AZ-GOR', 'Goranboy', 'Goranboy', 'Геранбойский район', 'ganja-dashkasan', 8],
  ['AZ-GYG', 'Goygol', 'Göygöl', 'Гёйгёльский район', 'ganja-dashkasan', 7],
  ['AZ-SMX', 'Samukh', 'Samux', 'Самухский район', 'ganja-dashkasan', 5],
  ['AZ-XA', 'Khankendi', 'Xankəndi', 'Ханкенди', 'karabakh', 0],
  ['shusha-city', 'Shusha (city)', 'Şuşa şəhəri', 'Шуша', 'karabakh', 0],
  ['AZ-AGM', 'Aghdam', 'Ağdam', 'Агдамский район', 'karabakh', 4],
  ['AZ-AGC', 'Aghjabadi', 'Ağcabədi', 'Агджабединский район', 'karabakh', 9],
  ['AZ-BAR', 'Barda', 'Bərdə', 'Бардинский район', 'karabakh', 14],
  ['AZ-FUZ', 'Fuzuli', 'Füzuli', 'Фузулинский район', 'karabakh', 5],
  ['AZ-XCI', 'Khojaly', 'Xocalı', 'Ходжалинский район', 'karabakh', 0],
  ['AZ-XVD', 'Khojavend', 'Xocavənd', 'Ходжаведский район', 'karabakh', 0],
  ['AZ-SUS', 'Shusha', 'Şuşa', 'Шушинский район', 'karabakh', 0],
  ['AZ-TAR', 'Tartar', 'Tərtər', 'Тертерский район', 'karabakh', 7],
  ['AZ-AGA', 'Aghstafa', 'Ağstafa', 'Акстафинский район', 'gazakh-tovuz', 8],
  ['AZ-GAD', 'Gadabay', 'Gədəbəy', 'Кедабекский район', 'gazakh-tovuz', 7],
  ['AZ-QAZ', 'Gazakh', 'Qazax', 'Казахский район', 'gazakh-tovuz', 9],
  ['AZ-SKR', 'Shamkir', 'Şəmkir', 'Шамкирский район', 'gazakh-tovuz', 16],
  ['AZ-TOV', 'Tovuz', 'Tovuz', 'Товузский район', 'gazakh-tovuz', 13],
  ['AZ-QBA', 'Guba', 'Quba', 'Губинский район', 'guba-khachmaz', 14],
  ['AZ-QUS', 'Gusar', 'Qusar', 'Кусарский район', 'guba-khachmaz', 9],
  ['AZ-XAC', 'Khachmaz', 'Xaçmaz', 'Хачмазский район', 'guba-khachmaz', 14],
  ['AZ-SBN', 'Shabran', 'Şabran', 'Шабранский район', 'guba-khachmaz', 6],
  ['AZ-SIY', 'Siyazan', 'Siyəzən', 'Сиазанский район', 'guba-khachmaz', 4],
  ['AZ-LA', 'Lankaran', 'Lənkəran', 'Ленкорань', 'lankaran-astara', 18],
  ['AZ-AST', 'Astara', 'Astara', 'Астаринский район', 'lankaran-astara', 8],
  ['AZ-CAL', 'Jalilabad', 'Cəlilabad', 'Джалилабадский район', 'lankaran-astara', 14],
  ['AZ-LAN', 'Lankaran', 'Lənkəran', 'Ленкорань', 'lankaran-astara', 14],
  ['AZ-LER', 'Lerik', 'Lerik', 'Лерикский район', 'lankaran-astara', 5],
  ['AZ-MAS', 'Masally', 'Masallı', 'Масаллинский район', 'lankaran-astara', 14],
  ['AZ-YAR', 'Yardymli', 'Yardımlı', 'Ярдымлинский район', 'lankaran-astara', 4],
  ['AZ-MI', 'Mingachevir', 'Mingəçevir', 'Мингечаур', 'central-aran', 20],
  ['AZ-YE', 'Yevlakh', 'Yevlax', 'Евлахский район', 'central-aran', 8],
  ['AZ-AGS', 'Agdash', 'Ağdaş', 'Агдашаский район', 'central-aran', 8],
  ['AZ-GOY', 'Goychay', 'Göyçay', 'Геокчайский район', 'central-aran', 9],
  ['AZ-KUR', 'Kurdamir', 'Kürdəmir', 'Кюрдамирский район', 'central-aran', 8],
  ['AZ-UCA', 'Ujar', 'Ucar', 'Уджарский район', 'central-aran', 6],
  ['AZ-YEV', 'Yevlakh', 'Yevlax', 'Евлахский район', 'central-aran', 6],
  ['AZ-ZAR', 'Zardab', 'Zərdab', 'Зардабский район', 'central-aran', 5],
  ['AZ-BEY', 'Beylagan', 'Beyləqan', 'Бейлаганский район', 'mil-mugan', 7],
  ['AZ-IMI', 'Imishli', 'İmişli', 'Имишлинский район', 'mil-mugan', 10],
  ['AZ-SAT', 'Saatly', 'Saatlı', 'Саатлинский район', 'mil-mugan', 8],
  ['AZ-SAB', 'Sabirabad', 'Sabirabad', 'Сабирабадский район', 'mil-mugan', 12],
  ['AZ-SA', 'Shaki', 'Şəki', 'Шекинский район', 'shaki-zagatala', 15],
  ['AZ-BAL', 'Balakan', 'Balakən', 'Белоканский район', 'shaki-zagatala', 6],
  ['AZ-QAB', 'Gabala', 'Qəbələ', 'Габалинский район', 'shaki-zagatala', 8],
  ['AZ-QAX', 'Gakh', 'Qax', 'Кахский район', 'shaki-zagatala', 6],
  ['AZ-OGU', 'Oghuz', 'Oğuz', 'Огузский район', 'shaki-zagatala', 4],
  ['AZ-SAK', 'Shaki', 'Şəki', 'Шекинский район', 'shaki-zagatala', 10],
  ['AZ-ZAQ', 'Zagatala', 'Zaqatala', 'Закаталинский район', 'shaki-zagatala', 10],
  ['AZ-QBI', 'Gubadly', 'Qubadlı', 'Кубатлинский район', 'east-zangezur', 0],
  ['AZ-CAB', 'Jabrayil', 'Cəbrayıl', 'Джебраильский район', 'east-zangezur', 0],
  ['AZ-KAL', 'Kalbajar', 'Kəlbəcər', 'Кельбаджарский район', 'east-zangezur', 0],
  ['AZ-LAC', 'Lachin', 'Laçın', 'Лачинский район', 'east-zangezur', 0],
  ['AZ-ZAN', 'Zangilan', 'Zəngilan', 'Зангиланский район', 'east-zangezur', 0],
  ['AZ-SR', 'Shirvan', 'Şirvan', 'Ширван', 'shirvan-salyan', 14],
  ['AZ-BIL', 'Bilasuvar', 'Biləsuvar', 'Билясуварский район', 'shirvan-salyan', 7],
  ['AZ-HAC', 'Hajigabul', 'Hacıqabul', 'Аджикабульский район', 'shirvan-salyan', 6],
  ['AZ-NEF', 'Neftchala', 'Neftçala', 'Нефтечалинский район', 'shirvan-salyan', 7],
  ['AZ-SAL', 'Salyan', 'Salyan', 'Сальянский район', 'shirvan-salyan', 10],
];

// ---------------------------------------------------------------------------------------------
// National totals (cumulative, end of year). Real: 2013, 2022, 2024 (see the header).
// Every other year is an illustrative smooth curve between them.

const METRICS = ['teachers', 'schools', 'projects'];

const NATIONAL = {
  2013: { teachers: 40, schools: 20, projects: 0 }, // real: eTwinning Plus pilot, first year
  2014: { teachers: 170, schools: 70, projects: 60 },
  2015: { teachers: 400, schools: 130, projects: 190 },
  2016: { teachers: 760, schools: 210, projects: 420 },
  2017: { teachers: 1180, schools: 310, projects: 800 },
  2018: { teachers: 1640, schools: 430, projects: 1330 },
  2019: { teachers: 2110, schools: 560, projects: 2010 },
  2020: { teachers: 2700, schools: 720, projects: 2750 },
  2021: { teachers: 3450, schools: 920, projects: 3580 },
  2022: { teachers: 4180, schools: 1141, projects: 4445 }, // real: quoted Dec 2022 and June 2023
  2023: { teachers: 4245, schools: 1141, projects: 4770 },
  2024: { teachers: 4308, schools: 1141, projects: 5103 }, // real: the site's statistics block
};

/** Years with a row for every district (illustrative). */
const DISTRICT_YEARS = [2022, 2023, 2024];

/** District cells withheld as null in 2022 (their share is still counted in the national row). */
const UNKNOWN_2022 = [
  ['AZ-SAD', 'schools'],
  ['AZ-LER', 'projects'],
  ['AZ-ZAR', 'projects'],
];

// ---------------------------------------------------------------------------------------------
// Deterministic pseudo-random numbers (mulberry32).

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20241231);

/** One weight per district: its size times a jitter in [0.75, 1.25). */
function jittered() {
  return DISTRICTS.map(([, , , , , size]) => size * (0.75 + 0.5 * random()));
}

/**
 * Splits a whole number `total` over `weights` (largest remainder): integer shares that
 * add up to `total` exactly; a zero weight always gets 0. Ties go to the earlier district.
 */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  if (sum <= 0) throw new Error('apportion: no positive weight');
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .filter(({ i }) => weights[i] > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k].i] += 1;
  return shares;
}

/**
 * District values for 2022-2024. 2022 is a split of the national totals; each later year adds
 * a split of the national growth, so every district is non-decreasing (these are stocks).
 * Teachers are split as "one per school, plus the rest", so no district has fewer teachers
 * than schools.
 */
function districtValues() {
  const weights = { teachers: jittered(), schools: jittered(), projects: jittered() };
  const byYear = {};
  let previous = null;
  for (const year of DISTRICT_YEARS) {
    const national = NATIONAL[year];
    const base = previous ?? {
      teachers: DISTRICTS.map(() => 0),
      schools: DISTRICTS.map(() => 0),
      projects: DISTRICTS.map(() => 0),
    };
    const prevNational = previous ? NATIONAL[year - 1] : { teachers: 0, schools: 0, projects: 0 };
    const schoolGrowth = apportion(national.schools - prevNational.schools, weights.schools);
    const schools = base.schools.map((v, i) => v + schoolGrowth[i]);
    // Teachers beyond one per school, on top of last year's teachers.
    const schoolsAdded = schoolGrowth.reduce((a, b) => a + b, 0);
    const extra = apportion(national.teachers - prevNational.teachers - schoolsAdded, weights.teachers);
    const teachers = base.teachers.map((v, i) => v + schoolGrowth[i] + extra[i]);
    const projectGrowth = apportion(national.projects - prevNational.projects, weights.projects);
    const projects = base.projects.map((v, i) => v + projectGrowth[i]);
    byYear[year] = { teachers, schools, projects };
    previous = byYear[year];
  }
  // Self-check: before any cell is withheld, the districts add up to the national row.
  for (const year of DISTRICT_YEARS) {
    for (const metric of METRICS) {
      const sum = byYear[year][metric].reduce((a, b) => a + b, 0);
      if (sum !== NATIONAL[year][metric]) throw new Error(`${year} ${metric}: districts ${sum} != ${NATIONAL[year][metric]}`);
    }
  }
  return byYear;
}

// ---------------------------------------------------------------------------------------------
// Events: only what the published pages state (dates, places, figures).

const EVENTS = [
  {
    date: '2013-01-01',
    kind: 'milestone',
    title: {
      en: 'Azerbaijan joins eTwinning Plus',
      az: 'Azərbaycan eTwinning Plus layihəsinə qoşulur',
      ru: 'Азербайджан присоединяется к eTwinning Plus',
    },
    summary: {
      en: 'Azerbaijan became part of eTwinning Plus, funded by the European Commission, in January 2013. In the pilot year, 40 language teachers from 20 schools were to join.',
    },
    figures: { teachers: 40, schools: 20 },
  },
  {
    date: '2022-12-19',
    end: '2022-12-21',
    kind: 'conference',
    region: 'AZ-SMI',
    title: {
      en: 'Regional conference in Shamakhi',
      az: 'Şamaxıda regional konfrans',
      ru: 'Региональная конференция в Шемахе',
    },
    summary: {
      en: 'A three-day regional eTwinning conference: 59 teachers from 16 regions of Azerbaijan took part, and 26 joint projects were created.',
    },
    figures: { teachers: 59, projects: 26 },
  },
  {
    date: '2022-12-21',
    kind: 'award',
    region: 'AZ-CAL',
    title: {
      en: '“The most creative project of the year” award',
      az: '“İlin ən yaradıcı layihəsi” mükafatı',
      ru: 'Награда «Самый креативный проект года»',
    },
    summary: {
      en: 'On the last day of the Shamakhi conference, Guler Bayramova, a teacher at Zarifa Aliyeva high school in Jalilabad, won the competition with “Education in a different learning environment”.',
    },
  },
  {
    date: '2023-03-16',
    kind: 'training',
    region: 'AZ-BA',
    title: {
      en: 'Seminar “Networking and exchange of experience in vocational education” in Baku',
      az: 'Bakıda “Peşə təhsilində şəbəkələşmə və təcrübə mübadiləsi” seminarı',
      ru: 'Семинар «Сетевое взаимодействие и обмен опытом в профессиональном образовании» в Баку',
    },
    summary: {
      en: 'A seminar supported by the EU and UNDP on bringing the staff of vocational education institutions into eTwinning and project-based learning.',
    },
  },
  {
    date: '2023-06-01',
    end: '2023-06-03',
    kind: 'conference',
    title: {
      en: 'International event in Alcalá de Henares, Spain',
      az: 'İspaniyanın Alkala-de-Henares şəhərində beynəlxalq tədbir',
      ru: 'Международное мероприятие в Алькала-де-Энаресе, Испания',
    },
    summary: {
      en: 'Held by the Spanish Central Support Service on “Establishment of innovative relations between countries”: about 60 participants from Austria, Azerbaijan, the Czech Republic, Georgia, Portugal, Jordan and Spain.',
    },
    figures: { participants: 60 },
  },
  {
    date: '2024-12-07',
    end: '2024-12-08',
    kind: 'training',
    title: {
      en: 'Teacher trainings by eTwinning ambassadors in Baku and Sumgayit',
      az: 'Bakı və Sumqayıtda eTwinning səfirlərinin müəllimlər üçün təlimləri',
      ru: 'Тренинги послов eTwinning для учителей в Баку и Сумгаите',
    },
    summary: {
      en: 'Ambassadors trained teachers on the European School Education Platform and project-based learning, at Secondary School No. 238 in Baku and in Sumgayit; in total, 45 teachers took part.',
    },
    figures: { teachers: 45 },
  },
  {
    date: '2024-12',
    kind: 'milestone',
    title: {
      en: 'Ambassador and mentor selection results',
      az: 'Səfir və mentor seçim müsabiqəsinin nəticələri',
      ru: 'Итоги конкурса по отбору послов и менторов',
    },
    summary: {
      en: 'From nearly 70 applicants, one ambassador and seven mentors were selected after an evaluation of platform activity and interviews; they begin their roles in 2025.',
    },
    figures: { applicants: 70, ambassadors: 1, mentors: 7 },
  },
  {
    date: '2024-12-23',
    end: '2024-12-25',
    kind: 'conference',
    region: 'AZ-SBN',
    title: {
      en: 'Regional conference in Shabran',
      az: 'Şabranda regional konfrans',
      ru: 'Региональная конференция в Шабране',
    },
    summary: {
      en: 'A three-day regional conference on project models, project planning on the eTwinning platform and curriculum integration; 13 collaborative project models were developed.',
    },
    figures: { projects: 13 },
  },
  {
    date: '2024-12',
    kind: 'competition',
    title: {
      en: 'Climate change competition “Green Skills for a Green Future”',
      az: '“Yaşıl gələcək üçün yaşıl bacarıqlar” iqlim dəyişikliyi müsabiqəsi',
      ru: 'Конкурс об изменении климата «Зелёные навыки для зелёного будущего»',
    },
    summary: {
      en: 'A student competition on climate change: 134 participants aged 11–17, 41 finalists.',
    },
    figures: { participants: 134, finalists: 41 },
  },
  {
    date: '2024-12',
    kind: 'award',
    region: 'AZ-ISM',
    title: {
      en: '“Most Creative Project of the Year” award',
      az: '“İlin ən yaradıcı layihəsi” mükafatı',
      ru: 'Награда «Самый креативный проект года»',
    },
    summary: {
      en: 'Aytən Kazımlı, a teacher at Ismayilli School No. 1, was awarded for her project on Citizenship Education.',
    },
  },
  {
    date: '2024-12',
    kind: 'award',
    region: 'AZ-NEF',
    title: {
      en: 'eTwinning School award for Neftchala Secondary School No. 4',
      az: 'Neftçala 4 nömrəli orta məktəbə “eTwinning Məktəbi” adı',
      ru: 'Звание «Школа eTwinning» для средней школы № 4 Нефтечалы',
    },
    summary: {
      en: 'Neftçala Secondary School No. 4 was awarded the eTwinning School title for its commitment to innovation, collaboration and whole-school engagement in international projects.',
    },
  },
];

// ---------------------------------------------------------------------------------------------

function buildFeed() {
  const regions = [
    { id: 'AZ', name: { en: 'Azerbaijan', az: 'Azərbaycan', ru: 'Азербайджан' }, level: 'country' },
    ...ECONOMIC_REGIONS.map(([id, en, az, ru]) => ({
      id,
      name: { en, az, ru },
      level: 'economic-region',
      parent: 'AZ',
    })),
    ...DISTRICTS.map(([id, en, az, ru, parent]) => ({ id, name: { en, az, ru }, level: 'district', parent })),
  ];

  const observations = [];
  for (const [year, values] of Object.entries(NATIONAL)) {
    observations.push({ period: year, region: 'AZ', ...values });
  }
  const districts = districtValues();
  for (const year of DISTRICT_YEARS) {
    DISTRICTS.forEach(([id], i) => {
      const row = { period: String(year), region: id };
      for (const metric of METRICS) {
        const unknown = year === 2022 && UNKNOWN_2022.some(([d, m]) => d === id && m === metric);
        row[metric] = unknown ? null : districts[year][metric][i];
      }
      observations.push(row);
    });
  }

  return {
    version: 1,
    title: { en: 'eTwinning in Azerbaijan', az: 'Azərbaycanda eTwinning', ru: 'eTwinning в Азербайджане' },
    updated: '2024-12-31',
    source: {
      name: {
        en: 'Bureau on ICT for Education (national totals); yearly and regional figures are illustrative',
        az: 'Təhsildə İKT üzrə Büro (ölkə üzrə yekunlar); illik və regional rəqəmlər nümayiş üçün şərti götürülüb',
        ru: 'Бюро по ИКТ в образовании (итоги по стране); годовые и региональные данные условные, для демонстрации',
      },
    },
    metrics: [
      {
        id: 'teachers',
        label: { en: 'Teachers', az: 'Müəllimlər', ru: 'Учителя' },
        kind: 'stock',
        description: {
          en: 'Teachers registered in eTwinning so far',
          az: 'İndiyədək eTwinning-də qeydiyyatdan keçmiş müəllimlər',
          ru: 'Учителя, зарегистрированные в eTwinning на данный момент',
        },
      },
      {
        id: 'schools',
        label: { en: 'Schools', az: 'Məktəblər', ru: 'Школы' },
        kind: 'stock',
        description: {
          en: 'Schools taking part in eTwinning so far',
          az: 'İndiyədək eTwinning-də iştirak edən məktəblər',
          ru: 'Школы, участвующие в eTwinning на данный момент',
        },
      },
      {
        id: 'projects',
        label: { en: 'Projects', az: 'Layihələr', ru: 'Проекты' },
        kind: 'stock',
        description: {
          en: 'eTwinning projects carried out so far',
          az: 'İndiyədək həyata keçirilmiş eTwinning layihələri',
          ru: 'Проекты eTwinning, реализованные на данный момент',
        },
      },
    ],
    regions,
    observations,
    events: EVENTS,
  };
}

const feed = buildFeed();
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(feed, null, 2)}\n`);
console.log(`wrote ${OUT}: ${feed.regions.length} regions, ${feed.observations.length} observations, ${feed.events.length} events`);
