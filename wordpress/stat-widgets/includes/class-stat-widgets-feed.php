<?php
/**
 * A feed (FEED.md, version 1) read the way the widgets read it: the same fatal and row-level
 * rules as src/feed/validate.ts, and the same choice of values as src/feed/select.ts, so that
 * the numbers written into a page equal the numbers the widget then shows.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A feed that cannot be used (not JSON, wrong version, no metrics): the message names the place.
 */
class Stat_Widgets_Feed_Error extends Exception {
}

/**
 * A validated feed and its indexes.
 */
final class Stat_Widgets_Feed {

	/** @var array<string, array{id: string, label: mixed, kind: string}> Metrics by id, in the feed's order. */
	private $metrics = array();

	/** @var array<string, array{id: string, name: mixed, level: string, parent?: string, geo?: string}> Regions by id, in the feed's order. */
	private $regions = array();

	/** @var array<string, string[]> Child region ids by parent id. */
	private $children = array();

	/** @var array<string, array<string, array<string, int|float|null>>> Period → region → metric → value. */
	private $rows = array();

	/** @var string[] Every period with a row, oldest first. */
	private $periods = array();

	/** @var array<string, int|float|null> Sums of children, once computed. */
	private $derived = array();

	/** @var string|array<string, string>|null The feed's title (Text). */
	private $title;

	/** @var string|array<string, string>|null The source's name (Text). */
	private $source_name;

	/**
	 * Parses and validates feed text.
	 *
	 * @param string $text The feed's body.
	 * @return Stat_Widgets_Feed
	 * @throws Stat_Widgets_Feed_Error When the feed cannot be used at all.
	 */
	public static function parse( $text ) {
		$document = json_decode( $text );
		if ( null === $document && JSON_ERROR_NONE !== json_last_error() ) {
			throw new Stat_Widgets_Feed_Error( '$: not JSON: ' . json_last_error_msg() );
		}
		return new self( $document );
	}

	/**
	 * Reads a decoded document (objects as stdClass, so that {} and [] stay apart).
	 *
	 * @param mixed $document The decoded JSON.
	 * @throws Stat_Widgets_Feed_Error When the feed cannot be used at all.
	 */
	private function __construct( $document ) {
		if ( ! is_object( $document ) ) {
			throw new Stat_Widgets_Feed_Error( '$: expected a feed object, got ' . self::describe( $document ) );
		}
		$fields  = get_object_vars( $document );
		$version = array_key_exists( 'version', $fields ) ? $fields['version'] : null;
		if ( ! self::is_number( $version ) || 1 != $version ) { // phpcs:ignore Universal.Operators.StrictComparisons -- 1.0 is 1, as in JSON.
			throw new Stat_Widgets_Feed_Error(
				array_key_exists( 'version', $fields )
					? 'version: unsupported feed version ' . self::describe( $version ) . '; this plugin reads version 1'
					: 'version: missing; this plugin reads feed version 1'
			);
		}
		if ( ! isset( $fields['metrics'] ) || ! is_array( $fields['metrics'] ) ) {
			throw new Stat_Widgets_Feed_Error( 'metrics: expected an array of metrics, got ' . self::describe( isset( $fields['metrics'] ) ? $fields['metrics'] : null ) );
		}
		$this->read_metrics( $fields['metrics'] );
		if ( ! $this->metrics ) {
			throw new Stat_Widgets_Feed_Error( 'metrics: the feed has no usable metric' );
		}
		$this->read_regions( isset( $fields['regions'] ) ? $fields['regions'] : null );
		$this->read_observations( isset( $fields['observations'] ) ? $fields['observations'] : null );
		$this->title = isset( $fields['title'] ) ? self::text( $fields['title'] ) : null;
		if ( isset( $fields['source'] ) && is_object( $fields['source'] ) && isset( $fields['source']->name ) ) {
			$this->source_name = self::text( $fields['source']->name );
		}
	}

