// Texto para pacientes de <pt-visit-guide> en español (usted, neutro): las mismas claves y el mismo orden que
// ../visit-guide.ts (las fuentes quedan allí). El elemento lo carga solo con import() cuando el idioma es 'es'.
import type { VisitGuideText } from '../visit-guide.js';

export const visitGuideEs: VisitGuideText<string> = {
  title: 'Su visita, paso a paso',
  intro: 'Qué esperar en la primera visita y después, cada cuánto viene la gente y quién hace qué.',
  steps: {
    before: {
      title: 'Antes de venir',
      points: [
        'Use ropa suelta y cómoda. Traiga pantalón corto si el problema está en la cadera, la rodilla o la pierna.',
        'Traiga su tarjeta del seguro, una lista de sus medicinas y la orden del médico si su plan la pide.',
        'Llegue unos minutos antes para llenar los formularios.',
      ],
    },
    first: {
      title: 'Su primera visita',
      points: [
        'Su terapeuta le pregunta por su salud, su dolor y lo que quiere lograr.',
        'Luego revisa cómo se mueve, su fuerza y dónde le duele. Las primeras medidas sirven para ver después si usted mejora.',
        'Por eso la primera visita suele durar más que las siguientes.',
      ],
    },
    session: {
      title: 'Durante una sesión',
      points: [
        'En los estudios, las sesiones con las manos suelen durar de 30 a 60 minutos.',
        'Su terapeuta le dice qué va a hacer y por qué. Usted decide qué le parece bien.',
        'Usted queda cubierto con una sábana o toalla, menos la parte que se trata.',
        'Puede pedir más o menos presión en cualquier momento, o pedir que paren. No tiene que dar una razón.',
        'Algo de presión puede ser incómoda. Si algo se siente punzante, dígalo enseguida.',
      ],
    },
    after: {
      title: 'Después de la visita',
      points: [
        'Puede tener molestias uno o dos días, como después de un ejercicio nuevo. Es común y se pasa.',
        'Moverse con suavidad, como dar una caminata corta, está bien y suele sentar bien.',
        'El calor puede aliviar un poco por poco tiempo. Hay poca prueba a favor del hielo: úselo solo si le sienta bien.',
        'Tome agua si tiene sed. El masaje no saca toxinas ni ácido láctico. Su cuerpo lo elimina solo.',
        'Haga en casa los ejercicios que le da su terapeuta. Para el dolor de espalda de larga duración, las guías ponen primero el ejercicio. El masaje ayuda más como una parte de un plan activo.',
      ],
    },
    plan: {
      title: 'Su plan: cada cuánto y por cuánto tiempo',
      points: ['Su terapeuta arma un plan con usted: cada cuánto venir y por cuánto tiempo. Lo revisa a medida que avanza.'],
    },
  },
  plans: {
    'new-injury': { label: 'Una lesión nueva', note: 'La mayoría de los dolores de espalda nuevos mejoran en unas semanas, haga lo que haga.' },
    'long-lasting': { label: 'Dolor de larga duración', note: 'El dolor que dura meses suele necesitar menos visitas por semana, pero por más tiempo.' },
    'after-surgery': { label: 'Después de una cirugía', note: 'Su cirujano y su terapeuta arman este plan. Depende de la cirugía, así que no hay un tiempo usual.' },
    'staying-well': { label: 'Para mantenerse bien', note: 'Algunas personas vuelven de vez en cuando para mantenerse bien. Hay pocos estudios sobre cada cuánto.' },
  },
  planCaveat: 'Son rangos comunes para empezar, no reglas. Su plan depende de su problema y de cómo responde.',
  planStudy: 'En un estudio sobre dolor de cuello de larga duración, masajes de 60 minutos 2 o 3 veces por semana ayudaron. Masajes más cortos o menos seguidos no ayudaron tanto.',
  roles: {
    pt: {
      name: 'Fisioterapeuta',
      does: 'Busca por qué le duele o le cuesta moverse, y arma un plan de ejercicios. El trabajo con las manos es una parte.',
      fits: 'Una lesión, un dolor que no le deja hacer sus cosas, o volver a moverse después de una cirugía.',
    },
    lmt: {
      name: 'Masajista con licencia',
      does: 'Trata los músculos y otros tejidos blandos con las manos para aliviar el dolor y la tensión.',
      fits: 'Músculos tensos y adoloridos, estrés, o trabajo con las manos como parte de un plan.',
    },
    spa: {
      name: 'Masaje de spa',
      does: 'Un masaje para relajarse y sentirse bien.',
      fits: 'Para relajarse. No es para tratar una lesión.',
    },
  },
  needling: 'Quién puede hacer punción seca cambia de un estado a otro y de un país a otro. Pregunte quién lo hará y qué formación tiene.',
  care: {
    call: [
      'Llámenos si el dolor empeora mucho después de una sesión, o si no baja en 2 días.',
      'Llámenos si siente algo nuevo: adormecimiento, hormigueo o debilidad.',
      'Llámenos antes de la visita si tiene fiebre.',
    ],
    urgent: [
      'Busque atención urgente si la pantorrilla está hinchada, caliente, roja o le duele (puede ser un coágulo).',
      'Busque atención urgente si le falta el aire de forma nueva después de la punción seca.',
      'Llame al número de emergencias si tiene dolor de pecho.',
    ],
  },
  faq: {
    hurt: {
      question: '¿Me va a doler?',
      answer: 'Algo de presión puede ser incómoda, pero no debe ser un dolor punzante. Dígaselo a su terapeuta y lo cambiará.',
    },
    sore: {
      question: '¿Cuántas molestias tendré?',
      answer: 'Muchas personas se sienten bien. Algunas tienen molestias uno o dos días, como después de un ejercicio nuevo.',
    },
    referral: {
      question: '¿Necesito una orden del médico?',
      answer: 'En todos los estados de EE. UU. puede ver a un fisioterapeuta sin orden, pero algunos estados ponen límites. Su seguro puede pedirla igual.',
    },
    insurance: {
      question: '¿Lo paga el seguro?',
      answer: 'Muchos planes pagan el masaje cuando es parte de un plan de fisioterapia. Algunos piden antes una orden del médico. Llame a su plan o pregúntenos.',
    },
    companion: {
      question: '¿Puedo venir con alguien?',
      answer: 'Sí. Un familiar o un amigo puede venir con usted. Avísenos al pedir la cita.',
    },
    gender: {
      question: '¿Puedo pedir un terapeuta hombre o mujer?',
      answer: 'Sí. Pídalo al hacer la cita y haremos lo posible.',
    },
    stop: {
      question: '¿Y si necesito parar?',
      answer: 'Puede pedir parar en cualquier momento, por cualquier razón. Su cuidado lo decide usted.',
    },
  },
  ui: {
    timelineHeading: 'Qué pasa, paso a paso',
    stepOf: (n, total) => `Paso ${n} de ${total}`,
    back: 'Atrás',
    next: 'Siguiente',
    planHeading: 'Cada cuánto viene la gente',
    planLegend: '¿Por qué viene?',
    perWeek: (range) => `${range} visitas por semana`,
    perMonth: (range) => `${range} visitas al mes`,
    forWeeks: (range) => `a menudo durante ${range}`,
    noUsualLength: 'sin un tiempo usual',
    rolesHeading: 'Quién hace qué',
    roleDoes: 'Qué hace',
    roleFits: 'Cuándo conviene',
    careHeading: 'Cuándo llamar',
    callHeading: 'Llame a la clínica si:',
    urgentHeading: 'Busque atención urgente si:',
    faqHeading: 'Preguntas comunes',
    clinicHours: 'Horario',
    callClinic: (phone) => `Llame al ${phone}`,
    book: 'Pedir una cita',
    bookAt: (clinic) => `Pedir una cita en ${clinic}`,
    stepAnnounce: (n, title) => `Paso ${n}: ${title}`,
  },
};
