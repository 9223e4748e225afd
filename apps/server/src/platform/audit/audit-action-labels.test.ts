import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@yifa/domain';
import { type ImportKind } from '@yifa/domain/law-study';
import { ZVillageDisclosureKind } from '@yifa/domain/proactive-disclosure';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The values a template's `${…}` can take, where the server builds an action from a variable. */
const TEMPLATE_VALUES: Record<string, readonly string[]> = {
  'law-study.import.${kind}': ['attendance', 'scores', 'platformHours'] satisfies ImportKind[],
  "law-study.self-study.${input.decision === 'approved' ? 'approve' : 'reject'}": ['approve', 'reject'],
  'proactive-disclosure.${input.kind}.create': ZVillageDisclosureKind.options,
  'proactive-disclosure.${row.kind}.delete': ZVillageDisclosureKind.options,
};

/**
 * Every action the server writes: the literals and templates after `action:` (writeAudit), the
 * action argument of a disclosure-request step (applyStep), and constants named …_ACTION.
 */
function writtenActions(): { actions: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const expressions = [
      ...[...text.matchAll(/\baction:\s*([^\n]*)/g)].map((m) => m[1]!),
      ...[...text.matchAll(/applyStep\([^']*('[^']+')/g)].map((m) => m[1]!),
      ...[...text.matchAll(/_ACTION\s*=\s*('[^']+')/g)].map((m) => m[1]!),
    ];
    for (const expression of expressions) {
      for (const m of expression.matchAll(/'([a-z][a-z-]*(?:\.[a-zA-Z-]+)+)'/g)) actions.add(m[1]!);
      for (const m of expression.matchAll(/`([a-z][a-z-]*\.[^`]*)`/g)) {
        const values = TEMPLATE_VALUES[m[1]!];
        if (!values) {
          unknownTemplates.push(`${path.relative(SRC, file)}: ${m[1]}`);
          continue;
        }
        for (const v of values) actions.add(m[1]!.replace(/\$\{.*\}/, v));
      }
    }
  }
  return { actions, unknownTemplates };
}

describe('audit labels', () => {
  it('every action written anywhere in the server has a Chinese and an English label', () => {
    const { actions, unknownTemplates } = writtenActions();
    expect(unknownTemplates, 'an action built from a template: list its values in TEMPLATE_VALUES').toEqual([]);
    expect(actions.size).toBeGreaterThan(80);
    const missing = [...actions].filter((a) => !Object.hasOwn(AUDIT_ACTION_LABELS, a)).sort();
    expect(missing).toEqual([]);
    for (const a of actions) expect(AUDIT_ACTION_LABELS[a]!.zh).toMatch(/\p{Script=Han}/u);
  });

  it('every entity type written has a label', () => {
    const types = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/entityType:\s*'([a-zA-Z]+)'/g)) types.add(m[1]!);
      for (const m of text.matchAll(/_ENTITY\s*=\s*'([a-zA-Z]+)'/g)) types.add(m[1]!);
    }
    expect(types.size).toBeGreaterThan(20);
    expect([...types].filter((t) => !Object.hasOwn(AUDIT_ENTITY_LABELS, t)).sort()).toEqual([]);
  });
});
