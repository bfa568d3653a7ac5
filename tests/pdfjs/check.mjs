// tests/pdfjs/check.mjs — an independent PDF/UA reading of ehcp's PDFs with
// Mozilla pdf.js (code we did not write). Usage: node check.mjs FILE.pdf...
// Prints one line per problem and exits 1 if there is any, else 0:
//  - MarkInfo Marked true; catalog /Lang (pdf.js info.Language);
//  - XMP dc:title present and pdfuaid:part = 1;
//  - on every page, no text outside marked content, and a structure tree
//    whenever the page has content;
//  - every link annotation has contents.
import { readFile } from "node:fs/promises";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

// Text items outside any marked content (pdf.js reports beginMarkedContent*
// and endMarkedContent items around the text they enclose).
function untaggedText(items) {
  let depth = 0;
  const found = [];
  for (const item of items) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") depth++;
    else if (item.type === "endMarkedContent") depth = Math.max(0, depth - 1);
    else if (item.str !== undefined && item.str.trim() !== "" && depth === 0) found.push(item.str);
  }
  return found;
}

async function checkPage(doc, n, problems) {
  const page = await doc.getPage(n);
  const text = await page.getTextContent({ includeMarkedContent: true });
  for (const s of untaggedText(text.items)) problems.push(`page ${n}: untagged text "${s}"`);
  const hasContent = text.items.some((i) => i.str !== undefined && i.str.trim() !== "");
  const tree = await page.getStructTree();
  if (hasContent && (!tree || !tree.children || tree.children.length === 0))
    problems.push(`page ${n}: content but no structure tree`);
  for (const a of await page.getAnnotations()) {
    if (a.subtype !== "Link") continue;
    const contents = (a.contentsObj && a.contentsObj.str) || a.contents || "";
    if (!contents.trim()) problems.push(`page ${n}: link annotation without contents`);
  }
}

async function checkFile(path) {
  const problems = [];
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  const mark = await doc.getMarkInfo();
  if (!mark || !mark.Marked) problems.push("MarkInfo Marked is not true");
  const meta = await doc.getMetadata();
  if (!meta.info || !meta.info.Language) problems.push("no document language (catalog /Lang)");
  const xmp = meta.metadata;
  if (!xmp || !xmp.get("dc:title")) problems.push("no dc:title in XMP metadata");
  if (!xmp || String(xmp.get("pdfuaid:part")) !== "1") problems.push("XMP pdfuaid:part is not 1");
  for (let n = 1; n <= doc.numPages; n++) await checkPage(doc, n, problems);
  await doc.destroy();
  return problems;
}

let failed = false;
if (process.argv.length < 3) {
  console.error("usage: node check.mjs FILE.pdf...");
  process.exit(2);
}
for (const path of process.argv.slice(2)) {
  try {
    for (const p of await checkFile(path)) {
      console.log(`${path}: ${p}`);
      failed = true;
    }
  } catch (e) {
    console.log(`${path}: cannot read: ${e.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
