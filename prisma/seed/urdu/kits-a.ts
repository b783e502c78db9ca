// Urdu story kits (1/3): pakistan, world, business. Original
// Urdu text written for this project. A title or standfirst with `en` is the
// Urdu translation of that English kit template (prisma/seed/kits/), used to
// translate English demo stories; slots as in the English kits, `key` names
// the story in its Latin slug.
import type { UrduKit } from "./kits";

export const pakistan: UrduKit = {
  titles: [
    {
      key: "encroachment-drive",
      en: "{place} district administration launches drive to clear encroachments from main markets",
      ur: "{place} کی ضلعی انتظامیہ نے مرکزی بازاروں سے تجاوزات ہٹانے کی مہم شروع کر دی",
    },
    {
      key: "new-schools",
      en: "Provincial cabinet approves {n} new schools for {place} division",
      ur: "صوبائی کابینہ نے {place} ڈویژن کے لیے {n} نئے اسکولوں کی منظوری دے دی",
    },
    {
      key: "flood-embankments",
      en: "Flood protection embankments near {place} to be completed before monsoon, officials say",
      ur: "{place} کے قریب سیلابی پشتے مون سون سے پہلے مکمل کر لیے جائیں گے، حکام",
    },
    {
      key: "water-scheme",
      en: "Senate committee seeks report on delays in {place} water supply scheme",
      ur: "سینیٹ کمیٹی نے {place} میں پانی کی فراہمی کے منصوبے میں تاخیر پر رپورٹ طلب کر لی",
    },
    {
      key: "relief-goods",
      en: "Relief goods dispatched to rain-hit villages around {place}",
      ur: "{place} کے گرد و نواح میں بارش سے متاثرہ دیہات کے لیے امدادی سامان روانہ",
    },
    {
      key: "facilitation-centres",
      en: "{place} police set up {n} new facilitation centres for citizens",
      ur: "{place} پولیس نے شہریوں کے لیے {n} نئے سہولت مراکز قائم کر دیے",
    },
    { key: "cleanliness-drive", ur: "{place} میں صفائی مہم کا دوسرا مرحلہ شروع، {n} ٹن کچرا اٹھانے کا ہدف" },
    { key: "gas-protest", ur: "{place} میں گیس کی لوڈشیڈنگ کے خلاف شہریوں کا احتجاج" },
  ],
  standfirsts: [
    {
      en: "Officials say the work will be finished within {m} months, though residents remain sceptical about the timeline.",
      ur: "حکام کا کہنا ہے کہ کام {m} ماہ میں مکمل ہو جائے گا، تاہم شہری اس مدت کے بارے میں شکوک کا اظہار کر رہے ہیں۔",
    },
    {
      en: "The decision follows months of complaints from residents and traders about worsening conditions.",
      ur: "یہ فیصلہ بگڑتی ہوئی صورتِ حال پر شہریوں اور تاجروں کی مہینوں کی شکایات کے بعد کیا گیا ہے۔",
    },
    {
      en: "The plan, costing an estimated Rs{n} million, is part of a wider programme announced last year.",
      ur: "تقریباً {n} ملین روپے لاگت کا یہ منصوبہ گزشتہ برس اعلان کیے گئے ایک بڑے پروگرام کا حصہ ہے۔",
    },
  ],
  paragraphs: [
    "یہ فیصلہ کمشنر کی زیرِ صدارت ایک اجلاس میں کیا گیا جس میں متعلقہ محکموں کے افسران نے پیش رفت رپورٹ پیش کی اور انہیں ہر ہفتے تازہ صورتِ حال سے آگاہ کرنے کی ہدایت کی گئی۔",
    "علاقے کے مکینوں کا کہنا ہے کہ گزشتہ انتخابی مہمات کے دوران کیے گئے وعدے کبھی پورے نہیں ہوئے، اور ان میں سے کئی لوگ کارروائی دیکھنے کے لیے دفتر کے باہر جمع تھے۔",
    "سرکاری اعداد و شمار کے مطابق منصوبہ مکمل طور پر فعال ہونے کے بعد اطراف کی یونین کونسلوں کے تقریباً {n} خاندان براہِ راست مستفید ہوں گے۔",
    "حزبِ اختلاف نے اعلان کے وقت پر سوال اٹھاتے ہوئے کہا کہ حکومت ایک سال سے زیادہ عرصے تک اس مسئلے کو نظر انداز کرتی رہی اور اب عوامی دباؤ میں آ کر قدم اٹھا رہی ہے۔",
    "حکام نے بتایا کہ پہلے مرحلے کے لیے فنڈز جاری کر دیے گئے ہیں اور ٹھیکیداروں کو خبردار کیا گیا ہے کہ تاخیر کی صورت میں معاہدے کی شرائط کے تحت جرمانہ عائد ہوگا۔",
    "پیر کو جاری ہونے والے ایک اعلامیے کے مطابق کام کی نگرانی کے لیے ایک الگ کمیٹی بنائی گئی ہے جس کے ارکان ہر پندرہ دن بعد منصوبے کے مقامات کا دورہ کریں گے۔",
    "سول سوسائٹی کی تنظیموں نے اس اقدام کا خیرمقدم کیا، تاہم مطالبہ کیا کہ تمام منصوبوں اور ان کی لاگت کی مکمل فہرست شائع کی جائے تاکہ شہری اخراجات پر نظر رکھ سکیں۔",
  ],
  quotes: [
    "ہم مزید تاخیر کی اجازت نہیں دیں گے۔ اس ضلع کے عوام بہت انتظار کر چکے ہیں۔",
    "ایک ایک روپے کا حساب دیا جائے گا، اور ریکارڈ ہر اس شخص کے لیے کھلا ہوگا جو اسے دیکھنا چاہے۔",
    "یہ آغاز ہے، اختتام نہیں۔ ہمیں ہر ضلع میں اسی جذبے کی ضرورت ہے۔",
  ],
  subheads: ["آگے کیا ہوگا", "شہری منتظر", "ایک دیرینہ مطالبہ"],
  topics: ["parliament", "elections", "courts", "water", "monsoon", "transport", "urban-development", "women"],
};

