import { describe, expect, it } from 'vitest';
import { datePeriods } from '../../src/extract/dated-periods.js';

describe('periods named from the article\'s day, dated', () => {
  it('a fiscal year runs April to March', () => {
    expect(datePeriods('grew 7.6 per cent in the September quarter of this fiscal', '2023-11-30')).toBe('grew 7.6 per cent in the September quarter of 2023-24');
    expect(datePeriods('the target for the current fiscal', '2024-02-10')).toBe('the target for 2023-24');
    expect(datePeriods('exports in the last financial year', '2024-05-02')).toBe('exports in 2023-24');
  });

  it('years and months, with the "in" a bare one needs, capitalised at a sentence start', () => {
    expect(datePeriods('Last year, the European team won the competition.', '2018-07-20')).toBe('In 2017, the European team won the competition.');
    expect(datePeriods('The bill was passed earlier this year.', '2023-08-11')).toBe('The bill was passed earlier in 2023.');
    expect(datePeriods('Prices rose by 4% last month.', '2024-01-12')).toBe('Prices rose by 4% in December 2023.');
    expect(datePeriods('He died in a helicopter crash December last year.', '2022-04-18')).toBe('He died in a helicopter crash December 2021.');
    // A comparison with the year before the figure's own is no calendar year.
    expect(datePeriods('Nominal GDP surged by 9.8% over the previous year.', '2025-05-30')).toBe('Nominal GDP surged by 9.8% over the previous year.');
    expect(datePeriods('Exports were higher than last year.', '2025-05-30')).toBe('Exports were higher than last year.');
    // ("… in July against Rs 20.07 lakh crore in the previous month": the month before the story's own, not its day's.)
    expect(datePeriods('Transactions reached Rs 20.64 lakh crore in July against Rs 20.07 lakh crore in the previous month.', '2024-08-01')).toBe('Transactions reached Rs 20.64 lakh crore in July against Rs 20.07 lakh crore in the previous month.');
    expect(datePeriods('Growth was 7.2 per cent against 5.6 per cent in the previous financial year.', '2025-05-30')).toBe('Growth was 7.2 per cent against 5.6 per cent in the previous financial year.');
  });

  it('leaves a possessive and an undated article alone', () => {
    expect(datePeriods("Next year's competition will be held in Mexico City.", '2017-07-20')).toBe("Next year's competition will be held in Mexico City.");
    expect(datePeriods('of this fiscal', null)).toBe('of this fiscal');
  });
});
