// Texto para pacientes de <pt-gate-control> en español (usted, neutro). Las mismas claves que la versión
// en inglés, y las palabras de la interfaz; el elemento lo carga solo con import() dinámico cuando el idioma es 'es'.
// Each statement cites the same sources and locators as the English one in its place (GATE_CITES, joined by
// withCites); this file imports the ids and shapes, never the English text.
import { withCites, type GateWords, type GateUi } from '../gate-control-base.js';

export const gateWords: GateWords = {
  title: 'La compuerta del dolor: por qué frotar puede aliviar',
  intro: 'Las señales de dolor van del cuerpo al cerebro por la médula espinal. Allí, unas células nerviosas funcionan como una compuerta que deja pasar más o menos señal.',
  parts: {
    skin: {
      label: 'Piel',
      technical: 'Piel y sus terminaciones nerviosas sensitivas',
      role: 'Las terminaciones nerviosas de la piel detectan el tacto, la presión y el daño.',
    },
    abeta: {
      label: 'Nervio del tacto',
      technical: 'Fibra A-beta (gruesa, rápida)',
      role: 'Un nervio grueso que lleva el tacto y la presión. Es el más rápido de los tres.',
    },
    adelta: {
      label: 'Nervio del dolor punzante',
      technical: 'Fibra A-delta (delgada)',
      role: 'Un nervio delgado que lleva el dolor punzante y rápido: el primer pinchazo que se siente.',
    },
    c: {
      label: 'Nervio del dolor sordo',
      technical: 'Fibra C (delgada, la más lenta)',
      role: 'El nervio más delgado. Lleva el dolor sordo, persistente o ardiente, que llega un momento después.',
    },
    spinalCord: {
      label: 'Médula espinal',
      technical: 'Asta dorsal de la médula espinal',
      role: 'La parte de atrás de la médula espinal, donde los nervios del cuerpo pasan sus señales.',
    },
    interneuron: {
      label: 'Célula compuerta',
      technical: 'Interneurona inhibidora (sustancia gelatinosa)',
      role: 'Una célula pequeña que frena a la célula de la señal. Cuando está activa, la compuerta se cierra.',
    },
    tcell: {
      label: 'Célula de la señal',
      technical: 'Célula de transmisión (célula T), neurona de proyección',
      role: 'Esta célula envía el mensaje de dolor al cerebro. Cuanto más se activa, más dolor puede sentir.',
    },
    ascending: {
      label: 'Sube al cerebro',
      technical: 'Vía ascendente (haz espinotalámico)',
      role: 'El camino que lleva el mensaje por la médula espinal hasta el cerebro.',
    },
    descending: {
      label: 'Baja del cerebro',
      technical: 'Vía descendente (SGPA y BRVM)',
      role: 'El cerebro puede enviar señales hacia la compuerta, con los analgésicos propios del cuerpo (endorfinas). La calma y distraerse ayudan a cerrarla. La preocupación y estar pendiente del dolor tienden a abrirla.',
    },
    brain: {
      label: 'Cerebro',
      technical: 'Cerebro (donde se siente el dolor)',
      role: 'El dolor se siente cuando el mensaje llega al cerebro. El ánimo, la preocupación y la atención cambian cuánto duele.',
    },
  },
  steps: [
    {
      title: 'La señal de dolor viaja',
      text: 'Si se golpea el codo, los nervios delgados envían señales de dolor a la médula espinal. El nervio del dolor punzante es rápido; el del dolor sordo es lento.',
    },
    {
      title: 'La compuerta está abierta',
      text: 'Las señales de dolor frenan a la célula compuerta, así que la compuerta queda abierta. La célula de la señal pasa el mensaje al cerebro.',
    },
    {
      title: 'Frotar activa el nervio del tacto',
      text: 'Usted empieza a frotar después del golpe. Al frotar, las señales de tacto viajan por el nervio grueso y rápido del tacto, y siguen llegando mientras usted frota.',
    },
    {
      title: 'La compuerta empieza a cerrarse',
      text: 'Las señales de tacto constantes mantienen activa a la célula compuerta, que frena a la célula de la señal. Así sube menos dolor. Por eso frotarse un golpe suele ayudar. El alivio es rápido y dura poco.',
    },
    {
      title: 'Su cerebro también puede cerrarla',
      text: 'Sentirse seguro, o pensar en otra cosa, ayuda al cerebro a enviar señales que cierran la compuerta. La preocupación y estar pendiente del dolor tienden a abrirla. Un susto repentino también puede bloquear el dolor por un rato.',
    },
  ],
  note: {
    summary: '¿Qué tan seguros estamos?',
    items: [
      'Este dibujo es un modelo sencillo. Viene de la teoría de la compuerta del dolor, propuesta en 1965.',
      'Estudios posteriores mostraron que parte del circuito de la primera versión no era del todo correcto, y los detalles se corrigieron.',
      'La idea principal sigue bien respaldada: la médula espinal y el cerebro pueden subir o bajar la señal de dolor. El alivio del dolor que produce el propio cerebro está bien estudiado.',
      'La compuerta explica solo una parte de cómo puede ayudar el masaje. El dolor es más que una señal: los pensamientos, el ánimo y el dolor pasado también influyen. Los números de aquí sirven para aprender, no para medir su dolor.',
    ],
  },
  speeds: 'En el cuerpo, el nervio del tacto lleva las señales a unos 35 a 75 metros por segundo; el del dolor punzante, a 5 a 30, y el del dolor sordo, a solo 0.5 a 2. Los puntos en movimiento respetan este orden, pero los rápidos van más lentos para que se puedan ver.',
};

