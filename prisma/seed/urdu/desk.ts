// The Urdu desk of the demo newsroom: Urdu names of the sections and topics
// (Latin slugs = the English slugs, see /ur URL scheme), the Urdu-desk writers,
// places, people and agencies for Urdu datelines and quotes. All names and text
// are invented for this project.
import type { CategorySlug } from "../newsroom";

export const CATEGORY_NAMES_UR: Record<CategorySlug, { name: string; description: string }> = {
  pakistan: { name: "پاکستان", description: "صوبوں، وفاقی دارالحکومت اور عدالتوں سے ملکی خبریں۔" },
  world: { name: "دنیا", description: "دنیا بھر سے ہمارے نمائندوں اور شراکت دار خبر رساں اداروں کی رپورٹیں۔" },
  business: { name: "کاروبار", description: "منڈیاں، تجارت، توانائی اور معیشت۔" },
  sports: { name: "کھیل", description: "کرکٹ، ہاکی، فٹ بال اور ہر اس کھیل کی خبریں جو اہم ہے۔" },
  technology: { name: "ٹیکنالوجی", description: "اسٹارٹ اپس، ٹیلی کام، سائنس اور ڈیجیٹل معیشت۔" },
  entertainment: { name: "شوبز", description: "فلم، موسیقی، ڈرامہ اور ثقافت۔" },
  health: { name: "صحت", description: "صحتِ عامہ، اسپتال اور طبی تحقیق۔" },
  opinion: { name: "رائے", description: "ہمارے لکھاریوں اور مہمانوں کے کالم اور تجزیے۔" },
  education: { name: "تعلیم", description: "اسکول، جامعات اور ان میں پڑھانے والے لوگ۔" },
};

/** Urdu names of the demo topics (TopicLocale rows; slug = the English slug). */
export const TOPIC_NAMES_UR: Record<string, string> = {
  climate: "موسمیاتی تبدیلی",
  monsoon: "مون سون",
  water: "پانی",
  energy: "توانائی",
  inflation: "مہنگائی",
  "stock-market": "اسٹاک مارکیٹ",
  budget: "بجٹ",
  trade: "تجارت",
  agriculture: "زراعت",
  textiles: "ٹیکسٹائل",
  cricket: "کرکٹ",
  hockey: "ہاکی",
  football: "فٹ بال",
  squash: "اسکواش",
  athletics: "ایتھلیٹکس",
  startups: "اسٹارٹ اپس",
  telecom: "ٹیلی کام",
  "artificial-intelligence": "مصنوعی ذہانت",
  cybersecurity: "سائبر سکیورٹی",
  space: "خلا",
  film: "فلم",
  music: "موسیقی",
  television: "ٹیلی وژن",
  books: "کتابیں",
  heritage: "ثقافتی ورثہ",
  vaccination: "ویکسینیشن",
  hospitals: "اسپتال",
  nutrition: "غذائیت",
  "mental-health": "ذہنی صحت",
  diplomacy: "سفارت کاری",
  "united-nations": "اقوامِ متحدہ",
  elections: "انتخابات",
  parliament: "پارلیمان",
  courts: "عدالتیں",
  transport: "ٹرانسپورٹ",
  "urban-development": "شہری ترقی",
  tourism: "سیاحت",
  universities: "جامعات",
  schools: "اسکول",
  women: "خواتین",
  youth: "نوجوان",
  environment: "ماحولیات",
  remittances: "ترسیلاتِ زر",
  banking: "بینکاری",
};

/** Topics only the Urdu edition has (a Topic row named in English for the newsroom, plus its Urdu locale). */
export const URDU_ONLY_TOPICS = [
  {
    slug: "urdu-literature",
    name: "Urdu Literature",
    description: "Urdu prose, poetry and the people who write it.",
    ur: "اردو ادب",
    urDescription: "اردو نثر، شاعری اور انہیں لکھنے والے۔",
  },
  {
    slug: "mushaira",
    name: "Mushaira",
    description: "Poetry gatherings and the poets who read at them.",
    ur: "مشاعرہ",
    urDescription: "مشاعرے اور ان میں کلام سنانے والے شعرا۔",
  },
];

export const URDU_AUTHORS = [
  {
    slug: "rabia-anwar",
    name: "رابعہ انور",
    xHandle: "rabia_anwar_ur",
    beat: ["pakistan", "education", "health"],
    bio: "رابعہ انور اسلام آباد سے قومی سیاست، تعلیم اور صحت کے امور پر رپورٹنگ کرتی ہیں۔ وہ اردو ڈیسک کی سینئر رپورٹر ہیں۔",
  },
  {
    slug: "kashif-nadeem",
    name: "کاشف ندیم",
    xHandle: "kashifnadeem_biz",
    beat: ["business", "technology"],
    bio: "کاشف ندیم کراچی میں کاروبار، منڈیوں اور ٹیکنالوجی کی خبریں دیکھتے ہیں۔ صحافت سے پہلے وہ ایک بینک میں کام کرتے تھے۔",
  },
  {
    slug: "sadia-jabeen",
    name: "سعدیہ جبین",
    xHandle: "sadiajabeen_ur",
    beat: ["world", "entertainment"],
    bio: "سعدیہ جبین بین الاقوامی خبروں اور ثقافت پر لکھتی ہیں اور اردو ڈیسک پر ترجمے کی نگران بھی ہیں۔",
  },
  {
    slug: "usman-latif",
    name: "عثمان لطیف",
    xHandle: "usmanlatif_sport",
    beat: ["sports", "opinion"],
    bio: "عثمان لطیف ایک دہائی سے کرکٹ اور ہاکی کی کوریج کر رہے ہیں اور ہفتہ وار کالم بھی لکھتے ہیں۔",
  },
] as const;

