// Runs in the head before first paint, kept tiny and dependency-free (the build minifies it):
// 1. applies the reader's stored settings to <html> (no flash of the wrong theme, size or
//    digits); mirrors src/features/reader-settings/lib/settings.ts;
// 2. starts the app once the page has painted (scripts/vite/defer-app-scripts.ts): the built
//    page lists the app's module scripts as JSON instead of loading them at once.
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
  // The app's module scripts will run here: what it replaces after hydration need not be laid
  // out before (the phone's sources sidebar, which becomes a drawer: sources.module.css).
  if ('noModule' in document.createElement('script')) root.setAttribute('data-scripted', '');

  // The page's JSON list (absent in development, where the page loads its module itself).
  function startApp() {
    var list = document.getElementById('app-scripts');
    var scripts = list ? JSON.parse(list.textContent) : { preload: [] };
    scripts.preload.concat(scripts.module || []).forEach(function (url, index, all) {
      var module = index === all.length - 1 && scripts.module;
      var element = document.createElement(module ? 'script' : 'link');
      if (module) element.type = 'module';
      else element.rel = 'modulepreload';
      element.crossOrigin = '';
      element[module ? 'src' : 'href'] = url;
      document.head.appendChild(element);
    });
  }
  // A tap on one of the app's buttons before the app has started is kept, to be replayed once it
  // has hydrated (src/ui/early-tap.ts); from hydration on, React handles taps itself.
  var early = null;
  function keep(event) {
    early = (event.target.closest && event.target.closest('button')) || early;
  }
  document.addEventListener('click', keep, true);
  window.sahifaEarlyTap = function () {
    document.removeEventListener('click', keep, true);
    return early && early.isConnected ? early : null;
  };

  // After the first contentful paint (a hidden tab paints, and so starts, when it is shown);
  // where the browser does not report paints, once the page has loaded.
  var Observer = window.PerformanceObserver;
  if (Observer && Observer.supportedEntryTypes && Observer.supportedEntryTypes.indexOf('paint') >= 0) {
    new Observer(function (entries, self) {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      self.disconnect();
      startApp();
    }).observe({ type: 'paint', buffered: true });
  } else {
    window.addEventListener('load', startApp);
  }
})();
