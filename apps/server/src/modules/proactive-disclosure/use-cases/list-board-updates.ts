import { periodKeyOf, type BoardRhythm, type BoardUpdates } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { BOARD_UPDATE_ENTITY } from '../entities.ts';
import { boardPolicy } from '../policy.ts';
import { presentBoardUpdate } from '../presenter.ts';
import { filesOfRecords, findBoard, listBoardUpdates as updatesOfBoard } from '../repository.ts';

/** A board's updates (newest first) with their photos, each in the period it counts for. */
export async function listBoardUpdates(ctx: AppContext, auth: AuthContext, boardId: string): Promise<BoardUpdates> {
  const board = await findBoard(ctx.db, auth.scope, boardId);
  if (!board || !boardPolicy.visible(auth, board)) throw new AppError('RECORD.NOT_FOUND');
  const rows = await updatesOfBoard(ctx.db, board.id);
  const fileMap = await filesOfRecords(
    ctx.db,
    auth.scope,
    BOARD_UPDATE_ENTITY,
    rows.map((r) => r.id),
  );
  const rhythm = board.rhythm as BoardRhythm;
  return {
    board: { id: board.id, name: board.name, rhythm, orgId: board.orgId, abilities: boardPolicy.abilities(auth, board) },
    items: rows.map((r) => presentBoardUpdate(auth, r, periodKeyOf(r.updatedOn, rhythm), fileMap.get(r.id) ?? [])),
  };
}
