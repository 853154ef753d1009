/**
 * React and the scheduler ship as CommonJS only. Rolldown wraps each such module in
 * `__commonJSMin(((exports, module) => { … }))`, run when the module is first required: for the
 * entry's vendor chunk, while the app starts. V8 compiled those arrows lazily, on the main thread,
 * when they first ran; a parenthesized `function` expression it compiles eagerly, with the
 * script, which leaves the main thread free sooner (decision 0020). This rewrites the wrappers,
 * and nothing else, in the chunks before they are minified.
 */
import type { Plugin } from 'vite';

// `__commonJSMin(((exports, module) => {`: Rolldown parenthesizes the arrow and its parameters.
const WRAPPER = /\b__commonJSMin\(\(\(([\w$]*(?:,\s*[\w$]+)*)\)\s*=>\s*\{/g;

/** A chunk's CommonJS wrappers as parenthesized function expressions; the rest unchanged. */
export function eagerCommonJs(code: string): string {
  // Replaced by a function: the captured parameters are never read as a replacement pattern.
  return code.replace(WRAPPER, (_wrapper, params: string) => `__commonJSMin((function(${params}) {`);
}

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'sahifa:eager-commonjs',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!code.includes('__commonJSMin(')) return null;
      const eager = eagerCommonJs(code);
      // Rolldown writes (some of) its wrappers some other way: say so, rather than lose the gain unseen.
      const left = eager.split('__commonJSMin(').length - eager.split('__commonJSMin((function(').length;
      if (left > 0) this.warn(`${chunk.fileName}: ${left} CommonJS wrapper(s) not in the expected form; left as they are`);
      return { code: eager, map: null };
    },
  };
}
