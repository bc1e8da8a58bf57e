<?php
/**
 * The numbers a widget shows, as the plain HTML inside its element: what each widget's
 * `dataTable()` holds (src/elements/…), written as src/embed/snippet.ts `fallbackHtml()` writes
 * it, in the widget's language. Readers without scripts and search engines read it; the widget
 * hides it when it upgrades. test/wordpress/ checks it against the widgets in a browser.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Data tables and their HTML for the four widgets.
 */
final class Stat_Widgets_Fallback {

	/**
	 * The widgets' own strings that the tables use (src/format/strings.ts, the data menu's,
	 * the summary's, the map's and the timeline's catalogues; the snippet's source label).
	 */
	const STRINGS = array(
		'en' => array(
			'noData'           => 'No data',
			'error'            => 'The data could not be loaded',
			'stale'            => 'Not up to date',
			'lastUpdated'      => 'last updated {time}',
			'metric'           => 'Indicator',
			'region'           => 'Region',
			'period'           => 'Period',
			'value'            => 'Value',
			'change'           => 'Change',
			'keyFigures'       => 'Key figures',
			'area'             => 'Area',
			'share'            => 'Share',
			'city'             => 'city',
			'byDistrict'       => '{metric} by district, {period}',
			'byEconomicRegion' => '{metric} by economic region, {period}',
			'timeline'         => '{metrics} in {region}, {from}–{to}',
			'source'           => 'Source',
		),
		'az' => array(
			'noData'           => 'Məlumat yoxdur',
			'error'            => 'Məlumatları yükləmək mümkün olmadı',
			'stale'            => 'Məlumat köhnədir',
			'lastUpdated'      => 'son yenilənmə: {time}',
			'metric'           => 'Göstərici',
			'region'           => 'Ərazi',
			'period'           => 'Dövr',
			'value'            => 'Dəyər',
			'change'           => 'Dəyişiklik',
			'keyFigures'       => 'Əsas göstəricilər',
			'area'             => 'Ərazi',
			'share'            => 'Pay',
			'city'             => 'şəhər',
			'byDistrict'       => '{metric} rayonlar üzrə, {period}',
			'byEconomicRegion' => '{metric} iqtisadi rayonlar üzrə, {period}',
			'timeline'         => '{region}: {metrics}, {from}–{to}',
			'source'           => 'Mənbə',
		),
		'ru' => array(
			'noData'           => 'Нет данных',
			'error'            => 'Не удалось загрузить данные',
			'stale'            => 'Данные устарели',
			'lastUpdated'      => 'обновлено {time}',
			'metric'           => 'Показатель',
			'region'           => 'Территория',
			'period'           => 'Период',
			'value'            => 'Значение',
			'change'           => 'Изменение',
			'keyFigures'       => 'Основные показатели',
			'area'             => 'Территория',
			'share'            => 'Доля',
			'city'             => 'город',
			'byDistrict'       => '{metric} по районам, {period}',
			'byEconomicRegion' => '{metric} по экономическим районам, {period}',
			'timeline'         => '{metrics}, {region}, {from}–{to}',
			'source'           => 'Источник',
		),
	);

	/** Group and decimal separators, as Intl.NumberFormat writes them (az per CLDR, as number.ts forces). */
	const SEPARATORS = array(
		'en' => array( ',', '.' ),
		'az' => array( '.', ',' ),
		'ru' => array( "\u{a0}", ',' ),
	);

