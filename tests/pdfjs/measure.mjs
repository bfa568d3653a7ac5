// tests/pdfjs/measure.mjs — measures ehcp's PDFs with Mozilla pdf.js (code we
// did not write): text sizes and positions, artifacts, figures, the outline.
// Used by tests/cli/render_accessible_formats.sh and render_samples.sh.
//
//   node measure.mjs [options] FILE.pdf...
//     --min-body PT   body text (text inside marked content that is not an
//                     /Artifact) must be at least PT points
//     --min-any PT    every text item, furniture included, at least PT points
//     --figures       every Figure in the structure tree has alt text, and
//                     there is at least one Figure
//     --figure-count N  exactly N Figures with alt text (0 = do not check)
//     --geometry      no two text items on a page overlap (by more than
//                     0.5 pt each way), and no text item lies outside the
//                     page (clipped) or in the outer 5 mm of the page
//     --outline       the document has an outline (bookmarks)
//     --dump          print every text item (page, size, box, artifact, text)
//     --toc-pages     print "FILE: toc pages: N..." (pages with TOCI elements)
// Prints one line per problem ("FILE: page N: ...") and exits 1 if there is
// any, else 0. A summary line per file ("FILE: ok: ...") goes to stdout too.
//
// The font size of a text item is the length of the text matrix's second
// column (transform[2], transform[3]): the size in points, as the viewer draws
// it, whatever the scaling. Its box is x = transform[4], baseline y =
// transform[5], width = item.width, and from 0.2 × size below the baseline to
// 0.8 × size above it (the body of the glyphs, not the line's leading).
import { readFile } from "node:fs/promises";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

const EPS = 0.5; // points
const MARGIN = (5 / 25.4) * 72; // 5 mm in points

