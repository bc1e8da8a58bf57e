<?php
/**
 * The embed host from the settings as a trusted oEmbed provider: a URL of one of its embed pages
 * (`https://HOST/…/embed/?widget=…`) pasted on a line of its own, or into an Embed block, becomes
 * the host's iframe and its `resize.js`, which WordPress leaves as they are for a provider it
 * trusts (an untrusted one's iframe is sandboxed and its script dropped).
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The oEmbed provider.
 */
final class Stat_Widgets_Oembed {

	/** Hooks the provider in. */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ), 5 );
	}

	/** Adds the provider when an embed host is set. */
	public static function register() {
		$pattern = self::pattern();
		if ( '' !== $pattern ) {
			wp_oembed_add_provider( $pattern, self::endpoint(), true );
		}
	}

	/**
	 * The embed pages' URLs: the host's (http or https), any folder, then `embed/`, optionally
	 * `index.html`, and a query. '' without a host.
	 */
	public static function pattern() {
		$host = Stat_Widgets_Settings::get()['embed_host'];
		if ( '' === $host ) {
			return '';
		}
		$authority = preg_replace( '#^https?://#i', '', $host );
		return '#^https?://' . preg_quote( $authority, '#' ) . '/(?:[^?\#]*/)?embed/(?:index\.html)?(?:\?[^\#]*)?$#i';
	}

	/** Where the host answers oEmbed requests: the setting, else the host followed by /oembed. */
	public static function endpoint() {
		$settings = Stat_Widgets_Settings::get();
		return '' !== $settings['oembed_endpoint'] ? $settings['oembed_endpoint'] : $settings['embed_host'] . '/oembed';
	}
}
