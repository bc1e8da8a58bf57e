/**
 * Remembers the last result of a pure function and computes again only when one of its
 * arguments changed (compared with `Object.is`), as `@lit/task` decides with its `args`.
 * The one guard every element uses to decide when to re-derive from the feed: an animation
 * frame, a hover or an unrelated property does not rebuild values, scales, classes or tables.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: Args | undefined;
  let result!: Result;
  return (...args: Args): Result => {
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last![i]))) {
      result = compute(...args);
      last = args;
    }
    return result;
  };
}