	/** Month names: stand-alone (a month alone) and, for ru, the genitive a day takes. */
	const MONTHS = array(
		'en' => array( 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December' ),
		'az' => array( 'yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr' ),
		'ru' => array( 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь' ),
	);
	const RU_MONTHS_OF = array( 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря' );

	/** The map's TopoJSON objects per level (src/feed/geo.ts). */
	const GEO_OBJECTS = array(
		'district'        => 'districts',
		'economic-region' => 'economic_regions',
	);

	/**
	 * The language the tables are written in: `az`, `ru` or `en` (the widgets' built-in ones).
	 *
	 * @param string $lang A language tag.
	 */
	public static function base_language( $lang ) {
		$base = strtolower( explode( '-', str_replace( '_', '-', (string) $lang ) )[0] );
		return isset( self::STRINGS[ $base ] ) ? $base : 'en';
	}

	/**
	 * One of the widgets' strings in a language, `{name}` placeholders filled.
	 *
	 * @param string $key    Key.
	 * @param string $lang   Language tag.
	 * @param array  $values Placeholders.
	 */
	public static function string( $key, $lang, array $values = array() ) {
		$text = self::STRINGS[ self::base_language( $lang ) ][ $key ];
		foreach ( $values as $name => $value ) {
			$text = str_replace( '{' . $name . '}', $value, $text );
		}
		return $text;
	}

	/**
	 * Digits after the point that a value needs, at most 2 (number.ts `fractionDigits`).
	 *
	 * @param int|float $value A number.
	 */
	private static function fraction_digits( $value ) {
		for ( $digits = 0; $digits < 2; $digits++ ) {
			$scaled = $value * 10 ** $digits;
			if ( abs( floor( $scaled + 0.5 ) - $scaled ) < 1e-9 ) {
				return $digits;
			}
		}
		return 2;
	}

	/**
	 * A number as the widgets write it in a language: `4,308` (en), `4.308` (az), `4 308` (ru).
	 *
	 * @param int|float $value A number.
	 * @param string    $lang  Language tag.
	 */
	public static function format_number( $value, $lang ) {
		list( $group, $decimal ) = self::SEPARATORS[ self::base_language( $lang ) ];
		$text                    = number_format( abs( $value ), self::fraction_digits( $value ), $decimal, $group );
		return ( $value < 0 ? '-' : '' ) . $text;
	}

	/**
	 * A period's name (date.ts `periodName`): `2024`; `March 2024`, `mart 2024`, `март 2024 г.`; with a day
	 * `March 5, 2024`, `5 mart 2024`, `5 марта 2024 г.`.
	 *
	 * @param string $period A period.
	 * @param string $lang   Language tag.
	 */
	public static function period_name( $period, $lang ) {
		$span = Stat_Widgets_Feed::parse_period( $period );
		if ( ! $span ) {
			return (string) $period;
		}
		$base  = self::base_language( $lang );
		$year  = (string) $span['year'];
		$month = $span['month'] - 1;
		if ( 'year' === $span['granularity'] ) {
			return $year;
		}
		if ( 'month' === $span['granularity'] ) {
			return self::MONTHS[ $base ][ $month ] . ' ' . $year . ( 'ru' === $base ? ' г.' : '' );
		}
		if ( 'en' === $base ) {
			return self::MONTHS['en'][ $month ] . ' ' . $span['day'] . ', ' . $year;
		}
		return $span['day'] . ' ' . ( 'ru' === $base ? self::RU_MONTHS_OF[ $month ] . ' ' . $year . ' г.' : self::MONTHS['az'][ $month ] . ' ' . $year );
	}

	/**
	 * Text made safe in HTML content and quoted attributes, exactly as snippet.ts `escapeHtml`.
	 *
	 * @param string $text Text.
	 */
	public static function escape( $text ) {
		return strtr(
			(string) $text,
			array(
				'&'  => '&amp;',
				'<'  => '&lt;',
				'>'  => '&gt;',
				'"'  => '&quot;',
				"'"  => '&#39;',
			)
		);
	}

	/**
	 * A table as the widgets' `dataTable()` gives it.
	 *
	 * @param Stat_Widgets_Feed $feed    The feed.
	 * @param string            $lang    Language tag.
	 * @param string            $title   Title.
	 * @param string[]          $columns Column headings.
	 * @param array[]           $rows    Rows of strings, numbers and nulls.
	 */
	private static function table( Stat_Widgets_Feed $feed, $lang, $title, array $columns, array $rows ) {
		return array(
			'title'   => $title,
			'columns' => $columns,
			'rows'    => $rows,
			'source'  => Stat_Widgets_Feed::text_in( $feed->source_name(), $lang ),
			'lang'    => $lang,
		);
	}

	/**
	 * What a counter shows (stat-counter.ts `dataTable()`): metric, region, period, value, and the
	 * change with `show-delta`. Null when it shows no number.
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes metric, region, period, show-delta, label.
	 * @param string            $lang       Language tag.
	 * @return array|null
	 */
	public static function counter_row( Stat_Widgets_Feed $feed, array $attributes, $lang ) {
		$metric = $feed->metric( $attributes['metric'] );
		$label  = '' !== $attributes['label'] ? $attributes['label'] : Stat_Widgets_Feed::text_in( $metric['label'], $lang );
		$label  = '' !== $label ? $label : $metric['id'];
		$region = self::region_id( $feed, $attributes['region'] );
		$period = '' !== $attributes['period'] ? $attributes['period'] : null;
		$read   = $feed->counter( $metric['id'], $region, $period );
		$first  = $read['period'];
		if ( null === $period && 'flow' === $metric['kind'] ) {
			$first = null;
			foreach ( $feed->periods() as $candidate ) {
				if ( null !== $feed->value( $metric['id'], $region, $candidate ) ) {
					$first = $candidate;
					break;
				}
			}
		}
		$change = null;
		if ( null !== $read['value'] && $read['previous'] ) {
			$change = $read['value'] - $read['previous']['value'];
			$change = is_finite( (float) $change ) ? $change : null;
		}
		$name = Stat_Widgets_Feed::text_in( $feed->region( $region )['name'], $lang );
		$row  = array(
			$label,
			'' !== $name ? $name : $region,
			$first && $first !== $read['period'] ? $first . '–' . $read['period'] : (string) $read['period'],
			$read['value'],
			$change,
		);
		return array_slice( $row, 0, $attributes['show-delta'] ? 5 : 4 );
	}

	/**
	 * The counter's columns, in a language.
	 *
	 * @param bool   $delta With the change.
	 * @param string $lang  Language tag.
	 */
	private static function counter_columns( $delta, $lang ) {
		$columns = array();
		foreach ( array( 'metric', 'region', 'period', 'value', 'change' ) as $key ) {
			$columns[] = self::string( $key, $lang );
		}
		return array_slice( $columns, 0, $delta ? 5 : 4 );
	}

	/**
	 * The region a widget shows: its `region`, else the country.
	 *
	 * @param Stat_Widgets_Feed $feed   The feed.
	 * @param string            $region The attribute.
	 */
	private static function region_id( Stat_Widgets_Feed $feed, $region ) {
		if ( '' !== $region ) {
			return $region;
		}
		$country = $feed->country();
		return $country ? $country['id'] : '';
	}

	/**
	 * A mistake in the widget's attributes, as the widget words it (in English, naming the
	 * attribute), or '' for none.
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes The widget's attributes (normalized).
	 */
	public static function mistake( Stat_Widgets_Feed $feed, array $attributes ) {
		$widget = $attributes['widget'];
		if ( in_array( $widget, array( 'counter', 'map' ), true ) ) {
			if ( '' === $attributes['metric'] ) {
				return 'the metric attribute is required';
			}
			if ( 'map' === $widget && ! isset( self::GEO_OBJECTS[ $attributes['level'] ] ) ) {
				return sprintf( 'level="%s" is not district or economic-region', $attributes['level'] );
			}
			if ( ! $feed->metric( $attributes['metric'] ) ) {
				return sprintf( 'metric="%s" is not in the feed', $attributes['metric'] );
			}
		} else {
			$ids     = self::metric_ids( $attributes );
			$missing = array_values(
				array_filter(
					$ids,
					function ( $id ) use ( $feed ) {
						return ! $feed->metric( $id );
					}
				)
			);
			if ( $missing && 'summary' === $widget ) {
				return sprintf(
					'metrics="%s": %s %s not in the feed',
					$attributes['metrics'],
					implode(
						', ',
						array_map(
							function ( $id ) {
								return '"' . $id . '"';
							},
							$missing
						)
					),
					count( $missing ) > 1 ? 'are' : 'is'
				);
			}
			if ( 'timeline' === $widget ) {
				foreach ( array( 'from', 'to' ) as $bound ) {
					if ( '' !== $attributes[ $bound ] && ! Stat_Widgets_Feed::parse_period( $attributes[ $bound ] ) ) {
						return sprintf( '%s="%s" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)', $bound, $attributes[ $bound ] );
					}
				}
				if ( $missing ) {
					return sprintf( 'metrics="%s": "%s" is not in the feed', $attributes['metrics'], $missing[0] );
				}
			}
		}
		if ( 'map' !== $widget ) {
			$region = self::region_id( $feed, $attributes['region'] );
			if ( ! $feed->region( $region ) ) {
				return sprintf( 'region="%s" is not in the feed', $region );
			}
		}
		return '';
	}

	/**
	 * The metric ids a summary or timeline asks for (a summary splits on spaces and commas, a timeline on commas).
	 *
	 * @param array $attributes The widget's attributes.
	 * @return string[]
	 */
	private static function metric_ids( array $attributes ) {
		$separator = 'summary' === $attributes['widget'] ? '/[\s,]+/' : '/,/';
		return array_values( array_filter( array_map( 'trim', preg_split( $separator, $attributes['metrics'] ) ), 'strlen' ) );
	}

	/**
	 * The widget's data table: exactly the numbers it shows. Null when it shows none, or for a
	 * mistake in its attributes (see `mistake()`).
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes The widget's attributes (normalized).
	 * @param string            $lang       Language tag.
	 * @param string            $geo_file   The map's TopoJSON file.
	 * @return array|null
	 */
	public static function data_table( Stat_Widgets_Feed $feed, array $attributes, $lang, $geo_file ) {
		if ( '' !== self::mistake( $feed, $attributes ) ) {
			return null;
		}
		switch ( $attributes['widget'] ) {
			case 'counter':
				$row = self::counter_row( $feed, $attributes, $lang );
				return self::table( $feed, $lang, $row[0], self::counter_columns( $attributes['show-delta'], $lang ), array( $row ) );
			case 'summary':
				return self::summary_table( $feed, $attributes, $lang );
			case 'map':
				return self::map_table( $feed, $attributes, $lang, $geo_file );
			case 'timeline':
				return self::timeline_table( $feed, $attributes, $lang );
		}
		return null;
	}

	/**
	 * A summary's table (stat-summary.ts): one counter row per metric, under the feed's title
	 * (else "Key figures"), with the region's name when it is not the country.
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes The widget's attributes.
	 * @param string            $lang       Language tag.
	 */
	private static function summary_table( Stat_Widgets_Feed $feed, array $attributes, $lang ) {
		$ids   = self::metric_ids( $attributes );
		$ids   = $ids ? $ids : array_map( 'strval', array_keys( $feed->metrics() ) );
		$rows  = array();
		$title = Stat_Widgets_Feed::text_in( $feed->title(), $lang );
		$title = '' !== $title ? $title : self::string( 'keyFigures', $lang );
		foreach ( $ids as $id ) {
			$rows[] = self::counter_row( $feed, array_merge( $attributes, array( 'metric' => $id, 'label' => '' ) ), $lang );
		}
		$region  = $feed->region( self::region_id( $feed, $attributes['region'] ) );
		$country = $feed->country();
		if ( $region && ( ! $country || $country['id'] !== $region['id'] ) ) {
			$title .= ': ' . Stat_Widgets_Feed::text_in( $region['name'], $lang );
		}
		return self::table( $feed, $lang, $title, self::counter_columns( $attributes['show-delta'], $lang ), $rows );
	}

	/**
	 * A map's table (stat-map.ts `dataTable()`): one row per area of the level that the feed
	 * knows, largest value first, with its share of the national total in percent when known.
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes The widget's attributes.
	 * @param string            $lang       Language tag.
	 * @param string            $geo_file   The TopoJSON file.
	 * @return array|null
	 */
	private static function map_table( Stat_Widgets_Feed $feed, array $attributes, $lang, $geo_file ) {
		$shapes = self::shapes( $geo_file, self::GEO_OBJECTS[ $attributes['level'] ] );
		if ( null === $shapes ) {
			return null;
		}
		$metric    = $feed->metric( $attributes['metric'] );
		$label     = Stat_Widgets_Feed::text_in( $metric['label'], $lang );
		$region_of = array();
		foreach ( $feed->regions() as $region ) {
			if ( $region['level'] === $attributes['level'] ) {
				$region_of[ isset( $region['geo'] ) ? $region['geo'] : $region['id'] ] = $region;
			}
		}
		$value_at = function ( $shape, $period ) use ( $feed, $metric, $region_of ) {
			return isset( $region_of[ $shape['id'] ] ) ? $feed->value( $metric['id'], $region_of[ $shape['id'] ]['id'], $period ) : null;
		};
		$periods = array();
		foreach ( $feed->periods() as $period ) {
			foreach ( $shapes as $shape ) {
				if ( null !== $value_at( $shape, $period ) ) {
					$periods[] = $period;
					break;
				}
			}
		}
		$shown = '' !== $attributes['period'] ? $attributes['period'] : ( $periods ? end( $periods ) : (string) $feed->latest_period() );
		$country = $feed->country();
		$total   = $country && '' !== $shown ? $feed->value( $metric['id'], $country['id'], $shown ) : null;
		$views   = array();
		foreach ( $shapes as $shape ) {
			$region  = isset( $region_of[ $shape['id'] ] ) ? $region_of[ $shape['id'] ] : null;
			$value   = $value_at( $shape, $shown );
			$name    = $region ? Stat_Widgets_Feed::text_in( $region['name'], $lang ) : '';
			$name    = '' !== $name ? $name : self::feature_name( $shape['properties'], $lang );
			$views[] = array(
				'id'    => $region ? $region['id'] : $shape['id'],
				'name'  => '' !== $name ? $name : $shape['id'],
				'value' => $value,
				'share' => null !== $value && $total ? $value / $total : null,
				'known' => (bool) $region,
				'city'  => isset( $shape['properties']['type'] ) && 'city' === $shape['properties']['type'],
			);
		}
		// Names said twice are told apart: a city by the word "city", anything left by its id.
		foreach ( self::said_twice( $views ) as $i ) {
			if ( $views[ $i ]['city'] ) {
				$views[ $i ]['name'] .= ' (' . self::string( 'city', $lang ) . ')';
			}
		}
		foreach ( self::said_twice( $views ) as $i ) {
			$views[ $i ]['name'] .= ' (' . $views[ $i ]['id'] . ')';
		}
		$rows = array_values(
			array_filter(
				$views,
				function ( $view ) {
					return $view['known'];
				}
			)
		);
		if ( ! $rows ) {
			return null;
		}
		usort(
			$rows,
			function ( $a, $b ) use ( $lang ) {
				$by_value = ( null === $b['value'] ? -1e308 : $b['value'] ) - ( null === $a['value'] ? -1e308 : $a['value'] );
				return $by_value ? ( $by_value > 0 ? 1 : -1 ) : self::compare_names( $a['name'], $b['name'], $lang );
			}
		);
		$with_share = false;
		foreach ( $rows as $row ) {
			$with_share = $with_share || null !== $row['share'];
		}
		$columns = array( self::string( 'area', $lang ), $label );
		if ( $with_share ) {
			$columns[] = self::string( 'share', $lang ) . ' (%)';
		}
		$cells = array();
		foreach ( $rows as $row ) {
			$line = array( $row['name'], $row['value'] );
			if ( $with_share ) {
				$line[] = null === $row['share'] ? null : floor( $row['share'] * 1000 + 0.5 ) / 10;
			}
			$cells[] = $line;
		}
		$caption = self::string(
			'district' === $attributes['level'] ? 'byDistrict' : 'byEconomicRegion',
			$lang,
			array(
				'metric' => $label,
				'period' => self::period_name( $shown, $lang ),
			)
		);
		return self::table( $feed, $lang, $caption, $columns, $cells );
	}

	/**
	 * Indexes of views whose name another view also has.
	 *
	 * @param array[] $views The map's areas.
	 * @return int[]
	 */
	private static function said_twice( array $views ) {
		$count = array_count_values(
			array_map(
				function ( $view ) {
					return (string) $view['name'];
				},
				$views
			)
		);
		return array_keys(
			array_filter(
				$views,
				function ( $view ) use ( $count ) {
					return $count[ (string) $view['name'] ] > 1;
				}
			)
		);
	}

	/**
	 * Compares names as the widgets do (src/format/collate.ts): in az, en and ru by CLDR's rules
	 * (en: the root order; ru: Cyrillic before Latin; az: the Azerbaijani alphabet, with ç, ə, ğ, ı,
	 * ö, ş, ü letters of their own, x after h, q after k, I the capital of ı), letters first, accents
	 * and case only to break ties; other languages by the root order. The intl extension's collator
	 * when it is there, else those letters folded by hand.
	 *
	 * @param string $a    A name.
	 * @param string $b    Another.
	 * @param string $lang The widget's language.
	 */
	private static function compare_names( $a, $b, $lang ) {
		static $collators = array();
		$tag = strtolower( (string) $lang );
		$own = in_array( $tag, array( 'en', 'en-us', 'en-gb', 'ru', 'ru-ru', 'az', 'az-latn', 'az-az', 'az-latn-az' ), true ) ? substr( $tag, 0, 2 ) : '';
		if ( class_exists( 'Collator' ) ) {
			$locale = $own ? $own : 'root';
			if ( ! isset( $collators[ $locale ] ) ) {
				$collators[ $locale ] = new Collator( $locale );
			}
			return $collators[ $locale ]->compare( $a, $b );
		}
		$fold = function ( $name ) use ( $own ) {
			if ( 'az' === $own ) {
				$name = strtr( $name, array( 'I' => 'ı', 'İ' => 'i' ) );
			}
			$lower = function_exists( 'mb_strtolower' ) ? mb_strtolower( $name, 'UTF-8' ) : strtolower( $name );
			// Letters of their own sort after the letter they follow ("\x7f" after any other); the others are accented letters.
			$letters = 'az' === $own
				? array(
					'ç' => "c\x7f",
					'ə' => "e\x7f",
					'ğ' => "g\x7f",
					'x' => "h\x7f",
					'ı' => "h\x7f\x7f",
					'q' => "k\x7f",
					'ö' => "o\x7f",
					'ş' => "s\x7f",
					'ü' => "u\x7f",
				)
				: array(
					'ç' => 'c',
					'ğ' => 'g',
					'ö' => 'o',
					'ş' => 's',
					'ü' => 'u',
					'ə' => "e\x7f",
					'ı' => "i\x7f",
				);
			$folded = strtr( $lower, $letters + array( 'i̇' => 'i', 'ё' => 'е' ) );
			// Russian: Cyrillic before Latin (its letters' bytes, from 0xd0, before a Latin letter moved to 0xff).
			return 'ru' === $own ? preg_replace( '/[a-z]/', "\xff$0", $folded ) : $folded;
		};
		return strcmp( $fold( $a ), $fold( $b ) ) ?: strcmp( $a, $b );
	}

	/**
	 * A feature's own name in a language (`name_az`, else `name_en`, else `name`), else ''.
	 *
	 * @param array  $properties The feature's properties.
	 * @param string $lang       Language tag.
	 */
	private static function feature_name( array $properties, $lang ) {
		foreach ( array( 'name_' . strtolower( explode( '-', $lang )[0] ), 'name_en', 'name' ) as $key ) {
			if ( isset( $properties[ $key ] ) && is_scalar( $properties[ $key ] ) ) {
				return (string) $properties[ $key ];
			}
		}
		return '';
	}

	/**
	 * The shapes of one object of a TopoJSON file: id (`id`, else `properties.id`) and properties,
	 * in the file's order; null when the file or the object is missing. Read once per request.
	 *
	 * @param string $file   The TopoJSON file.
	 * @param string $object The object's name.
	 * @return array[]|null
	 */
	private static function shapes( $file, $object ) {
		static $read = array();
		if ( ! array_key_exists( $file, $read ) ) {
			$text          = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
			$read[ $file ] = false === $text ? null : json_decode( $text, true );
		}
		$topology = $read[ $file ];
		if ( ! isset( $topology['objects'][ $object ]['geometries'] ) || ! is_array( $topology['objects'][ $object ]['geometries'] ) ) {
			return null;
		}
		$shapes = array();
		foreach ( $topology['objects'][ $object ]['geometries'] as $geometry ) {
			$properties = isset( $geometry['properties'] ) && is_array( $geometry['properties'] ) ? $geometry['properties'] : array();
			$id         = isset( $geometry['id'] ) ? $geometry['id'] : ( isset( $properties['id'] ) ? $properties['id'] : '' );
			$shapes[]   = array(
				'id'         => (string) $id,
				'properties' => $properties,
			);
		}
		return $shapes;
	}

	/**
	 * A timeline's table (stat-timeline.ts `dataTable()`): one row per period within from–to, one
	 * column per metric. Null when every value is unknown.
	 *
	 * @param Stat_Widgets_Feed $feed       The feed.
	 * @param array             $attributes The widget's attributes.
	 * @param string            $lang       Language tag.
	 * @return array|null
	 */
	private static function timeline_table( Stat_Widgets_Feed $feed, array $attributes, $lang ) {
		$from    = Stat_Widgets_Feed::parse_period( $attributes['from'] );
		$to      = Stat_Widgets_Feed::parse_period( $attributes['to'] );
		$periods = array();
		foreach ( $feed->periods() as $period ) {
			$span = Stat_Widgets_Feed::parse_period( $period );
			if ( ( ! $from || $span['start'] >= $from['start'] ) && ( ! $to || $span['end'] <= $to['end'] ) ) {
				$periods[] = $period;
			}
		}
		$ids     = self::metric_ids( $attributes );
		$ids     = $ids ? $ids : array_map( 'strval', array_keys( $feed->metrics() ) );
		$region  = self::region_id( $feed, $attributes['region'] );
		$labels  = array();
		$rows    = array();
		$unknown = true;
		foreach ( $ids as $id ) {
			$labels[] = Stat_Widgets_Feed::text_in( $feed->metric( $id )['label'], $lang );
		}
		foreach ( $periods as $period ) {
			$row = array( $period );
			foreach ( $ids as $id ) {
				$value   = $feed->value( $id, $region, $period );
				$unknown = $unknown && null === $value;
				$row[]   = $value;
			}
			$rows[] = $row;
		}
		if ( $unknown ) {
			return null;
		}
		$name  = Stat_Widgets_Feed::text_in( $feed->region( $region )['name'], $lang );
		$title = self::string(
			'timeline',
			$lang,
			array(
				'metrics' => implode( ', ', $labels ),
				'region'  => '' !== $name ? $name : $region,
				'from'    => self::period_name( $periods[0], $lang ),
				'to'      => self::period_name( end( $periods ), $lang ),
			)
		);
		return self::table( $feed, $lang, $title, array_merge( array( self::string( 'period', $lang ) ), $labels ), $rows );
	}

	/**
	 * A cell as a reader sees it: numbers formatted, null as "no data" (not escaped).
	 *
	 * @param string|int|float|null $cell A cell.
	 * @param string                $lang Language tag.
	 */
	private static function cell_text( $cell, $lang ) {
		if ( null === $cell ) {
			return self::string( 'noData', $lang );
		}
		return is_string( $cell ) ? $cell : self::format_number( $cell, $lang );
	}

	/**
	 * A cell as a reader sees it, escaped.
	 *
	 * @param string|int|float|null $cell A cell.
	 * @param string                $lang Language tag.
	 */
	private static function cell_html( $cell, $lang ) {
		return self::escape( self::cell_text( $cell, $lang ) );
	}

	/**
	 * A table of one row as the pieces of one short line (snippet.ts `linePieces`): each its
	 * role, its text and the punctuation that ends it; joined with spaces they are the line.
	 *
	 * @param array $table A data table of one row.
	 * @return array[] [role, text, tail]
	 */
	private static function line_pieces( array $table ) {
		$row     = $table['rows'][0];
		$lang    = $table['lang'];
		$lower   = function ( $text ) {
			return function_exists( 'mb_strtolower' ) ? mb_strtolower( $text, 'UTF-8' ) : strtolower( $text );
		};
		$numbers = array();
		$words   = array();
		foreach ( $row as $i => $cell ) {
			if ( ! is_string( $cell ) ) {
				$numbers[] = $i;
			} elseif ( '' !== $cell && false === strpos( $lower( $table['title'] ), $lower( $cell ) ) ) {
				$words[] = $cell;
			}
		}
		$pieces = array( array( 'label', $table['title'], $numbers ? ':' : '' ) );
		if ( $numbers ) {
			$pieces[] = array( 'value', self::cell_text( $row[ array_shift( $numbers ) ], $lang ), '' );
		}
		if ( $words ) {
			$pieces[] = array( 'words', '(' . implode( ', ', $words ) . ')', '' );
		}
		foreach ( $numbers as $i ) {
			$pieces[ count( $pieces ) - 1 ][2] .= ';';
			$pieces[] = array( 'rest', ( isset( $table['columns'][ $i ] ) ? $table['columns'][ $i ] : '' ) . ': ' . self::cell_text( $row[ $i ], $lang ), '' );
		}
		return $pieces;
	}

	/**
	 * ` style="…"` for a part the layout styles, else ''.
	 *
	 * @param array|null $layout The layout (Stat_Widgets_Reserve::layout()).
	 * @param string     $part   A part's key.
	 */
	private static function style( $layout, $part ) {
		return isset( $layout[ $part ] ) && '' !== $layout[ $part ] ? ' style="' . self::escape( $layout[ $part ] ) . '"' : '';
	}

	/**
	 * A table as HTML (snippet.ts `fallbackHtml()`): one row as one short line ("Teachers: 4,308
	 * (Azerbaijan, 2024)"), more as a small table with a caption and a source line. With a layout
	 * (Stat_Widgets_Reserve::layout()), its parts carry the styles that lay it out like the live
	 * widget; the text stays the same.
	 *
	 * @param array|null $table  A data table.
	 * @param string     $indent Indentation of each line.
	 * @param array|null $layout The parts' styles.
	 */
	public static function html( $table, $indent = '  ', $layout = null ) {
		if ( ! $table || ! $table['rows'] ) {
			return '';
		}
		$lang   = $table['lang'];
		$credit = '' !== $table['source'] ? self::string( 'source', $lang ) . ': ' . $table['source'] : '';
		if ( 1 === count( $table['rows'] ) ) {
			$pieces = self::line_pieces( $table );
			$line   = array();
			foreach ( $pieces as list( $role, $text, $tail ) ) {
				if ( ! isset( $layout['label'] ) ) {
					$line[] = self::escape( $text . $tail );
					continue;
				}
				// Each piece a line of the widget's; punctuation between lines is kept in the text, not drawn.
				$tag    = 'value' === $role ? 'b' : 'span';
				$line[] = '<' . $tag . self::style( $layout, $role ) . '>' . self::escape( $text ) . ( '' !== $tail ? '<span' . self::style( $layout, 'tail' ) . '>' . $tail . '</span>' : '' ) . '</' . $tag . '>';
			}
			return $indent . '<p' . self::style( $layout, 'line' ) . '>' . implode( ' ', $line ) . '</p>';
		}
		$inner = $indent . '  ';
		$head  = '';
		foreach ( $table['columns'] as $column ) {
			$head .= '<th scope="col">' . self::escape( $column ) . '</th>';
		}
		$lines = array(
			$indent . '<table' . self::style( $layout, 'table' ) . '>',
			$inner . '<caption' . self::style( $layout, 'caption' ) . '>' . self::escape( $table['title'] ) . '</caption>',
			$inner . '<thead' . self::style( $layout, 'head' ) . '><tr>' . $head . '</tr></thead>',
			$inner . '<tbody' . self::style( $layout, 'body' ) . '>',
		);
		foreach ( $table['rows'] as $r => $row ) {
			$cells = '';
			foreach ( $row as $i => $cell ) {
				$style  = isset( $layout['cells'][ $r ][ $i ] ) ? ' style="' . self::escape( $layout['cells'][ $r ][ $i ] ) . '"' : '';
				$cells .= 0 === $i && is_string( $row[0] ) ? '<th scope="row"' . $style . '>' . self::cell_html( $cell, $lang ) . '</th>' : '<td' . $style . '>' . self::cell_html( $cell, $lang ) . '</td>';
			}
			$lines[] = $inner . '  <tr' . self::style( $layout, 'row' ) . '>' . $cells . '</tr>';
		}
		$lines[] = $inner . '</tbody>';
		$lines[] = $indent . '</table>';
		if ( '' !== $credit ) {
			$lines[] = $indent . '<p' . self::style( $layout, 'credit' ) . '><small>' . self::escape( $credit ) . '</small></p>';
		}
		return implode( "\n", $lines );
	}
}
