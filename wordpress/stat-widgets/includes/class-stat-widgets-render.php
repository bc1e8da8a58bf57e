<?php
/**
 * The block and the shortcode: both write the widget's element, with the feed's current numbers
 * inside as fallback content, and load the drop-in script once, in the footer, only on pages
 * that show a widget. The post itself holds only the block comment or the shortcode, which
 * WordPress keeps for every role (no `unfiltered_html` needed).
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Rendering widgets.
 */
final class Stat_Widgets_Render {

	/** The drop-in script's handle. */
	const SCRIPT = 'stat-widgets';

	/**
	 * A declarative shadow root that shows the numbers through a slot, as the widget does until it
	 * has live ones: the page lays them out once (PAGE_SHADOW in src/embed/snippet.ts says why).
	 */
	const PAGE_SHADOW = '<template shadowrootmode="open"><slot></slot></template>';

	/** The widgets, by the word after `stat-` in their tag. */
	const WIDGETS = array( 'counter', 'summary', 'map', 'timeline' );

	/** The attributes each widget's element takes from the block or shortcode (besides src, lang, theme). */
	const ATTRIBUTES = array(
		'counter'  => array( 'metric', 'region', 'period', 'show-delta' ),
		'summary'  => array( 'metrics', 'region', 'period', 'show-delta' ),
		'map'      => array( 'metric', 'period', 'level' ),
		'timeline' => array( 'metrics', 'region' ),
	);