export const world: UrduKit = {
  titles: [
    {
      key: "talks-end",
      en: "Talks in {place} end with pledge to meet again within {m} weeks",
      ur: "{place} میں مذاکرات ختم، {m} ہفتوں میں دوبارہ ملاقات کا عزم",
    },
    {
      key: "foreign-ministers",
      en: "Foreign ministers gather in {place} as regional tensions ease",
      ur: "علاقائی کشیدگی میں کمی کے بعد وزرائے خارجہ {place} میں جمع",
    },
    {
      key: "visa-rules",
      en: "{place} announces new visa rules for skilled workers",
      ur: "{place} نے ہنرمند کارکنوں کے لیے ویزا کے نئے قواعد کا اعلان کر دیا",
    },
    {
      key: "heatwave",
      en: "Heatwave grips {place} as temperatures climb past {n:44-51} degrees",
      ur: "{place} شدید گرمی کی لپیٹ میں، درجہ حرارت {n:44-51} ڈگری سے تجاوز کر گیا",
    },
    {
      key: "un-appeal",
      en: "UN agency appeals for funds as crisis deepens near {place}",
      ur: "{place} کے قریب بحران سنگین، اقوامِ متحدہ کے ادارے کی فنڈز کے لیے اپیل",
    },
    {
      key: "trade-corridor",
      en: "Leaders meeting in {place} agree on framework for trade corridor",
      ur: "{place} میں رہنماؤں کا اجلاس، تجارتی راہداری کے فریم ورک پر اتفاق",
    },
    {
      key: "vote-count",
      en: "Election officials in {place} begin counting after record turnout",
      ur: "{place} میں ریکارڈ ٹرن آؤٹ کے بعد ووٹوں کی گنتی شروع",
    },
  ],
  standfirsts: [
    {
      en: "Diplomats described the atmosphere as constructive, but said major differences remained on several points.",
      ur: "سفارت کاروں نے ماحول کو تعمیری قرار دیا، تاہم ان کا کہنا تھا کہ کئی نکات پر بڑے اختلافات اب بھی موجود ہیں۔",
    },
    {
      en: "The announcement is expected to affect thousands of people, including many from South Asia.",
      ur: "توقع ہے کہ اس اعلان سے ہزاروں افراد متاثر ہوں گے جن میں جنوبی ایشیا سے تعلق رکھنے والے بہت سے لوگ شامل ہیں۔",
    },
    {
      en: "Aid groups warn that the situation could worsen sharply without fresh funding in the coming weeks.",
      ur: "امدادی تنظیموں نے خبردار کیا ہے کہ آئندہ ہفتوں میں نئے فنڈز نہ ملے تو صورتِ حال تیزی سے بگڑ سکتی ہے۔",
    },
  ],
  paragraphs: [
    "اجلاس میں شریک ایک سفارت کار نے بتایا کہ بات چیت کئی گھنٹے جاری رہی اور فریقین نے مشترکہ اعلامیے کے مسودے پر تفصیل سے غور کیا۔",
    "ماہرین کا کہنا ہے کہ خطے کی بدلتی ہوئی صورتِ حال میں یہ پیش رفت اہم ہے، لیکن اصل امتحان ان وعدوں پر عمل درآمد ہوگا۔",
    "اقوامِ متحدہ کے اعداد و شمار کے مطابق متاثرہ علاقوں میں تقریباً {n} ہزار افراد کو فوری امداد کی ضرورت ہے۔",
    "{place} میں پاکستانی سفارت خانے نے وہاں مقیم پاکستانیوں کے لیے ایک ہیلپ لائن قائم کر دی ہے اور انہیں سرکاری ہدایات پر عمل کرنے کا مشورہ دیا ہے۔",
    "مبصرین کے مطابق اس فیصلے کے اثرات تجارت، سیاحت اور بیرونِ ملک کام کرنے والوں کی ترسیلاتِ زر پر بھی پڑ سکتے ہیں۔",
    "وزارتِ خارجہ کے ترجمان نے ہفتہ وار بریفنگ میں کہا کہ پاکستان صورتِ حال پر گہری نظر رکھے ہوئے ہے اور تمام فریقوں سے تحمل کی اپیل کرتا ہے۔",
  ],
  quotes: [
    "مذاکرات ہی آگے بڑھنے کا واحد راستہ ہیں، اور ہم اس عمل کو جاری رکھنے کے لیے پُرعزم ہیں۔",
    "عالمی برادری کو اب باتوں سے آگے بڑھ کر عملی قدم اٹھانا ہوگا۔",
    "ہمارے شہریوں کی حفاظت ہماری پہلی ترجیح ہے۔",
  ],
  subheads: ["سفارتی سرگرمیاں", "آگے کا راستہ"],
  topics: ["diplomacy", "united-nations", "elections", "climate", "trade", "energy", "tourism", "remittances"],
};

