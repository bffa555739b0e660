// docs/content-review.md is generated from the content data (issue 12): it must match what the data gives,
// list a reviewed date and a review-again date 24 months later, and have a locator for every row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from '../../scripts/content-review.mjs';

test('docs/content-review.md is what scripts/content-review.mjs generates from src/content', async () => {
  const text = await generate();
  assert.equal(readFileSync(new URL('../../docs/content-review.md', import.meta.url), 'utf8'), text, 'run: node scripts/content-review.mjs');
});

test('the review document has dates 24 months apart and no claim without a locator', async () => {
  const text = await generate();
  const reviewed = /Reviewed: \*\*(\d{4})-(\d{2})-(\d{2})\*\*/.exec(text);
  const due = /Review again by: \*\*(\d{4})-(\d{2})-(\d{2})\*\*/.exec(text);
  assert.ok(reviewed && due);
  assert.equal(Number(due[1]) * 12 + Number(due[2]) - (Number(reviewed[1]) * 12 + Number(reviewed[2])), 24);
  assert.doesNotMatch(text, /\*\*missing\*\*/);
  assert.match(text, /\| `brady-2014` \| Results: mild adverse events in 19\.18 %/);
});
