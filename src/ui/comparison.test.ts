// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { numberRow, rowsToCsv, textRow } from './comparison';

const rows = [numberRow('area', 'Area (km²)', [1.02, 4.14], null, 'en'), textRow('name', 'Nearest', ['=HYPERLINK("x")', 'Solna; Sundbyberg'])];

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
