<?php
/**
 * Plugin Name: Stat widgets (test only)
 * Description: What the plugin's tests need of the site: its language forced from an option (Debian ships no Azerbaijani language pack), the test's servers on 127.0.0.1 reachable for oEmbed, and failed feeds tried again at once.
 */

add_filter(
	'locale',
	function ( $locale ) {
		$forced = get_option( 'stat_widgets_test_locale' );
		return $forced ? $forced : $locale;
	}
);

// oEmbed fetches with wp_safe_remote_get, which refuses loopback hosts and ports other than 80, 443 and 8080.
add_filter( 'http_request_host_is_external', '__return_true' );
add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host, $url ) {
		$ports[] = (int) wp_parse_url( $url, PHP_URL_PORT );
		return $ports;
	},
	10,
	3
);

add_filter(
	'stat_widgets_feed_retry_after',
	function ( $seconds ) {
		$forced = get_option( 'stat_widgets_test_retry_after' );
		return '' === $forced || false === $forced ? $seconds : (int) $forced;
	}
);
