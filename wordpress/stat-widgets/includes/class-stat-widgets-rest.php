<?php
/**
 * What the block's settings offer: a feed's metrics, regions and periods, read by the server
 * (`GET /wp-json/stat-widgets/v1/feed?src=…`), for those who can edit posts, and only for feeds
 * they may use.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The editor's REST route.
 */
final class Stat_Widgets_Rest {

	/** Hooks the route in. */
	public static function init() {
		add_action( 'rest_api_init', array( __CLASS__, 'register' ) );
	}

	/** Registers the route. */
	public static function register() {
		register_rest_route(
			'stat-widgets/v1',
			'/feed',
			array(
				'methods'             => 'GET',
				'callback'            => array( __CLASS__, 'feed' ),
				'permission_callback' => function () {
					return current_user_can( 'edit_posts' );
				},
				'args'                => array(
					'src'  => array(
						'type'    => 'string',
						'default' => '',
					),
					'lang' => array(
						'type'    => 'string',
						'default' => '',
					),
				),
			)
		);
	}

	/**
	 * The feed's choices, or why there are none (`error`).
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function feed( WP_REST_Request $request ) {
		$attributes = Stat_Widgets_Render::normalize(
			array(
				'src'  => $request['src'],
				'lang' => $request['lang'],
			)
		);
		$src        = $attributes['src'];
		$lang       = $attributes['lang'];
		if ( '' === $src || ! Stat_Widgets_Settings::allows( $src ) ) {
			return array(
				'src'   => $src,
				'error' => '' === $src ? __( 'No feed set.', 'stat-widgets' ) : __( 'This feed is not one authors may use.', 'stat-widgets' ),
			);
		}
		$read = Stat_Widgets_Feed_Store::get( $src );
		$feed = $read['feed'];
		$out  = array(
			'src'   => $src,
			'error' => $read['error'],
		);
		if ( $feed ) {
			$out['metrics'] = array();
			foreach ( $feed->metrics() as $metric ) {
				$out['metrics'][] = array(
					'id'    => $metric['id'],
					'label' => Stat_Widgets_Feed::text_in( $metric['label'], $lang ),
				);
			}
			$out['regions'] = array();
			foreach ( $feed->regions() as $region ) {
				$out['regions'][] = array(
					'id'    => $region['id'],
					'name'  => Stat_Widgets_Feed::text_in( $region['name'], $lang ),
					'level' => $region['level'],
				);
			}
			$out['periods'] = $feed->periods();
		}
		return $out;
	}
}
