<?php
/**
 * Feeds fetched by the server, for the numbers written into pages: a conditional request
 * (`If-None-Match` / `If-Modified-Since`) with a short timeout whenever the feed's own
 * `Cache-Control` says the copy is no longer fresh (a feed without one is checked on every
 * page view; an unchanged feed then costs a 304). The last good body is kept in an option, so
 * a feed that dies or turns invalid leaves its last good numbers; after a failure the feed is
 * tried again a minute later, not on every page view.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Fetching and caching feeds.
 */
final class Stat_Widgets_Feed_Store {

	/** Options holding each feed's last good body: this prefix and the md5 of the URL. */
	const OPTION_PREFIX = 'stat_widgets_feed_';

	/** Seconds before a request is given up: a slow feed must not hold the page for long. */
	const TIMEOUT = 3;

	/** Seconds before a feed that failed is tried again. */
	const RETRY_AFTER = 60;

	/** Longest a copy counts as fresh, whatever the feed's `max-age` says (seconds). */
	const MAX_AGE = 3600;

	/** The widgets refuse larger feeds (`feedTiming.maxBytes`). */
	const MAX_BYTES = 20000000;

	/** @var array<string, array> Results already worked out in this request, by URL. */
	private static $results = array();

	/**
	 * A feed for the page: its numbers (the last good ones when it fails now) and what went wrong.
	 *
	 * @param string $url The feed's URL (already allowed).
	 * @return array{feed: Stat_Widgets_Feed|null, error: string, fetched_at: int}
	 *   `error` is '' when the feed is up to date; `fetched_at` is when the numbers were fetched (0: never).
	 */
	public static function get( $url ) {
		if ( ! isset( self::$results[ $url ] ) ) {
			self::$results[ $url ] = self::read( $url );
		}
		return self::$results[ $url ];
	}

	/**
	 * The option of a feed.
	 *
	 * @param string $url The feed's URL.
	 */
	public static function option_name( $url ) {
		return self::OPTION_PREFIX . md5( $url );
	}

	/**
	 * Checks the feed if the stored copy is not fresh, then reads the copy.
	 *
	 * @param string $url The feed's URL.
	 */
	private static function read( $url ) {
		$stored = get_option( self::option_name( $url ), array() );
		$entry  = array_merge(
			array(
				'url'           => $url,
				'body'          => '',
				'etag'          => '',
				'last_modified' => '',
				'fetched_at'    => 0,
				'fresh_until'   => 0,
				'retry_at'      => 0,
				'error'         => '',
			),
			is_array( $stored ) ? $stored : array()
		);
		$now    = time();
		$fresh  = '' !== $entry['body'] && $now < $entry['fresh_until'];
		$wait   = '' !== $entry['error'] && $now < $entry['retry_at'];
		if ( ! $fresh && ! $wait ) {
			$checked = self::check( $entry, $now );
			if ( self::worth_saving( $entry, $checked ) ) {
				update_option( self::option_name( $url ), $checked, false );
			}
			$entry = $checked;
		}
		$feed = null;
		if ( '' !== $entry['body'] ) {
			try {
				$feed = Stat_Widgets_Feed::parse( $entry['body'] );
			} catch ( Stat_Widgets_Feed_Error $error ) {
				$entry['error'] = $error->getMessage(); // Only valid bodies are kept: a changed plugin's stricter rules.
			}
		}
		return array(
			'feed'       => $feed,
			'error'      => $entry['error'],
			'fetched_at' => (int) $entry['fetched_at'],
		);
	}

	/**
	 * Whether a checked entry needs writing: a failure (its retry time), a new body, or a copy that
	 * stays fresh for a while; a feed checked on every page view (no max-age) and unchanged is
	 * written at most once a minute, not once per view.
	 *
	 * @param array $stored  The entry as stored.
	 * @param array $checked The entry after the check.
	 */
	private static function worth_saving( array $stored, array $checked ) {
		$clocks = array_flip( array( 'fetched_at', 'fresh_until', 'retry_at' ) );
		return '' !== $checked['error']
			|| array_diff_key( $stored, $clocks ) !== array_diff_key( $checked, $clocks )
			|| $checked['fresh_until'] > $checked['fetched_at']
			|| $checked['fetched_at'] - $stored['fetched_at'] > 60;
	}

