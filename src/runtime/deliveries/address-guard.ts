// Server-side request forgery guard for outbound deliveries: a playbook's URL must not reach the node's own
// network (loopback, private ranges, cloud metadata) unless the endpoint allows it. The host is resolved once,
// every address checked, and the connection made to the address checked (a second lookup could be rebound).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** What kind of address an IP is; everything but `public` is refused without `allow_private`. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'shared'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'invalid';

interface Range {
  base: bigint;
  bits: number;
  kind: Exclude<AddressClass, 'public' | 'invalid'>;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) {
    return null;
  }
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function parseIpv6(input: string): bigint | null {
  let text = input.split('%')[0] ?? '';
  // An IPv4 tail (::ffff:10.0.0.1) becomes two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1] !== undefined) {
    const v4 = parseIpv4(tail[1]);
    if (v4 === null) {
      return null;
    }
    text = `${text.slice(0, -tail[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) {
    return null;
  }
  const groups = (half: string | undefined) => (half === undefined || half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) {
    return null;
  }
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (all.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) {
    return null;
  }
  return all.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const v4 = (cidr: string, kind: Range['kind']): Range => {
  const [address = '', bits = '32'] = cidr.split('/');
  return { base: parseIpv4(address) ?? 0n, bits: Number(bits), kind };
};
const v6 = (cidr: string, kind: Range['kind']): Range => {
  const [address = '', bits = '128'] = cidr.split('/');
  return { base: parseIpv6(address) ?? 0n, bits: Number(bits), kind };
};

const IPV4_RANGES: readonly Range[] = [
  v4('0.0.0.0/32', 'unspecified'),
  v4('0.0.0.0/8', 'reserved'),
  v4('10.0.0.0/8', 'private'),
  v4('100.64.0.0/10', 'shared'),
  v4('127.0.0.0/8', 'loopback'),
  // 169.254.169.254 is the cloud providers' metadata service.
  v4('169.254.0.0/16', 'link_local'),
  v4('172.16.0.0/12', 'private'),
  v4('192.0.0.0/24', 'reserved'),
  v4('192.168.0.0/16', 'private'),
  v4('198.18.0.0/15', 'reserved'),
  v4('224.0.0.0/4', 'multicast'),
  v4('240.0.0.0/4', 'reserved'),
];

const IPV6_RANGES: readonly Range[] = [
  v6('::/128', 'unspecified'),
  v6('::1/128', 'loopback'),
  v6('fc00::/7', 'private'),
  v6('fe80::/10', 'link_local'),
  // Site-local, deprecated but still routed by some networks.
  v6('fec0::/10', 'private'),
  v6('ff00::/8', 'multicast'),
  v6('100::/64', 'reserved'),
];

const inRange = (value: bigint, width: number, range: Range): boolean =>
  value >> BigInt(width - range.bits) === range.base >> BigInt(width - range.bits);

function classifyIpv4(value: bigint): AddressClass {
  return IPV4_RANGES.find((range) => inRange(value, 32, range))?.kind ?? 'public';
}

/** IPv6 forms that carry an IPv4 address a router may hand on to the IPv4 network. */
function embeddedIpv4(value: bigint): bigint | null {
  const high96 = value >> 32n;
  const low32 = value & 0xffffffffn;
  if (high96 === 0xffffn || (high96 === 0n && low32 > 1n)) {
    return low32; // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated)
  }
  if (high96 === 0x64ff9b0000000000000000n) {
    return low32; // 64:ff9b::/96, NAT64
  }
  if (value >> 112n === 0x2002n) {
    return (value >> 80n) & 0xffffffffn; // 2002::/16, 6to4
  }
  return null;
}

/** Classifies an IP address (v4 or v6, an IPv6 zone ignored). Pure. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address.split('%')[0] ?? '');
  if (family === 4) {
    const value = parseIpv4(address);
    return value === null ? 'invalid' : classifyIpv4(value);
  }
  if (family !== 6) {
    return 'invalid';
  }
  const value = parseIpv6(address);
  if (value === null) {
    return 'invalid';
  }
  const listed = IPV6_RANGES.find((range) => inRange(value, 128, range))?.kind;
  if (listed !== undefined) {
    return listed;
  }
  const inner = embeddedIpv4(value);
  return inner === null ? 'public' : classifyIpv4(inner);
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (node:dns by default; tests pass their own). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const resolveWithDns: ResolveHost = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

const LABELS: Record<AddressClass, string> = {
  public: 'public',
  loopback: 'loopback',
  private: 'private',
  link_local: 'link-local',
  shared: 'shared (CGNAT)',
  unspecified: 'unspecified',
  multicast: 'multicast',
  reserved: 'reserved',
  invalid: 'invalid',
};

/** The host refused, and why: the caller reports it and does not connect. */
export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedAddressError';
  }
}

/**
 * The address to connect to for `hostname` (a URL's hostname; IPv6 in brackets is fine): every address it
 * resolves to must be public unless `allowPrivate`. Connect to the address returned, never resolve again.
 * @throws RefusedAddressError when an address is not public; the resolver's error when the name does not resolve.
 */
export async function resolveCheckedAddress(
  hostname: string,
  options: { allowPrivate: boolean; resolve?: ResolveHost },
): Promise<ResolvedAddress> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const family = isIP(host);
  const addresses =
    family === 0
      ? await (options.resolve ?? resolveWithDns)(host)
      : [{ address: host, family: family as 4 | 6 }];
  const first = addresses[0];
  if (first === undefined) {
    throw new Error(`${host} resolves to no address`);
  }
  if (!options.allowPrivate) {
    // Any one refused address refuses the host: an attacker's DNS may answer with both kinds.
    for (const { address } of addresses) {
      const kind = classifyAddress(address);
      if (kind !== 'public') {
        const of = address === host ? '' : ` (${host})`;
        throw new RefusedAddressError(
          `refused ${LABELS[kind]} address ${address}${of}: set allow_private: true on the endpoint to allow it`,
        );
      }
    }
  }
  return first;
}
