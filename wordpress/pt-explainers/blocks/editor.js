/* PT Explainers blocks: one block per widget, no build step. Uses the editor's own globals (wp.*);
 * titles, attributes and controls come from the plugin's PHP (window.ptExplainersBlocks). The preview
 * is the server's rendering of the block, upgraded by the loader like on the published page. */
(function (wp, widgets) {
  'use strict';
  if (!wp || !widgets) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;

  function control(name, spec, value, set) {
    var common = { key: name, label: spec.label };
    if (spec.type === 'boolean') {
      return el(c.ToggleControl, Object.assign(common, { checked: !!value, onChange: set }));
    }
    if (spec.type === 'select') {
      return el(c.SelectControl, Object.assign(common, {
        value: value || '',
        options: spec.options.map(function (o) { return { value: o, label: o || __('(default)', 'pt-explainers') }; }),
        onChange: set,
      }));
    }
    if (spec.type === 'number') {
      return el(c.TextControl, Object.assign(common, { type: 'number', min: spec.min, max: spec.max, value: value || '', onChange: set }));
    }
    return el(c.TextControl, Object.assign(common, { value: value || '', onChange: set }));
  }

  function jsonProblem(text) {
    if (!text || !text.trim()) return '';
    try {
      JSON.parse(text);
      return '';
    } catch (e) {
      return e.message;
    }
  }

  Object.keys(widgets).forEach(function (id) {
    var widget = widgets[id];
    wp.blocks.registerBlockType('pt-explainers/' + id, {
      edit: function (props) {
        var a = props.attributes;
        var set = function (name) {
          return function (v) {
            var next = {};
            next[name] = v;
            props.setAttributes(next);
          };
        };
        var problem = jsonProblem(a.config);
        return el('div', be.useBlockProps(),
          el(be.InspectorControls, null,
            el(c.PanelBody, { title: __('Settings', 'pt-explainers') },
              Object.keys(widget.attributes).map(function (name) { return control(name, widget.attributes[name], a[name], set(name)); })),
            el(c.PanelBody, { title: __('Clinic configuration (JSON)', 'pt-explainers'), initialOpen: !!a.config },
              el(c.TextareaControl, {
                label: __('Your own words, as JSON (see the widget\'s schema)', 'pt-explainers'),
                value: a.config || '',
                rows: 8,
                onChange: set('config'),
              }),
              problem && el(c.Notice, { status: 'warning', isDismissible: false },
                __('This is not valid JSON, so the widget will show its built-in text: ', 'pt-explainers') + problem)),
            el(c.PanelBody, { title: __('If the widget cannot load', 'pt-explainers'), initialOpen: false },
              el(c.TextControl, { label: __('Sentence shown instead', 'pt-explainers'), value: a.fallback || '', onChange: set('fallback') }),
              el(c.TextControl, { label: __('Link for that sentence', 'pt-explainers'), type: 'url', value: a['fallback-url'] || '', onChange: set('fallback-url') }))),
          el(ServerSideRender, { block: 'pt-explainers/' + id, attributes: a }));
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.ptExplainersBlocks);
