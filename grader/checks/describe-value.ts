// How a value is shown in a check's message: JSON, cut short so one message
// stays one readable line; a missing value reads "nothing".

const maxLength = 120;

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
