/** The terminal's font size for a text size: 13 px at the normal 14, scaled with it (whole pixels keep cells crisp). */
export const terminalFontPx = (textPx: number) => Math.round((13 * textPx) / 14);
