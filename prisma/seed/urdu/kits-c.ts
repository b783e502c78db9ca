// Urdu story kits (3/3): sports, technology. See kits-a.ts.
import type { UrduKit } from "./kits";

export const sports: UrduKit = {
  titles: [
    {
      key: "series-levelled",
      en: "Pakistan beat visitors by {n:12-180} runs to level the series in {place}",
      ur: "{place} میں پاکستان نے مہمان ٹیم کو {n:12-180} رنز سے ہرا کر سیریز برابر کر دی",
    },
    {
      key: "hockey-camp",
      en: "Hockey team names {m} uncapped players for Asia Cup camp",
      ur: "ایشیا کپ کیمپ کے لیے ہاکی ٹیم میں {m} نئے کھلاڑی شامل",
    },
    {
      key: "maiden-century",
      en: "Young opener hits maiden century as hosts take control in {place}",
      ur: "{place} میں نوجوان اوپنر کی پہلی سنچری، میزبان ٹیم کی پوزیشن مستحکم",
    },
    {
      key: "football-camp",
      en: "National football side prepares for qualifier with training camp in {place}",
      ur: "قومی فٹ بال ٹیم کی کوالیفائر کی تیاری، {place} میں تربیتی کیمپ",
    },
    {
      key: "squash-final",
      en: "Squash star reaches final of {place} Open without dropping a game",
      ur: "اسکواش اسٹار کوئی گیم ہارے بغیر {place} اوپن کے فائنل میں پہنچ گئے",
    },
    {
      key: "sprint-record",
      en: "Sprinter sets new national record at meet in {place}",
      ur: "{place} میں ایتھلیٹکس مقابلے کے دوران اسپرنٹر کا نیا قومی ریکارڈ",
    },
  ],
  standfirsts: [
    {
      en: "A disciplined bowling performance in the final session sealed the result in front of a packed crowd.",
      ur: "آخری سیشن میں نظم و ضبط سے بھرپور بولنگ نے تماشائیوں سے بھرے اسٹیڈیم میں فتح یقینی بنا دی۔",
    },
    {
      en: "Selectors said the squad balanced experience with youth ahead of a busy international calendar.",
      ur: "سلیکٹرز کا کہنا ہے کہ مصروف بین الاقوامی شیڈول سے پہلے اسکواڈ میں تجربے اور نوجوانی کا توازن رکھا گیا ہے۔",
    },
    {
      en: "The performance has raised hopes of a medal at next year's championships.",
      ur: "اس کارکردگی سے اگلے سال کی چیمپئن شپ میں تمغے کی امیدیں بڑھ گئی ہیں۔",
    },
  ],
  paragraphs: [
    "ٹاس جیت کر پہلے بیٹنگ کا فیصلہ درست ثابت ہوا اور اوپنرز نے ٹیم کو مضبوط آغاز فراہم کیا۔",
    "کپتان نے میچ کے بعد گفتگو میں کہا کہ ٹیم نے ہر شعبے میں بہتر کھیل پیش کیا، تاہم فیلڈنگ میں ابھی بہتری کی گنجائش ہے۔",
    "{place} کے اسٹیڈیم میں ہزاروں تماشائی موجود تھے جنہوں نے ہر چوکے اور چھکے پر کھلاڑیوں کو بھرپور داد دی۔",
    "ٹیم مینجمنٹ نے بتایا کہ زخمی فاسٹ بولر کی فٹنس کا فیصلہ اگلے میچ سے پہلے میڈیکل رپورٹ کی روشنی میں کیا جائے گا۔",
    "فیڈریشن کے حکام کا کہنا ہے کہ کھلاڑیوں کی تربیت کے لیے غیر ملکی کوچز کی خدمات بھی حاصل کی جا رہی ہیں۔",
    "سابق کھلاڑیوں نے نوجوانوں کی کارکردگی کو سراہتے ہوئے کہا کہ ڈومیسٹک سطح پر مسلسل مواقع ملنے سے ہی ایسا ٹیلنٹ سامنے آتا ہے۔",
  ],
  quotes: [
    "لڑکوں نے دباؤ میں بہترین کھیل پیش کیا، مجھے ان پر فخر ہے۔",
    "ہم ایک ایک میچ پر توجہ دے رہے ہیں، نتائج خود سامنے آئیں گے۔",
    "یہ صرف شروعات ہے، اس ٹیم میں بہت آگے جانے کی صلاحیت ہے۔",
  ],
  subheads: ["میچ کا اہم موڑ", "اگلا مرحلہ"],
  topics: ["cricket", "hockey", "football", "squash", "athletics", "youth"],
};

