// Texto para pacientes de <pt-gate-control> en español (usted, neutro). Las mismas claves que la versión
// en inglés, y las palabras de la interfaz; el elemento lo carga solo con import() dinámico cuando el idioma es 'es'.
import type { GateControlContent, GateUi } from '../gate-control.js';

export const gateControl: GateControlContent = {
  title: 'La compuerta del dolor: por qué frotar puede aliviar',
  intro: {
    text: 'Las señales de dolor van del cuerpo al cerebro por la médula espinal. Allí, unas células nerviosas funcionan como una compuerta que deja pasar más o menos señal.',
    cite: ['melzack-wall-1965'],
  },
  parts: {
    skin: {
      label: 'Piel',
      technical: 'Piel y sus terminaciones nerviosas sensitivas',
      role: { text: 'Las terminaciones nerviosas de la piel detectan el tacto, la presión y el daño.', cite: ['guyton-hall-2020'] },
    },
    abeta: {
      label: 'Nervio del tacto',
      technical: 'Fibra A-beta (gruesa, rápida)',
      role: { text: 'Un nervio grueso que lleva el tacto y la presión. Es el más rápido de los tres.', cite: ['guyton-hall-2020', 'melzack-wall-1965'] },
    },
    adelta: {
      label: 'Nervio del dolor agudo',
      technical: 'Fibra A-delta (delgada)',
      role: { text: 'Un nervio delgado que lleva el dolor agudo y rápido: el primer pinchazo que se siente.', cite: ['guyton-hall-2020'] },
    },
    c: {
      label: 'Nervio del dolor sordo',
      technical: 'Fibra C (delgada, la más lenta)',
      role: { text: 'El nervio más delgado. Lleva el dolor sordo, persistente o ardiente, que llega un momento después.', cite: ['guyton-hall-2020'] },
    },
    spinalCord: {
      label: 'Médula espinal',
      technical: 'Asta dorsal de la médula espinal',
      role: { text: 'La parte de atrás de la médula espinal, donde los nervios del cuerpo pasan sus señales.', cite: ['melzack-wall-1965'] },
    },
    interneuron: {
      label: 'Célula compuerta',
      technical: 'Interneurona inhibidora (sustancia gelatinosa)',
      role: { text: 'Una célula pequeña que frena a la célula de la señal. Cuando está activa, la compuerta se cierra.', cite: ['melzack-wall-1965'] },
    },
    tcell: {
      label: 'Célula de la señal',
      technical: 'Célula de transmisión (célula T), neurona de proyección',
      role: { text: 'Esta célula envía el mensaje de dolor al cerebro. Cuanto más se activa, más dolor puede sentir.', cite: ['melzack-wall-1965'] },
    },
    ascending: {
      label: 'Sube al cerebro',
      technical: 'Vía ascendente (haz espinotalámico)',
      role: { text: 'El camino que lleva el mensaje por la médula espinal hasta el cerebro.', cite: ['guyton-hall-2020'] },
    },
    descending: {
      label: 'Baja del cerebro',
      technical: 'Vía descendente (SGPA y BRVM)',
      role: {
        text: 'El cerebro puede enviar señales hacia la compuerta. La calma y la atención ayudan a cerrarla con los analgésicos propios del cuerpo (endorfinas). El estrés y el miedo pueden abrirla.',
        cite: ['basbaum-fields-1978', 'melzack-wall-1965'],
      },
    },
    brain: {
      label: 'Cerebro',
      technical: 'Cerebro (donde se siente el dolor)',
      role: { text: 'El dolor se siente cuando el mensaje llega al cerebro. El ánimo, el miedo y la atención cambian cuánto duele.', cite: ['melzack-2005'] },
    },
  },
  steps: [
    {
      title: 'La señal de dolor viaja',
      text: {
        text: 'Si se golpea el codo, los nervios delgados envían señales de dolor a la médula espinal. El nervio del dolor agudo es rápido; el del dolor sordo es lento.',
        cite: ['melzack-wall-1965', 'guyton-hall-2020'],
      },
    },
    {
      title: 'La compuerta está abierta',
      text: {
        text: 'Las señales de dolor frenan a la célula compuerta, así que la compuerta queda abierta. La célula de la señal pasa el mensaje al cerebro.',
        cite: ['melzack-wall-1965'],
      },
    },
    {
      title: 'Frotar activa el nervio del tacto',
      text: {
        text: 'Al frotar o dar un masaje, las señales de tacto viajan por el nervio grueso del tacto. Llegan primero a la médula, porque es el nervio más rápido.',
        cite: ['melzack-wall-1965', 'guyton-hall-2020'],
      },
    },
    {
      title: 'La compuerta empieza a cerrarse',
      text: {
        text: 'Las señales de tacto activan a la célula compuerta, que frena a la célula de la señal. Así sube menos dolor. Por eso frotarse un golpe suele ayudar.',
        cite: ['melzack-wall-1965'],
      },
    },
    {
      title: 'Su cerebro también puede cerrarla',
      text: {
        text: 'Cuando usted está tranquilo, el cerebro envía señales que ayudan a cerrar la compuerta. El estrés y el miedo pueden abrirla más.',
        cite: ['basbaum-fields-1978', 'melzack-2005'],
      },
    },
  ],
  note: {
    summary: '¿Qué tan seguros estamos?',
    items: [
      {
        text: 'Este dibujo es un modelo sencillo. Viene de la teoría de la compuerta del dolor, propuesta en 1965.',
        cite: ['melzack-wall-1965'],
      },
      {
        text: 'Estudios posteriores mostraron que parte del circuito de la primera versión no era del todo correcto, y los detalles se corrigieron.',
        cite: ['nathan-1976', 'melzack-2005'],
      },
      {
        text: 'La idea principal sigue bien respaldada: la médula espinal y el cerebro pueden subir o bajar la señal de dolor. El alivio del dolor que produce el propio cerebro está bien estudiado.',
        cite: ['basbaum-fields-1978', 'melzack-2005'],
      },
      {
        text: 'El dolor es más que una señal: los pensamientos, el ánimo y el dolor pasado también influyen. Los números de aquí sirven para aprender, no para medir su dolor.',
        cite: ['melzack-2005'],
      },
    ],
  },
  speeds: {
    text: 'En el cuerpo, el nervio del tacto lleva las señales a unos 35 a 75 metros por segundo; el del dolor agudo, a 5 a 30, y el del dolor sordo, a solo 0,5 a 2. Los puntos en movimiento respetan este orden, pero los rápidos van más lentos para que se puedan ver.',
    cite: ['guyton-hall-2020'],
  },
};

export const gateUi: GateUi = {
  pain: 'Dolor que entra',
  painHint: 'Qué tan fuerte es el dolor en la piel',
  touch: 'Tacto y presión (masaje)',
  touchHint: 'Frotar, presionar o dar masaje',
  brain: 'Estado del cerebro',
  brainStates: { calm: 'Tranquilo', neutral: 'Normal', stressed: 'Estresado' },
  brainHints: { calm: 'relajado, distraído', neutral: 'del día a día', stressed: 'preocupado, con miedo' },
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
  reducedNote: 'Los puntos en movimiento están apagados porque su dispositivo pide menos movimiento. Las flechas muestran lo mismo. Puede pulsar Reproducir.',
  outOf: (n, word) => `${n} de 100, ${word}`,
};
