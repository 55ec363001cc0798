import { describe, expect, it } from 'vitest';
import {
  type AddressClass,
  classifyAddress,
  RefusedAddressError,
  resolveCheckedAddress,
  type ResolveHost,
} from './address-guard.js';

describe('classifyAddress', () => {
  it.each<[string, AddressClass]>([
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['93.184.215.14', 'public'],
    ['9.255.255.255', 'public'],
    ['11.0.0.0', 'public'],
    ['100.63.255.255', 'public'],
    ['100.128.0.0', 'public'],
    ['172.15.255.255', 'public'],
    ['172.32.0.0', 'public'],
    ['192.167.255.255', 'public'],
    ['192.169.0.0', 'public'],
    ['169.253.255.255', 'public'],
    ['223.255.255.255', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['169.254.0.1', 'link_local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['240.0.0.1', 'reserved'],
  ])('IPv4 %s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each<[string, AddressClass]>([
    ['2606:4700:4700::1111', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['febf::1', 'link_local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link_local'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['2002:c0a8:0101::1', 'private'],
    ['2002:0808:0808::1', 'public'],
  ])('IPv6 %s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['example.com', '', '1.2.3', '256.1.1.1', '1:2:3:4:5:6:7:8:9', 'fe80::1::2', '[::1]'])(
    '%j is not an address',
    (text) => {
      expect(classifyAddress(text)).toBe('invalid');
    },
  );
});

describe('resolveCheckedAddress', () => {
  const resolver =
    (table: Record<string, string[]>): ResolveHost =>
    async (host) =>
      (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('a public name: its first address', async () => {
    const resolve = resolver({
      'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    });
    await expect(
      resolveCheckedAddress('hooks.example.com', { allowPrivate: false, resolve }),
    ).resolves.toEqual({ address: '93.184.215.14', family: 4 });
  });

  it('a name with one private address among public ones is refused', async () => {
    const resolve = resolver({ 'mixed.example.com': ['93.184.215.14', '10.0.0.7'] });
    const refusal = resolveCheckedAddress('mixed.example.com', { allowPrivate: false, resolve });
    await expect(refusal).rejects.toBeInstanceOf(RefusedAddressError);
    await expect(refusal).rejects.toThrow(
      'refused private address 10.0.0.7 (mixed.example.com): set allow_private: true on the endpoint to allow it',
    );
  });

  it('literal addresses are checked without a lookup, IPv6 in brackets too', async () => {
    const resolve: ResolveHost = () => Promise.reject(new Error('no lookup expected'));
    await expect(resolveCheckedAddress('169.254.169.254', { allowPrivate: false, resolve })).rejects.toThrow(
      'refused link-local address 169.254.169.254:',
    );
    await expect(resolveCheckedAddress('[::1]', { allowPrivate: false, resolve })).rejects.toThrow(
      'refused loopback address ::1:',
    );
    await expect(resolveCheckedAddress('[::ffff:7f00:1]', { allowPrivate: false, resolve })).rejects.toThrow(
      /refused loopback address/,
    );
    await expect(resolveCheckedAddress('[::1]', { allowPrivate: true, resolve })).resolves.toEqual({
      address: '::1',
      family: 6,
    });
  });

  it('allow_private lets loopback and private names through', async () => {
    const resolve = resolver({ localhost: ['127.0.0.1', '::1'] });
    await expect(resolveCheckedAddress('localhost', { allowPrivate: true, resolve })).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(resolveCheckedAddress('localhost', { allowPrivate: false, resolve })).rejects.toThrow(
      'refused loopback address 127.0.0.1 (localhost)',
    );
  });

  it('a name with no address is an error, not a refusal', async () => {
    const refusal = resolveCheckedAddress('nowhere.example.com', {
      allowPrivate: false,
      resolve: resolver({}),
    });
    await expect(refusal).rejects.toThrow('nowhere.example.com resolves to no address');
    await expect(refusal).rejects.not.toBeInstanceOf(RefusedAddressError);
  });

  it('the system resolver: localhost is loopback', async () => {
    await expect(resolveCheckedAddress('localhost', { allowPrivate: false })).rejects.toBeInstanceOf(
      RefusedAddressError,
    );
  });
});