	/** Hooks the script, the block and the shortcode in. */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'defer' ), 10, 2 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_settings' ) );
	}

	/** What the block's editor script needs to know of the settings. */
	public static function editor_settings() {
		$settings = Stat_Widgets_Settings::get();
		wp_add_inline_script(
			'stat-widgets-widget-editor-script',
			'window.statWidgetsEditor = ' . wp_json_encode(
				array(
					'defaultFeed'  => $settings['default_feed'],
					'allowedFeeds' => Stat_Widgets_Settings::allowed_list( $settings ),
					'siteLanguage' => self::site_language(),
				)
			) . ';',
			'before'
		);
	}

	/** Registers the script, the block (block/block.json) and the shortcode. */
	public static function register() {
		wp_register_script( self::SCRIPT, plugins_url( 'dist/stat-widgets.iife.js', STAT_WIDGETS_FILE ), array(), STAT_WIDGETS_VERSION, true );
		register_block_type( STAT_WIDGETS_DIR . 'block', array( 'render_callback' => array( __CLASS__, 'block' ) ) );
		add_shortcode( 'stat_widget', array( __CLASS__, 'shortcode' ) );
	}

	/**
	 * Adds `defer` to the drop-in script's tag (WordPress 6.1 has no loading strategies).
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 */
	public static function defer( $tag, $handle ) {
		if ( self::SCRIPT !== $handle || false !== strpos( $tag, ' defer' ) ) {
			return $tag;
		}
		return str_replace( ' src=', ' defer src=', $tag );
	}

	/**
	 * The block's HTML.
	 *
	 * @param array $attributes The block's attributes (block.json).
	 */
	public static function block( $attributes ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		if ( isset( $attributes['showDelta'] ) ) {
			$attributes['show-delta'] = $attributes['showDelta'];
		}
		return self::render( $attributes, get_block_wrapper_attributes() );
	}

	/**
	 * The shortcode's HTML: `[stat_widget widget="summary" src="…" show-delta="1"]`.
	 *
	 * @param array|string $atts The shortcode's attributes.
	 */
	public static function shortcode( $atts ) {
		$atts = is_array( $atts ) ? $atts : array();
		foreach ( $atts as $key => $value ) {
			// A bare word (`[stat_widget show-delta]`) arrives as a value with a numeric key.
			if ( is_int( $key ) && 'show-delta' === $value ) {
				$atts['show-delta'] = '1';
			}
		}
		return self::render( $atts, 'class="wp-block-stat-widgets-widget"' );
	}

	/**
	 * The widget, or, for those who can edit posts, what is wrong with it. Never a PHP warning:
	 * anything unexpected leaves the bare element, which loads its numbers itself.
	 *
	 * @param array  $raw     The block's or shortcode's attributes.
	 * @param string $wrapper The wrapper's attributes (escaped).
	 */
	private static function render( array $raw, $wrapper ) {
		$attributes = self::normalize( $raw );
		$note       = '';
		$inner      = '';
		$reserve    = '';
		try {
			if ( '' === $attributes['src'] ) {
				return self::editor_note( __( 'No feed: set the feed URL in the block (or the shortcode’s src), or a default feed in Settings → Stat widgets.', 'stat-widgets' ), $wrapper );
			}
			if ( ! Stat_Widgets_Settings::allows( $attributes['src'] ) ) {
				/* translators: %s: a feed URL. */
				return self::editor_note( sprintf( __( 'This feed is not one authors may use: %s. An administrator can add it in Settings → Stat widgets.', 'stat-widgets' ), $attributes['src'] ), $wrapper );
			}
			list( $inner, $note, $reserve ) = self::fallback( $attributes );
		} catch ( Throwable $error ) {
			if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
				error_log( 'stat-widgets: ' . $error->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions -- for site developers, never on the page.
			}
			$inner = '';
		}
		wp_enqueue_script( self::SCRIPT );
		$tag = 'stat-' . $attributes['widget'];
		return '<div ' . $wrapper . '>' . self::note_html( $note ) . self::preload( $attributes['src'] ) . '<' . $tag . self::element_attributes( $attributes ) . $reserve . '>' . ( '' !== $inner ? self::PAGE_SHADOW . "\n" . $inner . "\n" : '' ) . '</' . $tag . '></div>';
	}

	/** Feeds preloaded on this page so far. */
	private static $preloaded = array();

	/**
	 * A preload of the feed, once per feed and page: the browser fetches it while the script (in the
	 * footer) loads, and the widget's first request takes that response (src/feed/load.ts asks
	 * with the browser's cache, no headers of its own, same-origin credentials, as `crossorigin` does).
	 *
	 * @param string $src The feed's URL.
	 */
	private static function preload( $src ) {
		if ( isset( self::$preloaded[ $src ] ) ) {
			return '';
		}
		self::$preloaded[ $src ] = true;
		return '<link rel="preload" as="fetch" href="' . esc_url( $src ) . '" crossorigin>';
	}

	/**
	 * The attributes as strings, the widget one of the four, the feed an http(s) URL (the default feed when none).
	 *
	 * @param array $raw The block's or shortcode's attributes.
	 */
	public static function normalize( array $raw ) {
		$out = array();
		foreach ( array( 'widget', 'src', 'metric', 'metrics', 'region', 'period', 'level', 'theme', 'lang' ) as $key ) {
			$out[ $key ] = isset( $raw[ $key ] ) && is_scalar( $raw[ $key ] ) ? trim( (string) $raw[ $key ] ) : '';
		}
		$out['widget'] = in_array( $out['widget'], self::WIDGETS, true ) ? $out['widget'] : 'counter';
		// Saving as a role without unfiltered_html runs kses over block attributes and post text, which writes & as &amp;.
		$src            = str_replace( '&amp;', '&', $out['src'] );
		$out['src']     = '' !== $src ? Stat_Widgets_Settings::http_url( $src ) : Stat_Widgets_Settings::get()['default_feed'];
		$out['level']   = '' !== $out['level'] ? $out['level'] : 'district';
		$out['theme']   = in_array( $out['theme'], array( 'light', 'dark', 'auto' ), true ) ? $out['theme'] : '';
		$out['lang']    = '' !== $out['lang'] && preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $out['lang'] ) ? $out['lang'] : self::site_language();
		$delta          = isset( $raw['show-delta'] ) ? $raw['show-delta'] : false;
		$out['show-delta'] = true === $delta || ( is_string( $delta ) && in_array( strtolower( trim( $delta ) ), array( '1', 'true', 'yes', 'on', 'show-delta' ), true ) ) || 1 === $delta;
		// The widgets' own defaults for what the plugin does not set.
		$out['label'] = '';
		$out['from']  = '';
		$out['to']    = '';
		return $out;
	}

	/**
	 * The site's language as the widgets speak it: `az`, `ru` or `en`.
	 */
	public static function site_language() {
		return Stat_Widgets_Fallback::base_language( get_locale() );
	}

	/**
	 * The element's attributes, in the snippet builder's order, escaped.
	 *
	 * @param array $attributes Normalized attributes.
	 */
	private static function element_attributes( array $attributes ) {
		$names = array_merge( array( 'src' ), self::ATTRIBUTES[ $attributes['widget'] ], array( 'lang', 'theme' ) );
		$order = array( 'src', 'metric', 'metrics', 'region', 'period', 'level', 'lang', 'theme', 'show-delta' );
		$html  = '';
		foreach ( $order as $name ) {
			if ( ! in_array( $name, $names, true ) ) {
				continue;
			}
			if ( 'show-delta' === $name ) {
				$html .= $attributes['show-delta'] ? ' show-delta' : '';
			} elseif ( 'src' === $name ) {
				$html .= ' src="' . esc_url( $attributes['src'] ) . '"';
			} elseif ( '' !== $attributes[ $name ] ) {
				$html .= ' ' . $name . '="' . esc_attr( $attributes[ $name ] ) . '"';
			}
		}
		return $html;
	}

	/**
	 * The fallback content (the numbers, or why there are none) and a note for editors.
	 *
	 * @param array $attributes Normalized attributes.
	 * @return string[] [the HTML inside the element, the note for editors, the element's attributes that reserve its box]
	 */
	private static function fallback( array $attributes ) {
		$lang   = $attributes['lang'];
		$read   = Stat_Widgets_Feed_Store::get( $attributes['src'] );
		$feed   = $read['feed'];
		$inner  = '';
		$note   = '';
		$indent = '  ';
		$extra  = '';
		if ( $feed ) {
			$mistake = Stat_Widgets_Fallback::mistake( $feed, $attributes );
			if ( '' !== $mistake ) {
				// The widget says it too, in English, naming the attribute to fix.
				return array( '', $mistake, '' );
			}
			$table = Stat_Widgets_Fallback::data_table( $feed, $attributes, $lang, STAT_WIDGETS_DIR . 'dist/geo/azerbaijan-regions.topo.json' );
			// Words without numbers are for readers without scripts (<noscript>): the widget says them itself, live.
			$inner = $table ? Stat_Widgets_Fallback::html( $table, $indent, Stat_Widgets_Reserve::layout( $attributes, $table ) ) : $indent . '<noscript><p>' . esc_html( Stat_Widgets_Fallback::string( 'noData', $lang ) ) . '</p></noscript>';
			if ( $table ) {
				// As the snippet builder writes it (src/embed/reserve.ts): the numbers' period, the element's box.
				$period = Stat_Widgets_Reserve::period( $attributes, $table );
				$extra  = ( '' !== $period ? ' fallback-period="' . esc_attr( $period ) . '"' : '' ) . ' style="' . esc_attr( Stat_Widgets_Reserve::host_style( $attributes ) ) . '"';
			}
		}
		if ( '' !== $read['error'] ) {
			if ( $feed ) {
				$when   = wp_date( 'Y-m-d H:i', $read['fetched_at'] );
				$inner .= "\n" . $indent . '<p><small>' . esc_html( Stat_Widgets_Fallback::string( 'stale', $lang ) . ' (' . Stat_Widgets_Fallback::string( 'lastUpdated', $lang, array( 'time' => $when ) ) . ')' ) . '</small></p>';
				/* translators: 1: what went wrong, 2: date and time. */
				$note = sprintf( __( 'Feed problem: %1$s. Readers see the numbers fetched %2$s.', 'stat-widgets' ), $read['error'], $when );
			} else {
				$inner = $indent . '<noscript><p>' . esc_html( Stat_Widgets_Fallback::string( 'error', $lang ) ) . '</p></noscript>';
				/* translators: %s: what went wrong. */
				$note = sprintf( __( 'Feed problem: %s. Readers see the widget’s error until the feed works.', 'stat-widgets' ), $read['error'] );
			}
		}
		return array( self::kses( $inner ), $note, $extra );
	}

	/**
	 * The fallback through kses, with only the elements it is made of (its strings are escaped already).
	 *
	 * @param string $html Fallback HTML.
	 */
	private static function kses( $html ) {
		$scope = array( 'scope' => true );
		$style = array( 'style' => true );
		return Stat_Widgets_Reserve::with_styles(
			function () use ( $html, $scope, $style ) {
				return wp_kses(
					$html,
					array(
						'noscript' => array(),
						'p'        => $style,
						'small'    => array(),
						'span'     => $style,
						'b'        => $style,
						'table'    => $style,
						'caption'  => $style,
						'thead'    => $style,
						'tbody'    => $style,
						'tr'       => $style,
						'th'       => $scope + $style,
						'td'       => $style,
					)
				);
			}
		);
	}

	/**
	 * Whether the people viewing this may be told what is wrong (those who can edit posts: the
	 * editor's preview and their own view of the page).
	 */
	private static function for_editors() {
		return current_user_can( 'edit_posts' );
	}

	/**
	 * A note for editors, inside the wrapper; nothing for readers.
	 *
	 * @param string $message The note.
	 * @param string $wrapper The wrapper's attributes.
	 */
	private static function editor_note( $message, $wrapper ) {
		return self::for_editors() ? '<div ' . $wrapper . '>' . self::note_html( $message ) . '</div>' : '';
	}

	/**
	 * A note's HTML, for editors only.
	 *
	 * @param string $message The note ('' for none).
	 */
	private static function note_html( $message ) {
		if ( '' === $message || ! self::for_editors() ) {
			return '';
		}
		return '<p class="stat-widgets-note" role="note" style="border-left:4px solid #dba617;background:#fcf9e8;color:#1d2327;padding:8px 12px;margin:0 0 8px;font-size:14px">'
			. '<strong>' . esc_html__( 'Stat widget', 'stat-widgets' ) . ':</strong> ' . esc_html( $message ) . '</p>';
	}
}
