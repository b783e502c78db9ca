// Urdu story kits (2/3): entertainment, health, opinion, education. See kits-a.ts.
import type { UrduKit } from "./kits";

export const entertainment: UrduKit = {
  titles: [
    {
      key: "drama-ratings",
      en: "Drama serial set in old {place} tops ratings for {m} straight weeks",
      ur: "پرانے {place} کے پس منظر میں بنا ڈرامہ سیریل مسلسل {m} ہفتوں سے ریٹنگ میں سرِفہرست",
    },
    {
      key: "festival-selection",
      en: "Local film selected for screening at festival in {place}",
      ur: "پاکستانی فلم {place} کے فلمی میلے میں نمائش کے لیے منتخب",
    },
    {
      key: "farewell-tour",
      en: "Veteran singer announces farewell concert tour across {n:6-40} cities",
      ur: "سینئر گلوکار کا {n:6-40} شہروں میں الوداعی کنسرٹس کا اعلان",
    },
    {
      key: "literature-festival",
      en: "Literature festival in {place} draws record crowds",
      ur: "{place} میں ادبی میلہ، شائقین کی ریکارڈ تعداد میں شرکت",
    },
    {
      key: "restored-classic",
      en: "Restored classic film returns to cinemas after {n:25-70} years",
      ur: "بحال کی گئی کلاسیک فلم {n:25-70} برس بعد دوبارہ سینما گھروں میں",
    },
    {
      key: "audience-award",
      en: "Young director's debut feature wins audience award in {place}",
      ur: "نوجوان ہدایت کار کی پہلی فیچر فلم نے {place} میں ناظرین کا ایوارڈ جیت لیا",
    },
    { key: "mushaira", ur: "{place} میں عالمی مشاعرہ، ملک بھر سے شعرا کی شرکت" },
  ],
  standfirsts: [
    {
      en: "Critics have praised the writing and performances, and viewers have filled social media with discussion of each episode.",
      ur: "ناقدین نے کہانی اور اداکاری کو سراہا ہے، اور ناظرین ہر قسط پر سوشل میڈیا پر بھرپور تبصرے کر رہے ہیں۔",
    },
    {
      en: "The selection marks a milestone for an industry that has been rebuilding after years of decline.",
      ur: "یہ انتخاب برسوں کے زوال کے بعد دوبارہ اپنے پاؤں پر کھڑی ہونے والی صنعت کے لیے ایک سنگِ میل ہے۔",
    },
    {
      en: "Organisers said tickets for the opening night sold out within hours.",
      ur: "منتظمین کے مطابق افتتاحی شب کے تمام ٹکٹ چند گھنٹوں میں فروخت ہو گئے۔",
    },
  ],
  paragraphs: [
    "ڈرامے کی کہانی ایک متوسط گھرانے کے گرد گھومتی ہے جو بدلتے ہوئے شہر میں اپنی روایات اور خوابوں کے درمیان راستہ تلاش کر رہا ہے۔",
    "تقریب میں فنکاروں، ادیبوں اور طلبہ کی بڑی تعداد نے شرکت کی اور کئی نشستوں میں ہال کھچا کھچ بھرا رہا۔",
    "فلم کے ہدایت کار نے بتایا کہ اس کی زیادہ تر عکس بندی {place} اور اس کے گرد و نواح میں مقامی فنکاروں کے ساتھ کی گئی۔",
    "شوبز کے ماہرین کا کہنا ہے کہ سینما گھروں کی تعداد میں اضافہ ہوئے بغیر مقامی فلمی صنعت کو پائیدار بنیاد نہیں مل سکتی۔",
    "گلوکار نے اپنے طویل کیریئر میں سیکڑوں گیت ریکارڈ کرائے ہیں جن میں سے کئی آج بھی ریڈیو اور شادی بیاہ کی تقریبات میں سنے جاتے ہیں۔",
    "میلے کے دوسرے روز اردو ادب کے مستقبل پر ایک مباحثہ ہوا جس میں نوجوان لکھاریوں نے ڈیجیٹل اشاعت کے اپنے تجربات بیان کیے۔",
  ],
  quotes: [
    "فن کی کوئی سرحد نہیں ہوتی، اچھی کہانی ہر جگہ اپنا راستہ بنا لیتی ہے۔",
    "ناظرین کی محبت ہی ہمارا اصل انعام ہے۔",
    "ہماری نئی نسل میں بے پناہ ٹیلنٹ ہے، بس اسے پلیٹ فارم ملنا چاہیے۔",
  ],
  subheads: ["ناظرین کا ردِعمل", "پسِ پردہ"],
  topics: ["film", "music", "television", "books", "heritage", "urdu-literature", "mushaira"],
};

