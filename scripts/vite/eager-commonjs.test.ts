import { describe, expect, it } from 'vitest';
import { eagerCommonJs } from './eager-commonjs.ts';

describe('CommonJS wrappers compiled with the script', () => {
  it('turns each wrapper arrow into a parenthesized function with the same parameters', () => {
    const chunk = [
      'var require_react = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
      '\tmodule.exports = require_react_production();',
      '}));',
      'var require_scheduler = /* @__PURE__ */ __commonJSMin(((exports) => {',
      '\texports.now = () => 1;',
      '}));',
      'var require_x = __commonJSMin((() => {}));',
    ].join('\n');
    expect(eagerCommonJs(chunk)).toBe(
      [
        'var require_react = /* @__PURE__ */ __commonJSMin((function(exports, module) {',
        '\tmodule.exports = require_react_production();',
        '}));',
        'var require_scheduler = /* @__PURE__ */ __commonJSMin((function(exports) {',
        '\texports.now = () => 1;',
        '}));',
        'var require_x = __commonJSMin((function() {}));',
      ].join('\n'),
    );
  });

  it('leaves every other arrow alone, and code that only mentions the wrapper', () => {
    const code = 'const f = ((exports) => { return 1 }); const s = "__commonJSMin"; g(((a) => {})); my__commonJSMin(((a) => {}));';
    expect(eagerCommonJs(code)).toBe(code);
  });

  it('leaves a form it does not know as it is (the build then warns)', () => {
    expect(eagerCommonJs('__commonJSMin((exports) => {')).toBe('__commonJSMin((exports) => {');
  });

  it('keeps `$` in parameters literally', () => {
    expect(eagerCommonJs('__commonJSMin((($a, $$) => {')).toBe('__commonJSMin((function($a, $$) {');
  });
});
