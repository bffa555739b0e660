// Spanish text for the hands-on techniques (same ids and fields as ../techniques.ts; sources stay there).
// Loaded only through a dynamic import() when the widget's locale is 'es'.
import type { TechniqueId, TechniqueNotes, TechniqueText } from '../technique-base.js';

// Shared precautions, in the order ../techniques.ts uses them. Each completes "Avísele antes a su terapeuta si usted:".
const p = {
  clot: 'tiene o podría tener un coágulo de sangre (trombosis venosa profunda). Vea primero a un médico. No reciba masaje en ese brazo o esa pierna hasta que el médico diga que es seguro',
  pregnant: 'está embarazada. Más adelante en el embarazo, se acuesta de lado y no boca arriba',
  cancer: 'tiene o tuvo cáncer. El masaje no propaga el cáncer, pero consulte primero a su equipo de cáncer. Si le quitaron ganglios (pequeñas glándulas) o recibió radiación, busque un terapeuta formado en linfedema (hinchazón)',
  osteoporosis: 'tiene los huesos débiles (osteoporosis)',
  thinners: 'toma anticoagulantes (medicinas para que la sangre coagule menos) o le salen moretones con facilidad',
  surgery: 'tuvo una cirugía o una fractura en los últimos meses',
  fever: 'tiene fiebre o una infección',
  skin: 'tiene un sarpullido, una herida abierta o una infección en la piel de esa zona',
  numb: 'tiene zonas adormecidas, por ejemplo por la diabetes',
  veins: 'tiene várices (venas hinchadas y torcidas) en esa zona',
  heart: 'tiene insuficiencia cardíaca que no está controlada',
};

const SORE = 'Más o menos 1 de cada 10 personas siente un dolor leve después de un masaje. Casi siempre desaparece en uno o dos días.';

