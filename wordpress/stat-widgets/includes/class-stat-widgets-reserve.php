<?php
/**
 * The widget's box before its script runs, as src/embed/reserve.ts writes it for the snippet
 * builder: the element's display (and a theme's padding) inline, the fallback laid out like the
 * live widget by inline styles on its own markup (a counter's lines, a summary's grid of
 * counters, a map's or a timeline's table scrolling in the drawing's box), and the period of its
 * numbers, which the widget names if its feed cannot be loaded. test/wordpress/ checks that the
 * server writes what the builder writes.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Styles that reserve a widget's box.
 */
final class Stat_Widgets_Reserve {

	/** Read by screen readers and search engines, not drawn; takes no room. */
	const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
	/** Cells without a theme's table styles. */
	const CELL = 'padding:0;border:0;text-align:inherit;font-weight:inherit';
	/** A counter's label, number, and change or note (stat-counter.styles.ts). */
	const LABEL = 'font-size:var(--stat-counter-label-size,1em);line-height:1.3;min-height:1.3em';
	const VALUE = 'font-size:var(--stat-counter-value-size,2.25em);font-weight:var(--stat-counter-value-weight,700);line-height:1.15;font-variant-numeric:tabular-nums;white-space:nowrap';
	const SMALL = 'font-size:.85em;line-height:1.3';
	/** The "Get the data" button's row, in pixels. */
	const MENU = 28;
	const MENU_ROW = 'margin:0;height:28px;line-height:28px;font-size:.85em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis';
	const FONT = 'font-family:var(--stat-font-family,inherit)';
	/** The package geometry's height per width, and its rounding (src/math/projection.ts). */
	const MAP_RATIO   = '10000/7823';
	const MAP_ROUNDING = 1.4;

	/** CSS properties of these styles that WordPress's kses does not know (safecss_filter_attr). */
	const PROPERTIES = array( 'display', 'position', 'clip-path', 'white-space', 'text-overflow', 'font-variant-numeric', 'order', 'box-sizing', 'aspect-ratio' );

	/**
	 * The period of a table's numbers: the latest in its period column (a range's end), else the chosen one, else ''.
	 *
	 * @param array $attributes Normalized attributes.
	 * @param array $table      A data table.
	 */
	public static function period( array $attributes, array $table ) {
		$column = 'timeline' === $attributes['widget'] ? 0 : ( 'map' === $attributes['widget'] ? -1 : 2 );
		$latest = '';
		if ( $column >= 0 ) {
			foreach ( $table['rows'] as $row ) {
				$period = self::period_end( isset( $row[ $column ] ) ? $row[ $column ] : '' );
				if ( preg_match( '/^\d{4}(-\d\d){0,2}$/', $period ) && strcmp( $period, $latest ) > 0 ) {
					$latest = $period;
				}
			}
		}
		return '' !== $latest ? $latest : $attributes['period'];
	}

	/**
	 * A period cell's period: the end of a range (`2013–2024`).
	 *
	 * @param mixed $cell A cell.
	 */
	private static function period_end( $cell ) {
		$parts = explode( '–', (string) $cell );
		return (string) end( $parts );
	}

	/**
	 * The element's inline style: the display its `:host` styles give, and a theme's padding.
	 *
	 * @param array $attributes Normalized attributes.
	 */
	public static function host_style( array $attributes ) {
		$display = 'counter' === $attributes['widget'] ? 'display:inline-block;vertical-align:top' : 'display:block';
		return '' !== $attributes['theme'] ? $display . ';padding:.75em' : $display;
	}

