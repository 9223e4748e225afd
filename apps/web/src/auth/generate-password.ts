const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%^&*-_=+?'];

function pick(set: string, random: (n: number) => number): string {
  return set[random(set.length)]!;
}

function cryptoRandom(n: number): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! % n;
}

/**
 * A random initial password with all four character classes (so it passes any policy of up to
 * 4 classes), without look-alike characters (0/O, 1/l/I) that get mistyped when read aloud.
 */
export function generatePassword(length = 12, random: (n: number) => number = cryptoRandom): string {
  const size = Math.max(length, SETS.length);
  const chars = SETS.map((set) => pick(set, random));
  const all = SETS.join('');
  while (chars.length < size) chars.push(pick(all, random));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
