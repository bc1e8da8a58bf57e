// Settings for `cem analyze` (run by scripts/build.mjs).
export default {
  plugins: [
    {
      // The analyzer reads `dispatchEvent(new StatFeedWarningEvent(url, …))` as an event named
      // after the constructor's first argument (`url`, `id`). Every event of ours is `stat-*`
      // and declared with `@event`: keep only those.
      name: 'stat-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('stat-'));
      },
    },
  ],
};
