import { noCache } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';
import { hashPassword, verifyPassword } from '@brisk/api-feature-auth';
import { createBoard } from '@brisk/api-feature-boards';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';

export const demoLogin = { email: 'demo@brisk.local', password: 'brisk-demo' } as const;

const columnNames = ['Backlog', 'To do', 'Doing', 'Review', 'Done'];
const verbs = ['Fix', 'Design', 'Write', 'Review', 'Ship', 'Measure', 'Refactor', 'Document', 'Test', 'Plan'];
const subjects = ['login form', 'board cache', 'search index', 'card dialog', 'drag and drop', 'release notes',
  'metrics dashboard', 'onboarding flow', 'API errors', 'mobile layout', 'billing page', 'load test'];
const labelSets = [['bug'], ['feature'], ['chore'], ['bug', 'urgent'], ['design'], [], ['docs'], ['perf']];

/** Seeds the demo account and a board of `cardsPerColumn` x 5 cards, unless the demo account exists already. */
export async function seedDemoBoard(db: Db, cardsPerColumn = 100): Promise<'seeded' | 'exists'> {
  if (await db.users.findByEmail(demoLogin.email)) return 'exists';
  const user = await db.users.insert({
    id: uuidv7(),
    email: demoLogin.email,
    name: 'Demo User',
    passwordHash: await hashPassword(demoLogin.password),
  });
  if (!user) return 'exists';
  // Seeding runs before the server serves anything, so there is no cached value to invalidate yet.
  const { board, columns } = await createBoard({ db, cache: noCache }, user.id, { name: 'Demo board', columns: columnNames });
  const rows = columns.flatMap((column, columnIndex) =>
    positionsBetween(null, null, cardsPerColumn).map((position, index) => {
      const n = columnIndex * cardsPerColumn + index;
      return {
        id: uuidv7(),
        boardId: board.id,
        columnId: column.id,
        title: `${verbs[n % verbs.length]} ${subjects[n % subjects.length]} #${n + 1}`,
        description: `Demo card ${n + 1} in ${column.name}.`,
        labels: labelSets[n % labelSets.length]!,
        assigneeId: n % 3 === 0 ? user.id : null,
        dueDate: null,
        position,
      };
    }),
  );
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 50) await tx.cards.insertMany(rows.slice(start, start + 50));
  });
  return 'seeded';
}

/**
 * Whether the demo login works on this instance: seeded now, or seeded earlier and still signing in with the demo
 * password (an account someone registered under the demo email would not, and its password is nobody's to show).
 */
export async function demoLoginWorks(db: Db, seeded: 'seeded' | 'exists'): Promise<boolean> {
  if (seeded === 'seeded') return true;
  const user = await db.users.findByEmail(demoLogin.email);
  return user !== null && (await verifyPassword(demoLogin.password, user.passwordHash));
}
