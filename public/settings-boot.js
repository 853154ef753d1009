// Applies the reader's stored settings to <html> before first paint (no flash of the wrong theme,
// size or digits). Kept tiny and dependency-free; mirrors src/features/reader-settings/lib/settings.ts.
(function () {
  var allowed = { textSize: [1, 2, 3, 4, 5], lineWidth: ['narrow', 'medium', 'wide'], theme: ['system', 'light', 'sepia', 'dark'], digits: ['arab', 'latn'] };
  var stored = {};
  try {
    stored = JSON.parse(localStorage.getItem('sahifa:settings') || '{}') || {};
  } catch (error) {
    stored = {};
  }
  function pick(name, fallback) {
    return allowed[name].indexOf(stored[name]) >= 0 ? stored[name] : fallback;
  }
  var root = document.documentElement;
  root.setAttribute('data-text-size', String(pick('textSize', 2)));
  root.setAttribute('data-line-width', pick('lineWidth', 'medium'));
  root.setAttribute('data-digits', pick('digits', 'arab'));
  var theme = pick('theme', 'system');
  if (theme !== 'system') root.setAttribute('data-theme', theme);
})();
