// Keeps data/routine.schema.json honest: every shipped routine must validate against it with a
// real JSON Schema validator (Debian's node-ajv 6), known-bad routines must fail it, and every
// field must carry a description (the schema doubles as the format's reference).
// Usage: NODE_PATH=/usr/share/nodejs node validate_schema.js SCHEMA DATA_DIR
// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const [schemaPath, dataDir] = process.argv.slice(2);
if (!schemaPath || !dataDir) {
  console.error('usage: validate_schema.js SCHEMA DATA_DIR');
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);
const failures = [];

function errorsOf(data) {
  return validate(data) ? [] : validate.errors.map((e) => `${e.dataPath || '/'} ${e.message}`);
}

// 1. Every field (and every list item) says what it is for.
function checkDescriptions(node, where) {
  if (node === null || typeof node !== 'object') return;
  for (const [key, sub] of Object.entries(node.properties || {})) {
    if (!sub.description) failures.push(`schema: ${where}/properties/${key} has no description`);
    checkDescriptions(sub, `${where}/properties/${key}`);
  }
  if (node.items) {
    if (!node.items.description) failures.push(`schema: ${where}/items has no description`);
    checkDescriptions(node.items, `${where}/items`);
  }
  if (node.type === 'object' && node.additionalProperties !== false)
    failures.push(`schema: ${where} does not set additionalProperties: false`);
}
checkDescriptions(schema, '#');

// 2. Every shipped routine validates.
const schemaFile = path.resolve(schemaPath);
const routines = fs.readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => path.join(dataDir, name))
  .filter((file) => path.resolve(file) !== schemaFile);
if (routines.length === 0) failures.push(`${dataDir}: no routines found`);
let good = null;
for (const file of routines) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    failures.push(`${file}: not JSON: ${e.message.split('\n')[0]}`);
    continue;
  }
  const errors = errorsOf(data);
  for (const e of errors) failures.push(`${file}: ${e}`);
  if (errors.length === 0 && good === null) good = data;
}

// 3. Known-bad routines, each a shipped routine with one mistake, must fail.
const mistakes = {
  'unsupported format': (r) => { r.format = 2; },
  'missing title': (r) => { delete r.title; },
  'empty exercise list': (r) => { r.exercises = []; },
  'unknown field': (r) => { r.exercises[0].hold_second = 30; },
  '500 sets': (r) => { r.exercises[0].sets = 500; },
  'ten-hour hold': (r) => { r.exercises[0].hold_seconds = 36000; delete r.exercises[0].reps; },
  'fractional reps': (r) => { r.exercises[0].reps = 2.5; delete r.exercises[0].hold_seconds; },
  'both hold and reps': (r) => { r.exercises[0].hold_seconds = 30; r.exercises[0].reps = 10; },
  'neither hold nor reps': (r) => { delete r.exercises[0].hold_seconds; delete r.exercises[0].reps; },
  'rep hold without reps': (r) => {
    r.exercises[0].hold_seconds = 30; delete r.exercises[0].reps; r.exercises[0].rep_hold_seconds = 5;
  },
  'negative rest': (r) => { r.defaults = { rest_between_sets_seconds: -1 }; },
  'bad side order': (r) => { r.defaults = { side_order: 'alternating' }; },
  'absolute illustration': (r) => { r.exercises[0].illustrations = { start: '/etc/a.png', end: 'b.png' }; },
  'dot-dot illustration': (r) => { r.exercises[0].illustrations = { start: 'x/../../a.png', end: 'b.png' }; },
  'upper-case id': (r) => { r.id = 'SI Joint'; },
  'one dose level': (r) => { r.exercises[0].levels = { doses: [{ sets: 1, reps: 1 }], next_after: { sessions: 2 } }; },
  'painful leads up': (r) => {
    r.exercises[0].levels = { doses: [{ sets: 1, reps: 1 }, { sets: 2, reps: 1 }],
      next_after: { sessions: 2, rated: ['painful'] } };
  },
  'empty key point': (r) => { r.exercises[0].key_points = ['']; },
  'schedule bad day': (r) => { r.schedule = { days: ['mon', 'tues'], times: ['08:00'] }; },
  'schedule 24:00': (r) => { r.schedule = { days: 'daily', times: ['24:00'] }; },
  'schedule seven times': (r) => {
    r.schedule = { days: 'daily', times: ['01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00'] };
  },
  'schedule without times': (r) => { r.schedule = { days: 'daily' }; },
};
// 4. Known-good variations must pass.
const variations = {
  'schedule on weekdays': (r) => { r.schedule = { days: ['mon', 'wed', 'fri'], times: ['08:00', '18:30'] }; },
  'schedule daily': (r) => { r.schedule = { days: 'daily', times: ['7:05'] }; },
};
if (good) {
  for (const [name, breakIt] of Object.entries(mistakes)) {
    const broken = JSON.parse(JSON.stringify(good));
    breakIt(broken);
    if (errorsOf(broken).length === 0) failures.push(`known-bad routine passed the schema: ${name}`);
  }
  for (const [name, vary] of Object.entries(variations)) {
    const varied = JSON.parse(JSON.stringify(good));
    vary(varied);
    for (const e of errorsOf(varied)) failures.push(`known-good routine failed the schema: ${name}: ${e}`);
  }
}

if (failures.length > 0) {
  for (const f of failures) console.error(f);
  process.exit(1);
}
console.log(`${routines.length} routine(s) valid; ${Object.keys(mistakes).length} known-bad routines rejected`);
