/**
 * Every piece of interface text, in Arabic, in one place. Content text never comes from here.
 * Functions take already formatted numbers so the digit style stays the caller's choice.
 */
import type { PluralForms } from './plural.ts';
import type { SourceKind } from '../content/schema.ts';

const sourceKinds: Readonly<Record<SourceKind, string>> = {
  'state-news-agency': 'وكالة أنباء رسمية حكومية',
  'news-agency': 'وكالة أنباء',
  'state-affiliated-media': 'إعلام تابع لجهة حكومية أو عسكرية',
  'news-outlet': 'وسيلة إعلام',
  'unnamed-military': 'مصدر عسكري غير مسمّى',
  'unnamed-official': 'مصدر رسمي غير مسمّى',
  'unnamed-media': 'مصادر إعلامية غير مسمّاة',
  'social-media-individual': 'فرد على وسائل التواصل',
  'named-person': 'شخص مسمّى',
  organization: 'منظمة',
  unclassified: 'غير مصنّف',
};

const minutes: PluralForms = {
  zero: () => 'أقل من دقيقة',
  one: () => 'دقيقة واحدة',
  two: () => 'دقيقتان',
  few: (n) => `${n} دقائق`,
  many: (n) => `${n} دقيقةً`,
  other: (n) => `${n} دقيقة`,
};

const claims: PluralForms = {
  zero: () => 'لا ادعاءات',
  one: () => 'ادعاء واحد',
  two: () => 'ادعاءان',
  few: (n) => `${n} ادعاءات`,
  many: (n) => `${n} ادعاءً`,
  other: (n) => `${n} ادعاء`,
};

const paragraphs: PluralForms = {
  zero: () => 'لا فقرات',
  one: () => 'فقرة واحدة',
  two: () => 'فقرتان',
  few: (n) => `${n} فقرات`,
  many: (n) => `${n} فقرةً`,
  other: (n) => `${n} فقرة`,
};

export const uiText = {
  siteName: 'صحيفة',
  siteTagline: 'قارئ للأخبار العربية وما تتضمّنه من منشورات',
  skipToArticle: 'انتقل إلى المقال',
  mainNavigation: 'التنقّل الرئيسي',
  siteHeader: 'رأس الموقع',
  mainLabel: 'المحتوى الرئيسي',
  siteFooter: 'تذييل الموقع',
  footerNote: 'صحيفة — تُعرض المقالات نصًّا كما وردت، دون أي طلب إلى مواقع أخرى.',

  collectionTitle: 'المقالات',
  collectionDescription: 'مقالات إخبارية عربية بنصّها الكامل، مع التغريدات المضمّنة فيها ومصادر كل خبر.',
  paragraphs,

  articleLoading: 'جارٍ تحميل المقال…',
  readingTime: (duration: string, rate: string) => `وقت القراءة نحو ${duration}، بمعدل ${rate} كلمة في الدقيقة للقارئ بالعربية.`,
  minutes,
  settingsOpen: 'إعدادات القراءة',
  headlineDerived: 'العنوان مقتطف حرفيًّا من مطلع المقال؛ لم يرد للنص عنوان في مصدره.',
  dateInferred: (date: string) => `التاريخ المرجَّح: ${date}`,
  dateStated: (date: string) => `نُشر في ${date}`,
  inferredMark: '(مستنتَج)',
  provenanceNote: 'نصّ المقال منقول كما ورد في مصدره، كلمةً بكلمة. الناشر والكاتب غير مذكورين في النص الأصلي.',

  tweetFrom: (name: string) => `تغريدة من ${name}`,
  tweetOriginalDate: (original: string) => `التاريخ كما ورد: ${original}`,
  tweetProfileLink: (handle: string) => `حساب @${handle} على X`,
  tweetViewOnX: 'عرض التغريدة على X',
  tweetViewProfileOnX: 'عرض الحساب على X',
  tweetMediaChip: 'صورة مرفقة على X',
  tweetMediaLabel: (link: string) => `صورة مرفقة على X: ${link}`,
  tweetLinkLabel: (link: string) => `رابط خارجي: ${link}`,
  tweetQuotedNote: 'نُقلت التغريدة كما اقتُبست في المقال؛ الصورة المرفقة غير محمّلة حفاظًا على خصوصيتك.',
  tweetUnavailable: {
    deleted: 'حُذفت هذه التغريدة من X. هذا نصّها كما اقتُبس وقت نشر المقال.',
    withheld: 'حُجبت هذه التغريدة على X. هذا نصّها كما اقتُبس وقت نشر المقال.',
  },
  targetNotFound: 'لم نعثر على الفقرة المطلوبة في هذا المقال، فربما حُذفت أو تغيّر رابطها. هذا المقال من أوله.',
  targetFollowedAlias: 'تغيّر رابط هذه الفقرة بعد تحرير المقال، فنقلناك إلى موضعها الجديد.',
  citationSource: (name: string) => `منسوب إلى: ${name}`,

  errorTitle: 'تعذّر عرض هذه الصفحة',
  errorBody: 'حدث خطأ غير متوقع أثناء عرض الصفحة. لم يُفقد شيء: يمكنك المحاولة مرة أخرى أو العودة إلى الصفحة الرئيسية.',
  errorRetry: 'المحاولة مرة أخرى',

  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'لم نعثر على الصفحة التي طلبتها. ربما تغيّر الرابط أو كُتب بشكل غير صحيح.',
  backHome: 'العودة إلى الصفحة الرئيسية',
} as const;

