/**
 * The reading settings panel's text, in Arabic: a section of ui-text.ts kept apart because the
 * panel's code loads only when it is opened, and its text with it (a module the first script
 * imports brings with it every export that any chunk uses).
 */
import { settingsButtonText } from './ui-text.ts';

export const settingsText = {
  title: settingsButtonText.title,
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
  notSaved: 'تعذّر حفظ اختيارك على هذا الجهاز (التخزين ممتلئ أو محجوب)، فهو ساري المفعول في هذه الصفحة فقط.',
} as const;
