<?php
// WordPress's own PHP, run on text from standard input, for the embed tests (test/support/embed-server.mjs):
//   php wordpress.php filter URL   wp_filter_oembed_result(): what WordPress keeps of an untrusted
//                                  provider's oEmbed HTML for URL (the secret fixed to XYZXYZXYZ1)
//   php wordpress.php autop        wpautop(): the classic editor's automatic paragraphs
// WORDPRESS_DIR (default /usr/share/wordpress, Debian's package) holds WordPress. Only files of
// wp-includes that define functions are loaded: no database, no settings.
define('ABSPATH', rtrim(getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress', '/') . '/');
define('WPINC', 'wp-includes');
$inc = ABSPATH . WPINC . '/';
require $inc . 'plugin.php';
require $inc . 'functions.php';
require $inc . 'kses.php';
require $inc . 'formatting.php';
require $inc . 'class-wp-oembed.php';
require $inc . 'embed.php';
// The pluggable and site functions the two filters call, as a fresh site answers them.
function wp_generate_password($length = 12, $special_chars = true, $extra_special_chars = false) { return 'XYZXYZXYZ1'; }
function get_bloginfo($show = '', $filter = 'raw') { return ''; }
function home_url($path = '', $scheme = null) { return 'http://127.0.0.1/' . ltrim($path, '/'); }

$input = stream_get_contents(STDIN);
if (($argv[1] ?? '') === 'filter') {
  $result = wp_filter_oembed_result($input, (object) ['type' => 'rich', 'html' => $input], $argv[2] ?? '');
  echo $result === false ? '' : $result;
} elseif (($argv[1] ?? '') === 'autop') {
  echo wpautop($input);
} else {
  fwrite(STDERR, "usage: php wordpress.php filter URL | autop\n");
  exit(2);
}