export const techniquesEs: Readonly<Record<TechniqueId, TechniqueText>> = {
  'active-release': {
    name: 'Técnica de liberación activa',
    aka: 'ART',
    summary: 'Un método patentado. El terapeuta mantiene la presión sobre un punto tenso mientras usted mueve esa parte del cuerpo.',
    feels: 'Presión firme mientras usted se mueve. Avísele al terapeuta si es demasiado o si siente un dolor punzante.',
    usedFor: 'Molestias por repetir el mismo movimiento muchas veces, como el dolor de muñeca por el túnel carpiano.',
    after: `La zona puede quedar adolorida. ${SORE}`,
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.osteoporosis, p.skin],
    evidence: 'Hay muy pocos estudios sobre este método, y son pequeños. Uno tuvo solo 5 personas. Todavía no se sabe qué tan bien funciona.',
  },
  'trigger-point-therapy': {
    name: 'Terapia de puntos gatillo',
    summary: 'Presión constante sobre un nudo sensible del músculo hasta que se afloja. Luego suele venir un estiramiento.',
    feels: 'Un dolor profundo, un "dolor que alivia", que puede sentirse en otra zona. Debe bajar en más o menos un minuto.',
    usedFor: 'Nudos que causan molestias, como dolor de cuello y hombros o algunos dolores de cabeza.',
    after: 'El punto puede quedar sensible uno o dos días. Estirarse suavemente y aplicar calor suele ayudar.',
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.osteoporosis, p.fever, p.skin],
    evidence: 'Para el dolor que dura mucho, los estudios son pequeños y no vieron un alivio claro. Algunas personas pudieron moverse y hacer más. Los expertos también discuten qué son estos nudos.',
  },
  'soft-tissue': {
    name: 'Masaje de tejidos blandos',
    summary: 'Trabajo con las manos sobre los tejidos blandos: los músculos y los tejidos que los rodean. La presión suave a firme afloja los músculos tensos y le ayuda a moverse.',
    feels: 'Como un masaje que pasa de suave a firme. Usted puede pedir más o menos presión.',
    usedFor: 'Músculos rígidos y adoloridos, por ejemplo en la parte baja de la espalda o en el cuello.',
    after: `Muchas personas se sienten más sueltas. ${SORE}`,
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.osteoporosis, p.surgery, p.fever, p.skin],
    evidence: 'Para el dolor de espalda baja, el masaje ayudó más que no recibir nada, pero solo por poco tiempo. Los estudios eran de baja calidad.',
  },
  'myofascial-release': {
    name: 'Liberación miofascial',
    summary: 'Presión lenta y suave, con estiramiento, sobre la fascia: la capa delgada que envuelve los músculos.',
    feels: 'Un estiramiento lento y constante. El terapeuta puede mantener un punto durante unos minutos.',
    usedFor: 'Dolor y rigidez que duran mucho, como el dolor de espalda baja, de talón o el codo de tenista.',
    after: `Puede sentirse más suelto. ${SORE}`,
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.skin, p.fever],
    evidence: 'Los resultados de los estudios son mixtos. Una revisión cuidadosa vio que no hay pruebas suficientes para recomendarla para el dolor de músculos y articulaciones que dura mucho.',
  },
  'deep-tissue': {
    name: 'Masaje de tejido profundo',
    summary: 'Masaje con movimientos lentos y presión firme y constante sobre los músculos tensos.',
    feels: 'Firme y lento. Algunos puntos pueden sentirse intensos. No debe causar dolor punzante.',
    usedFor: 'Músculos tensos desde hace tiempo, como en la espalda o el cuello.',
    after: `Puede quedar adolorido después. ${SORE} Muévase con suavidad.`,
    precautions: [p.clot, p.pregnant, p.cancer, p.osteoporosis, p.thinners, p.surgery, p.veins, p.numb],
    evidence: 'Los estudios de masaje para el dolor de espalda muestran un alivio pequeño y corto. La calidad de la evidencia es baja.',
  },
  'sports-massage': {
    name: 'Masaje deportivo',
    summary: 'Masaje antes o después del deporte o del ejercicio. Puede mezclar movimientos de masaje, estiramientos y trabajo más profundo.',
    feels: 'Rápido y enérgico antes del ejercicio. Más lento y profundo después o en días de descanso.',
    usedFor: 'Músculos adoloridos y rígidos en los días después de mucho ejercicio.',
    after: `Los músculos adoloridos por el ejercicio pueden mejorar un poco. ${SORE}`,
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.surgery, p.fever, p.skin],
    evidence: 'No hizo a las personas más rápidas ni más fuertes. Alivió un poco el dolor muscular y ayudó a estirarse un poco más.',
  },
  'lymphatic-drainage': {
    name: 'Masaje de drenaje linfático',
    aka: 'drenaje linfático manual, DLM',
    summary: 'Movimientos muy suaves y lentos que estiran la piel para ayudar a sacar líquido de una zona hinchada.',
    feels: 'Muy suave y tranquilo, como si se moviera la piel y no el músculo.',
    usedFor: 'Hinchazón, como la del brazo que dura mucho después del tratamiento del cáncer de mama (linfedema).',
    after: 'Quizás le pidan usar una manga o un vendaje ajustado para que la hinchazón no vuelva.',
    precautions: [p.clot, p.pregnant, p.cancer, p.fever, p.heart, p.skin],
    evidence: 'Parece seguro. Puede sumar un beneficio pequeño al vendaje para la hinchazón del brazo, pero los estudios fueron pequeños.',
  },
  swedish: {
    name: 'Masaje sueco',
    summary: 'Deslizamientos largos hacia el corazón, con amasado, fricción y golpecitos suaves.',
    feels: 'Suave y relajante, con presión ligera a media.',
    usedFor: 'Relajarse y aliviar una tensión muscular leve.',
    after: `Muchas personas se sienten tranquilas o con sueño. ${SORE}`,
    precautions: [p.clot, p.pregnant, p.cancer, p.fever, p.skin],
    evidence: 'Un estudio pequeño vio cambios pequeños en algunas hormonas y células de la sangre. Una revisión vio poco o ningún cambio en el cortisol, la hormona del estrés. Esto no demuestra que el masaje le proteja de enfermedades.',
  },
  'instrument-assisted': {
    name: 'Trabajo de tejidos blandos con herramientas',
    aka: 'movilización instrumental de tejidos blandos, IASTM, tipo Graston',
    summary: 'Herramientas de acero con bordes lisos se deslizan sobre la piel para trabajar tejidos blandos rígidos, como músculos y tendones.',
    feels: 'Una sensación de raspado, de leve a firme. En las zonas tensas puede sentirse como arenilla.',
    usedFor: 'Tejido rígido y dolor de tendón que dura, a menudo junto con ejercicios.',
    after: 'Es común que la piel quede roja. Pueden salir moretones pequeños. Ambos desaparecen en unos días.',
    precautions: [p.clot, p.pregnant, p.cancer, p.thinners, p.veins, p.skin, p.surgery, p.osteoporosis],
    evidence: 'Algunos estudios pequeños vieron que puede ayudarle a moverse mejor y aliviar el dolor. Todavía faltan mejores estudios.',
  },
  'dry-needling': {
    name: 'Punción seca',
    summary: 'Un profesional con formación pone agujas finas en un nudo tenso del músculo. Las agujas no llevan medicina.',
    feels: 'Un pinchazo rápido y luego un dolor profundo o un breve salto del músculo. No es un tratamiento de presión. No es lo mismo que la acupuntura.',
    usedFor: 'Dolor muscular por nudos tensos, como en el cuello, el hombro o la parte baja de la espalda.',
    after: 'Más o menos 1 de cada 5 tratamientos tiene un efecto leve. Sale un moretón en 1 de cada 13, más o menos, y un poco de sangre en 1 de cada 20. Algunas personas quedan adoloridas uno o dos días. Los problemas graves son muy raros.',
    precautions: [
      p.clot,
      p.pregnant,
      p.cancer,
      p.thinners,
      'tiene un trastorno de la coagulación',
      'les tiene miedo a las agujas o se ha desmayado con ellas',
      'recibirá agujas cerca del pecho. Perforar un pulmón es raro, pero le puede pasar a cualquiera. Si le falta el aire después, busque atención urgente',
      p.skin,
    ],
    evidence: 'Puede aliviar el dolor en las primeras semanas. La calidad de los estudios va de muy débil a regular, y no se sabe si ayuda a largo plazo.',
  },
};

export const techniqueNotesEs: Record<keyof TechniqueNotes, string> = {
  precautions: 'Los expertos no están del todo de acuerdo en quién debe evitar cada método. Su terapeuta puede adaptarlo o elegir otro.',
  myth: 'El masaje no saca toxinas ni ácido láctico de los músculos. En un estudio, el masaje no cambió el lactato en el músculo.',
};
