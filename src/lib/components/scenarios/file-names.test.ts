import { describe, expect, it } from 'vitest';
import { fileName, fileSafe, isoDay } from './file-names';

describe('file names', () => {
	it('keep letters, digits and Chinese, and turn unsafe characters into -', () => {
		expect(fileSafe(' Slow growth / 2024? ')).toBe('Slow-growth-2024');
		expect(fileSafe('金融 增速：8%')).toBe('金融-增速：8%');
		expect(fileSafe('a:b*c"d<e>f|g\\h')).toBe('a-b-c-d-e-f-g-h');
		expect(fileSafe('...')).toBe('');
		expect(fileSafe('x'.repeat(80))).toHaveLength(60);
	});
	it('write the day in local time', () => {
		expect(isoDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
	});
	it('join the parts that are not empty', () => {
		const date = new Date(2025, 2, 1);
		expect(fileName({ model: 'shinan-2022-2026', name: 'Slow growth', date, what: 'series' }, 'csv')).toBe(
			'shinan-2022-2026_Slow-growth_2025-03-01_series.csv'
		);
		expect(fileName({ model: 'm', name: '  ', date }, 'json')).toBe('m_2025-03-01.json');
	});
});