	/**
	 * The styles of the fallback's parts (keys as Stat_Widgets_Fallback::html() reads them; `cells`
	 * by row and column), or null without numbers.
	 *
	 * @param array      $attributes Normalized attributes.
	 * @param array|null $table      A data table.
	 * @return array|null
	 */
	public static function layout( array $attributes, $table ) {
		if ( ! $table || ! $table['rows'] ) {
			return null;
		}
		$widget   = $attributes['widget'];
		$rows     = count( $table['rows'] );
		$credit   = self::MENU_ROW;
		$menu_row = 1 === $rows || '' === $table['source'] ? self::MENU : 0;
		$latest   = self::period( $attributes, $table );
		$note     = function ( $row ) use ( $attributes, $table, $latest ) {
			return '' !== $attributes['period'] || self::period_end( isset( $table['rows'][ $row ][2] ) ? $table['rows'][ $row ][2] : '' ) !== $latest;
		};
		if ( ( 'counter' === $widget || 'summary' === $widget ) && 1 === $rows ) {
			return array(
				'line'  => 'display:flex;flex-direction:column;gap:.15em;margin:0;min-width:7ch;text-align:var(--stat-counter-align,start);' . self::FONT . ';padding-bottom:' . ( 'counter' === $widget ? 'calc(' . self::MENU . 'px + .15em)' : self::MENU . 'px' ),
				'label' => self::LABEL,
				'value' => self::VALUE,
				'words' => $note( 0 ) ? self::SMALL . ';order:1;width:0;min-width:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis' : self::HIDDEN,
				'rest'  => self::SMALL,
				'tail'  => 'font-size:0',
			);
		}
		if ( 'summary' === $widget ) {
			$cells = array();
			foreach ( $table['rows'] as $r => $row ) {
				foreach ( $row as $c => $cell ) {
					if ( 0 === $c ) {
						$cells[ $r ][ $c ] = self::CELL . ';' . self::LABEL;
					} elseif ( 3 === $c ) {
						$cells[ $r ][ $c ] = self::CELL . ';' . self::VALUE;
					} elseif ( 2 === $c && $note( $r ) ) {
						$cells[ $r ][ $c ] = self::CELL . ';' . self::SMALL . ';order:1';
					} elseif ( 4 === $c && null !== $cell ) {
						$cells[ $r ][ $c ] = self::CELL . ';' . self::SMALL;
					} else {
						$cells[ $r ][ $c ] = self::HIDDEN;
					}
				}
			}
			return array(
				'table'   => 'display:block;margin:0;font-size:1em;text-align:var(--stat-counter-align,start);' . self::FONT . ( $menu_row ? ';padding-bottom:' . self::MENU . 'px' : '' ),
				'caption' => self::HIDDEN,
				'head'    => self::HIDDEN,
				'body'    => 'display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,var(--stat-summary-min-item-width,10rem)),1fr));gap:var(--stat-summary-gap,1rem 2rem)',
				'row'     => 'display:flex;flex-direction:column;gap:.15em;min-width:0',
				'cells'   => $cells,
				'credit'  => $credit,
			);
		}
		$box = 'display:block;margin:0;font-size:1em;overflow:auto;' . self::FONT;
		if ( 'map' === $widget ) {
			$small = 'economic-region' === $attributes['level'] ? 0 : 1;
			// Bands of .51em + 28 px: period, "Find a region", small areas (districts only), table toggle.
			$em    = round( 1.9 + 1.7 + 0.51 * ( 3 + $small ) + 1.8, 3 );
			$px    = self::MENU * ( 3 + $small ) + $menu_row + self::MAP_ROUNDING;
			$style = $box . ';box-sizing:content-box;aspect-ratio:' . self::MAP_RATIO . ';padding:0 0 calc(' . $em . 'em + ' . $px . 'px)';
		} else {
			$style = $box . ';box-sizing:border-box;height:calc(' . ( 300 + 2 * self::MENU + $menu_row ) . 'px + .935em)';
		}
		return array(
			'table'  => $style,
			'line'   => $style,
			'credit' => $credit,
		);
	}

	/**
	 * Lets kses keep these styles on the fallback (its allowlist knows neither their properties nor
	 * `repeat()` and `inset()`): for the one call that filters our own markup.
	 *
	 * @param callable $filter The kses call.
	 */
	public static function with_styles( callable $filter ) {
		$properties = function ( $allowed ) {
			return array_merge( $allowed, self::PROPERTIES );
		};
		add_filter( 'safe_style_css', $properties );
		add_filter( 'safecss_filter_attr_allow_css', '__return_true' );
		try {
			return $filter();
		} finally {
			remove_filter( 'safe_style_css', $properties );
			remove_filter( 'safecss_filter_attr_allow_css', '__return_true' );
		}
	}
}
