/**
 * Every piece of interface text, in Arabic, in one module with a section per part of the app.
 * Content text never comes from here. Counts go through arabic-grammar.ts (number, then case);
 * every function takes the reader's digit style. Imports nothing from content.
 */
import { countOf, nouns, partOf } from './arabic-grammar.ts';
import { formatNumber, type DigitStyle } from './format.ts';
import type { SourceKind } from './source-kinds.ts';

/** The site frame: header, footer, lists of articles, pages that are not articles. */
export const appText = {
  siteName: 'صحيفة',
  /** A tab's title: what shows, then the site's name. */
  tabTitle: (title: string): string => `${title} — ${appText.siteName}`,
  siteTagline: 'قارئ للأخبار العربية وما تتضمّنه من منشورات',
  skipToArticle: 'انتقل إلى المحتوى',
  mainNavigation: 'التنقّل الرئيسي',
  siteHeader: 'رأس الموقع',
  mainLabel: 'المحتوى الرئيسي',
  siteFooter: 'تذييل الموقع',
  footerNote: 'صحيفة — تُعرض المقالات نصًّا كما وردت، دون أي طلب إلى مواقع أخرى.',

  collectionTitle: 'المقالات',
  listPageTitle: (page: number, digits: DigitStyle = 'arab') => `المقالات — الصفحة ${formatNumber(page, digits)}`,
  pageLoading: 'جارٍ تحميل الصفحة…',

  errorTitle: 'تعذّر عرض هذه الصفحة',
  errorBody: 'حدث خطأ غير متوقع أثناء عرض الصفحة. لم يُفقد شيء: يمكنك المحاولة مرة أخرى أو العودة إلى الصفحة الرئيسية.',
  errorRetry: 'المحاولة مرة أخرى',

  notFoundTitle: 'الصفحة غير موجودة',
  backHome: 'العودة إلى الصفحة الرئيسية',
  navTags: 'الوسوم',
  /** The way to the index of tags from the not-found page, a tag's page and the search. */
  allTags: 'كل الوسوم',
  navSearch: 'البحث',
} as const;

/** The names of the archive's pages: their titles and descriptions (page-meta.ts), shown by the pages too. */
export const archivePageText = {
  tagsTitle: 'الوسوم',
  tagsPageTitle: (page: number, digits: DigitStyle = 'arab') => (page === 1 ? 'الوسوم' : `الوسوم — الصفحة ${formatNumber(page, digits)}`),
  tagPageTitle: (tag: string, page: number, digits: DigitStyle = 'arab') =>
    page === 1 ? `الوسم \u2068#${tag}\u2069` : `الوسم \u2068#${tag}\u2069 — الصفحة ${formatNumber(page, digits)}`,
  searchTitle: 'البحث في المقالات',
} as const;

/** The article: its header, its footer and the notices about the address it was opened by. */
export const articleText = {
  readingTime: (minutes: number, digits: DigitStyle) => `وقت القراءة نحو ${countOf(minutes, nouns.minute, 'genitive', digits)}`,
  aboutArticle: 'عن هذا المقال',
  headlineExcerpt: 'العنوان مقتطف من النص',
  verbatimNote: 'نصّ المقال منقول كما ورد في مصدره، كلمةً بكلمة.',
  printedAddress: 'رابط المقال:',
  publisher: (name: string) => `الناشر: ${name}`,
  author: (name: string) => `الكاتب: ${name}`,
  noPublisherNoAuthor: 'الناشر والكاتب غير مذكورين في النص الأصلي.',
  noPublisher: 'الناشر غير مذكور في النص الأصلي.',
  noAuthor: 'الكاتب غير مذكور في النص الأصلي.',
  readFromStart: 'اقرأ المقال من بدايته',
  hiddenBlocks: (count: number, digits: DigitStyle) => `أُخفي هنا ${countOf(count, nouns.block, 'nominative', digits)}`,
  moreArticles: 'مقالات أخرى',
  newerArticle: 'المقال الأحدث',
  olderArticle: 'المقال الأقدم',
  allArticles: 'كل المقالات',
  endnotesTitle: 'الإحالات',
  sourcesInPrint: 'المصادر المذكورة في المقال',
  readingRate: (wordsPerMinute: number, digits: DigitStyle) =>
    `بمعدل ${countOf(wordsPerMinute, nouns.word, 'genitive', digits)} في الدقيقة للقارئ بالعربية`,
  headlineDerived: 'العنوان مقتطف حرفيًّا من مطلع المقال؛ لم يرد للنص عنوان في مصدره.',
  dateInferred: (date: string) => `التاريخ المرجَّح: ${date}`,
  dateStated: (date: string) => `نُشر في ${date}`,
  targetNotFound: 'لم نعثر على الفقرة المطلوبة في هذا المقال، فربما حُذفت أو تغيّر رابطها. إليك المقال من أوله.',
  targetFollowedAlias: 'تغيّر رابط هذه الفقرة بعد تحرير المقال، فنقلناك إلى موضعها الجديد.',
  resumedAfterUpdate: 'حُدّثت الصفحة إلى أحدث نسخة من الموقع، وهذا موضعك من المقال.',
  citationSource: (name: string) => `منسوب إلى: ${name}`,
} as const;