	/**
	 * Describes a value for a message, as validate.ts does.
	 *
	 * @param mixed $value Any decoded JSON value.
	 */
	private static function describe( $value ) {
		if ( null === $value ) {
			return 'nothing';
		}
		if ( is_array( $value ) ) {
			return 'an array';
		}
		if ( is_object( $value ) ) {
			return 'an object';
		}
		if ( is_bool( $value ) ) {
			return $value ? 'true' : 'false';
		}
		return is_string( $value ) ? wp_json_encode( $value ) : (string) $value;
	}

	/**
	 * A finite number (JSON true is not one).
	 *
	 * @param mixed $value Any decoded JSON value.
	 */
	private static function is_number( $value ) {
		return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) );
	}

	/**
	 * Text: a string, or language → string (entries that are not strings are dropped); null if unusable.
	 *
	 * @param mixed $value Any decoded JSON value.
	 * @return string|array<string, string>|null
	 */
	private static function text( $value ) {
		if ( is_string( $value ) ) {
			return $value;
		}
		if ( ! is_object( $value ) ) {
			return null;
		}
		$text = array();
		foreach ( get_object_vars( $value ) as $lang => $string ) {
			if ( is_string( $string ) ) {
				$text[ (string) $lang ] = $string;
			}
		}
		return $text ? $text : null;
	}

	/**
	 * Metrics: a slug id (the first of a duplicate wins), a kind (else stock), a label (else the id).
	 *
	 * @param array $items The feed's metrics.
	 */
	private function read_metrics( array $items ) {
		foreach ( $items as $item ) {
			if ( ! is_object( $item ) || ! isset( $item->id ) || ! is_string( $item->id ) || ! preg_match( '/^[a-z][a-z0-9_-]*$/', $item->id ) ) {
				continue;
			}
			if ( isset( $this->metrics[ $item->id ] ) ) {
				continue;
			}
			$label                      = isset( $item->label ) ? self::text( $item->label ) : null;
			$this->metrics[ $item->id ] = array(
				'id'    => $item->id,
				'label' => null === $label ? $item->id : $label,
				'kind'  => isset( $item->kind ) && 'flow' === $item->kind ? 'flow' : 'stock',
			);
		}
	}

	/**
	 * Regions: a non-empty id (the first of a duplicate wins) and a known level; parents that are
	 * unknown or make a cycle are cut, as in validate.ts.
	 *
	 * @param mixed $items The feed's regions.
	 */
	private function read_regions( $items ) {
		if ( ! is_array( $items ) ) {
			return;
		}
		foreach ( $items as $item ) {
			if ( ! is_object( $item ) || ! isset( $item->id ) || ! is_string( $item->id ) || '' === $item->id || isset( $this->regions[ $item->id ] ) ) {
				continue;
			}
			$level = isset( $item->level ) ? $item->level : null;
			if ( ! in_array( $level, array( 'country', 'economic-region', 'district' ), true ) ) {
				continue;
			}
			$name   = isset( $item->name ) ? self::text( $item->name ) : null;
			$region = array(
				'id'    => $item->id,
				'name'  => null === $name ? $item->id : $name,
				'level' => $level,
			);
			if ( isset( $item->parent ) && is_string( $item->parent ) ) {
				$region['parent'] = $item->parent;
			}
			if ( isset( $item->geo ) && is_string( $item->geo ) ) {
				$region['geo'] = $item->geo;
			}
			$this->regions[ $item->id ] = $region;
		}
		foreach ( array_keys( $this->regions ) as $id ) {
			$id = (string) $id; // A numeric id is an integer key in a PHP array.
			if ( ! isset( $this->regions[ $id ]['parent'] ) ) {
				continue;
			}
			if ( ! isset( $this->regions[ $this->regions[ $id ]['parent'] ] ) ) {
				unset( $this->regions[ $id ]['parent'] );
				continue;
			}
			$visited = array( $id => true );
			$cursor  = $this->regions[ $id ]['parent'];
			while ( null !== $cursor && ! isset( $visited[ $cursor ] ) ) {
				$visited[ $cursor ] = true;
				$cursor             = isset( $this->regions[ $cursor ]['parent'] ) ? $this->regions[ $cursor ]['parent'] : null;
			}
			if ( $cursor === $id ) {
				unset( $this->regions[ $id ]['parent'] );
			}
		}
		foreach ( $this->regions as $region ) {
			if ( isset( $region['parent'] ) ) {
				$this->children[ $region['parent'] ][] = $region['id'];
			}
		}
	}

	/**
	 * Observations: a row with a bad period, an unknown region or metric, a value that is not a
	 * number or null, or a second row for the same period and region, is dropped.
	 *
	 * @param mixed $items The feed's observations.
	 */
	private function read_observations( $items ) {
		if ( ! is_array( $items ) ) {
			return;
		}
		$valid = array();
		foreach ( $items as $item ) {
			if ( ! is_object( $item ) ) {
				continue;
			}
			$fields = get_object_vars( $item );
			$period = isset( $fields['period'] ) ? $fields['period'] : null;
			$region = isset( $fields['region'] ) ? $fields['region'] : null;
			if ( ! is_string( $period ) ) {
				continue;
			}
			if ( ! isset( $valid[ $period ] ) ) {
				$valid[ $period ] = null !== self::parse_period( $period );
			}
			if ( ! $valid[ $period ] || ! is_string( $region ) || ! isset( $this->regions[ $region ] ) ) {
				continue;
			}
			$values = array();
			foreach ( $fields as $key => $value ) {
				$key = (string) $key;
				if ( 'period' === $key || 'region' === $key ) {
					continue;
				}
				if ( ! isset( $this->metrics[ $key ] ) || ( null !== $value && ! self::is_number( $value ) ) ) {
					continue 2;
				}
				$values[ $key ] = $value;
			}
			if ( isset( $this->rows[ $period ][ $region ] ) ) {
				continue;
			}
			$this->rows[ $period ][ $region ] = $values;
		}
		$this->periods = array_map( 'strval', array_keys( $this->rows ) );
		usort( $this->periods, array( __CLASS__, 'compare_periods' ) );
	}

	/**
	 * A period's span in days since 1970-01-01 (start inclusive, end exclusive) and its granularity;
	 * null for anything but YYYY, YYYY-MM or a real YYYY-MM-DD.
	 *
	 * @param string $period A period.
	 * @return array{start: int, end: int, granularity: string, year: int, month: int, day: int}|null
	 */
	public static function parse_period( $period ) {
		if ( ! is_string( $period ) || ! preg_match( '/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/', $period, $match ) ) {
			return null;
		}
		$year = (int) $match[1];
		if ( ! isset( $match[2] ) ) {
			return array(
				'start'       => self::days( $year, 1, 1 ),
				'end'         => self::days( $year + 1, 1, 1 ),
				'granularity' => 'year',
				'year'        => $year,
				'month'       => 1,
				'day'         => 1,
			);
		}
		$month = (int) $match[2];
		if ( $month < 1 || $month > 12 ) {
			return null;
		}
		if ( ! isset( $match[3] ) ) {
			return array(
				'start'       => self::days( $year, $month, 1 ),
				'end'         => 12 === $month ? self::days( $year + 1, 1, 1 ) : self::days( $year, $month + 1, 1 ),
				'granularity' => 'month',
				'year'        => $year,
				'month'       => $month,
				'day'         => 1,
			);
		}
		$day  = (int) $match[3];
		$leap = ( 0 === $year % 4 && 0 !== $year % 100 ) || 0 === $year % 400;
		$last = array( 31, $leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 );
		if ( $day < 1 || $day > $last[ $month - 1 ] ) {
			return null;
		}
		$start = self::days( $year, $month, $day );
		return array(
			'start'       => $start,
			'end'         => $start + 1,
			'granularity' => 'day',
			'year'        => $year,
			'month'       => $month,
			'day'         => $day,
		);
	}

	/**
	 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (any year 0–9999).
	 *
	 * @param int $year  Year.
	 * @param int $month Month, 1–12.
	 * @param int $day   Day of the month.
	 */
	private static function days( $year, $month, $day ) {
		// Howard Hinnant's days_from_civil: no timestamps, so years before 1901 work on every PHP.
		$year -= $month <= 2 ? 1 : 0;
		$era   = intdiv( $year >= 0 ? $year : $year - 399, 400 );
		$yoe   = $year - $era * 400;
		$doy   = intdiv( 153 * ( $month + ( $month > 2 ? -3 : 9 ) ) + 2, 5 ) + $day - 1;
		$doe   = $yoe * 365 + intdiv( $yoe, 4 ) - intdiv( $yoe, 100 ) + $doy;
		return $era * 146097 + $doe - 719468;
	}

	/**
	 * Orders periods as dates: by the end of the span, then the shorter span first (period.ts).
	 *
	 * @param string $a A period.
	 * @param string $b Another.
	 */
	public static function compare_periods( $a, $b ) {
		$pa = self::parse_period( (string) $a );
		$pb = self::parse_period( (string) $b );
		if ( ! $pa || ! $pb ) {
			return $pa ? 1 : ( $pb ? -1 : 0 );
		}
		return ( $pa['end'] - $pb['end'] ) ?: ( $pb['start'] - $pa['start'] );
	}

	/**
	 * Picks a Text in a language: the language, its base (`az` for `az-Latn`), English, then the first one.
	 *
	 * @param string|array<string, string>|null $text A Text.
	 * @param string                            $lang A language tag.
	 */
	public static function text_in( $text, $lang ) {
		if ( null === $text ) {
			return '';
		}
		if ( is_string( $text ) ) {
			return $text;
		}
		$base = strtolower( explode( '-', $lang )[0] );
		foreach ( array( $lang, $base, 'en' ) as $key ) {
			if ( isset( $text[ $key ] ) ) {
				return $text[ $key ];
			}
		}
		return (string) reset( $text );
	}

	/** @return string[] Every period, oldest first. */
	public function periods() {
		return $this->periods;
	}

	/** The latest period in the feed, or null. */
	public function latest_period() {
		return $this->periods ? end( $this->periods ) : null;
	}

	/** @return array<string, array> The metrics, by id, in the feed's order. */
	public function metrics() {
		return $this->metrics;
	}

	/**
	 * A metric by id, or null.
	 *
	 * @param string $id Metric id.
	 */
	public function metric( $id ) {
		return isset( $this->metrics[ $id ] ) ? $this->metrics[ $id ] : null;
	}

	/** @return array<string, array> The regions, by id, in the feed's order. */
	public function regions() {
		return $this->regions;
	}

	/**
	 * A region by id, or null.
	 *
	 * @param string $id Region id.
	 */
	public function region( $id ) {
		return isset( $this->regions[ $id ] ) ? $this->regions[ $id ] : null;
	}

	/** The country: the first region of level `country`, else the first without a parent; null for none. */
	public function country() {
		foreach ( $this->regions as $region ) {
			if ( 'country' === $region['level'] ) {
				return $region;
			}
		}
		foreach ( $this->regions as $region ) {
			if ( ! isset( $region['parent'] ) ) {
				return $region;
			}
		}
		return null;
	}

	/** The feed's title (Text) or null. */
	public function title() {
		return $this->title;
	}

	/** The source's name (Text) or null. */
	public function source_name() {
		return $this->source_name;
	}

	/**
	 * A region's value for a period: its own row's, else the sum of its children when every one is known.
	 *
	 * @param string $metric Metric id.
	 * @param string $region Region id.
	 * @param string $period Period.
	 * @return int|float|null
	 */
	public function value( $metric, $region, $period ) {
		if ( isset( $this->rows[ $period ] ) && array_key_exists( $region, $this->rows[ $period ] ) ) {
			$own = $this->rows[ $period ][ $region ];
			return array_key_exists( $metric, $own ) ? $own[ $metric ] : null;
		}
		$key = $metric . "\0" . $region . "\0" . $period;
		if ( array_key_exists( $key, $this->derived ) ) {
			return $this->derived[ $key ];
		}
		$children = isset( $this->children[ $region ] ) ? $this->children[ $region ] : array();
		$sum      = $children ? 0 : null;
		foreach ( $children as $child ) {
			$value = $this->value( $metric, $child, $period );
			if ( null === $value ) {
				$sum = null;
				break;
			}
			$sum += $value;
		}
		if ( null !== $sum && ! is_finite( (float) $sum ) ) {
			$sum = null;
		}
		$this->derived[ $key ] = $sum;
		return $sum;
	}

	/**
	 * The latest known value (and its period) at or before `until`, or null.
	 *
	 * @param string      $metric Metric id.
	 * @param string      $region Region id.
	 * @param string|null $until  Last period to look at.
	 * @return array{value: int|float, period: string}|null
	 */
	public function latest( $metric, $region, $until = null ) {
		for ( $i = count( $this->periods ) - 1; $i >= 0; $i-- ) {
			$period = $this->periods[ $i ];
			if ( null !== $until && self::compare_periods( $period, $until ) > 0 ) {
				continue;
			}
			$value = $this->value( $metric, $region, $period );
			if ( null !== $value ) {
				return array(
					'value'  => $value,
					'period' => $period,
				);
			}
		}
		return null;
	}

	/**
	 * The latest known value strictly before `period`, or null.
	 *
	 * @param string $metric Metric id.
	 * @param string $region Region id.
	 * @param string $period Period.
	 * @return array{value: int|float, period: string}|null
	 */
	public function previous( $metric, $region, $period ) {
		for ( $i = count( $this->periods ) - 1; $i >= 0; $i-- ) {
			$candidate = $this->periods[ $i ];
			if ( self::compare_periods( $candidate, $period ) >= 0 ) {
				continue;
			}
			$value = $this->value( $metric, $region, $candidate );
			if ( null !== $value ) {
				return array(
					'value'  => $value,
					'period' => $candidate,
				);
			}
		}
		return null;
	}

	/**
	 * What a counter shows. A stock: its value for `period`, else its latest. A flow: its count for
	 * `period`, else the sum of every known period's count.
	 *
	 * @param string      $metric_id Metric id.
	 * @param string      $region    Region id.
	 * @param string|null $period    Period, or null for the default.
	 * @return array{value: int|float|null, period: string|null, previous: array|null}
	 */
	public function counter( $metric_id, $region, $period = null ) {
		$metric = $this->metric( $metric_id );
		$none   = array(
			'value'    => null,
			'period'   => null,
			'previous' => null,
		);
		if ( ! $metric ) {
			return array_merge( $none, array( 'period' => $period ) );
		}
		if ( null !== $period || 'stock' === $metric['kind'] ) {
			if ( null === $period ) {
				$latest = $this->latest( $metric_id, $region );
				if ( ! $latest ) {
					return $none;
				}
				$period = $latest['period'];
			}
			return array(
				'value'    => $this->value( $metric_id, $region, $period ),
				'period'   => $period,
				'previous' => $this->previous( $metric_id, $region, $period ),
			);
		}
		$total = null;
		$last  = null;
		foreach ( $this->periods as $candidate ) {
			$value = $this->value( $metric_id, $region, $candidate );
			if ( null === $value ) {
				continue;
			}
			$total = ( null === $total ? 0 : $total ) + $value;
			$last  = array(
				'value'  => $value,
				'period' => $candidate,
			);
		}
		if ( null === $total || null === $last || ! is_finite( (float) $total ) ) {
			return $none;
		}
		$before = $this->previous( $metric_id, $region, $last['period'] );
		return array(
			'value'    => $total,
			'period'   => $last['period'],
			'previous' => $before ? array(
				'value'  => $total - $last['value'],
				'period' => $before['period'],
			) : null,
		);
	}
}
