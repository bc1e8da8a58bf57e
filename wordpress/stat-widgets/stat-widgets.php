<?php
/**
 * Plugin Name:       Stat widgets
 * Description:       Live statistics widgets (counters, key figures, maps, timelines) from one JSON feed, as a block and a shortcode that authors can use, with today's numbers written into the page for readers without JavaScript and for search engines.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            stat-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stat-widgets
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'STAT_WIDGETS_VERSION', '0.1.0' );
define( 'STAT_WIDGETS_FILE', __FILE__ );
define( 'STAT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-feed.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-feed-store.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-fallback.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-reserve.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-settings.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-render.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-rest.php';
require_once STAT_WIDGETS_DIR . 'includes/class-stat-widgets-oembed.php';

Stat_Widgets_Settings::init();
Stat_Widgets_Render::init();
Stat_Widgets_Rest::init();
Stat_Widgets_Oembed::init();
