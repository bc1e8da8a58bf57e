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
    {
      // Properties are declared as data (`static properties`, no decorators: src/elements): the
      // analyzer then marks each public field `privacy: "public"` (the default, written out) and
      // lists `{ state: true }` ones as attributes. Say what the decorators said: public is
      // implied, and internal state has no attribute.
      name: 'static-properties-as-declared',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set();
            for (const member of declaration.members ?? []) {
              if (member.privacy === 'public') delete member.privacy;
              else if (member.privacy) {
                hidden.add(member.name);
                delete member.attribute;
              }
            }
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
      },
    },
  ],
};
