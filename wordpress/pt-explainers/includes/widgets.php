<?php
/**
 * The widgets the plugin offers, and the attributes each one takes (the same names as the HTML tags'
 * attributes; see the project's docs). Adding a widget is one entry here.
 *
 * @package pt-explainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * Widget id (the tag without "pt-") => title, description and attributes.
 * Attribute types: text, number (min/max), select (options), boolean.
 *
 * @return array
 */
function pt_explainers_widgets() {
	$theme = array(
		'type'    => 'select',
		'label'   => __( 'Colours', 'pt-explainers' ),
		'options' => array( '', 'page', 'auto', 'light', 'dark' ),
	);
	$lang  = array(
		'type'    => 'select',
		'label'   => __( 'Language', 'pt-explainers' ),
		'options' => array( '', 'en', 'es' ),
	);
	$level = array(
		'type'  => 'number',
		'label' => __( 'Heading level', 'pt-explainers' ),
		'min'   => 2,
		'max'   => 6,
	);
	return array(
		'gate-control'        => array(
			'title'       => __( 'Gate control of pain', 'pt-explainers' ),
			'description' => __( 'An interactive diagram of why rubbing a sore spot helps: pain, touch and the brain.', 'pt-explainers' ),
			'attributes'  => array(
				'pain'   => array(
					'type'  => 'number',
					'label' => __( 'Starting pain signal (0–100)', 'pt-explainers' ),
					'min'   => 0,
					'max'   => 100,
				),
				'touch'  => array(
					'type'  => 'number',
					'label' => __( 'Starting touch signal (0–100)', 'pt-explainers' ),
					'min'   => 0,
					'max'   => 100,
				),
				'brain'  => array(
					'type'    => 'select',
					'label'   => __( 'Starting brain state', 'pt-explainers' ),
					'options' => array( '', 'calm', 'neutral', 'stressed' ),
				),
				'guided' => array(
					'type'  => 'boolean',
					'label' => __( 'Start with the guided steps', 'pt-explainers' ),
				),
				'theme'  => $theme,
				'lang'   => $lang,
			),
		),
		'technique-compare'   => array(
			'title'       => __( 'Manual-therapy techniques compared', 'pt-explainers' ),
			'description' => __( 'Two to four manual-therapy techniques side by side, in plain words with sources.', 'pt-explainers' ),
			'attributes'  => array(
				'techniques'    => array(
					'type'  => 'text',
					'label' => __( 'Techniques (ids separated by spaces)', 'pt-explainers' ),
				),
				'heading-level' => $level,
				'theme'         => $theme,
				'lang'          => $lang,
			),
		),
		'technique-card'      => array(
			'title'       => __( 'Manual-therapy technique card', 'pt-explainers' ),
			'description' => __( 'One manual-therapy technique in plain words with sources.', 'pt-explainers' ),
			'attributes'  => array(
				'technique'     => array(
					'type'    => 'select',
					'label'   => __( 'Technique', 'pt-explainers' ),
					'options' => array( 'swedish', 'deep-tissue', 'soft-tissue', 'myofascial-release', 'trigger-point-therapy', 'active-release', 'sports-massage', 'lymphatic-drainage', 'instrument-assisted', 'dry-needling' ),
				),
				'heading-level' => $level,
				'theme'         => $theme,
				'lang'          => $lang,
			),
		),
		'trigger-point-map'   => array(
			'title'       => __( 'Trigger-point referral map', 'pt-explainers' ),
			'description' => __( 'Where common trigger points send their pain, on a 3D body (a 2D drawing where 3D is not available).', 'pt-explainers' ),
			'attributes'  => array(
				'muscle'    => array(
					'type'  => 'text',
					'label' => __( 'Muscle shown first (id, optional)', 'pt-explainers' ),
				),
				'pain-area' => array(
					'type'  => 'text',
					'label' => __( 'Where it hurts (area id, optional)', 'pt-explainers' ),
				),
				'view'      => array(
					'type'    => 'select',
					'label'   => __( 'View', 'pt-explainers' ),
					'options' => array( '', 'front', 'back', 'left', 'right' ),
				),
				'theme'     => $theme,
				'lang'      => $lang,
			),
		),
		'visit-guide'         => array(
			'title'       => __( 'New patients: your visit', 'pt-explainers' ),
			'description' => __( 'What happens at a visit, how often people come, who does what, and when to call.', 'pt-explainers' ),
			'attributes'  => array(
				'plan'            => array(
					'type'    => 'select',
					'label'   => __( 'Situation shown first', 'pt-explainers' ),
					'options' => array( '', 'new-injury', 'long-lasting', 'after-surgery', 'staying-well' ),
				),
				'step'            => array(
					'type'  => 'number',
					'label' => __( 'Step shown first (1–5)', 'pt-explainers' ),
					'min'   => 1,
					'max'   => 5,
				),
				'heading-level'   => array(
					'type'  => 'number',
					'label' => __( 'Heading level', 'pt-explainers' ),
					'min'   => 2,
					'max'   => 5,
				),
				'structured-data' => array(
					'type'  => 'boolean',
					'label' => __( 'Also write the questions as FAQ data for search engines', 'pt-explainers' ),
				),
				'theme'           => $theme,
				'lang'            => $lang,
			),
		),
	);
}