export const health: UrduKit = {
  titles: [
    {
      key: "polio-drive",
      en: "Polio vaccination drive to reach {n:10-45} million children this week",
      ur: "انسدادِ پولیو مہم، اس ہفتے {n:10-45} ملین بچوں کو قطرے پلائے جائیں گے",
    },
    {
      key: "cardiac-unit",
      en: "{place} hospital opens new cardiac unit with {m} beds",
      ur: "{place} کے اسپتال میں {m} بستروں پر مشتمل امراضِ قلب کا نیا یونٹ قائم",
    },
    {
      key: "dengue-cases",
      en: "Dengue cases rise in {place} as health department steps up spraying",
      ur: "{place} میں ڈینگی کے کیسز میں اضافہ، محکمہ صحت نے اسپرے مہم تیز کر دی",
    },
    {
      key: "stunting-study",
      en: "Study finds one in {m} children in surveyed districts is stunted",
      ur: "تحقیق: سروے میں شامل اضلاع میں ہر {m} میں سے ایک بچہ پستہ قد کا شکار",
    },
    {
      key: "free-treatment",
      en: "Government expands free treatment scheme to {n:4-30} more districts",
      ur: "مفت علاج کی اسکیم کا دائرہ مزید {n:4-30} اضلاع تک وسیع",
    },
    {
      key: "heat-illness",
      en: "Doctors warn of heat-related illness as temperatures soar in {place}",
      ur: "{place} میں شدید گرمی، ڈاکٹروں نے ہیٹ اسٹروک سے خبردار کر دیا",
    },
  ],
  standfirsts: [
    {
      en: "Health workers will go door to door, and parents have been urged to cooperate with the teams.",
      ur: "ہیلتھ ورکرز گھر گھر جائیں گے، اور والدین سے ٹیموں کے ساتھ تعاون کی اپیل کی گئی ہے۔",
    },
    {
      en: "The unit is expected to cut waiting times for patients who previously travelled to other cities for treatment.",
      ur: "توقع ہے کہ اس یونٹ سے ان مریضوں کا انتظار کم ہوگا جو پہلے علاج کے لیے دوسرے شہروں کا سفر کرتے تھے۔",
    },
    {
      en: "Experts say better nutrition in the first thousand days of life is the key to reversing the trend.",
      ur: "ماہرین کا کہنا ہے کہ اس رجحان کو بدلنے کے لیے زندگی کے پہلے ہزار دنوں میں بہتر غذائیت بنیادی شرط ہے۔",
    },
  ],
  paragraphs: [
    "محکمہ صحت کے مطابق مہم کے دوران {n} سے زیادہ ٹیمیں مختلف علاقوں میں کام کریں گی اور ہر ٹیم کی نگرانی ایک میڈیکل افسر کرے گا۔",
    "ڈاکٹروں نے شہریوں کو مشورہ دیا ہے کہ دوپہر کے اوقات میں غیر ضروری طور پر گھر سے نہ نکلیں اور پانی زیادہ مقدار میں پئیں۔",
    "اسپتال انتظامیہ کا کہنا ہے کہ ایمرجنسی وارڈ میں روزانہ آنے والے مریضوں کی تعداد گزشتہ سال کے مقابلے میں نمایاں طور پر بڑھ گئی ہے۔",
    "عالمی ادارہ صحت کے نمائندے نے کہا کہ حفاظتی ٹیکوں کی شرح میں بہتری حوصلہ افزا ہے، لیکن دور دراز علاقوں تک رسائی اب بھی ایک چیلنج ہے۔",
    "ماہرینِ غذائیت کے مطابق ماں اور بچے کی خوراک پر توجہ دیے بغیر بچوں کی نشوونما کے مسائل حل نہیں ہو سکتے۔",
    "صوبائی حکومت نے اعلان کیا ہے کہ دیہی مراکزِ صحت میں ڈاکٹروں کی خالی اسامیاں آئندہ {m} ماہ میں پُر کر دی جائیں گی۔",
  ],
  quotes: [
    "ہر بچے تک پہنچنا ہماری ذمہ داری ہے، چاہے وہ کتنے ہی دور دراز علاقے میں کیوں نہ ہو۔",
    "احتیاط علاج سے بہتر ہے، اور یہ بات آج پہلے سے زیادہ درست ہے۔",
    "ہمارے پاس وسائل کم ہیں، لیکن عملے کا حوصلہ بلند ہے۔",
  ],
  subheads: ["مریضوں کی مشکلات", "ماہرین کی رائے"],
  topics: ["vaccination", "hospitals", "nutrition", "mental-health", "climate", "women"],
};