export const technology: UrduKit = {
  titles: [
    {
      key: "lending-app",
      en: "Islamabad startup raises ${n:2-45} million to expand digital lending app",
      ur: "اسلام آباد کے اسٹارٹ اپ نے ڈیجیٹل قرض ایپ کی توسیع کے لیے {n:2-45} ملین ڈالر جمع کر لیے",
    },
    {
      key: "spectrum-auction",
      en: "Telecom regulator sets date for next-generation spectrum auction",
      ur: "ٹیلی کام ریگولیٹر نے نئی نسل کے اسپیکٹرم کی نیلامی کی تاریخ مقرر کر دی",
    },
    {
      key: "phishing-warning",
      en: "Cybersecurity agency warns of phishing campaign targeting bank customers",
      ur: "سائبر سکیورٹی ادارے نے بینک صارفین کو فشنگ مہم سے خبردار کر دیا",
    },
    {
      key: "broadband-users",
      en: "Mobile broadband users cross {n:90-140} million, regulator says",
      ur: "موبائل براڈبینڈ صارفین کی تعداد {n:90-140} ملین سے تجاوز کر گئی، ریگولیٹر",
    },
    {
      key: "satellite-orbit",
      en: "Satellite built by local engineers completes {m} months in orbit",
      ur: "مقامی انجینئروں کے تیار کردہ سیٹلائٹ نے مدار میں {m} ماہ مکمل کر لیے",
    },
    {
      key: "freelancers-record",
      en: "Freelancers earn record amount as IT exports climb in {month}",
      ur: "{month} میں آئی ٹی برآمدات میں اضافہ، فری لانسرز کی ریکارڈ آمدنی",
    },
  ],
  standfirsts: [
    {
      en: "The round was led by regional investors and will fund hiring and expansion to new cities.",
      ur: "سرمایہ کاری کے اس مرحلے کی قیادت علاقائی سرمایہ کاروں نے کی، اور یہ رقم نئی بھرتیوں اور دوسرے شہروں تک توسیع پر خرچ ہوگی۔",
    },
    {
      en: "Operators have long pressed for more spectrum, saying networks are struggling to keep up with demand.",
      ur: "آپریٹرز طویل عرصے سے مزید اسپیکٹرم کا مطالبہ کر رہے ہیں، ان کا کہنا ہے کہ نیٹ ورک بڑھتی ہوئی طلب کا ساتھ نہیں دے پا رہے۔",
    },
    {
      en: "Officials urged citizens not to share one-time passwords with anyone, whatever the caller claims.",
      ur: "حکام نے شہریوں پر زور دیا ہے کہ فون کرنے والا کچھ بھی دعویٰ کرے، ون ٹائم پاس ورڈ کسی کو نہ بتائیں۔",
    },
  ],
  paragraphs: [
    "کمپنی کے بانی نے بتایا کہ ایپ کے صارفین کی تعداد گزشتہ ایک سال میں تین گنا ہو گئی ہے اور ان میں بڑی تعداد چھوٹے دکانداروں کی ہے۔",
    "ماہرین کے مطابق ملک میں انٹرنیٹ کی رفتار اور دستیابی بہتر ہوئے بغیر ڈیجیٹل معیشت اپنی پوری صلاحیت تک نہیں پہنچ سکتی۔",
    "{place} میں قائم ایک سافٹ ویئر ہاؤس کے سربراہ کا کہنا تھا کہ نوجوان پروگرامرز کی مانگ ملک کے اندر اور باہر دونوں جگہ بڑھ رہی ہے۔",
    "ریگولیٹر کے اعداد و شمار کے مطابق گزشتہ ماہ تقریباً {n} ہزار نئے صارفین نے موبائل انٹرنیٹ کنکشن حاصل کیے۔",
    "سائبر سکیورٹی ماہرین نے مشورہ دیا ہے کہ صارفین اپنے اکاؤنٹس کے لیے مضبوط پاس ورڈ اور دو مرحلوں کی تصدیق استعمال کریں۔",
    "وزارتِ آئی ٹی کے ایک عہدیدار نے کہا کہ حکومت ٹیکنالوجی پارکس میں کام کرنے والی کمپنیوں کو ٹیکس میں رعایت دینے پر غور کر رہی ہے۔",
  ],
  quotes: [
    "ہمارا مقصد یہ ہے کہ ملک کے ہر چھوٹے شہر تک ڈیجیٹل سہولتیں پہنچیں۔",
    "ٹیکنالوجی تب ہی فائدہ دیتی ہے جب اس پر لوگوں کا اعتماد ہو۔",
    "ہمارے نوجوانوں میں صلاحیت کی کوئی کمی نہیں، انہیں صرف مواقع چاہییں۔",
  ],
  subheads: ["صارفین پر اثر", "سرمایہ کاروں کی دلچسپی"],
  topics: [
    "startups",
    "telecom",
    "artificial-intelligence",
    "cybersecurity",
    "space",
    "youth",
    "universities",
    "banking",
  ],
};
