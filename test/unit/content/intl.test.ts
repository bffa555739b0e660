// Numbers, ranges and lists go through Intl for the active locale (core/format.ts), checked in the real browser.
import { expect } from '@open-wc/testing';
import { formatList, formatNumber, formatPercent, formatRange, intlTag } from '../../../src/core/format.js';

describe('intl: core/format.ts', () => {
  it('formats a range with its unit spelled out in each language', () => {
    expect(formatRange('en', 30, 60, 'minute')).to.equal('30–60 minutes');
    const es = formatRange('es', 30, 60, 'minute');
    expect(es).to.match(/^30\s?[-–]\s?60 minutos$/);
    expect(formatRange('es', 2, 6, 'week')).to.include('semanas');
    expect(formatRange('es', 1, 2, 'hour')).to.include('horas');
    expect(formatRange('en', 1, 2, 'day')).to.equal('1–2 days');
  });

  it('uses the singular when both ends are the same', () => {
    expect(formatRange('en', 1, 1, 'minute')).to.equal('1 minute');
    expect(formatRange('es', 1, 1, 'day')).to.equal('1 día');
    expect(formatRange('en', 5, 5)).to.equal('5');
  });

  it('formats Spanish numbers as US and Latin American readers write them (es-US: 0.5, 12,345.6) by default', () => {
    expect(formatNumber('en', 12345.6)).to.equal('12,345.6');
    expect(formatNumber('es', 12345.6)).to.equal('12,345.6');
    expect(formatNumber('es', 0.5)).to.equal('0.5');
    expect(formatRange('es', 0.5, 2, 'second')).to.match(/^0\.5\s?[-–]\s?2 segundos$/);
    expect(formatNumber('en', 0.5)).to.equal('0.5');
    expect(intlTag('es')).to.equal('es-US');
    expect(intlTag('en')).to.equal('en');
  });

  it('passes a regional tag written on the page through to Intl (es-ES keeps the decimal comma)', () => {
    expect(intlTag('es', 'es-ES')).to.equal('es-ES');
    expect(intlTag('es', 'es_mx')).to.equal('es-MX');
    expect(intlTag('es', 'es-419')).to.equal('es-419');
    expect(intlTag('es', 'en-GB'), 'a tag for another language is not used').to.equal('es-US');
    expect(intlTag('es', 'es-??'), 'an invalid tag falls back').to.equal('es-US');
    expect(formatNumber(intlTag('es', 'es-ES'), 0.5)).to.equal('0,5');
    expect(formatNumber('es-ES', 12345.6)).to.equal('12.345,6');
    expect(formatNumber('es-MX', 0.5)).to.equal('0.5');
    expect(formatNumber('es-419', 12345.6)).to.equal('12,345.6');
    expect(formatRange('es-ES', 0.5, 2, 'second')).to.match(/^0,5\s?[-–]\s?2 segundos$/);
  });

  it('formats percentages per locale', () => {
    expect(formatPercent('en', 45)).to.equal('45%');
    expect(formatPercent('es', 45)).to.match(/^45\s?%$/);
    expect(formatPercent('en', 44.6)).to.equal('45%');
  });

  it('joins lists with "and" in English and "y" in Spanish', () => {
    expect(formatList('en', ['neck', 'shoulder', 'arm'])).to.equal('neck, shoulder, and arm');
    expect(formatList('es', ['cuello', 'hombro', 'brazo'])).to.equal('cuello, hombro y brazo');
    expect(formatList('es', ['cuello', 'hombro'])).to.equal('cuello y hombro');
    expect(formatList('en', ['neck'])).to.equal('neck');
  });
});
