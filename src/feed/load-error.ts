import { problemText, type ProblemParams } from './problems.js';
import type { Problem } from './types.js';

/** How a load failed: no answer, a refused one, or a document that cannot be used. */
export type LoadFailure = 'network' | 'timeout' | 'http' | 'too-large' | 'not-feed' | 'not-topology';

/**
 * The one error of the loaders (a feed, the map's geometry, the menu's actions file). `message`
 * says it in English, naming the URL (src/feed/problems.ts words it from `kind` and `params`).
 */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadFailure,
    readonly url: string,
    /** The values of the message: `status` and `statusText` (http), `reason` (network), `seconds`, `limit`, `path` and `problem` (not-feed). */
    readonly params: ProblemParams = {},
    /** For `not-feed`: the fatal problem, with its path. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(problemText(kind, { ...params, url }));
  }

  /** The HTTP status of an `http` failure (404, 503…). */
  get status(): number | undefined {
    return this.params['status'] as number | undefined;
  }
}
