/**
 * Turns counted paper forms into questionnaires for POST /api/rooms/:roomId/surveys. The
 * participants' percentages are per question, so how yes/no answers pair up on a form does not
 * change any figure; form i simply carries the i-th answer of each question.
 */
export function participantResponses(counts: {
  confidence: { yes: number; no: number };
  pleasant_living: { yes: number; no: number };
}): Record<string, string>[] {
  const answers = (c: { yes: number; no: number }) => [
    ...Array<string>(c.yes).fill("yes"),
    ...Array<string>(c.no).fill("no"),
  ];
  const confidence = answers(counts.confidence);
  const pleasant = answers(counts.pleasant_living);
  return Array.from({ length: Math.max(confidence.length, pleasant.length) }, (_, i) => {
    const form: Record<string, string> = {};
    if (confidence[i]) form.confidence = confidence[i];
    if (pleasant[i]) form.pleasant_living = pleasant[i];
    return form;
  });
}

/** "8 7, 9;10" → [8, 7, 9, 10]; the first piece that is no whole number 1–10 is returned as `bad`. */
export function parseScores(text: string): { scores: number[]; bad?: string } {
  const scores: number[] = [];
  for (const piece of text.split(/[\s,;]+/).filter(Boolean)) {
    const n = Number(piece);
    if (!Number.isInteger(n) || n < 1 || n > 10) return { scores, bad: piece };
    scores.push(n);
  }
  return { scores };
}
