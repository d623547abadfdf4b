// Converts a batch of TeX formulas to MathML with temml, in one process.
//
// stdin:  [{"tex": "\\frac{a}{b}", "display": true}, ...]     (UTF-8 JSON)
// stdout: [{"mathml": "<math ...>...</math>"} | {"error": "message"}, ...]
//
// The output has one entry per input entry, in the same order. A formula that temml cannot
// parse gives an error entry and the rest of the batch still converts. Input that is not a
// JSON array is the caller's mistake: the script then writes a message to stderr and exits 2.
import temml from "temml";

// xml: the MathML namespace on <math>, so the markup reads the same outside an HTML parser.
// annotate: the TeX source in an <annotation>, for copy and paste and for screen readers.
// trust: false, so no \href or \htmlClass can reach out of the page.
const baseOptions = Object.freeze({
  annotate: true,
  xml: true,
  throwOnError: true,
  trust: false,
  strict: false,
});

function convert(item) {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    return { error: "expected an object {\"tex\": string, \"display\": boolean}" };
  }
  if (typeof item.tex !== "string") {
    return { error: "\"tex\" must be a string" };
  }
  if (item.display !== undefined && typeof item.display !== "boolean") {
    return { error: "\"display\" must be true or false" };
  }
  try {
    return { mathml: temml.renderToString(item.tex, { ...baseOptions, displayMode: item.display === true }) };
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).trim() };
  }
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const text = await readStdin();
let items;
try {
  items = JSON.parse(text);
} catch (e) {
  process.stderr.write(`mathml.mjs: stdin is not JSON: ${e.message}\n`);
  process.exit(2);
}
if (!Array.isArray(items)) {
  process.stderr.write("mathml.mjs: stdin must be a JSON array of {\"tex\", \"display\"} objects\n");
  process.exit(2);
}

// Setting exitCode (not calling exit) lets a large stdout drain through a pipe before node ends.
process.stdout.write(JSON.stringify(items.map(convert)));
process.exitCode = 0;
