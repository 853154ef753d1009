import { expect, test } from 'vitest';
import { deferAppScripts } from './defer-app-scripts.ts';

const BUILT = `<head>
    <!--boot-->
    <script type="module" crossorigin src="/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-b2.js">
    <link rel="modulepreload" crossorigin href="/assets/vendor-c3.js">
    <link rel="stylesheet" crossorigin href="/assets/style-d4.css">
  </head>`;

test('the module script and its preloads become one JSON list, nothing else changes', () => {
  const html = deferAppScripts(BUILT);
  expect(html).not.toMatch(/type="module"|modulepreload/);
  expect(html).toContain('<!--boot-->');
  expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/style-d4.css">');
  const json = /<script type="application\/json" id="app-scripts">(.*?)<\/script>/.exec(html)?.[1];
  expect(JSON.parse(json ?? 'null')).toEqual({ module: '/assets/index-a1.js', preload: ['/assets/runtime-b2.js', '/assets/vendor-c3.js'] });
});

test('a page without exactly one module script is a build error', () => {
  expect(() => deferAppScripts('<head></head>')).toThrow(/found 0/);
  const twice = BUILT.replace('</head>', '<script type="module" crossorigin src="/assets/other.js"></script></head>');
  expect(() => deferAppScripts(twice)).toThrow(/found 2/);
});

test('no URL can close the data block', () => {
  const hostile = BUILT.replace('/assets/index-a1.js', '/assets/</script><script>alert(1)</script>.js');
  expect(deferAppScripts(hostile)).not.toContain('</script><script>alert(1)');
});

test("the entry's static imports are preloaded too, each once", () => {
  const html = deferAppScripts(BUILT, ['/assets/vendor-c3.js', '/assets/shared-e5.js']);
  const json = /<script type="application\/json" id="app-scripts">(.*?)<\/script>/.exec(html)?.[1];
  expect(JSON.parse(json ?? 'null')).toEqual({
    module: '/assets/index-a1.js',
    preload: ['/assets/runtime-b2.js', '/assets/vendor-c3.js', '/assets/shared-e5.js'],
  });
});
