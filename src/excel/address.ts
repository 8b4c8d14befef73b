/** The address without its sheet: "Sheet1!B2" → "B2", "'My sheet'!A1:A9" → "A1:A9". */
export function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
