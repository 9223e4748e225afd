import type { TownshipPreview } from '@yifa/domain/organisation';
import { getTownshipWithVillages } from '../../../platform/divisions/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';

/** The township a division code names, with the villages and communities that creating it would add. */
export async function previewTownship(code: string): Promise<TownshipPreview> {
  const found = await getTownshipWithVillages(code);
  if (!found) throw new AppError('ORG.DIVISION_NOT_FOUND');
  return found;
}