/** The static tweet cards. */
export const tweetText = {
  tweetFrom: (name: string) => `تغريدة من ${name}`,
  originalDate: (original: string) => `التاريخ كما ورد: ${original}`,
  profileLink: (handle: string) => `حساب @${handle} على X`,
  viewOnX: 'عرض التغريدة على X',
  mediaChip: 'صورة مرفقة على X',
  mediaLabel: (link: string) => `صورة مرفقة على X: ${link}`,
  linkLabel: (link: string) => `رابط خارجي: ${link}`,
  quotedNote: 'التغريدات منقولة كما اقتُبست في المقال؛ صورها المرفقة غير محمّلة حفاظًا على خصوصيتك.',
  unavailable: {
    deleted: 'حُذفت هذه التغريدة من X. هذا نصّها كما اقتُبس وقت نشر المقال.',
    withheld: 'حُجبت هذه التغريدة على X. هذا نصّها كما اقتُبس وقت نشر المقال.',
  },
} as const;

/** The tag list and the filter's status. */
export const hashtagText = {
  hashtagsTitle: 'وسوم المقال',
  // Where the tag occurs: «مواضع», as on the tag pages (what is shown or hidden are «مقاطع»).
  hashtagCount: (count: number, digits: DigitStyle) => countOf(count, nouns.place, 'nominative', digits),
  /** With at least one block shown (none: filterEmpty). */
  filterShowing: (shown: number, total: number, tag: string, digits: DigitStyle) =>
    `يظهر ما يحمل الوسم \u2068#${tag}\u2069 أو يذكره: ${partOf(shown, total, nouns.block, 'nominative', digits) ?? countOf(0, nouns.block, 'nominative', digits)}.`,
  // The tag is isolated: one typed in the address may be Latin, or markup shown as the text it is.
  filterEmpty: (tag: string) => `لا شيء في هذا المقال يحمل الوسم \u2068#${tag}\u2069 أو يذكره، فإليك المقال كاملًا.`,
  filterInvalid: 'الوسم المطلوب في الرابط غير صالح، فإليك المقال كاملًا.',
  filterClear: 'إظهار المقال كاملًا',
  // The label is isolated: a Latin tag must keep its # before it inside an Arabic line.
  everywhere: (tag: string) => `الوسم \u2068#${tag}\u2069 في كل مقالات «صحيفة»`,
} as const;

const sourceKinds: Readonly<Record<SourceKind, string>> = {
  'state-news-agency': 'وكالة أنباء رسمية حكومية',
  'news-agency': 'وكالة أنباء',
  'state-affiliated-media': 'إعلام تابع لجهة حكومية أو عسكرية',
  'news-outlet': 'وسيلة إعلام',
  // «من …»: true of one source and of several («مصدر عسكري», «مصادر عسكرية»).
  'unnamed-military': 'من المصادر العسكرية غير المسمّاة',
  'unnamed-official': 'من المصادر الرسمية غير المسمّاة',
  'unnamed-media': 'من المصادر الإعلامية غير المسمّاة',
  'social-media-individual': 'فرد على وسائل التواصل',
  'named-person': 'شخص مسمّى',
  organization: 'منظمة',
  unclassified: 'غير مصنّف',
};

