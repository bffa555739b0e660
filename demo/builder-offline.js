// The embed builder of the release zip, bundled by scripts/build-builder.mjs into one classic script so
// builder.html opens from disk (file://, where browsers refuse module scripts and fetch()): the widgets,
// custom-elements.json and the config schemas are built in. Nothing is requested from anywhere.
import { manifest, schemas } from 'pt-builder:data';
import 'pt-builder:widgets';
import { startBuilder } from './builder-app.js';

void startBuilder({ manifest, schemaOf: async (tag) => schemas[tag] ?? null });
