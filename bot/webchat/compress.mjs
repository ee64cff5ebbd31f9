// Writes FILE.br (Brotli) and FILE.gz (gzip) beside each FILE given, so the bot can send browsers the
// Web Chat bundle compressed without compressing it on every request. Run by the bot's csproj after it
// copies the bundle; only Node's own zlib is used.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(file + '.br', br);
  writeFileSync(file + '.gz', gz);
  console.log(`${file}: ${bytes.length} bytes, br ${br.length}, gz ${gz.length}`);
}
