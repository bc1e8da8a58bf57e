// The Intl objects a piece of code makes, counted (not timed): a page's first one costs 20–40 ms,
// and a count-up frame or a widget's drawing in az, en and ru should make none.

const KINDS = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'DisplayNames', 'Segmenter'] as const;

/** Starts counting `new Intl.X(lang, …)` (as `X(lang)`) and `localeCompare` calls; the function returned stops and gives them. */
function countIntl(): () => string[] {
  const made: string[] = [];
  const saved = KINDS.map((kind) => Intl[kind]);
  const localeCompare = String.prototype.localeCompare;
  KINDS.forEach((kind, i) => {
    (Intl as Record<string, unknown>)[kind] = new Proxy(saved[i]!, {
      construct: (target, args, newTarget) => (made.push(`${kind}(${String(args[0])})`), Reflect.construct(target, args, newTarget) as object),
    });
  });
  String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
    made.push('localeCompare');
    return localeCompare.apply(this, args);
  };
  return () => {
    KINDS.forEach((kind, i) => ((Intl as Record<string, unknown>)[kind] = saved[i]));
    String.prototype.localeCompare = localeCompare;
    return made;
  };
}

/** What `run` made. */
export function intlMade(run: () => void): string[] {
  const stop = countIntl();
  try {
    run();
  } catch (error) {
    stop();
    throw error;
  }
  return stop();
}

/** What `run` made until it settled. */
export async function intlMadeWhile(run: () => Promise<void>): Promise<string[]> {
  const stop = countIntl();
  try {
    await run();
  } catch (error) {
    stop();
    throw error;
  }
  return stop();
}