	/**
	 * One conditional request: a new valid body replaces the stored one; a 304 keeps it; anything
	 * else keeps it and records the error.
	 *
	 * @param array $entry The stored copy.
	 * @param int   $now   The time.
	 * @return array The entry to store.
	 */
	private static function check( array $entry, $now ) {
		$headers = array( 'Accept' => 'application/json' );
		if ( '' !== $entry['body'] && '' !== $entry['etag'] ) {
			$headers['If-None-Match'] = $entry['etag'];
		}
		if ( '' !== $entry['body'] && '' !== $entry['last_modified'] ) {
			$headers['If-Modified-Since'] = $entry['last_modified'];
		}
		$response = wp_remote_get(
			$entry['url'],
			array(
				/**
				 * Seconds before a feed request is given up (default 3).
				 *
				 * @param int $seconds Seconds.
				 */
				'timeout'             => (float) apply_filters( 'stat_widgets_feed_timeout', self::TIMEOUT ),
				'headers'             => $headers,
				'limit_response_size' => self::MAX_BYTES,
				'user-agent'          => 'stat-widgets-wordpress/' . STAT_WIDGETS_VERSION . '; ' . home_url( '/' ),
			)
		);
		$error = '';
		if ( is_wp_error( $response ) ) {
			/* translators: %s: why the request failed. */
			$error = sprintf( __( 'the feed could not be reached (%s)', 'stat-widgets' ), $response->get_error_message() );
		} else {
			$status = (int) wp_remote_retrieve_response_code( $response );
			if ( 304 === $status && '' !== $entry['body'] ) {
				$entry['fetched_at'] = $now;
			} elseif ( 200 === $status ) {
				$body = (string) wp_remote_retrieve_body( $response );
				try {
					Stat_Widgets_Feed::parse( $body );
					$entry['body']          = $body;
					$entry['etag']          = (string) wp_remote_retrieve_header( $response, 'etag' );
					$entry['last_modified'] = (string) wp_remote_retrieve_header( $response, 'last-modified' );
					$entry['fetched_at']    = $now;
				} catch ( Stat_Widgets_Feed_Error $problem ) {
					/* translators: %s: the problem, named by its place in the feed. */
					$error = sprintf( __( 'the feed is not usable: %s', 'stat-widgets' ), $problem->getMessage() );
				}
			} else {
				/* translators: %d: an HTTP status code. */
				$error = sprintf( __( 'the feed server answered %d', 'stat-widgets' ), $status );
			}
		}
		$entry['error'] = $error;
		if ( '' !== $error ) {
			/**
			 * Seconds before a feed that failed is tried again (default 60).
			 *
			 * @param int    $seconds Seconds.
			 * @param string $url     The feed's URL.
			 */
			$entry['retry_at'] = $now + (int) apply_filters( 'stat_widgets_feed_retry_after', self::RETRY_AFTER, $entry['url'] );
			return $entry;
		}
		$entry['fresh_until'] = $now + self::max_age( (string) wp_remote_retrieve_header( $response, 'cache-control' ), $entry['url'] );
		return $entry;
	}

	/**
	 * Seconds a copy stays fresh: the feed's `max-age` (none, `no-cache` or `no-store`: 0), at most an hour.
	 *
	 * @param string $cache_control The feed's Cache-Control header.
	 * @param string $url           The feed's URL.
	 */
	private static function max_age( $cache_control, $url ) {
		$seconds = 0;
		if ( ! preg_match( '/\b(no-cache|no-store)\b/i', $cache_control ) && preg_match( '/\bmax-age\s*=\s*(\d+)/i', $cache_control, $match ) ) {
			$seconds = min( (int) $match[1], self::MAX_AGE );
		}
		/**
		 * Seconds a feed's copy counts as fresh before the next page view checks the feed again.
		 *
		 * @param int    $seconds From the feed's Cache-Control, at most an hour.
		 * @param string $url     The feed's URL.
		 */
		return max( 0, (int) apply_filters( 'stat_widgets_feed_max_age', $seconds, $url ) );
	}

	/**
	 * Every stored feed, for the settings page: URL, when fetched, the last error.
	 *
	 * @return array[]
	 */
	public static function stored() {
		global $wpdb;
		$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( self::OPTION_PREFIX ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a listing of our own options.
		$out   = array();
		foreach ( $names as $name ) {
			$entry = get_option( $name );
			if ( is_array( $entry ) && isset( $entry['url'] ) ) {
				$out[] = $entry;
			}
		}
		return $out;
	}

	/** Forgets what this request worked out (tests, and after the settings change). */
	public static function reset() {
		self::$results = array();
	}
}
