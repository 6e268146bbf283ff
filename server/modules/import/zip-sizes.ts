/**
 * The uncompressed size of every entry of a zip file (an XLSX), read from its
 * central directory without inflating anything, so a small file that would
 * unpack to hundreds of megabytes is refused before it costs memory or time.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Entry name → uncompressed bytes; null when the buffer is not a zip. */
export function zipEntrySizes(zip: Buffer): Map<string, number> | null {
  if (zip.length < 22) return null;
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const sizes = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const uncompressed = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    // 0xFFFFFFFF: the real size is in a zip64 extra field; treat it as too large.
    sizes.set(name, uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER : uncompressed);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}
