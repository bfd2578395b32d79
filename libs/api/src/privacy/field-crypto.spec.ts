import { FieldCrypto, randomFieldKeys } from './field-crypto';

describe('FieldCrypto', () => {
  const crypto = new FieldCrypto(randomFieldKeys());

  it('round-trips, with a fresh IV every time', () => {
    const a = crypto.seal('11010519491231002X');
    const b = crypto.seal('11010519491231002X');
    expect(a.equals(b)).toBe(false);
    expect(crypto.open(a)).toBe('11010519491231002X');
    expect(a.includes(Buffer.from('19491231'))).toBe(false);
  });

  it('refuses tampered values and values sealed with another key', () => {
    const sealed = crypto.seal('13800138000');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => crypto.open(tampered)).toThrow();
    expect(() => new FieldCrypto(randomFieldKeys()).open(sealed)).toThrow();
  });

  it('hashes deterministically under one key and differently under another', () => {
    expect(crypto.digest('x').equals(crypto.digest('x'))).toBe(true);
    expect(crypto.digest('x').equals(new FieldCrypto(randomFieldKeys()).digest('x'))).toBe(false);
  });
});