/** The sources sidebar (a drawer on phones). */
export const sourcesText = {
  sourcesTitle: 'المصادر',
  sourcesOpen: 'المصادر',
  sourcesClose: 'إغلاق المصادر',
  sourceKinds,
  claims: (count: number, digits: DigitStyle) => countOf(count, nouns.claim, 'nominative', digits),
  sourceAffiliationAsOf: (date: string) => `كما كان الحال في ${date}`,
  sourceWebsite: 'موقع المصدر',
  sourceShowPlaces: 'إظهار ما نُسب إليه',
  sourcePlace: (index: number, total: number, digits: DigitStyle) => `الموضع ${formatNumber(index, digits)} من ${formatNumber(total, digits)}`,
  /** Said (not shown) as the stepper reaches a place: where, what it is, and the words claimed there. */
  placeReached: (index: number, total: number, words: string, tweet: boolean, digits: DigitStyle) =>
    `${total > 1 ? sourcesText.sourcePlace(index, total, digits) : 'ما نُسب إليه'}${tweet ? '، في تغريدة' : ''}: «${words}»`,
  sourceNext: 'الموضع التالي',
  sourcePrevious: 'الموضع السابق',
  backToReading: 'العودة إلى موضع القراءة',
  claimsOf: (name: string) => `ما نُسب إلى ${name}`,
  claimsClose: 'إغلاق شريط المواضع',
  asOfAll: (date: string) => `أوصاف المصادر كما كانت في ${date}.`,
  summaryUnattributed: (count: number, total: number, digits: DigitStyle) => {
    const part = partOf(count, total, nouns.paragraph, 'nominative', digits);
    return part === null ? 'لا فقرة في المقال بلا نسبة إلى مصدر.' : `${part} بلا نسبة إلى أي مصدر: صوت المقال نفسه.`;
  },
  summaryUnnamed: (count: number, total: number, digits: DigitStyle) => {
    const part = partOf(count, total, nouns.claim, 'genitive', digits);
    return part === null ? 'لا ادعاء في المقال يستند إلى مصدر لم يُذكر اسمه.' : `مصادر لم يُذكر اسمها تقف وراء ${part}.`;
  },
} as const;

/** The share control of a paragraph or tweet. */
/** A tweet on X, as its card shows it (available, or not known to be otherwise): see shareText.tweetBy. */
const tweetOnX = (name: string) => `\u200f\u2068${name}\u2069 على X`;

export const shareText = {
  shareParagraph: 'مشاركة الفقرة',
  copyParagraphLink: 'نسخ الفقرة ورابطها',
  shareTweet: 'مشاركة التغريدة',
  copyTweetLink: 'نسخ التغريدة ورابطها',
  shareArticle: 'مشاركة المقال',
  // Begins with the words the control shows (its name must hold its visible label).
  copyArticleLink: 'مشاركة المقال بنسخ عنوانه ورابطه',
  paragraphPermalink: 'رابط الفقرة',
  tweetPermalink: 'رابط التغريدة',
  articlePermalink: 'رابط المقال',
  /**
   * A paragraph's or tweet's control, named with the block's opening words: every paragraph has
   * one, and a list of the page's buttons (a screen reader's) must tell them apart.
   */
  ofBlock: (action: string, opening: string) => `${action}: «${opening}»`,
  articleCopied: 'تم نسخ عنوان المقال ورابطه',
  quoteCopied: 'تم نسخ الفقرة ورابطها',
  tweetCopied: 'تم نسخ التغريدة ورابطها',
  emptyBlock: '(بلا نص)',
  // Who wrote a quoted tweet, and where it stands now. The name is isolated (FSI…PDI): a Latin
  // name must not pull the Arabic around it. The leading RLM makes the whole text right to left
  // where an app takes its direction from the first strong letter without skipping isolates.
  tweetBy: {
    available: tweetOnX,
    unknown: tweetOnX,
    deleted: (name: string) => `\u200f\u2068${name}\u2069 في تغريدة حُذفت من X`,
    withheld: (name: string) => `\u200f\u2068${name}\u2069 في تغريدة حُجبت على X`,
  },
  copyRefused: 'تعذّر النسخ تلقائيًا. هذا هو الرابط، انسخه يدويًا:',
  copyTitle: 'انسخ الرابط',
  close: 'إغلاق',
} as const;

