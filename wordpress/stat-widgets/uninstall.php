<?php
/**
 * Removes the plugin's options (its settings and every stored feed) when the plugin is deleted,
 * on every site of a network.
 *
 * @package StatWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes this site's options of the plugin. */
function stat_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'stat_widgets_settings' );
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'stat_widgets_feed_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own options, once.
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		stat_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	stat_widgets_uninstall_site();
}
