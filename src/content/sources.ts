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
  { id: 'george-2006', authors: 'George JW, Tepe R, Busold D, Keuss S, Prather H, Skaggs CD', year: 2006, title: 'The effects of active release technique on carpal tunnel patients: a pilot study', container: 'Journal of Chiropractic Medicine', details: '5(4):119–122', doi: '10.1016/S0899-3467(07)60143-8' },
  { id: 'cambron-2007', authors: 'Cambron JA, Dexheimer J, Coe P, Swenson R', year: 2007, title: 'Side-effects of massage therapy: a cross-sectional study of 100 clients', container: 'Journal of Alternative and Complementary Medicine', details: '13(8):793–796', doi: '10.1089/acm.2006.6401' },
  { id: 'ajimsha-2015', authors: 'Ajimsha MS, Al-Mudahka NR, Al-Madzhar JA', year: 2015, title: 'Effectiveness of myofascial release: systematic review of randomized controlled trials', container: 'Journal of Bodywork and Movement Therapies', details: '19(1):102–112', doi: '10.1016/j.jbmt.2014.06.001' },
  { id: 'laimi-2018', authors: 'Laimi K, Mäkilä A, Bärlund E, et al.', year: 2018, title: 'Effectiveness of myofascial release in treatment of chronic musculoskeletal pain: a systematic review', container: 'Clinical Rehabilitation', details: '32(4):440–450', doi: '10.1177/0269215517732820' },
  { id: 'davis-2020', authors: 'Davis HL, Alabed S, Chico TJA', year: 2020, title: 'Effect of sports massage on performance and recovery: a systematic review and meta-analysis', container: 'BMJ Open Sport & Exercise Medicine', details: '6(1):e000614', doi: '10.1136/bmjsem-2019-000614' },
  { id: 'aroor-2017', authors: 'Aroor S, Singh R, Goldstein LB', year: 2017, title: 'BE-FAST (Balance, Eyes, Face, Arm, Speech, Time): reducing the proportion of strokes missed using the FAST mnemonic', container: 'Stroke', details: '48(2):479–481', doi: '10.1161/STROKEAHA.116.015169' },
  { id: 'hunder-1990', authors: 'Hunder GG, Bloch DA, Michel BA, et al.', year: 1990, title: 'The American College of Rheumatology 1990 criteria for the classification of giant cell arteritis', container: 'Arthritis & Rheumatism', details: '33(8):1122–1128', doi: '10.1002/art.1780330810' },
  { id: 'verhagen-2016', authors: 'Verhagen AP, Downie A, Popal N, Maher C, Koes BW', year: 2016, title: 'Red flags presented in current low back pain guidelines: a review', container: 'European Spine Journal', details: '25(9):2788–2802', doi: '10.1007/s00586-016-4684-0' },
  { id: 'corbin-2005', authors: 'Corbin L', year: 2005, title: 'Safety and efficacy of massage therapy for patients with cancer', container: 'Cancer Control', details: '12(3):158–164', doi: '10.1177/107327480501200303' },
  { id: 'acog-2020', authors: 'American College of Obstetricians and Gynecologists', year: 2020, title: 'Physical activity and exercise during pregnancy and the postpartum period. ACOG Committee Opinion No. 804', container: 'Obstetrics & Gynecology', details: '135(4):e178–e188', doi: '10.1097/AOG.0000000000003772' },
  { id: 'denneny-2019', authors: 'Denneny D, Frawley HC, Petersen K, et al.', year: 2019, title: 'Trigger point manual therapy for the treatment of chronic noncancer pain in adults: a systematic review and meta-analysis', container: 'Archives of Physical Medicine and Rehabilitation', details: '100(3):562–577', doi: '10.1016/j.apmr.2018.06.019' },
  // The visit guide (issue 13): the visit, how often, who does what, after-care.
  { id: 'french-2006', authors: 'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ', year: 2006, title: 'Superficial heat or cold for low back pain', container: 'Cochrane Database of Systematic Reviews', details: '(1):CD004750', doi: '10.1002/14651858.CD004750.pub2' },
  { id: 'wiltshire-2010', authors: 'Wiltshire EV, Poitras V, Pak M, Hong T, Rayner J, Tschakovsky ME', year: 2010, title: 'Massage impairs postexercise muscle blood flow and "lactic acid" removal', container: 'Medicine & Science in Sports & Exercise', details: '42(6):1062–1071', doi: '10.1249/MSS.0b013e3181c9214f' },
  { id: 'qaseem-2017', authors: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA', year: 2017, title: 'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians', container: 'Annals of Internal Medicine', details: '166(7):514–530', doi: '10.7326/M16-2367' },
  { id: 'apta-guide-2014', authors: 'American Physical Therapy Association', year: 2014, title: 'Guide to Physical Therapist Practice 3.0: the patient and client management model', container: 'APTA (online)', url: 'https://guidetoptpractice.apta.org' },
  { id: 'apta-ethics-2020', authors: 'American Physical Therapy Association', year: 2020, title: 'Code of Ethics for the Physical Therapist (HOD S06-20-28-25)', container: 'APTA House of Delegates', url: 'https://www.apta.org/apta-and-you/leadership-and-governance/policies/code-of-ethics-for-the-physical-therapist' },
  { id: 'apta-direct-access-2025', authors: 'American Physical Therapy Association', year: 2025, title: 'State of Direct Access to Physical Therapist Services in the United States', container: 'APTA report', url: 'https://www.apta.org/apta-and-you/news-publications/reports/2025/state-of-direct-access-to-physical-therapist-services' },
  { id: 'bls-pt-2024', authors: 'U.S. Bureau of Labor Statistics', year: 2024, title: 'Physical therapists', container: 'Occupational Outlook Handbook', url: 'https://www.bls.gov/ooh/healthcare/physical-therapists.htm' },
  { id: 'bls-lmt-2024', authors: 'U.S. Bureau of Labor Statistics', year: 2024, title: 'Massage therapists', container: 'Occupational Outlook Handbook', url: 'https://www.bls.gov/ooh/healthcare/massage-therapists.htm' },
  { id: 'wa-ago-2016', authors: 'Washington State Office of the Attorney General', year: 2016, title: 'Physical therapists: scope of practice of physical therapy (dry needling)', container: 'Attorney General opinions', url: 'https://atg.wa.gov/ago-opinions/scope-practice-physical-therapy' },
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

/** What the footer list is built from: bare source ids, or statements (which bring their locators). */
export type CitedItem = string | { cite: readonly string[]; at?: Partial<Record<string, string>> };

/**
 * The footer's "Sources" list for the given ids or statements: each source once, in first-cited order,
 * unknown ids skipped; with statements, each source lists where in it the widget's claims are supported.
 */
export function footerSources(items: Iterable<CitedItem>): SourceLike[] {
  const byId = new Map<string, SourceLike & { at: string[] }>();
  const add = (id: string, at: string | undefined) => {
    const s = (sources as Record<string, Source | undefined>)[id];
    if (!s) return;
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { id, citation: formatCitation(s), href: sourceHref(s), at: [] }));
    if (at && !entry.at.includes(at)) entry.at.push(at);
  };
  for (const item of items) {
    if (typeof item === 'string') add(item, undefined);
    else for (const id of item.cite) add(id, item.at?.[id]);
  }
  return [...byId.values()];
}
