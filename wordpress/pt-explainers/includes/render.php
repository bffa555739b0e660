<?php
/**
 * Writes a widget's tag. Everything is escaped here: attribute values with esc_attr(), the clinic's
 * JSON re-encoded with "<", ">" and "&" as \u003c, \u003e, \u0026 (so no text can close the script
 * element), the fallback with esc_html()/esc_url(). The plugin never widens WordPress's HTML filter:
 * the tags are written when the page is shown, not saved in the post.
 *
 * @package pt-explainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * [pt_explainer widget="gate-control" pain="70"]{ "title": "…" }[/pt_explainer]
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content The clinic's JSON config (optional).
 * @return string
 */
function pt_explainers_shortcode( $atts, $content = null ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$widget = isset( $atts['widget'] ) ? (string) $atts['widget'] : '';
	$widget = preg_replace( '/^pt-/', '', strtolower( trim( $widget ) ) );
	return pt_explainers_render( $widget, $atts, (string) $content );
}

/**
 * The HTML of one widget, and the loader enqueued for this page.
 *
 * @param string $widget Widget id (a key of pt_explainers_widgets()).
 * @param array  $atts   Attribute values by name (unknown names are ignored).
 * @param string $config The clinic's JSON config, as saved (may have been through wpautop or kses).
 * @return string
 */
function pt_explainers_render( $widget, $atts, $config ) {
	$widgets = pt_explainers_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		$valid = implode( ', ', array_keys( $widgets ) );
		/* translators: 1: the widget name given, 2: the valid names. */
		$message = sprintf( __( 'PT Explainers: unknown widget "%1$s" (valid: %2$s).', 'pt-explainers' ), $widget, $valid );
		// Readers see nothing; people who can edit the post see why.
		return current_user_can( 'edit_posts' ) ? '<p class="pt-explainers-error">' . esc_html( $message ) . '</p>' : '<!-- ' . esc_html( $message ) . ' -->';
	}
	wp_enqueue_script( 'pt-explainers' );

	$tag  = 'pt-' . $widget;
	$html = '<' . $tag;
	foreach ( $widgets[ $widget ]['attributes'] as $name => $spec ) {
		$value = isset( $atts[ $name ] ) ? $atts[ $name ] : '';
		if ( 'boolean' === $spec['type'] ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', $name ), true ) ) {
				$html .= ' ' . $name;
			}
		} elseif ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$html .= ' ' . $name . '="' . esc_attr( trim( (string) $value ) ) . '"';
		}
	}
	$html .= '>';

	$json = pt_explainers_config_json( $config );
	if ( '' !== $json ) {
		$html .= '<script type="application/json">' . $json . '</script>';
	}

	// What readers see if the widget's code cannot load (or JavaScript is off): a sentence and a link.
	$fallback = isset( $atts['fallback'] ) ? trim( (string) $atts['fallback'] ) : '';
	$url      = isset( $atts['fallback-url'] ) ? esc_url( trim( (string) $atts['fallback-url'] ) ) : '';
	if ( '' !== $fallback ) {
		$html .= '<p>' . ( '' !== $url ? '<a href="' . $url . '">' . esc_html( $fallback ) . '</a>' : esc_html( $fallback ) ) . '</p>';
	}
	return $html . '</' . $tag . '>';
}

/**
 * The clinic's config as JSON safe to put inside <script type="application/json">. Undoes what WordPress
 * did to shortcode text (automatic paragraphs and line breaks, HTML entities, curly quotes). Valid JSON is
 * re-encoded; invalid JSON is written with < > & escaped, so the widget reports it in the browser console
 * and shows its built-in content (never silently).
 *
 * @param string $text The saved text.
 * @return string JSON text ('' when there is none).
 */
function pt_explainers_config_json( $text ) {
	$text = preg_replace( '#<br\s*/?>|</?p>#i', '', (string) $text );
	$text = trim( html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' === $text ) {
		return '';
	}
	$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
	$data  = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		// Typographic quotes, from a theme that texturizes anyway or text pasted from a word processor.
		$straight = str_replace( array( "\u{201C}", "\u{201D}", "\u{2033}", "\u{201E}" ), '"', $text );
		$data     = json_decode( $straight );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $text );
		}
	}
	$json = wp_json_encode( $data, $flags );
	return false === $json ? '' : $json;
}
