// The bibliography every claim in src/content cites by id. Real references only; check before adding.
import type { Source } from './types.js';
import type { SourceLike } from '../core/footer.js';

const list = [
  { id: 'melzack-wall-1965', authors: 'Melzack R, Wall PD', year: 1965, title: 'Pain mechanisms: a new theory', container: 'Science', details: '150(3699):971–979', doi: '10.1126/science.150.3699.971' },
  { id: 'basbaum-fields-1978', authors: 'Basbaum AI, Fields HL', year: 1978, title: 'Endogenous pain control mechanisms: review and hypothesis', container: 'Annals of Neurology', details: '4(5):451–462', doi: '10.1002/ana.410040511' },
  { id: 'nathan-1976', authors: 'Nathan PW', year: 1976, title: 'The gate-control theory of pain: a critical review', container: 'Brain', details: '99(1):123–158', doi: '10.1093/brain/99.1.123' },
  { id: 'melzack-2005', authors: 'Melzack R', year: 2005, title: 'Evolution of the neuromatrix theory of pain', container: 'Pain Practice', details: '5(2):85–94', doi: '10.1111/j.1533-2500.2005.05203.x' },
  { id: 'guyton-hall-2020', authors: 'Hall JE, Hall ME', year: 2020, title: 'Guyton and Hall Textbook of Medical Physiology, 14th ed. (somatic sensations; pain)', container: 'Elsevier', isbn: '978-0-323-59712-8' },
  { id: 'simons-travell-1999', authors: 'Simons DG, Travell JG, Simons LS', year: 1999, title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 1, Upper Half of Body, 2nd ed.", container: 'Williams & Wilkins', isbn: '0-683-08363-5' },
  { id: 'travell-simons-1992', authors: 'Travell JG, Simons DG', year: 1992, title: 'Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 2, The Lower Extremities', container: 'Williams & Wilkins', isbn: '0-683-08366-X' },
  { id: 'donnelly-2019', authors: 'Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL', year: 2019, title: "Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed.", container: 'Wolters Kluwer', isbn: '978-0-7817-5560-3' },
  { id: 'lucas-2009', authors: 'Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N', year: 2009, title: 'Reliability of physical examination for diagnosis of myofascial trigger points: a systematic review of the literature', container: 'Clinical Journal of Pain', details: '25(1):80–89', doi: '10.1097/AJP.0b013e31817e13b6' },
  { id: 'quintner-2015', authors: 'Quintner JL, Bove GM, Cohen ML', year: 2015, title: 'A critical evaluation of the trigger point phenomenon', container: 'Rheumatology (Oxford)', details: '54(3):392–399', doi: '10.1093/rheumatology/keu471' },
  { id: 'shah-2015', authors: 'Shah JP, Thaker N, Heimur J, Aredo JV, Sikdar S, Gerber L', year: 2015, title: 'Myofascial trigger points then and now: a historical and scientific perspective', container: 'PM&R', details: '7(7):746–761', doi: '10.1016/j.pmrj.2015.01.024' },
  { id: 'fernandez-dommerholt-2018', authors: 'Fernández-de-las-Peñas C, Dommerholt J', year: 2018, title: 'International consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study', container: 'Pain Medicine', details: '19(1):142–150', doi: '10.1093/pm/pnx207' },
  { id: 'furlan-2015', authors: 'Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M', year: 2015, title: 'Massage for low-back pain', container: 'Cochrane Database of Systematic Reviews', details: '(9):CD001929', doi: '10.1002/14651858.CD001929.pub3' },
  { id: 'dupuy-2018', authors: 'Dupuy O, Douzi W, Theurot D, Bosquet L, Dugué B', year: 2018, title: 'An evidence-based approach for choosing post-exercise recovery techniques to reduce markers of muscle damage, soreness, fatigue, and inflammation: a systematic review with meta-analysis', container: 'Frontiers in Physiology', details: '9:403', doi: '10.3389/fphys.2018.00403' },
  { id: 'crane-2012', authors: 'Crane JD, Ogborn DI, Cupido C, et al.', year: 2012, title: 'Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage', container: 'Science Translational Medicine', details: '4(119):119ra13', doi: '10.1126/scitranslmed.3002882' },
  { id: 'rapaport-2010', authors: 'Rapaport MH, Schettler P, Bresee C', year: 2010, title: 'A preliminary study of the effects of a single session of Swedish massage on hypothalamic–pituitary–adrenal and immune function in normal individuals', container: 'Journal of Alternative and Complementary Medicine', details: '16(10):1079–1088', doi: '10.1089/acm.2009.0634' },
  { id: 'moyer-2011', authors: 'Moyer CA, Seefeldt L, Mann ES, Jackley LM', year: 2011, title: 'Does massage therapy reduce cortisol? A comprehensive quantitative review', container: 'Journal of Bodywork and Movement Therapies', details: '15(1):3–14', doi: '10.1016/j.jbmt.2010.06.001' },
  { id: 'batavia-2004', authors: 'Batavia M', year: 2004, title: 'Contraindications for therapeutic massage: do sources agree?', container: 'Journal of Bodywork and Movement Therapies', details: '8(1):48–57', doi: '10.1016/S1360-8592(03)00074-5' },
  { id: 'brady-2014', authors: 'Brady S, McEvoy J, Dommerholt J, Doody C', year: 2014, title: 'Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists', container: 'Journal of Manual & Manipulative Therapy', details: '22(3):134–140', doi: '10.1179/2042618613Y.0000000044' },
  { id: 'sherman-2014', authors: 'Sherman KJ, Cook AJ, Wellman RD, et al.', year: 2014, title: 'Five-week outcomes from a dosing trial of therapeutic massage for chronic neck pain', container: 'Annals of Family Medicine', details: '12(2):112–120', doi: '10.1370/afm.1602' },
  { id: 'ezzo-2015', authors: 'Ezzo J, Manheimer E, McNeely ML, et al.', year: 2015, title: 'Manual lymphatic drainage for lymphedema following breast cancer treatment', container: 'Cochrane Database of Systematic Reviews', details: '(5):CD003475', doi: '10.1002/14651858.CD003475.pub2' },
  { id: 'gattie-2017', authors: 'Gattie E, Cleland JA, Snodgrass S', year: 2017, title: 'The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis', container: 'Journal of Orthopaedic & Sports Physical Therapy', details: '47(3):133–149', doi: '10.2519/jospt.2017.7096' },
  { id: 'seffrin-2019', authors: 'Seffrin CB, Cattano NM, Reed MA, Gardiner-Shires AM', year: 2019, title: 'Instrument-assisted soft tissue mobilization: a systematic review and effect-size analysis', container: 'Journal of Athletic Training', details: '54(7):808–821', doi: '10.4085/1062-6050-481-17' },
  { id: 'barrio-cantalejo-2008', authors: 'Barrio-Cantalejo IM, Simón-Lorda P, Melguizo M, Escalona I, Marijuán MI, Hernando P', year: 2008, title: 'Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes', container: 'Anales del Sistema Sanitario de Navarra', details: '31(2):135–152', doi: '10.4321/S1137-66272008000300004' },
  { id: 'shoemaker-2014', authors: 'Shoemaker SJ, Wolf MS, Brach C', year: 2014, title: 'Development of the Patient Education Materials Assessment Tool (PEMAT): a new measure of understandability and actionability for print and audiovisual patient information', container: 'Patient Education and Counseling', details: '96(3):395–403', doi: '10.1016/j.pec.2014.05.027' },
  { id: 'gulati-2021', authors: 'Gulati M, Levy PD, Mukherjee D, et al.', year: 2021, title: '2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR Guideline for the Evaluation and Diagnosis of Chest Pain', container: 'Circulation', details: '144(22):e368–e454', doi: '10.1161/CIR.0000000000001029' },
  { id: 'kothari-1999', authors: 'Kothari RU, Pancioli A, Liu T, Brott T, Broderick J', year: 1999, title: 'Cincinnati Prehospital Stroke Scale: reproducibility and validity', container: 'Annals of Emergency Medicine', details: '33(4):373–378', doi: '10.1016/S0196-0644(99)70299-4' },
] as const satisfies readonly Source[];

export type SourceId = (typeof list)[number]['id'];

export const sources: Readonly<Record<SourceId, Source>> = Object.fromEntries(list.map((s) => [s.id, s])) as Record<SourceId, Source>;

export const sourceIds = list.map((s) => s.id) as readonly SourceId[];

/** "Melzack R, Wall PD. Pain mechanisms: a new theory. Science. 1965;150(3699):971–979." */
export function formatCitation(s: Source): string {
  // Authors ending in "et al." and titles ending in "ed." already carry their full stop.
  const stop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  const where = s.details ? `${s.container}. ${s.year};${s.details}` : `${s.container}; ${s.year}`;
  const id = s.doi ? ` doi:${s.doi}` : s.isbn ? ` ISBN ${s.isbn}` : '';
  return `${stop(s.authors)} ${stop(s.title)} ${stop(where)}${id}`;
}

/** A link readers can follow (DOI resolver), only for references that have one. */
export function sourceHref(s: Source): string | undefined {
  return s.doi ? `https://doi.org/${s.doi}` : s.url;
}

/** The footer's "Sources" list for the given ids: each once, in first-cited order, unknown ids skipped. */
export function footerSources(ids: Iterable<string>): SourceLike[] {
  const seen = new Set<string>();
  const out: SourceLike[] = [];
  for (const id of ids) {
    const s = (sources as Record<string, Source | undefined>)[id];
    if (!s || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, citation: formatCitation(s), href: sourceHref(s) });
  }
  return out;
}
