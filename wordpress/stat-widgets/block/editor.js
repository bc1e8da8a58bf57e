/**
 * The "Stat widget" block in the editor, without a build step: WordPress's globals only. The
 * block is dynamic (the post keeps only its comment and attributes, which survive kses for every
 * role); the preview is the server's HTML, whose element the drop-in script (a dependency of this
 * one) upgrades into the live widget. The settings offer the feed's own metrics, regions and
 * periods, read by the server (REST route stat-widgets/v1/feed).
 */
(function (wp) {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment, useEffect, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, Notice, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __, sprintf } = wp.i18n;
  const apiFetch = wp.apiFetch;
  const { addQueryArgs } = wp.url;
  const settings = window.statWidgetsEditor || { defaultFeed: '', allowedFeeds: [], siteLanguage: 'en' };

  /** What each widget takes, besides the feed, theme and language. */
  const TAKES = {
    counter: ['metric', 'region', 'period', 'showDelta'],
    summary: ['metrics', 'region', 'period', 'showDelta'],
    map: ['metric', 'period', 'level'],
    timeline: ['metrics', 'region'],
  };

  /** The feed's metrics, regions and periods (or its problem), read again when the feed or language changes. */
  function useFeedInfo(src, lang) {
    const [info, setInfo] = useState(null);
    useEffect(() => {
      let current = true;
      setInfo(null);
      apiFetch({ path: addQueryArgs('/stat-widgets/v1/feed', { src, lang }) }).then(
        (answer) => current && setInfo(answer),
        (error) => current && setInfo({ error: error.message || String(error) }),
      );
      return () => {
        current = false;
      };
    }, [src, lang]);
    return info;
  }

  function options(first, items) {
    return [{ value: '', label: first }].concat(items);
  }

  function Edit({ attributes, setAttributes }) {
    const { widget, src, metric, metrics, region, period, level, theme, showDelta, lang } = attributes;
    const takes = TAKES[widget] || TAKES.counter;
    const info = useFeedInfo(src, lang);
    const chosen = metrics.split(/[\s,]+/).filter(Boolean);
    const feedHelp = [
      settings.defaultFeed ? sprintf(__('Empty: the default feed, %s.', 'stat-widgets'), settings.defaultFeed) : __('No default feed is set.', 'stat-widgets'),
      settings.allowedFeeds.length ? sprintf(__('Feeds you may use: %s', 'stat-widgets'), settings.allowedFeeds.join(', ')) : '',
    ].join(' ');

    const controls = [
      el(SelectControl, {
        key: 'widget',
        label: __('Widget', 'stat-widgets'),
        value: widget,
        options: [
          { value: 'counter', label: __('Counter (one number)', 'stat-widgets') },
          { value: 'summary', label: __('Key figures (a row of counters)', 'stat-widgets') },
          { value: 'map', label: __('Map', 'stat-widgets') },
          { value: 'timeline', label: __('Timeline', 'stat-widgets') },
        ],
        onChange: (value) => setAttributes({ widget: value }),
      }),
      el(TextControl, {
        key: 'src',
        type: 'url',
        label: __('Feed URL', 'stat-widgets'),
        value: src,
        placeholder: settings.defaultFeed,
        help: feedHelp,
        onChange: (value) => setAttributes({ src: value.trim() }),
      }),
    ];
    if (info && info.error) controls.push(el(Notice, { key: 'error', status: 'warning', isDismissible: false }, info.error));
    const metricList = (info && info.metrics) || [];
    if (takes.includes('metric')) {
      controls.push(
        metricList.length
          ? el(SelectControl, {
              key: 'metric',
              label: __('Metric', 'stat-widgets'),
              value: metric,
              options: options(
                __('— Choose —', 'stat-widgets'),
                metricList.map((m) => ({ value: m.id, label: m.label })),
              ),
              onChange: (value) => setAttributes({ metric: value }),
            })
          : el(TextControl, {
              key: 'metric',
              label: __('Metric (its id in the feed)', 'stat-widgets'),
              value: metric,
              onChange: (value) => setAttributes({ metric: value.trim() }),
            }),
      );
    }
    if (takes.includes('metrics')) {
      controls.push(
        metricList.length
          ? el(
              'fieldset',
              { key: 'metrics', className: 'stat-widgets-metrics' },
              el('legend', null, __('Metrics (none ticked: all)', 'stat-widgets')),
              metricList.map((m) =>
                el(CheckboxControl, {
                  key: m.id,
                  label: m.label,
                  checked: chosen.includes(m.id),
                  onChange: (on) =>
                    setAttributes({
                      metrics: metricList
                        .map((x) => x.id)
                        .filter((id) => (id === m.id ? on : chosen.includes(id)))
                        .join(','),
                    }),
                }),
              ),
            )
          : el(TextControl, {
              key: 'metrics',
              label: __('Metrics (ids, comma-separated; empty: all)', 'stat-widgets'),
              value: metrics,
              onChange: (value) => setAttributes({ metrics: value }),
            }),
      );
    }
    if (takes.includes('region') && info && info.regions) {
      controls.push(
        el(SelectControl, {
          key: 'region',
          label: __('Region', 'stat-widgets'),
          value: region,
          options: options(
            __('The country (default)', 'stat-widgets'),
            info.regions.map((r) => ({ value: r.id, label: r.name })),
          ),
          onChange: (value) => setAttributes({ region: value }),
        }),
      );
    }
    if (takes.includes('period') && info && info.periods) {
      controls.push(
        el(SelectControl, {
          key: 'period',
          label: __('Period', 'stat-widgets'),
          value: period,
          options: options(
            __('The latest (default)', 'stat-widgets'),
            info.periods
              .slice()
              .reverse()
              .map((p) => ({ value: p, label: p })),
          ),
          onChange: (value) => setAttributes({ period: value }),
        }),
      );
    }
    if (takes.includes('level')) {
      controls.push(
        el(SelectControl, {
          key: 'level',
          label: __('Areas', 'stat-widgets'),
          value: level,
          options: [
            { value: 'district', label: __('Districts', 'stat-widgets') },
            { value: 'economic-region', label: __('Economic regions', 'stat-widgets') },
          ],
          onChange: (value) => setAttributes({ level: value }),
        }),
      );
    }
    if (takes.includes('showDelta')) {
      controls.push(
        el(ToggleControl, {
          key: 'showDelta',
          label: __('Show the change since the previous period', 'stat-widgets'),
          checked: showDelta,
          onChange: (value) => setAttributes({ showDelta: value }),
        }),
      );
    }
    controls.push(
      el(SelectControl, {
        key: 'theme',
        label: __('Colours', 'stat-widgets'),
        value: theme,
        options: [
          { value: '', label: __('The page’s own', 'stat-widgets') },
          { value: 'light', label: __('Light card', 'stat-widgets') },
          { value: 'dark', label: __('Dark card', 'stat-widgets') },
          { value: 'auto', label: __('Light or dark, as the reader prefers', 'stat-widgets') },
        ],
        onChange: (value) => setAttributes({ theme: value }),
      }),
      el(SelectControl, {
        key: 'lang',
        label: __('Language', 'stat-widgets'),
        value: lang,
        options: [
          { value: '', label: sprintf(__('The site’s (%s)', 'stat-widgets'), settings.siteLanguage) },
          { value: 'az', label: 'Azərbaycanca' },
          { value: 'en', label: 'English' },
          { value: 'ru', label: 'Русский' },
        ],
        onChange: (value) => setAttributes({ lang: value }),
      }),
    );

    return el(
      Fragment,
      null,
      el(InspectorControls, null, el(PanelBody, { title: __('Widget', 'stat-widgets'), initialOpen: true }, controls)),
      el('div', useBlockProps(), el(ServerSideRender, { block: 'stat-widgets/widget', attributes })),
    );
  }

  registerBlockType('stat-widgets/widget', {
    edit: Edit,
    // Dynamic: the server writes the element and today's numbers on every view.
    save: () => null,
  });
})(window.wp);
