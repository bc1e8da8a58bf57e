<?php
/**
 * Settings → Stat widgets: the default feed, the feeds authors may use, and the embed host
 * whose published embeds WordPress trusts (oEmbed). One option, `stat_widgets_settings`.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page and the settings' values.
 */
final class Stat_Widgets_Settings {

	const OPTION = 'stat_widgets_settings';
	const PAGE   = 'stat-widgets';

	/** The settings and their defaults. */
	const DEFAULTS = array(
		'default_feed'    => '',
		'allowed_feeds'   => '',
		'embed_host'      => '',
		'oembed_endpoint' => '',
	);

	/** Hooks the page in. */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( STAT_WIDGETS_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * The settings, defaults filled in.
	 *
	 * @return array{default_feed: string, allowed_feeds: string, embed_host: string, oembed_endpoint: string}
	 */
	public static function get() {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $stored ) ? array_intersect_key( $stored, self::DEFAULTS ) : array() );
	}

	/**
	 * An http(s) URL, or '' for anything else.
	 *
	 * @param string $url A URL.
	 */
	public static function http_url( $url ) {
		$url = trim( (string) $url );
		return preg_match( '#^https?://[^\s/?\#]+#i', $url ) ? esc_url_raw( $url, array( 'http', 'https' ) ) : '';
	}

	/**
	 * Whether authors may use a feed: the default feed, a URL listed, or one under a listed prefix
	 * (a line ending in `*`).
	 *
	 * @param string $url The feed's URL.
	 */
	public static function allows( $url ) {
		$settings = self::get();
		if ( '' === $url || '' === self::http_url( $url ) ) {
			return false;
		}
		if ( $url === $settings['default_feed'] ) {
			return true;
		}
		foreach ( self::allowed_list( $settings ) as $allowed ) {
			$prefix = '*' === substr( $allowed, -1 );
			$start  = $prefix ? substr( $allowed, 0, -1 ) : $allowed;
			// A prefix never reaches another host: `https://stats.example.org*` does not allow `https://stats.example.org.evil.test/`.
			if ( $prefix ? 0 === strpos( $url, $start ) && self::origin( $url ) === self::origin( $start ) : $url === $allowed ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A URL's scheme, user, host and port, lower-cased ('' when it cannot be parsed).
	 *
	 * @param string $url A URL.
	 */
	private static function origin( $url ) {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) ) {
			return '';
		}
		$origin = array();
		foreach ( array( 'scheme', 'user', 'host', 'port' ) as $key ) {
			$origin[] = isset( $parts[ $key ] ) ? (string) $parts[ $key ] : '';
		}
		return strtolower( implode( '|', $origin ) );
	}

	/**
	 * The allowed feeds, one per line.
	 *
	 * @param array $settings The settings.
	 * @return string[]
	 */
	public static function allowed_list( array $settings ) {
		return array_values( array_filter( array_map( 'trim', preg_split( '/\R/', $settings['allowed_feeds'] ) ), 'strlen' ) );
	}

	/** Registers the option and its fields (the Settings API). */
	public static function register() {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::DEFAULTS,
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'feeds', __( 'Feeds', 'stat-widgets' ), array( __CLASS__, 'feeds_intro' ), self::PAGE );
		add_settings_field( 'default_feed', __( 'Default feed', 'stat-widgets' ), array( __CLASS__, 'field' ), self::PAGE, 'feeds', array( 'key' => 'default_feed', 'label_for' => 'stat-widgets-default_feed' ) );
		add_settings_field( 'allowed_feeds', __( 'Feeds authors may use', 'stat-widgets' ), array( __CLASS__, 'field' ), self::PAGE, 'feeds', array( 'key' => 'allowed_feeds', 'label_for' => 'stat-widgets-allowed_feeds' ) );
		add_settings_section( 'embeds', __( 'Embeds (oEmbed)', 'stat-widgets' ), array( __CLASS__, 'embeds_intro' ), self::PAGE );
		add_settings_field( 'embed_host', __( 'Embed host', 'stat-widgets' ), array( __CLASS__, 'field' ), self::PAGE, 'embeds', array( 'key' => 'embed_host', 'label_for' => 'stat-widgets-embed_host' ) );
		add_settings_field( 'oembed_endpoint', __( 'oEmbed endpoint', 'stat-widgets' ), array( __CLASS__, 'field' ), self::PAGE, 'embeds', array( 'key' => 'oembed_endpoint', 'label_for' => 'stat-widgets-oembed_endpoint' ) );
	}

	/**
	 * Keeps http(s) URLs only; the embed host is kept as its origin.
	 *
	 * @param mixed $input The submitted values.
	 */
	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		$out   = self::DEFAULTS;
		foreach ( array( 'default_feed', 'oembed_endpoint' ) as $key ) {
			$out[ $key ] = isset( $input[ $key ] ) ? self::http_url( wp_unslash( $input[ $key ] ) ) : '';
		}
		$lines = isset( $input['allowed_feeds'] ) ? preg_split( '/\R/', (string) wp_unslash( $input['allowed_feeds'] ) ) : array();
		$kept  = array();
		foreach ( $lines as $line ) {
			$line   = trim( $line );
			$prefix = '*' === substr( $line, -1 );
			$url    = self::http_url( $prefix ? substr( $line, 0, -1 ) : $line );
			if ( '' !== $url ) {
				$kept[] = $url . ( $prefix ? '*' : '' );
			}
		}
		$out['allowed_feeds'] = implode( "\n", array_unique( $kept ) );
		$host                 = isset( $input['embed_host'] ) ? self::http_url( wp_unslash( $input['embed_host'] ) ) : '';
		$parts                = '' !== $host ? wp_parse_url( $host ) : false;
		$out['embed_host']    = $parts && isset( $parts['scheme'], $parts['host'] ) ? $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) : '';
		Stat_Widgets_Feed_Store::reset();
		return $out;
	}

	/** Adds the page under Settings. */
	public static function menu() {
		add_options_page( __( 'Stat widgets', 'stat-widgets' ), __( 'Stat widgets', 'stat-widgets' ), 'manage_options', self::PAGE, array( __CLASS__, 'page' ) );
	}

	/**
	 * A "Settings" link beside the plugin's name on the Plugins page.
	 *
	 * @param string[] $links The plugin's links.
	 */
	public static function action_links( $links ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ) . '">' . esc_html__( 'Settings', 'stat-widgets' ) . '</a>' );
		return $links;
	}

	/** Explains the feeds. */
	public static function feeds_intro() {
		echo '<p>' . esc_html__( 'The widgets read one JSON feed (version 1). The plugin fetches it on the server to write the current numbers into each page (for readers without JavaScript and for search engines); the widgets then load it in the browser, so the feed must allow cross-origin requests (Access-Control-Allow-Origin).', 'stat-widgets' ) . '</p>';
	}

	/** Explains the embed host. */
	public static function embeds_intro() {
		echo '<p>' . esc_html__( 'Where your published embeds live (the host that serves dist/embed/). A URL of its embed pages pasted on a line of its own, or into an Embed block, becomes the widget in a resizing iframe. Leave empty to trust no host.', 'stat-widgets' ) . '</p>';
	}

	/**
	 * One field.
	 *
	 * @param array $args `key`.
	 */
	public static function field( $args ) {
		$key      = $args['key'];
		$settings = self::get();
		$name     = self::OPTION . '[' . $key . ']';
		$id       = 'stat-widgets-' . $key;
		$help     = array(
			'default_feed'    => __( 'Used by blocks and shortcodes that name no feed.', 'stat-widgets' ),
			'allowed_feeds'   => __( 'One URL per line; a line ending in * allows every URL that starts with it. Any other feed is refused, with a message in the editor. The default feed is always allowed.', 'stat-widgets' ),
			'embed_host'      => __( 'For example https://stats.example.org', 'stat-widgets' ),
			'oembed_endpoint' => __( 'Where the host answers oEmbed requests; empty: the host followed by /oembed.', 'stat-widgets' ),
		);
		if ( 'allowed_feeds' === $key ) {
			printf( '<textarea id="%s" name="%s" rows="4" class="large-text code">%s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_textarea( $settings[ $key ] ) );
		} else {
			printf( '<input type="url" id="%s" name="%s" value="%s" class="regular-text code">', esc_attr( $id ), esc_attr( $name ), esc_attr( $settings[ $key ] ) );
		}
		printf( '<p class="description">%s</p>', esc_html( $help[ $key ] ) );
	}

	/** The page: the form, then what the server last fetched of each feed. */
	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form>';
		$stored = Stat_Widgets_Feed_Store::stored();
		if ( $stored ) {
			echo '<h2>' . esc_html__( 'Feeds read by the server', 'stat-widgets' ) . '</h2><table class="widefat striped"><thead><tr><th>' . esc_html__( 'Feed', 'stat-widgets' ) . '</th><th>' . esc_html__( 'Numbers fetched', 'stat-widgets' ) . '</th><th>' . esc_html__( 'Status', 'stat-widgets' ) . '</th></tr></thead><tbody>';
			foreach ( $stored as $entry ) {
				printf(
					'<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>',
					esc_html( $entry['url'] ),
					esc_html( ! empty( $entry['fetched_at'] ) ? wp_date( 'Y-m-d H:i', (int) $entry['fetched_at'] ) : '—' ),
					esc_html( ! empty( $entry['error'] ) ? $entry['error'] : __( 'up to date', 'stat-widgets' ) )
				);
			}
			echo '</tbody></table>';
		}
		echo '</div>';
	}
}