function parseArgs(argv) {
  const o = { minBody: 0, minAny: 0, figures: false, figureCount: 0, geometry: false, outline: false, dump: false, tocPages: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--min-body") o.minBody = Number(argv[++i]);
    else if (a === "--min-any") o.minAny = Number(argv[++i]);
    else if (a === "--figures") o.figures = true;
    else if (a === "--figure-count") o.figureCount = Number(argv[++i]);
    else if (a === "--geometry") o.geometry = true;
    else if (a === "--outline") o.outline = true;
    else if (a === "--dump") o.dump = true;
    else if (a === "--toc-pages") o.tocPages = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  return o;
}

// Text items of one page with their marked-content context: inside an
// /Artifact, inside other marked content, or outside any.
function textItems(items) {
  const stack = [];
  const out = [];
  for (const it of items) {
    if (it.type === "beginMarkedContent" || it.type === "beginMarkedContentProps") stack.push(it.tag || "");
    else if (it.type === "endMarkedContent") stack.pop();
    else if (it.str !== undefined && it.str.trim() !== "") {
      const [, , c, d, x, y] = it.transform;
      const size = Math.hypot(c, d);
      out.push({
        str: it.str,
        size,
        x0: x,
        x1: x + it.width,
        y0: y - 0.2 * size,
        y1: y + 0.8 * size,
        artifact: stack.includes("Artifact"),
        tagged: stack.length > 0,
      });
    }
  }
  return out;
}

function overlap(a, b) {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > EPS && h > EPS;
}

function hasRole(node, role) {
  if (!node) return false;
  if (node.role === role) return true;
  return (node.children || []).some((c) => hasRole(c, role));
}

function collectFigures(node, out) {
  if (!node) return;
  if (node.role === "Figure") out.push(node.alt || "");
  for (const c of node.children || []) collectFigures(c, out);
}

const short = (s) => JSON.stringify(s.length > 40 ? s.slice(0, 40) + "…" : s);

async function measure(path, o) {
  const problems = [];
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  const figures = [];
  const tocPages = [];
  let minBody = Infinity, minAny = Infinity, nItems = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [vx0, vy0, vx1, vy1] = page.view;
    const needText = o.minBody || o.minAny || o.geometry || o.dump;
    const items = needText ? textItems((await page.getTextContent({ includeMarkedContent: true })).items) : [];
    nItems += items.length;
    for (const t of items) {
      if (o.dump)
        console.log(`${path}: page ${n}: ${t.size.toFixed(2)}pt [${t.x0.toFixed(1)},${t.y0.toFixed(1)},${t.x1.toFixed(1)},${t.y1.toFixed(1)}]${t.artifact ? " artifact" : ""} ${short(t.str)}`);
      minAny = Math.min(minAny, t.size);
      if (!t.artifact) minBody = Math.min(minBody, t.size);
      if (o.minBody && !t.artifact && t.size < o.minBody - 0.01)
        problems.push(`page ${n}: body text at ${t.size.toFixed(2)} pt (below ${o.minBody} pt): ${short(t.str)}`);
      if (o.minAny && t.size < o.minAny - 0.01)
        problems.push(`page ${n}: text at ${t.size.toFixed(2)} pt (below ${o.minAny} pt)${t.artifact ? " (page furniture)" : ""}: ${short(t.str)}`);
    }
    if (o.geometry) {
      for (const t of items) {
        if (t.x0 < vx0 - EPS || t.x1 > vx1 + EPS || t.y0 < vy0 - EPS || t.y1 > vy1 + EPS)
          problems.push(`page ${n}: text outside the page (clipped): ${short(t.str)} at x ${t.x0.toFixed(1)}–${t.x1.toFixed(1)}, y ${t.y0.toFixed(1)}–${t.y1.toFixed(1)}`);
        else if (t.x0 < vx0 + MARGIN || t.x1 > vx1 - MARGIN || t.y0 < vy0 + MARGIN || t.y1 > vy1 - MARGIN)
          problems.push(`page ${n}: text within 5 mm of the page edge: ${short(t.str)} at x ${t.x0.toFixed(1)}–${t.x1.toFixed(1)}, y ${t.y0.toFixed(1)}–${t.y1.toFixed(1)}`);
      }
      // Sort by x so the inner loop can stop early.
      const byX = [...items].sort((a, b) => a.x0 - b.x0);
      for (let i = 0; i < byX.length; i++)
        for (let j = i + 1; j < byX.length && byX[j].x0 < byX[i].x1 - EPS; j++)
          if (overlap(byX[i], byX[j]))
            problems.push(`page ${n}: text overlaps: ${short(byX[i].str)} and ${short(byX[j].str)} near x ${byX[j].x0.toFixed(1)}, y ${byX[j].y0.toFixed(1)}`);
    }
    if (o.figures || o.figureCount || o.tocPages) {
      const tree = await page.getStructTree();
      if (o.figures || o.figureCount) collectFigures(tree, figures);
      if (o.tocPages && hasRole(tree, "TOCI")) tocPages.push(n);
    }
    page.cleanup();
  }
  if (o.figures || o.figureCount) {
    const withAlt = figures.filter((a) => a.trim() !== "");
    if (figures.length !== withAlt.length) problems.push(`${figures.length - withAlt.length} of ${figures.length} Figures have no alt text`);
    if (o.figures && figures.length === 0) problems.push("no Figure in the structure tree (pictures missing?)");
    if (o.figureCount && withAlt.length !== o.figureCount)
      problems.push(`${withAlt.length} Figures with alt text, expected ${o.figureCount}`);
  }
  if (o.outline) {
    const outline = await doc.getOutline();
    if (!outline || outline.length === 0) problems.push("no outline (bookmarks)");
  }
  const pages = doc.numPages;
  if (o.tocPages) console.log(`${path}: toc pages: ${tocPages.join(" ")}`);
  await doc.destroy();
  const summary = `${pages} pages, ${nItems} text items, smallest body text ${minBody === Infinity ? "-" : minBody.toFixed(2)} pt, smallest text ${minAny === Infinity ? "-" : minAny.toFixed(2)} pt, ${figures.length} figures`;
  return { problems, summary };
}

let o;
try {
  o = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`measure.mjs: ${e.message}`);
  process.exit(2);
}
if (o.files.length === 0) {
  console.error("usage: node measure.mjs [--min-body PT] [--min-any PT] [--figures] [--figure-count N] [--geometry] [--outline] [--dump] FILE.pdf...");
  process.exit(2);
}
let failed = false;
for (const path of o.files) {
  try {
    const { problems, summary } = await measure(path, o);
    for (const p of problems) console.log(`${path}: ${p}`);
    if (problems.length) failed = true;
    console.log(`${path}: ${problems.length ? "FAILED" : "ok"}: ${summary}`);
  } catch (e) {
    console.log(`${path}: cannot read: ${e.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
