// IPv4 text helpers for routing and ipBlock matching.

/** The address as a 32-bit unsigned number, or undefined when the text is not dotted IPv4. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    value = value * 256 + Number(p);
  }
  return value;
}

export function isIPv4(text: string): boolean {
  return parseIPv4(text) !== undefined;
}

/** Whether ip lies in cidr ("10.0.0.0/8"); a malformed cidr contains nothing. */
export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const network = parseIPv4(base);
  const address = parseIPv4(ip);
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (network === undefined || address === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  if (bits === 0) return true;
  const size = 2 ** (32 - bits);
  return Math.floor(network / size) === Math.floor(address / size);
}
