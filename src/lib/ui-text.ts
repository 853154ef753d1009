/**
 * Every piece of interface text, in Arabic, in one place. Content text never comes from here.
 * Functions take already formatted numbers so the digit style stays the caller's choice.
 */
export const uiText = {
  siteName: 'صحيفة',
  siteTagline: 'قارئ للأخبار العربية وما تتضمّنه من منشورات',
  skipToArticle: 'انتقل إلى المقال',
  mainNavigation: 'التنقّل الرئيسي',
  home: 'الرئيسية',
  siteFooter: 'تذييل الموقع',
  footerNote: 'صحيفة — تُعرض المقالات نصًّا كما وردت، دون أي طلب إلى مواقع أخرى.',

  collectionTitle: 'المقالات',
  collectionDescription: 'مقالات إخبارية عربية بنصّها الكامل، مع التغريدات المضمّنة فيها ومصادر كل خبر.',
  paragraphCount: (count: string) => `${count} فقرات`,

  articleLoading: 'جارٍ تحميل المقال…',
  headlineDerived: 'العنوان مقتطف حرفيًّا من مطلع المقال؛ لم يرد للنص عنوان في مصدره.',
  dateInferred: (date: string) => `التاريخ المرجَّح: ${date}`,
  dateStated: (date: string) => `نُشر في ${date}`,
  inferredMark: '(مستنتَج)',
  provenanceNote: 'نصّ المقال منقول كما ورد في مصدره، كلمةً بكلمة. الناشر والكاتب غير مذكورين في النص الأصلي.',

  tweetFrom: (name: string) => `تغريدة من ${name}`,
  tweetDate: 'تاريخ التغريدة',
  tweetOriginalDate: (original: string) => `التاريخ كما ورد: ${original}`,
  tweetProfileLink: (handle: string) => `حساب @${handle} على X`,
  tweetViewOnX: 'عرض التغريدة على X',
  tweetViewProfileOnX: 'عرض الحساب على X',
  tweetMediaChip: 'صورة مرفقة على X',
  tweetMediaLabel: (link: string) => `صورة مرفقة على X: ${link}`,
  tweetLinkChip: 'رابط',
  tweetLinkLabel: (link: string) => `رابط خارجي: ${link}`,
  tweetQuotedNote: 'نُقلت التغريدة كما اقتُبست في المقال؛ الصورة المرفقة غير محمّلة حفاظًا على خصوصيتك.',
  tweetUnavailable: {
    deleted: 'حُذفت هذه التغريدة من X. هذا نصّها كما اقتُبس وقت نشر المقال.',
    withheld: 'حُجبت هذه التغريدة على X. هذا نصّها كما اقتُبس وقت نشر المقال.',
  },
  hashtagsTitle: 'وسوم المقال',
  hashtagCount: (count: string) => `${count} مقاطع`,
  filterShowing: (shown: string, total: string, tag: string) => `يظهر ${shown} من ${total} مقطعًا تحمل الوسم #${tag} أو تذكره.`,
  filterEmpty: (tag: string) => `لا شيء في هذا المقال يحمل الوسم #${tag} أو يذكره.`,
  filterInvalid: 'الوسم المطلوب في الرابط غير صالح.',
  filterClear: 'إظهار المقال كاملًا',
  filterHiddenCount: (hidden: string) => `أُخفي ${hidden} من مقاطع المقال.`,

  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'لم نعثر على الصفحة التي طلبتها. ربما تغيّر الرابط أو كُتب بشكل غير صحيح.',
  backHome: 'العودة إلى الصفحة الرئيسية',
} as const;
