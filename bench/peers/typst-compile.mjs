// Benchmark only: typesets a Typst file with Typst 0.14 (typst.ts node binding)
// in PDF/UA-1 mode. Usage: node typst-compile.mjs in.typ out.pdf [runs]
// With a runs argument it compiles the same source repeatedly in one warm process
// and prints each compile's milliseconds (a fresh compiler each time, so
// Typst's memoisation cannot return the previous result).
import { readFileSync, writeFileSync } from "node:fs";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const [input, output, runsArg] = process.argv.slice(2);
const source = readFileSync(input, "utf8");
const runs = Number(runsArg || 1);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: ["/usr/share/fonts/truetype/liberation2"] }] });
  const pdf = compiler.pdf({ mainFileContent: source }, { pdfStandard: "ua-1" });
  const ms = performance.now() - t0;
  if (i === 0) writeFileSync(output, pdf);
  if (runsArg) console.log(ms.toFixed(1));
}
