// tests/tools/last_lines.mjs — the lowest line of body text on each page, from
// poppler's layout boxes (pdftotext -bbox-layout FILE.pdf OUT.html).
//   node last_lines.mjs --bottom PT OUT.html
// prints "PAGE<TAB>line text" per page, ignoring lines that start within PT
// of the bottom edge (the footer sits in the bottom margin).
import { readFileSync } from "node:fs";
const args = process.argv.slice(2);
let bottom = 0, file = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--bottom") bottom = +args[++i];
  else file = args[i];
}
if (!file) { console.error("usage: node last_lines.mjs --bottom PT OUT.html"); process.exit(2); }
const html = readFileSync(file, "utf8");
const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const lineRe = /<line xMin="[\d.-]+" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g;
const wordRe = /<word[^>]*>([\s\S]*?)<\/word>/g;
const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
let m, n = 0;
while ((m = pageRe.exec(html))) {
  n++;
  const h = +m[2];
  let best = null, bestY = -1, l;
  while ((l = lineRe.exec(m[3]))) {
    const y0 = +l[1], y1 = +l[2];
    if (y0 > h - bottom) continue;
    if (y1 > bestY) {
      const words = [];
      let w;
      while ((w = wordRe.exec(l[3]))) words.push(unescape(w[1]));
      bestY = y1;
      best = words.join(" ");
    }
  }
  console.log(`${n}\t${best ?? ""}`);
}
