/**
 * Packs an answer's export files into one zip encrypted with AES-256 (WinZip AE-2, which 7-Zip, macOS
 * Archive Utility's successors, Windows with 7-Zip and every zip.js reader open) with @zip.js/zip.js:
 * no native code, no web workers in Node, and loaded only when an archive is made.
 */
export async function zipWithPassword(
  files: readonly { readonly fileName: string; readonly content: Uint8Array }[],
  password: string,
): Promise<Uint8Array> {
  const zip = await import('@zip.js/zip.js');
  zip.configure({ useWebWorkers: false });
  const writer = new zip.ZipWriter(new zip.Uint8ArrayWriter(), { password, encryptionStrength: 3 });
  const used = new Set<string>();
  for (const file of files) {
    await writer.add(uniqueName(file.fileName, used), new zip.Uint8ArrayReader(file.content));
  }
  return writer.close();
}

/** Two files of one name would overwrite each other when unpacked: the second becomes "name (2).ext". */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  used.add(candidate);
  return candidate;
}
