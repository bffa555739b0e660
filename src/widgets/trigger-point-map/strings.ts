// UI words of the trigger-point map in each shipped locale (the muscle texts live in src/content).
import type { Locale } from '../../core/locale.js';
import type { BodyAreaGroup } from '../../content/body-areas.js';

export interface MapStrings {
  title: string;
  intro: string;
  muscles: string;
  groups: Record<BodyAreaGroup, string>;
  whereHurts: string;
  chooseArea: string;
  areaHint: string;
  views: Record<'front' | 'back' | 'left' | 'right', string>;
  viewGroup: string;
  reset: string;
  zoomIn: string;
  zoomOut: string;
  stageLabel: string;
  stageHelp: string;
  marker: (name: string) => string;
  legendTrigger: string;
  legendEssential: string;
  legendSpill: string;
  legendArea: string;
  where: string;
  symptoms: string;
  selfCare: string;
  seekCare: string;
  cites: string;
  results: (area: string) => string;
  noResults: string;
  zone: Record<'essential' | 'spillover', string>;
  zoneHeading: Record<'essential' | 'spillover', string>;
  pickPrompt: string;
  fromClinic: string;
  loading3d: string;
  fallbackNote: string;
  front: string;
  back: string;
  drawingLabel: (view: string) => string;
  side: string;
  showAll: string;
  legendMuscle: string;
  legendDeep: string;
  deepNote: string;
  insetLabel: (view: string) => string;
  muscleLabel: (name: string) => string;
}

export const mapStrings: Record<Locale, MapStrings> = {
  en: {
    title: 'Trigger point map',
    intro: 'Pain from a tight spot in a muscle is often felt somewhere else. Pick a muscle to see where its pain is often felt, or pick where it hurts.',
    muscles: 'Muscles',
    groups: { 'head-neck': 'Head and neck', 'shoulder-arm': 'Shoulder and arm', trunk: 'Chest, back and belly', 'hip-leg': 'Hip and leg' },
    whereHurts: 'Where does it hurt?',
    chooseArea: 'Choose an area',
    areaHint: 'You can also click the body.',
    views: { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' },
    viewGroup: 'View',
    reset: 'Reset view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    stageLabel: '3D body map',
    stageHelp: 'Arrow keys turn the body. Plus and minus zoom. Home resets the view.',
    marker: (name) => `${name} trigger point`,
    legendTrigger: 'X: trigger point',
    legendEssential: 'Solid: where pain is often felt',
    legendSpill: 'Dots: where some people feel it',
    legendArea: 'Stripes: the area you chose',
    where: 'Where the spot is',
    symptoms: 'What people often notice',
    selfCare: 'What may help',
    seekCare: 'Get care first',
    cites: 'Sources',
    results: (area) => `Muscles that may send pain to: ${area}`,
    noResults: 'None of the muscles on this map often sends pain there.',
    zone: { essential: 'often', spillover: 'some people' },
    zoneHeading: { essential: 'Pain is often felt at', spillover: 'Some people feel it at' },
    pickPrompt: 'Pick a muscle or an area to see more here.',
    fromClinic: 'From your clinic',
    loading3d: 'Loading the 3D view…',
    fallbackNote: 'The 3D view is not available here, so this is a flat drawing with the same areas.',
    front: 'Front',
    back: 'Back',
    drawingLabel: (view) => `Body drawing, ${view}`,
    side: 'Side',
    showAll: 'Show all trigger points',
    legendMuscle: 'Blue with lines: the muscle',
    legendDeep: 'Dashed: it lies deep, under other muscles',
    deepNote: 'This muscle lies deep, under other muscles. The map shows it as if you could see through the skin.',
    insetLabel: (view) => `Small picture: ${view}, where the pain is felt`,
    muscleLabel: (name) => `${name}: the muscle and where its pain is felt`,
  },
  es: {
    title: 'Mapa de puntos gatillo',
    intro: 'El dolor de un punto tenso en un músculo a menudo se siente en otro lugar. Elija un músculo para ver dónde suele doler, o elija dónde le duele.',
    muscles: 'Músculos',
    groups: { 'head-neck': 'Cabeza y cuello', 'shoulder-arm': 'Hombro y brazo', trunk: 'Pecho, espalda y abdomen', 'hip-leg': 'Cadera y pierna' },
    whereHurts: '¿Dónde le duele?',
    chooseArea: 'Elija una zona',
    areaHint: 'También puede hacer clic en el cuerpo.',
    views: { front: 'De frente', back: 'De espaldas', left: 'Lado izquierdo', right: 'Lado derecho' },
    viewGroup: 'Vista',
    reset: 'Restablecer vista',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    stageLabel: 'Mapa del cuerpo en 3D',
    stageHelp: 'Las flechas giran el cuerpo. Más y menos acercan o alejan. Inicio restablece la vista.',
    marker: (name) => `Punto gatillo: ${name}`,
    legendTrigger: 'X: punto gatillo',
    legendEssential: 'Color sólido: donde suele sentirse el dolor',
    legendSpill: 'Puntos: donde algunas personas lo sienten',
    legendArea: 'Rayas: la zona que eligió',
    where: 'Dónde está el punto',
    symptoms: 'Lo que muchas personas notan',
    selfCare: 'Lo que puede ayudar',
    seekCare: 'Busque atención primero',
    cites: 'Fuentes',
    results: (area) => `Músculos que pueden causar dolor en: ${area}`,
    noResults: 'Ninguno de los músculos de este mapa suele causar dolor ahí.',
    zone: { essential: 'a menudo', spillover: 'algunas personas' },
    zoneHeading: { essential: 'El dolor suele sentirse en', spillover: 'Algunas personas lo sienten en' },
    pickPrompt: 'Elija un músculo o una zona para ver más aquí.',
    fromClinic: 'De su clínica',
    loading3d: 'Cargando la vista en 3D…',
    fallbackNote: 'La vista en 3D no está disponible aquí. Este es un dibujo plano con las mismas zonas.',
    front: 'De frente',
    back: 'De espaldas',
    drawingLabel: (view) => `Dibujo del cuerpo, ${view}`,
    side: 'De lado',
    showAll: 'Mostrar todos los puntos gatillo',
    legendMuscle: 'Azul con líneas: el músculo',
    legendDeep: 'Línea de trazos: está en lo profundo, bajo otros músculos',
    deepNote: 'Este músculo está en lo profundo, bajo otros músculos. El mapa lo muestra como si se viera a través de la piel.',
    insetLabel: (view) => `Imagen pequeña: ${view}, donde se siente el dolor`,
    muscleLabel: (name) => `${name}: el músculo y dónde se siente su dolor`,
  },
};
