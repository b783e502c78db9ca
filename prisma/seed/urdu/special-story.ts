// One fixed Urdu story the search tests rely on: its headline is vocalised
// (مُحَمَّد with zabar, pesh and shadda), it names پاکستان and carries the
// number 13 in Latin digits, so readers typing محمد, پاكستان (Arabic kaf) or ۱۳
// must find it. Original text written for this project.
import type { GeneratedArticle } from "../generate-articles";

const text = (t: string) => ({ type: "text", text: t });
const paragraph = (t: string) => ({ type: "paragraph", content: [text(t)] });

export const SPECIAL_STORY: Omit<GeneratedArticle, "status" | "publishedAt"> = {
  slug: "quaid-e-azam-remembrance-13-cities",
  title: "قائدِ اعظم مُحَمَّد علی جناح کی یاد میں پاکستان کے 13 شہروں میں تقریبات",
  standfirst:
    "اسلام آباد، لاہور اور کراچی سمیت 13 شہروں میں طلبہ، اساتذہ اور شہریوں نے بانیِ پاکستان کو خراجِ عقیدت پیش کیا۔",
  bodyDoc: {
    type: "doc",
    content: [
      paragraph(
        "ملک کے 13 بڑے شہروں میں منعقد ہونے والی تقریبات میں اسکولوں اور جامعات کے طلبہ نے تقاریر، ملی نغموں اور تصویری نمائشوں کے ذریعے قائدِ اعظم کی زندگی اور جدوجہد کو یاد کیا۔",
      ),
      paragraph(
        "اسلام آباد میں مرکزی تقریب سے خطاب کرتے ہوئے مقررین نے کہا کہ پاکستان کے بانی کا پیغام آج بھی اتحاد، ایمان اور نظم و ضبط ہی ہے، اور نئی نسل کو اسے اپنی عملی زندگی کا حصہ بنانا چاہیے۔",
      ),
      { type: "heading", attrs: { level: 2 }, content: [text("نوجوانوں کی بھرپور شرکت")] },
      paragraph(
        "لاہور میں ایک مباحثے میں طالبات نے آئین، قانون کی حکمرانی اور اقلیتوں کے حقوق کے بارے میں بانیِ پاکستان کے خیالات پر گفتگو کی۔ کراچی میں مزارِ قائد پر دن بھر شہریوں کی آمد کا سلسلہ جاری رہا۔",
      ),
      paragraph(
        "منتظمین کے مطابق اس سال پہلی بار کئی تقریبات کی کارروائی آن لائن بھی نشر کی گئی، تاکہ بیرونِ ملک مقیم پاکستانی بھی ان میں شریک ہو سکیں۔",
      ),
      {
        type: "blockquote",
        content: [
          paragraph("ہم نے یہ ملک محنت اور قربانی سے حاصل کیا ہے، اور اسے سنوارنا اب ہماری ذمہ داری ہے۔"),
          paragraph("ایک طالبہ، اسلام آباد کی تقریب میں"),
        ],
      },
      paragraph("تقریبات کے اختتام پر ملک کی ترقی اور خوش حالی کے لیے دعا کی گئی۔"),
    ],
  },
  categorySlug: "pakistan",
  topicSlugs: ["heritage", "youth"],
  authorSlugs: ["rabia-anwar"],
  datelinePlace: "اسلام آباد",
  sourceAgency: "اے پی پی",
  isBreaking: false,
  imageIndex: 0,
};
