// tests/tools/bbox_check.mjs — checks the word boxes poppler finds in a PDF
// (pdftotext -bbox FILE.pdf OUT.html), a second measurement beside pdf.js.
//
//   node bbox_check.mjs --calibrate BODY_PT WORDS.html
//       prints the factor from word-box height to font size: BODY_PT divided
//       by the most common word height (the body text of a standard plan)
//   node bbox_check.mjs --factor F --min PT --top PT --bottom PT WORDS.html...
//       words in the body area (more than --top from the top edge and more
//       than --bottom from the bottom edge: the running header and footer sit
//       in the margins) must be at least PT (height × F, 0.3 pt tolerance);
//       no two words on a page may overlap by more than 0.5 pt each way; no
//       word may lie outside the page.
// Prints one line per problem and exits 1 if there is any.
import { readFileSync } from "node:fs";

function pages(path) {
  const html = readFileSync(path, "utf8");
  const out = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;
  let m;
  while ((m = pageRe.exec(html))) {
    const words = [];
    let w;
    while ((w = wordRe.exec(m[3])))
      words.push({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], s: w[5].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"') });
    out.push({ w: +m[1], h: +m[2], words });
  }
  return out;
}

const args = process.argv.slice(2);
const opt = { factor: 0, min: 0, top: 0, bottom: 0, calibrate: 0, files: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--factor") opt.factor = +args[++i];
  else if (a === "--min") opt.min = +args[++i];
  else if (a === "--top") opt.top = +args[++i];
  else if (a === "--bottom") opt.bottom = +args[++i];
  else if (a === "--calibrate") opt.calibrate = +args[++i];
  else opt.files.push(a);
}
if (opt.files.length === 0) {
  console.error("usage: node bbox_check.mjs (--calibrate BODY_PT | --factor F --min PT --top PT --bottom PT) WORDS.html...");
  process.exit(2);
}

if (opt.calibrate) {
  const count = new Map();
  for (const p of pages(opt.files[0]))
    for (const w of p.words) {
      const h = (w.y1 - w.y0).toFixed(1);
      count.set(h, (count.get(h) || 0) + 1);
    }
  const [common] = [...count.entries()].sort((a, b) => b[1] - a[1])[0] || ["0"];
  if (+common <= 0) { console.error("bbox_check: no words to calibrate on"); process.exit(1); }
  console.log((opt.calibrate / +common).toFixed(4));
  process.exit(0);
}

const EPS = 0.5;
let failed = false;
const short = (s) => JSON.stringify(s.length > 30 ? s.slice(0, 30) + "…" : s);
for (const path of opt.files) {
  const problems = [];
  let smallest = Infinity;
  pages(path).forEach((p, i) => {
    const n = i + 1;
    for (const w of p.words) {
      if (w.x0 < -EPS || w.y0 < -EPS || w.x1 > p.w + EPS || w.y1 > p.h + EPS)
        problems.push(`page ${n}: word outside the page (clipped): ${short(w.s)}`);
      const body = w.y0 > opt.top && w.y1 < p.h - opt.bottom;
      if (opt.factor && body) {
        const size = (w.y1 - w.y0) * opt.factor;
        smallest = Math.min(smallest, size);
        if (opt.min && size < opt.min - 0.3)
          problems.push(`page ${n}: body word at about ${size.toFixed(1)} pt (below ${opt.min} pt): ${short(w.s)}`);
      }
    }
    const ws = [...p.words].sort((a, b) => a.x0 - b.x0);
    for (let a = 0; a < ws.length; a++)
      for (let b = a + 1; b < ws.length && ws[b].x0 < ws[a].x1 - EPS; b++) {
        const ow = Math.min(ws[a].x1, ws[b].x1) - Math.max(ws[a].x0, ws[b].x0);
        const oh = Math.min(ws[a].y1, ws[b].y1) - Math.max(ws[a].y0, ws[b].y0);
        // Word boxes span ascent to descent; lines closer than that overlap a
        // little by design, so a real overlap must cover a third of a line.
        const lh = Math.min(ws[a].y1 - ws[a].y0, ws[b].y1 - ws[b].y0);
        if (ow > EPS && oh > Math.max(EPS, lh / 3))
          problems.push(`page ${n}: words overlap: ${short(ws[a].s)} and ${short(ws[b].s)} at x ${ws[b].x0.toFixed(1)}, y ${ws[b].y0.toFixed(1)} (from the top)`);
      }
  });
  for (const p of problems) console.log(`${path}: ${p}`);
  if (problems.length) failed = true;
  console.log(`${path}: ${problems.length ? "FAILED" : "ok"}: smallest body word about ${smallest === Infinity ? "-" : smallest.toFixed(1)} pt`);
}
process.exit(failed ? 1 : 0);
