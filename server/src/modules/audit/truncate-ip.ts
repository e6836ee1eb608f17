import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network of an address, never the address itself (the audit trail keeps no personal data):
 * IPv4 /24 (`203.0.113.0/24`), IPv6 /48 (`2001:db8:85a3::/48`), an IPv4-mapped IPv6 address
 * (`::ffff:203.0.113.7`, as Node reports IPv4 clients on a dual-stack socket) as IPv4. Anything
 * that is not an IP address gives null.
 */
export function truncateIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  // A zone (`fe80::1%eth0`) names an interface of this host, not a part of the address.
  const address = ip.trim().replace(/%.*$/, '');
  if (isIPv4(address)) return ipv4Network(address.split('.').map(Number));
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return ipv4Network([groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff]);
  }
  return `${formatIpv6([groups[0]!, groups[1]!, groups[2]!, 0, 0, 0, 0, 0])}/48`;
}

function ipv4Network([a, b, c]: number[]): string {
  return `${a}.${b}.${c}.0/24`;
}

/** The eight 16-bit groups of a valid IPv6 address (checked by `isIPv6` before). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((group) => parseInt(group, 16)) : [];
  const left = parse(head);
  const right = parse(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<number>(zeros).fill(0), ...right];
}

/** RFC 5952 text: lowercase, the longest run of zero groups (two or more) written `::`. */
function formatIpv6(groups: number[]): string {
  let runStart = -1;
  let runLength = 1;
  for (let i = 0; i < groups.length;) {
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > runLength) [runStart, runLength] = [i, j - i];
    i = Math.max(j, i + 1);
  }
  const hex = groups.map((group) => group.toString(16));
  if (runStart < 0) return hex.join(':');
  return `${hex.slice(0, runStart).join(':')}::${hex.slice(runStart + runLength).join(':')}`;
}