/** The tag list and filter status (loaded with the filter bar). */
export const hashtagText = {
  hashtagsTitle: 'وسوم المقال',
  hashtagCount: (count: string) => `${count} مقاطع`,
  filterShowing: (shown: string, total: string, tag: string) => `يظهر ${shown} من ${total} مقطعًا تحمل الوسم #${tag} أو تذكره.`,
  filterEmpty: (tag: string) => `لا شيء في هذا المقال يحمل الوسم #${tag} أو يذكره.`,
  filterInvalid: 'الوسم المطلوب في الرابط غير صالح.',
  filterClear: 'إظهار المقال كاملًا',
} as const;

/** The sources sidebar (loaded with it). */
export const sourcesText = {
  sourcesTitle: 'المصادر',
  sourcesOpen: 'المصادر',
  sourcesClose: 'إغلاق المصادر',
  sourceKinds,
  claims,
  sourceUnnamed: 'مصدر لم يُذكر اسمه',
  sourceAffiliationAsOf: (date: string) => `كما كان الحال في ${date}`,
  sourceWebsite: 'موقع المصدر',
  sourceShowPlaces: (name: string) => `إظهار ما نُسب إلى ${name} في المقال`,
  sourcePlace: (index: string, total: string) => `الموضع ${index} من ${total}`,
  sourceNext: 'الموضع التالي',
  sourcePrevious: 'الموضع السابق',
  sourcesSummaryUnattributed: (count: string, total: string) => `${count} من ${total} بلا نسبة إلى أي مصدر: صوت المقال نفسه.`,
  sourcesSummaryUnnamed: (count: string, total: string) => `${count} من ${total} تستند إلى مصادر لم يُذكر اسمها.`,
} as const;

/** The share control (loaded with it). */
export const shareText = {
  shareParagraph: 'مشاركة الفقرة',
  copyParagraphLink: 'نسخ رابط الفقرة',
  shareTweet: 'مشاركة التغريدة',
  copyTweetLink: 'نسخ رابط التغريدة',
  paragraphPermalink: 'رابط الفقرة',
  tweetPermalink: 'رابط التغريدة',
  linkCopied: 'تم نسخ الرابط',
  copyRefused: 'تعذّر النسخ تلقائيًا. هذا الرابط، انسخه يدويًا:',
} as const;

/** The reader settings panel (loaded when opened). */
export const settingsText = {
  title: 'إعدادات القراءة',
  close: 'إغلاق',
  reset: 'استعادة الإعدادات الافتراضية',
  textSize: 'حجم النص',
  textSizes: { 1: 'صغير', 2: 'عادي', 3: 'كبير', 4: 'أكبر', 5: 'الأكبر' },
  lineWidth: 'عرض السطر',
  lineWidths: { narrow: 'ضيّق', medium: 'متوسط', wide: 'عريض' },
  theme: 'المظهر',
  themes: { system: 'حسب إعدادات الجهاز', light: 'فاتح', sepia: 'ورقي', dark: 'داكن' },
  digits: 'الأرقام',
  digitStyles: { arab: 'مشرقية ١٢٣', latn: 'غربية 123' },
  saved: 'تُحفظ اختياراتك على هذا الجهاز فقط.',
} as const;