/** The words with each statement's sources and locators (tests, the content review, the build's reference list). */
export const gateControl = /* @__PURE__ */ withCites(gateWords);

export const gateUi: GateUi = {
  pain: 'Intensidad del dolor',
  painHint: 'Qué tan fuerte es el dolor donde se lastimó',
  touch: 'Tacto y presión (masaje)',
  touchHint: 'Frotar, presionar o dar masaje',
  brain: 'Estado del cerebro',
  brainStates: { calm: 'Tranquilo', neutral: 'Normal', stressed: 'Estresado' },
  brainHints: { calm: 'se siente seguro, piensa en otra cosa', neutral: 'del día a día', stressed: 'preocupado, pendiente del dolor' },
  levels: { low: 'bajo', medium: 'medio', high: 'alto' },
  signalLevels: { low: 'baja', medium: 'media', high: 'alta' },
  gateWords: { open: 'abierta', 'mostly-open': 'casi abierta', 'half-closed': 'medio cerrada', 'mostly-closed': 'casi cerrada' },
  meterLabel: 'Señal de dolor que llega al cerebro',
  meterText: (signal, label) => `${label}: ${signal} de 100`,
  describe: ({ pain, touch, brain, gate, signal, signalLevel }) =>
    `Dolor ${pain}, tacto ${touch}, cerebro ${brain.toLowerCase()}: la compuerta está ${gate}; la señal de dolor que llega al cerebro está en ${signal} de 100 (${signalLevel}).`,
  diagramName: 'Diagrama de la compuerta del dolor en la médula espinal',
  technicalNames: 'Mostrar nombres técnicos',
  guided: 'Paso a paso',
  back: 'Atrás',
  next: 'Siguiente',
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  legend: 'Partes del diagrama',
  speedTitle: 'Velocidad en el cuerpo',
  gate: 'Compuerta',
  whatPartsDo: 'Qué hace cada parte',
  reducedNote: 'Los puntos en movimiento están apagados porque su dispositivo pide menos movimiento. Las flechas muestran lo mismo. Puede presionar Reproducir.',
  outOf: (n, word) => `${n} de 100, ${word}`,
};
