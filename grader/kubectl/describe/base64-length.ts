// The byte length of a []byte field, which JSON carries as standard base64.

/** The number of bytes `encoded` decodes to. */
export function base64DecodedLength(encoded: string): number {
  const text = encoded.replace(/\s/g, "");
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

/** The text `encoded` decodes to, read as UTF-8. */
export function base64DecodedText(encoded: string): string {
  const binary = atob(encoded.replace(/\s/g, ""));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
