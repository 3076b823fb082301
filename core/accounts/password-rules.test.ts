import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-rules.ts';
import { lockAfterFailure, sessionIsLive } from './sessions.ts';

const who = { email: 'anna.schmidt@smwk.sachsen.de', displayName: 'Anna Schmidt' };

describe('password rules', () => {
  it('accepts a long passphrase of any characters', () => {
    expect(checkNewPassword('Elbwiesen im Nebel, Fähre nach Pillnitz', who)).toEqual([]);
    expect(checkNewPassword('🌉 über die Brücke gehen wir morgen früh', who)).toEqual([]);
  });

  it.each([
    ['kurz', /at least 15/],
    ['a'.repeat(129), /at most 128/],
    ['passwort123456789', /too easy/],
    ['qwertzuiopasdfghjkl', /too easy/],
    ['annaschmidt2026annaschmidt', /name or e-mail/],
    ['Brueckenbauer2026!', /too easy/],
  ])('refuses %j', (password, message) => {
    const [issue] = checkNewPassword(password, who);
    expect(issue?.field).toBe('password');
    expect(issue?.message).toMatch(message);
  });
});

describe('lockout and session lifetime', () => {
  const now = new Date('2026-11-21T10:00:00Z');
  it('locks after five failures, doubling up to an hour', () => {
    expect(lockAfterFailure(4, now)).toBeNull();
    expect(lockAfterFailure(5, now)?.getTime()).toBe(now.getTime() + 60_000);
    expect(lockAfterFailure(6, now)?.getTime()).toBe(now.getTime() + 120_000);
    expect(lockAfterFailure(30, now)?.getTime()).toBe(now.getTime() + 3_600_000);
  });
  it('ends a session after 30 idle minutes or 12 hours', () => {
    const fresh = { lastSeenAt: new Date(now.getTime() - 29 * 60_000), expiresAt: new Date(now.getTime() + 60_000) };
    expect(sessionIsLive(fresh, now)).toBe(true);
    expect(sessionIsLive({ ...fresh, lastSeenAt: new Date(now.getTime() - 31 * 60_000) }, now)).toBe(false);
    expect(sessionIsLive({ ...fresh, expiresAt: now }, now)).toBe(false);
  });
});
