/**
 * The participants' survey in five languages, for the desk tablet. Simple wording; the Arabic,
 * Turkish and Tigrinya texts are to be checked by native speakers (docs/dashboard.md).
 */
export const SURVEY_LANGUAGES = ["nl", "en", "ar", "tr", "ti"] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export interface SurveyTexts {
  name: string;
  dir: "ltr" | "rtl";
  title: string;
  intro: string;
  question: string;
  confidence: string;
  pleasant_living: string;
  yes: string;
  no: string;
  thanks: string;
  next: string;
  error: string;
}

export const SURVEY_TEXTS: Record<SurveyLanguage, SurveyTexts> = {
  nl: {
    name: "Nederlands",
    dir: "ltr",
    title: "Korte vragenlijst",
    intro: "Twee vragen. Uw naam komt er niet in.",
    question: "Vraag {n} van 2",
    confidence: "Heeft de buurtwerkkamer u meer vertrouwen gegeven in wat u zelf kunt?",
    pleasant_living: "Helpt de buurtwerkkamer om prettiger te wonen in de buurt?",
    yes: "Ja",
    no: "Nee",
    thanks: "Dank u wel!",
    next: "Volgende persoon",
    error: "Dat lukte niet. Probeer het nog een keer.",
  },
  en: {
    name: "English",
    dir: "ltr",
    title: "Short survey",
    intro: "Two questions. Your name is not asked.",
    question: "Question {n} of 2",
    confidence: "Has the neighbourhood room given you more confidence in what you can do yourself?",
    pleasant_living: "Does the neighbourhood room help make living in the neighbourhood more pleasant?",
    yes: "Yes",
    no: "No",
    thanks: "Thank you!",
    next: "Next person",
    error: "That did not work. Please try again.",
  },
  ar: {
    name: "العربية",
    dir: "rtl",
    title: "استبيان قصير",
    intro: "سؤالان. لا نطلب اسمك.",
    question: "السؤال {n} من 2",
    confidence: "هل منحتك غرفة الحي ثقة أكبر بما تستطيع أن تفعله بنفسك؟",
    pleasant_living: "هل تساعد غرفة الحي على جعل العيش في الحي أكثر راحة؟",
    yes: "نعم",
    no: "لا",
    thanks: "شكراً لك!",
    next: "الشخص التالي",
    error: "لم ينجح ذلك. حاول مرة أخرى.",
  },
  tr: {
    name: "Türkçe",
    dir: "ltr",
    title: "Kısa anket",
    intro: "İki soru. Adınız sorulmaz.",
    question: "Soru {n} / 2",
    confidence: "Mahalle odası size kendi yapabileceklerinize daha fazla güven verdi mi?",
    pleasant_living: "Mahalle odası mahallede daha hoş yaşamaya yardımcı oluyor mu?",
    yes: "Evet",
    no: "Hayır",
    thanks: "Teşekkür ederiz!",
    next: "Sıradaki kişi",
    error: "Olmadı. Lütfen tekrar deneyin.",
  },
  ti: {
    name: "ትግርኛ",
    dir: "ltr",
    title: "ሓጺር መሕተት",
    intro: "ክልተ ሕቶታት። ስምካ ኣይሕተትን።",
    question: "ሕቶ {n} ካብ 2",
    confidence: "ክፍሊ ጎረቤት ኣብቲ ባዕልኻ ክትገብሮ እትኽእል ዝያዳ እምነት ሂቡካ ድዩ?",
    pleasant_living: "ክፍሊ ጎረቤት ኣብ ከባቢኻ ብዝያዳ ምቾት ንምንባር ይሕግዝ ድዩ?",
    yes: "እወ",
    no: "ኣይፋል",
    thanks: "የቐንየልና!",
    next: "ዝቕጽል ሰብ",
    error: "ኣይሰለጠን። በጃኻ ደጊምካ ፈትን።",
  },
};
