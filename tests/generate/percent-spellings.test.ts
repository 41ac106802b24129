import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/generate/equivalence.js';

describe('a percentage however the text writes it', () => {
  it('"6.5%", "6.5 per cent" and "6.5 percent" are one figure', () => {
    expect(mentions('RBI keeps repo rate unchanged at 6.5%', '6.5 per cent', 'number')).toBe(true);
    expect(mentions('kept at 6.5 per cent on Friday', '6.5%', 'number')).toBe(true);
    expect(mentions('kept at 6.25 per cent on Friday', '6.5%', 'number')).toBe(false);
  });

  it('"6.50%" is 6.5%, with its trailing zero or without; 6.05% is not', () => {
    expect(mentions('Das announced the decision to keep the repo rate unchanged at 6.50%.', '6.5%', 'number')).toBe(true);
    expect(mentions('the repo rate stays at 6.5 per cent', '6.50%', 'number')).toBe(true);
    expect(mentions('the repo rate stays at 6.05 per cent', '6.5%', 'number')).toBe(false);
    expect(mentions('growth of 7% this year', '7.0%', 'number')).toBe(true);
  });

  it('a minus typed as a dash is the headline\'s hyphen ("–0.58 per cent" under "drops to -0.58%")', () => {
    expect(mentions('India’s wholesale inflation drops sharply to -0.58% in July', '–0.58 per cent', 'number')).toBe(true);
    expect(mentions('WPI inflation at –1.36 per cent in July 2023', '-1.36%', 'number')).toBe(true);
    expect(mentions('India’s wholesale inflation drops sharply to -0.58% in July', '0.58 per cent', 'number')).toBe(true);
    expect(mentions('India’s wholesale inflation drops sharply to -0.58% in July', '–0.85 per cent', 'number')).toBe(false);
  });

  it('a headline\'s "13.5 pc" is 13.5 per cent', () => {
    expect(mentions("India's GDP expands by 13.5 pc in first quarter 2022-23", '13.5 per cent', 'number')).toBe(true);
    expect(mentions('Retail inflation eases to 4.87 pc in October', '4.87%', 'number')).toBe(true);
    expect(mentions('Retail inflation eases to 4.87 pc in October', '4.8%', 'number')).toBe(false);
  });
});

describe('an amount in rupees however the text writes it', () => {
  it('"₹1.31 lakh crore", "Rs 1.31 lakh crore", "1.31 lakh crore rupees" and a headline\'s "₹1.31 lakh cr" are one figure', () => {
    expect(mentions('Cabinet approves PM-POSHAN, to spend ₹1.31 lakh cr in 5 years', '₹1.31 lakh crore', 'number')).toBe(true);
    expect(mentions('The Cabinet approved an outlay of 6520 crore rupees.', '₹6520 crore', 'number')).toBe(true);
    expect(mentions('an outlay of Rs 6520 crore', '6520 crore rupees', 'number')).toBe(true);
    expect(mentions('an outlay of Rs 6250 crore', '6520 crore rupees', 'number')).toBe(false);
  });
});
