// Runs before the page's modules (a classic deferred script, so it works when they do not
// load): while the checker loads, the page says so and its controls stay disabled (see
// index.html: main[aria-busy], [data-wait]); app.js enables them once everything is ready.
// When the checker cannot start, this says why and what to do, in the page's language.
(function () {
  'use strict';
  var TEXT = {
    'zh-CN': {
      unsupported: ['您的浏览器无法运行本页的检查程序。', '本页需要浏览器支持 WebAssembly。请把浏览器更新到最新版本，或换用 Chrome、Edge（96 及以上）、Firefox（79 及以上）、Safari（15 及以上）打开本页；使用360、QQ等浏览器的，请切换到“极速模式”。'],
      failed: ['本页的检查程序未能加载。', '可能是网络中断或不稳定。请检查网络连接后点击“重新加载”；如果仍然不行，请稍后再试，或换用其他浏览器。'],
      reload: '重新加载',
      slow: '网络较慢，仍在加载…如长时间没有反应，请刷新页面重试。',
      loading: '正在加载…',
    },
    en: {
      unsupported: ['Your browser cannot run this page’s checker.', 'This page needs WebAssembly. Update your browser, or open the page in Chrome or Edge 96, Firefox 79, Safari 15 or later.'],
      failed: ['This page’s checker did not load.', 'The connection may have dropped. Check it and press “Reload”; if that does not help, try again later or in another browser.'],
      reload: 'Reload',
      slow: 'The connection is slow; still loading… If nothing happens for a long time, reload the page.',
      loading: 'Loading…',
    },
  };
  function english() {
    try { return localStorage.getItem('jincheng-locale') === 'en'; } catch (e) { return false; /* no storage: Chinese */ }
  }
  function words() { return TEXT[english() ? 'en' : 'zh-CN']; }
  // The page's HTML says 正在加载…: on the English page, say it in English (and mark it so).
  function localiseLoading() {
    var status = document.getElementById('load-status');
    if (!english() || !status || status.classList.contains('load-failed')) return;
    status.lang = 'en';
    status.firstElementChild.textContent = TEXT.en.loading;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', localiseLoading);
  else localiseLoading();
  var root = document.documentElement;
  var failed = false;
  var slowTimer;
  var loading = function () { var main = document.querySelector('main'); return main && main.getAttribute('aria-busy') === 'true'; };

  function fail(code) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { fail(code); });
      return;
    }
    if (failed || !loading()) return;
    failed = true;
    clearTimeout(slowTimer);
    var main = document.querySelector('main');
    var w = words();
    var text = code === 'unsupported' ? w.unsupported : w.failed;
    var box = document.createElement('div');
    box.id = 'load-status';
    box.className = 'load-status load-failed';
    box.setAttribute('role', 'alert');
    if (english()) box.lang = 'en';
    var title = document.createElement('p');
    title.className = 'load-title';
    title.textContent = text[0];
    var what = document.createElement('p');
    what.textContent = text[1];
    box.append(title, what);
    if (code !== 'unsupported') {
      var again = document.createElement('button');
      again.type = 'button';
      again.textContent = w.reload;
      again.addEventListener('click', function () { location.reload(); });
      box.append(again);
    }
    var old = document.getElementById('load-status');
    if (old) old.replaceWith(box);
    else main.prepend(box);
    main.setAttribute('aria-busy', 'false');
    document.body.dataset.loadFailed = code;
  }

  // wasm.js marks <html data-checker> when it runs and data-checker-failed when the module
  // cannot start (it may run before this script, which loads async).
  if (root.dataset.checkerFailed) fail(root.dataset.checkerFailed);
  document.addEventListener('jincheng-load-failed', function (e) { fail(e.detail && e.detail.code); });
  // A script file that did not arrive (error events of elements do not bubble: capture), or
  // an error while the page starts.
  window.addEventListener('error', function (e) {
    if (!e.target || e.target === window || e.target.tagName === 'SCRIPT') fail('init_failed');
  }, true);
  window.addEventListener('unhandledrejection', function () { fail('init_failed'); });
  // By the load event every script has run or failed: if wasm.js never ran, its files failed.
  window.addEventListener('load', function () { if (!root.dataset.checker) fail('init_failed'); });
  slowTimer = setTimeout(function () {
    var status = document.getElementById('load-status');
    if (!loading() || failed || !status) return;
    var p = document.createElement('p');
    p.textContent = words().slow;
    status.append(p);
  }, 15000);
}());
