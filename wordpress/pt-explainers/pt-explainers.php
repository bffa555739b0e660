<?php
/**
 * Plugin Name:       PT Explainers
 * Description:       Patient-education widgets for physical-therapy and massage clinics: gate control of pain, technique comparison and cards, trigger-point map, new-patient visit guide. A shortcode and a block for each widget; the scripts load only on pages that show one.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            pt-explainers
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pt-explainers
 *
 * @package pt-explainers
 */

defined( 'ABSPATH' ) || exit;

define( 'PT_EXPLAINERS_VERSION', '0.1.0' );
define( 'PT_EXPLAINERS_FILE', __FILE__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'pt_explainers_init' );

/**
 * Registers the loader script (enqueued by a widget when one is rendered), the shortcode and the blocks.
 */
function pt_explainers_init() {
	wp_register_script( 'pt-explainers', plugins_url( 'dist/pt-explainers.js', PT_EXPLAINERS_FILE ), array(), PT_EXPLAINERS_VERSION, true );
	wp_register_script(
		'pt-explainers-blocks',
		plugins_url( 'blocks/editor.js', PT_EXPLAINERS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'pt-explainers' ),
		PT_EXPLAINERS_VERSION,
		true
	);
	wp_add_inline_script( 'pt-explainers-blocks', 'window.ptExplainersBlocks = ' . wp_json_encode( pt_explainers_widgets(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );

	add_shortcode( 'pt_explainer', 'pt_explainers_shortcode' );

	foreach ( pt_explainers_widgets() as $id => $widget ) {
		$attributes = array(
			'config'       => array( 'type' => 'string', 'default' => '' ),
			'fallback'     => array( 'type' => 'string', 'default' => '' ),
			'fallback-url' => array( 'type' => 'string', 'default' => '' ),
		);
		foreach ( $widget['attributes'] as $name => $spec ) {
			$attributes[ $name ] = 'boolean' === $spec['type'] ? array( 'type' => 'boolean', 'default' => false ) : array( 'type' => 'string', 'default' => '' );
		}
		register_block_type(
			'pt-explainers/' . $id,
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'icon'            => 'welcome-learn-more',
				'keywords'        => array( 'pain', 'patient', 'explainer' ),
				'attributes'      => $attributes,
				'supports'        => array( 'html' => false ),
				'editor_script'   => 'pt-explainers-blocks',
				'render_callback' => static function ( $attrs ) use ( $id ) {
					return pt_explainers_render( $id, $attrs, isset( $attrs['config'] ) ? $attrs['config'] : '' );
				},
			)
		);
	}
}

// The loader is an ES module: written as one, its names stay out of the page's global scope.
add_filter( 'script_loader_tag', 'pt_explainers_module_tag', 10, 3 );

/**
 * Writes the loader's tag as <script type="module">.
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script handle.
 * @param string $src    The script URL.
 * @return string
 */
function pt_explainers_module_tag( $tag, $handle, $src ) {
	if ( 'pt-explainers' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="pt-explainers-js"></script>' . "\n";
}

// In the block editor the live previews need the loader.
add_action(
	'enqueue_block_editor_assets',
	static function () {
		wp_enqueue_script( 'pt-explainers' );
	}
);

// The JSON inside the shortcode is data: no curly quotes.
add_filter(
	'no_texturize_shortcodes',
	static function ( $shortcodes ) {
		$shortcodes[] = 'pt_explainer';
		return $shortcodes;
	}
);
