/**
 * `npm run pack` — ready-built kits for school IT staff who have no Node: a zip of the site
 * built for the server root and one built for `/hoc/`, each with a short install note in
 * Vietnamese and English, plus a SHA256SUMS file.
 *
 *   npm run pack                       builds both variants, then packs them into pack/
 *   node src/cli/pack.ts --root dist --hoc dist-hoc --out pack   packs existing builds
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { walk } from './content-files.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The install note put at the top of each zip (plain text, readable in Notepad). */
export function installNote(variant: 'root' | 'hoc', version: string): string {
  const where = variant === 'root' ? 'thư mục gốc của trang web (ví dụ /var/www/html/ hoặc C:\\inetpub\\wwwroot\\)' : 'thư mục hoc/ bên trong thư mục gốc (ví dụ /var/www/html/hoc/)';
  const whereEn = variant === 'root' ? 'the web root (e.g. /var/www/html/ or C:\\inetpub\\wwwroot\\)' : 'a folder hoc/ inside the web root (e.g. /var/www/html/hoc/)';
  const address = variant === 'root' ? 'http://<địa-chỉ-máy-chủ>/' : 'http://<địa-chỉ-máy-chủ>/hoc/';
  return [
    `VỮNG BƯỚC — bản dựng sẵn ${version} (${variant === 'root' ? 'đặt ở thư mục gốc' : 'đặt ở /hoc/'})`,
    '',
    'CÁCH CÀI',
    `1. Giải nén, rồi chép MỌI tệp trong thư mục "site" vào ${where}.`,
    `2. Mở trình duyệt tại ${address}. Không cần cơ sở dữ liệu hay phần mềm máy chủ đặc biệt.`,
    '3. Thêm liên hệ địa phương (công an xã, đồn biên phòng, tư vấn học đường): sửa tệp local.json',
    '   trong thư mục đã chép. Trang Giới thiệu (/about/) cho biết tệp có đọc được không.',
    '4. Kiểm tra tệp zip không bị hỏng: so mã SHA-256 của tệp với tệp SHA256SUMS đi kèm.',
    '',
    'Chạy thử trên máy tính xách tay (không có máy chủ):',
    '   python3 -m http.server 8080      (trong thư mục site, rồi mở http://localhost:8080/)',
    '   busybox httpd -f -p 8080          (tương tự)',
    'Mở trực tiếp tệp index.html (file://) chỉ đọc được bài; câu hỏi, tìm kiếm, tiến độ cần một máy chủ web.',
    '',
    `VUNG BUOC — pre-built copy ${version} (${variant === 'root' ? 'for the server root' : 'for /hoc/'})`,
    '',
    'INSTALL',
    `1. Unzip, then copy EVERY file inside the "site" folder to ${whereEn}.`,
    `2. Open ${address.replace('<địa-chỉ-máy-chủ>', '<server-address>')} in a browser. No database or special server software is needed.`,
    '3. Local contacts (commune police, border post, school counsellor): edit local.json in the copied',
    '   folder. The About page (/about/) says whether it was read.',
    '4. Check the zip is intact: compare its SHA-256 with the SHA256SUMS file.',
    '',
    'On a laptop without a server: "python3 -m http.server 8080" or "busybox httpd -f -p 8080" in the',
    'site folder. Opening index.html directly (file://) shows lessons only; quizzes, search and',
    'progress need a web server.',
    '',
  ].join('\r\n');
}

/** Zips a built site under `site/` with the install notes. */
export function zipSite(dir: string, variant: 'root' | 'hoc', version: string): Uint8Array {
  const entries: Zippable = {};
  for (const file of walk(dir)) {
    entries[`site/${relative(dir, file).split(sep).join('/')}`] = [readFileSync(file), { level: 9 }];
  }
  const note = new TextEncoder().encode(installNote(variant, version));
  entries['CAI-DAT-INSTALL.txt'] = [note, { level: 9 }];
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const out = resolve(option(args, 'out') ?? 'pack');
  let root = option(args, 'root');
  let hoc = option(args, 'hoc');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!root) {
    root = join(out, 'build-root');
    execFileSync(npm, ['run', 'build'], { stdio: 'inherit', env: { ...process.env, VUNG_BUOC_OUT: root, BASE_PATH: '/' } });
  }
  if (!hoc) {
    hoc = join(out, 'build-hoc');
    execFileSync(npm, ['run', 'build'], { stdio: 'inherit', env: { ...process.env, VUNG_BUOC_OUT: hoc, BASE_PATH: '/hoc/' } });
  }
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  mkdirSync(out, { recursive: true });
  const sums: string[] = [];
  for (const [variant, dir] of [['root', root], ['hoc', hoc]] as const) {
    const name = `vung-buoc-${version}-${variant}.zip`;
    const zip = zipSite(resolve(dir), variant, version);
    writeFileSync(join(out, name), zip);
    sums.push(`${sha256(zip)}  ${name}`);
    console.log(`${name}: ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
  }
  writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log(`Wrote ${out}/SHA256SUMS — check with: sha256sum -c SHA256SUMS`);
}
