// Small labels of the catalog: difficulty, and a best score as a coloured pill.

const difficultyNames = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" } as const;

export function DifficultyBadge({ difficulty }: { difficulty: keyof typeof difficultyNames }) {
  return <span className={`badge badge-${difficulty.toLowerCase()}`}>{difficultyNames[difficulty]}</span>;
}

/** A fraction 0..1 as a percent pill; a dash when never graded. */
export function BestScore({ best }: { best: number | null }) {
  if (best === null) return <span className="muted" aria-label="not attempted">—</span>;
  const pct = Math.round(best * 100);
  return <span className={`score-pill ${pct === 100 ? "score-full" : pct === 0 ? "score-zero" : "score-partial"}`}>{pct}%</span>;
}
