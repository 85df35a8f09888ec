// The page of a leaderboard a `?page=` asks for (1-based, bounded).
export const boardPageSize = 50;

export function boardPage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 20_000 ? n : 1;
}