/** What only the build writes: the share images' labels and the share pages' link to the article. */
export const sharePageText = {
  imageKindParagraph: 'فقرة من مقال',
  // A tweet no longer on X says so, as its card and a copied quote do (shareText.tweetBy).
  imageKindTweet: {
    available: 'تغريدة مقتبسة في مقال',
    unknown: 'تغريدة مقتبسة في مقال',
    deleted: 'تغريدة حُذفت من X، مقتبسة في مقال',
    withheld: 'تغريدة حُجبت على X، مقتبسة في مقال',
  },
  imageKindArticle: 'مقال',
  imageAltParagraph: (headline: string) => `صورة فيها نص فقرة من مقال «${headline}» في «صحيفة»`,
  imageAltTweet: (name: string, headline: string, availability: 'available' | 'unknown' | 'deleted' | 'withheld') =>
    `صورة فيها تغريدة من \u2068${name}\u2069${availability === 'deleted' ? ' حُذفت من X' : availability === 'withheld' ? ' حُجبت على X' : ''} مقتبسة في مقال «${headline}» في «صحيفة»`,
  imageAltArticle: (headline: string) => `صورة فيها عنوان المقال «${headline}» ومطلعه، في «صحيفة»`,
  // A headline that is the lede's start is not drawn apart: the picture holds the lede only.
  imageAltArticleOpening: (headline: string) => `صورة فيها مطلع المقال «${headline}…» في «صحيفة»`,
  openParagraphInArticle: (headline: string) => `اقرأ الفقرة في مقال «${headline}»`,
  openTweetInArticle: (headline: string) => `اقرأ التغريدة في مقال «${headline}»`,
} as const;

/** The Atom feed of the newest articles. */
export const feedText = {
  copyright: 'نصوص المقالات لأصحابها، منقولة كما وردت.',
  dateInferred: '(تاريخ المقال مستنتَج، لا يذكره مصدره)',
  feedLink: 'أحدث المقالات في صحيفة (Atom)',
} as const;

/** Reading offline: saving an article, and pages asked for without a network. */
export const offlineText = {
  save: 'حفظ للقراءة دون اتصال',
  saved: 'محفوظ للقراءة دون اتصال',
  savedHint: 'محفوظ للقراءة دون اتصال: اضغط لإزالته',
  savedToast: 'حُفظ المقال: يمكنك قراءته دون اتصال بالشبكة.',
  removedToast: 'أُزيل المقال من المحفوظ للقراءة دون اتصال.',
  failedToast: 'تعذّر حفظ المقال للقراءة دون اتصال. حاول مرة أخرى حين يتوفر الاتصال.',
  offlineTitle: 'أنت غير متصل بالشبكة',
  offlineNotOpened: 'هذه الصفحة لم تُفتح من قبل على هذا الجهاز ولم تُحفظ للقراءة دون اتصال. المقالات التي قرأتها أو حفظتها متاحة دون اتصال، وستُفتح هذه الصفحة حين يعود الاتصال.',
  keptArticles: 'مقالات يمكنك قراءتها الآن',
} as const;

/** The reader settings' button, with every page (the panel's own text: settings-text.ts). */
export const settingsButtonText = {
  title: 'إعدادات القراءة',
  // The panel's code could not be loaded (it comes when first opened); offline, followed by
  // «أنت غير متصل بالشبكة.».
  unavailable: 'تعذّر فتح إعدادات القراءة. يمكنك المحاولة مرة أخرى.',
  unavailableOffline: 'تعذّر فتح إعدادات القراءة: ',
} as const;