export const business: UrduKit = {
  titles: [
    {
      key: "stocks-close-higher",
      en: "Stocks close {pct} percent higher as investors bet on rate cut",
      ur: "شرحِ سود میں کمی کی امید پر اسٹاک مارکیٹ {pct} فیصد اضافے کے ساتھ بند",
    },
    {
      key: "textile-exports",
      en: "Textile exports rise to ${n:1400-1800} million in {month}, trade data shows",
      ur: "{month} میں ٹیکسٹائل برآمدات بڑھ کر {n:1400-1800} ملین ڈالر ہو گئیں، تجارتی اعداد و شمار",
    },
    {
      key: "remittances",
      en: "Remittances from workers abroad cross ${n:2600-3400} million mark",
      ur: "بیرونِ ملک کارکنوں کی ترسیلاتِ زر {n:2600-3400} ملین ڈالر سے تجاوز کر گئیں",
    },
    {
      key: "policy-rate",
      en: "Central bank keeps policy rate unchanged, cites easing inflation",
      ur: "مرکزی بینک نے پالیسی ریٹ برقرار رکھا، مہنگائی میں کمی کا حوالہ",
    },
    {
      key: "fuel-prices",
      en: "Fuel prices cut by Rs{m} per litre for the next fortnight",
      ur: "آئندہ پندرہ دن کے لیے پیٹرول کی قیمت میں {m} روپے فی لیٹر کمی",
    },
    {
      key: "digital-payments",
      en: "Banks report surge in digital payments during {month}",
      ur: "{month} کے دوران ڈیجیٹل ادائیگیوں میں نمایاں اضافہ، بینکوں کی رپورٹ",
    },
    {
      key: "solar-agreement",
      en: "Government signs agreement to expand solar generation by {n} megawatts",
      ur: "حکومت نے شمسی بجلی کی پیداوار میں {n} میگاواٹ اضافے کا معاہدہ کر لیا",
    },
  ],
  standfirsts: [
    {
      en: "Traders attributed the move to stronger than expected economic data and renewed foreign interest.",
      ur: "تاجروں نے اس رجحان کی وجہ توقع سے بہتر معاشی اعداد و شمار اور غیر ملکی سرمایہ کاروں کی دوبارہ دلچسپی کو قرار دیا۔",
    },
    {
      en: "Industry groups say the figures show resilience but warn that energy costs still threaten competitiveness.",
      ur: "صنعتی تنظیموں کا کہنا ہے کہ یہ اعداد و شمار معیشت کی سکت ظاہر کرتے ہیں، تاہم توانائی کی بلند لاگت اب بھی مسابقت کے لیے خطرہ ہے۔",
    },
    {
      en: "The decision was widely expected by analysts surveyed ahead of the announcement.",
      ur: "اعلان سے پہلے کیے گئے سروے میں شامل زیادہ تر تجزیہ کار اسی فیصلے کی توقع کر رہے تھے۔",
    },
  ],
  paragraphs: [
    "کاروبار کے اختتام پر بینچ مارک انڈیکس میں نمایاں اضافہ دیکھا گیا جبکہ حصص کے لین دین کا حجم بھی گزشتہ سیشن سے زیادہ رہا۔",
    "{place} کے ایک بروکریج ہاؤس سے وابستہ تجزیہ کار کے مطابق سرمایہ کار آئندہ مانیٹری پالیسی کے اعلان کا انتظار کر رہے ہیں۔",
    "ادارہ شماریات کے مطابق {month} میں سالانہ بنیاد پر مہنگائی کی شرح کم ہوئی، جس سے کاروباری طبقے کا اعتماد بحال ہوا ہے۔",
    "برآمد کنندگان کا کہنا ہے کہ بجلی اور گیس کے نرخ خطے کے دوسرے ممالک کے مقابلے میں زیادہ ہیں، جس کی وجہ سے نئے آرڈر حاصل کرنا مشکل ہو رہا ہے۔",
    "وزارتِ خزانہ کے ایک عہدیدار نے بتایا کہ حکومت چھوٹے کاروباروں کے لیے آسان قرضوں کی ایک نئی اسکیم پر کام کر رہی ہے۔",
    "ماہرینِ معیشت نے خبردار کیا ہے کہ جب تک ٹیکس کا دائرہ وسیع نہیں ہوتا، مالیاتی خسارہ کم کرنا مشکل رہے گا۔",
  ],
  quotes: [
    "مارکیٹ کا اعتماد بحال ہو رہا ہے، لیکن ہمیں پالیسیوں میں تسلسل کی ضرورت ہے۔",
    "اگر توانائی کی قیمتیں کم نہ ہوئیں تو ہماری برآمدات اپنی رفتار برقرار نہیں رکھ سکیں گی۔",
    "یہ اعداد و شمار حوصلہ افزا ہیں، تاہم ابھی جشن منانے کا وقت نہیں آیا۔",
  ],
  subheads: ["مارکیٹ کا ردِعمل", "برآمد کنندگان کے خدشات"],
  topics: ["stock-market", "inflation", "budget", "trade", "textiles", "remittances", "banking", "energy"],
};
