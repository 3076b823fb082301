import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('database timeouts in the configuration', () => {
  it('waits 5 s for a connection and lets a statement run 10 s unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.connectTimeoutMs).toBe(5000);
    expect(config.statementTimeoutMs).toBe(10_000);
  });

  it('takes milliseconds from the environment; 0 switches a limit off', () => {
    const config = loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '1500', DATABASE_STATEMENT_TIMEOUT_MS: '0' });
    expect(config.connectTimeoutMs).toBe(1500);
    expect(config.statementTimeoutMs).toBe(0);
  });

  it('refuses a value that is not a whole number of milliseconds, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '10s' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('takes a number of hops or a list of addresses and networks', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'fd00::/8',
    ]);
  });

  it('refuses what is neither, naming the variable and the entry', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*"true" is not an IP address/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY.*10\.0\.0\.0\/33/);
    expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/TRUST_PROXY must be a number of proxies/);
  });
});