// Agencies as an Urdu wire desk writes them in a dateline.
export const AGENCIES_UR = ["اے پی پی", "اے پی پی", "اے ایف پی", "رائٹرز", "نمائندہ خصوصی"];

/** Places per section for Urdu datelines: [Latin (for slugs and English titles), Urdu]. */
export const PLACES_UR: Record<CategorySlug, [string, string][]> = {
  pakistan: [
    ["Islamabad", "اسلام آباد"],
    ["Lahore", "لاہور"],
    ["Karachi", "کراچی"],
    ["Peshawar", "پشاور"],
    ["Quetta", "کوئٹہ"],
    ["Multan", "ملتان"],
    ["Faisalabad", "فیصل آباد"],
    ["Gilgit", "گلگت"],
    ["Muzaffarabad", "مظفرآباد"],
    ["Hyderabad", "حیدرآباد"],
  ],
  world: [
    ["Moscow", "ماسکو"],
    ["Beijing", "بیجنگ"],
    ["Geneva", "جنیوا"],
    ["New York", "نیویارک"],
    ["Riyadh", "ریاض"],
    ["Tehran", "تہران"],
    ["Kabul", "کابل"],
    ["Ankara", "انقرہ"],
    ["Brussels", "برسلز"],
    ["Jakarta", "جکارتہ"],
    ["Nairobi", "نیروبی"],
  ],
  business: [
    ["Karachi", "کراچی"],
    ["Islamabad", "اسلام آباد"],
    ["Lahore", "لاہور"],
    ["Dubai", "دبئی"],
    ["Sialkot", "سیالکوٹ"],
    ["Faisalabad", "فیصل آباد"],
  ],
  sports: [
    ["Lahore", "لاہور"],
    ["Karachi", "کراچی"],
    ["Rawalpindi", "راولپنڈی"],
    ["Melbourne", "میلبرن"],
    ["Colombo", "کولمبو"],
    ["Dhaka", "ڈھاکہ"],
    ["Multan", "ملتان"],
    ["Johannesburg", "جوہانسبرگ"],
  ],
  technology: [
    ["Islamabad", "اسلام آباد"],
    ["Karachi", "کراچی"],
    ["Lahore", "لاہور"],
    ["Singapore", "سنگاپور"],
    ["Dubai", "دبئی"],
  ],
  entertainment: [
    ["Karachi", "کراچی"],
    ["Lahore", "لاہور"],
    ["Cannes", "کان"],
    ["Busan", "بوسان"],
    ["Mumbai", "ممبئی"],
    ["Islamabad", "اسلام آباد"],
  ],
  health: [
    ["Islamabad", "اسلام آباد"],
    ["Karachi", "کراچی"],
    ["Lahore", "لاہور"],
    ["Peshawar", "پشاور"],
    ["Geneva", "جنیوا"],
    ["Quetta", "کوئٹہ"],
  ],
  opinion: [
    ["Islamabad", "اسلام آباد"],
    ["Lahore", "لاہور"],
    ["Karachi", "کراچی"],
  ],
  education: [
    ["Islamabad", "اسلام آباد"],
    ["Lahore", "لاہور"],
    ["Peshawar", "پشاور"],
    ["Quetta", "کوئٹہ"],
    ["Karachi", "کراچی"],
    ["Abbottabad", "ایبٹ آباد"],
  ],
};

/** Every place above, English name -> Urdu name (translating English titles). */
export const PLACE_UR: Record<string, string> = Object.fromEntries(Object.values(PLACES_UR).flat());

// [name, role]: the role reads as a predicate ("…، جو {role} ہیں، نے … کہا").
export const PEOPLE_UR: [string, string][] = [
  ["طارق محمود", "وزارت کے ایک سینئر عہدیدار"],
  ["رخسانہ بیگ", "صوبائی سیکرٹری"],
  ["کامران یوسف", "لاہور کی ایک جامعہ میں معاشیات کے استاد"],
  ["مریم اسلم", "منصوبے کی ڈائریکٹر"],
  ["جاوید اقبال خٹک", "محکمے کے ترجمان"],
  ["شازیہ نور", "اس موضوع پر ایک دہائی سے تحقیق کرنے والی محقق"],
  ["عدیل چوہدری", "کمپنی کے چیف ایگزیکٹو"],
  ["حنا رشید", "ایک مقامی سماجی کارکن"],
  ["فرحان علی", "ٹیم کے ہیڈ کوچ"],
  ["نوید اکرم", "ایسوسی ایشن کے چیئرمین"],
  ["صائمہ بلوچ", "ضلعی ہیلتھ آفیسر"],
  ["یاسر نواز", "کراچی کی ایک بروکریج فرم کے تجزیہ کار"],
];

export const MONTHS_UR = [
  "جنوری",
  "فروری",
  "مارچ",
  "اپریل",
  "مئی",
  "جون",
  "جولائی",
  "اگست",
  "ستمبر",
  "اکتوبر",
  "نومبر",
  "دسمبر",
];