export const opinion: UrduKit = {
  titles: [
    {
      key: "city-budgets",
      en: "The case for giving cities their own budgets",
      ur: "شہروں کو اپنا بجٹ دینا کیوں ضروری ہے",
    },
    {
      key: "water-numbers",
      en: "Why the water debate needs numbers, not slogans",
      ur: "پانی کی بحث کو نعروں کی نہیں، اعداد و شمار کی ضرورت ہے",
    },
    {
      key: "teachers-not-buildings",
      en: "Our schools need teachers more than buildings",
      ur: "ہمارے اسکولوں کو عمارتوں سے زیادہ اساتذہ کی ضرورت ہے",
    },
    {
      key: "climate-adaptation",
      en: "Climate adaptation cannot wait for the next flood",
      ur: "موسمیاتی تبدیلی سے نمٹنے کی تیاری اگلے سیلاب کا انتظار نہیں کر سکتی",
    },
    { key: "load-shedding", en: "The hidden cost of load-shedding", ur: "لوڈشیڈنگ کی پوشیدہ قیمت" },
    { key: "libraries", en: "Libraries still matter in a digital age", ur: "ڈیجیٹل دور میں بھی کتب خانے اہم ہیں" },
    { key: "budget-values", en: "A budget is a statement of values", ur: "بجٹ دراصل ترجیحات کا اعلان ہوتا ہے" },
    { key: "urdu-journalism", ur: "اردو صحافت کو نئی نسل تک کیسے پہنچایا جائے" },
    { key: "mother-tongue", ur: "مادری زبان میں تعلیم کا سوال" },
  ],
  standfirsts: [
    {
      en: "Decisions made far from the people they affect rarely work as intended.",
      ur: "جن لوگوں پر فیصلوں کا اثر پڑتا ہے، ان سے دور بیٹھ کر کیے گئے فیصلے شاذ و نادر ہی کامیاب ہوتے ہیں۔",
    },
    {
      en: "The headline numbers look good, but the story underneath is more complicated.",
      ur: "سرسری اعداد و شمار اچھے دکھائی دیتے ہیں، مگر ان کے پیچھے کی کہانی کہیں زیادہ پیچیدہ ہے۔",
    },
    {
      en: "We keep repeating the same mistakes and expecting a different result.",
      ur: "ہم بار بار وہی غلطیاں دہراتے ہیں اور مختلف نتیجے کی توقع رکھتے ہیں۔",
    },
  ],
  paragraphs: [
    "ہمارے ہاں پالیسی سازی کا المیہ یہ ہے کہ فیصلے اکثر ہنگامی حالات میں کیے جاتے ہیں اور پھر اگلے بحران تک بھلا دیے جاتے ہیں۔",
    "اگر ہم واقعی تبدیلی چاہتے ہیں تو ہمیں مقامی حکومتوں کو اختیار اور وسائل دونوں دینے ہوں گے، کیونکہ شہری مسائل کا حل شہر ہی میں ہے۔",
    "دنیا کے کئی ممالک یہ سبق بہت پہلے سیکھ چکے ہیں کہ شفافیت کے بغیر عوام کا اعتماد حاصل نہیں کیا جا سکتا۔",
    "یہ درست ہے کہ وسائل محدود ہیں، لیکن اصل سوال ترجیحات کا ہے: ہم اپنا پیسہ کہاں اور کس کے لیے خرچ کرتے ہیں۔",
    "نوجوانوں کی ایک بڑی تعداد آج بھی روزگار کی تلاش میں ہے، اور ان کی مایوسی کو نظر انداز کرنا ہمیں مہنگا پڑ سکتا ہے۔",
    "آخر میں سوال یہی ہے کہ کیا ہم اگلی نسل کو ایک بہتر ملک دینے کے لیے آج مشکل فیصلے کرنے کو تیار ہیں۔",
  ],
  quotes: [
    "پالیسی کا امتحان اعلان میں نہیں، عمل درآمد میں ہوتا ہے۔",
    "شہری صرف ووٹر نہیں، اس ملک کے حصہ دار بھی ہیں۔",
    "اصلاح کا آغاز سچ تسلیم کرنے سے ہوتا ہے۔",
  ],
  subheads: ["اصل مسئلہ", "آگے کیا کیا جائے"],
  topics: ["budget", "water", "climate", "schools", "agriculture", "urban-development", "urdu-literature"],
};

