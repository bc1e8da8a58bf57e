<?php
/**
 * The editor script's dependencies: WordPress's own globals and the drop-in widgets (for a live preview).
 *
 * @package StatWidgets
 */

return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render', 'wp-url', 'stat-widgets' ),
	'version'      => '0.1.0',
);
