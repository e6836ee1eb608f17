import { truncateIp } from './truncate-ip';

describe(truncateIp.name, () => {
  it('keeps the /24 network of an IPv4 address', () => {
    expect(truncateIp('203.0.113.57')).toBe('203.0.113.0/24');
    expect(truncateIp('10.0.0.1')).toBe('10.0.0.0/24');
    expect(truncateIp(' 192.168.1.255 ')).toBe('192.168.1.0/24');
  });

  it('keeps the /48 network of an IPv6 address, in its canonical form', () => {
    expect(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('2001:0DB8:0000:0042::1')).toBe('2001:db8::/48');
    expect(truncateIp('2001:0:db8::1')).toBe('2001:0:db8::/48');
    expect(truncateIp('fe80::1%eth0')).toBe('fe80::/48');
    expect(truncateIp('::1')).toBe('::/48');
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 client it is', () => {
    expect(truncateIp('::ffff:1.2.3.4')).toBe('1.2.3.0/24');
    expect(truncateIp('::FFFF:203.0.113.57')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:cb00:7139')).toBe('203.0.113.0/24');
  });

  it('never returns the address it was given', () => {
    for (const ip of ['203.0.113.57', '2001:db8:85a3:8d3:1319:8a2e:370:7348', '::ffff:1.2.3.4']) {
      expect(truncateIp(ip)).not.toContain(ip);
    }
  });

  it('answers null for anything that is not an IP address', () => {
    for (const garbage of [
      undefined,
      null,
      '',
      'unknown',
      '203.0.113',
      '256.1.1.1',
      '1.2.3.4, 5.6.7.8',
      '2001:db8::85a3::1',
      'sophie@example.com',
    ]) {
      expect(truncateIp(garbage)).toBeNull();
    }
  });
});
