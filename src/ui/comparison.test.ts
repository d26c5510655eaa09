// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvCell, numberRow, rowsToCsv, textRow } from './comparison';

const rows = [
  numberRow('area', 'Area (km²)', [1.02, 4.14], null, 'en'),
  textRow('name', 'Nearest', ['=HYPERLINK("x")', 'Solna; Sundbyberg']),
];

describe('comparison CSV', () => {
  it('uses comma and decimal point in English', () => {
    expect(rowsToCsv(rows, ['Hagastaden', 'Uppsala'], 'en')).toBe(
      'Measure,Hagastaden,Uppsala\r\nArea (km²),1.02,4.14\r\nNearest,"\'=HYPERLINK(""x"")","Solna; Sundbyberg"\r\n',
    );
  });

  it('uses semicolon and decimal comma in Swedish, as Swedish Excel expects', () => {
    const csv = rowsToCsv(rows, ['Hagastaden', 'Uppsala'], 'sv');
    expect(csv.split('\r\n')[1]).toBe('Area (km²);1,02;4,14');
    expect(csv.split('\r\n')[0]).toMatch(/^[^,]+;Hagastaden;Uppsala$/);
    // A formula is defused; a text with the separator is quoted.
    expect(csv.split('\r\n')[2]).toBe('Nearest;"\'=HYPERLINK(""x"")";"Solna; Sundbyberg"');
  });
});

describe('comparison CSV against formula injection (#16)', () => {
  it.each([
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['=1+1', "'=1+1"],
    ['+46 8 524 800 00', "'+46 8 524 800 00"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['-2', "'-2"], // text that looks like a number is still text
    ['Hagastaden', 'Hagastaden'],
  ])('defuses the text %j', (text, cell) => {
    expect(csvCell(text, 'en')).toBe(cell);
  });

  it('writes real numbers bare, negative ones too, so nothing real is lost', () => {
    expect(csvCell(-2, 'en')).toBe('-2');
    expect(csvCell(-2.5, 'sv')).toBe('-2,5');
    expect(csvCell(0, 'en')).toBe('0');
    expect(csvCell(Number.NEGATIVE_INFINITY, 'en')).toBe('');
    expect(csvCell(Number.NaN, 'sv')).toBe('');
  });

  it('defuses a layer named like a formula wherever it appears in a comparison', () => {
    const csv = rowsToCsv([numberRow('n', "-2+3+cmd|' /C calc'!A0", [-2, 3], null, 'en')], ['=Zone'], 'en');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe("Measure,'=Zone");
    expect(lines[1]).toBe("'-2+3+cmd|' /C calc'!A0,-2,3");
    for (const cell of lines.flatMap((l) => l.split(',')))
      expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);
  });
});