export const education: UrduKit = {
  titles: [
    {
      key: "matric-results",
      en: "Board announces matriculation results with {n:48-86} percent pass rate",
      ur: "میٹرک کے نتائج کا اعلان، کامیابی کا تناسب {n:48-86} فیصد رہا",
    },
    {
      key: "enrolment-drive",
      en: "{n:2-40},000 out-of-school children enrolled in {place} campaign",
      ur: "{place} میں داخلہ مہم، اسکول سے باہر {n:2-40} ہزار بچے داخل",
    },
    {
      key: "scholarships",
      en: "University in {place} launches scholarship scheme for {n} students",
      ur: "{place} کی جامعہ نے {n} طلبہ کے لیے وظائف کی اسکیم شروع کر دی",
    },
    {
      key: "teachers-protest",
      en: "Teachers in {place} protest delay in salaries",
      ur: "{place} میں تنخواہوں میں تاخیر کے خلاف اساتذہ کا احتجاج",
    },
    {
      key: "science-curriculum",
      en: "New curriculum for science subjects to be introduced next year",
      ur: "سائنس کے مضامین کا نیا نصاب اگلے سال متعارف کرایا جائے گا",
    },
  ],
  standfirsts: [
    {
      en: "Girls outperformed boys in most subjects, continuing a trend seen over several years.",
      ur: "زیادہ تر مضامین میں طالبات نے طلبہ سے بہتر کارکردگی دکھائی، اور یہ رجحان کئی برسوں سے جاری ہے۔",
    },
    {
      en: "Officials say the drive will continue until every child in the district is in a classroom.",
      ur: "حکام کا کہنا ہے کہ یہ مہم اس وقت تک جاری رہے گی جب تک ضلع کا ہر بچہ اسکول نہیں پہنچ جاتا۔",
    },
    {
      en: "The scheme will cover tuition and hostel costs for students from low-income families.",
      ur: "اس اسکیم کے تحت کم آمدنی والے گھرانوں کے طلبہ کی فیس اور ہاسٹل کے اخراجات ادا کیے جائیں گے۔",
    },
  ],
  paragraphs: [
    "تعلیمی بورڈ کے چیئرمین نے ایک پریس کانفرنس میں نتائج کا اعلان کیا اور نمایاں پوزیشن حاصل کرنے والے طلبہ میں انعامات تقسیم کیے۔",
    "محکمہ تعلیم کے مطابق ضلع کے {n} سرکاری اسکولوں میں اساتذہ کی کمی پوری کرنے کے لیے عارضی بھرتیاں کی جائیں گی۔",
    "والدین کا کہنا ہے کہ نجی اسکولوں کی بڑھتی ہوئی فیسوں نے متوسط طبقے کے لیے بچوں کی تعلیم جاری رکھنا مشکل بنا دیا ہے۔",
    "ماہرینِ تعلیم نے زور دیا ہے کہ رٹے کے بجائے سمجھ بوجھ پر مبنی امتحانی نظام رائج کیا جائے۔",
    "جامعہ کے وائس چانسلر نے بتایا کہ وظائف کے لیے درخواستیں آن لائن جمع کرائی جا سکیں گی اور انتخاب مکمل طور پر میرٹ پر ہوگا۔",
    "اساتذہ کی تنظیم نے مطالبات تسلیم نہ ہونے کی صورت میں احتجاج کا دائرہ دوسرے اضلاع تک بڑھانے کا اعلان کیا ہے۔",
  ],
  quotes: [
    "تعلیم پر خرچ ہونے والا ہر روپیہ مستقبل میں سرمایہ کاری ہے۔",
    "ہم چاہتے ہیں کہ کوئی بچہ غربت کی وجہ سے تعلیم سے محروم نہ رہے۔",
    "استاد مطمئن ہوگا تو کلاس روم بھی بہتر ہوگا۔",
  ],
  subheads: ["والدین کی تشویش", "نیا تعلیمی سال"],
  topics: ["schools", "universities", "youth", "women", "budget"],
};
