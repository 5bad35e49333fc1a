// Renders Cucumber Messages NDJSON with the official @cucumber/html-formatter.
// Usage: node render.mjs input.ndjson output.html
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CucumberHtmlStream } from '@cucumber/html-formatter';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node render.mjs input.ndjson output.html');
  process.exit(2);
}

async function* envelopes() {
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim().length === 0) { continue; }
    try {
      yield JSON.parse(line);
    } catch (e) {
      throw new Error(`${input}:${lineNumber}: ${e.message}`);
    }
  }
}

await pipeline(Readable.from(envelopes()), new CucumberHtmlStream(), createWriteStream(output));
