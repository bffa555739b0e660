// Spanish text of the trigger-point map (same keys as ../trigger-points.ts; zones and sources live there).
// Written for patients in the US and Latin America, "usted" form. Loaded only by dynamic import for lang="es".
import type { MuscleId } from '../trigger-points.js';

export interface MuscleTextEs {
  name: string;
  technicalName: string;
  where: string;
  description: string;
  symptoms: string[];
  selfCare: string;
  seekCare?: string;
}

const STOP = 'Pare si siente un dolor punzante, hormigueo o la zona dormida.';
const BALL = 'Apóyese en una pared con una pelota blanda sobre el punto adolorido. Presione suave durante 30 a 60 segundos.';
const BACK = 'Busque atención médica pronto si tiene dolor de espalda con fiebre. Haga lo mismo si tuvo cáncer, si se cayó o si tiene los huesos débiles. También si siente dormida la zona donde se sienta, o si tiene problemas nuevos para orinar o evacuar.';
const CLOT = 'Si la pantorrilla está hinchada, caliente, roja o muy sensible, puede ser un coágulo de sangre. Busque atención médica el mismo día, antes de cualquier masaje o estiramiento.';

export const musclesEs: Record<MuscleId, MuscleTextEs> = {
  'upper-trapezius': {
    name: 'Músculo de encima del hombro',
    technicalName: 'Trapecio superior',
    where: 'Encima del hombro, a mitad de camino entre el cuello y la punta del hombro.',
    description: 'El trapecio superior es el músculo que está encima del hombro. Sube el hombro y ayuda a sostener la cabeza y los brazos. Un punto gatillo aquí puede causar dolor que sube por detrás y por el costado del cuello, pasa detrás de la oreja y llega a la sien.',
    symptoms: [
      'Dolor de cabeza en la sien, a menudo de un solo lado.',
      'Le duele el cuello y lo siente duro, más aún si usa la computadora o carga una bolsa pesada.',
      'Algunas personas también sienten dolor en el ángulo de la mandíbula.',
    ],
    selfCare: `Haga pausas cortas para bajar los hombros y moverlos en círculos. El calor encima del hombro puede ayudar. Incline la cabeza con suavidad hacia el lado contrario al dolor durante 30 segundos. ${STOP}`,
  },
  'levator-scapulae': {
    name: 'Músculo que sube el omóplato',
    technicalName: 'Elevador de la escápula',
    where: 'Donde el cuello se une al hombro, un poco por encima de la esquina de arriba y de adentro del omóplato.',
    description: 'El elevador de la escápula va del costado del cuello hasta el omóplato. Sube el omóplato y ayuda a girar el cuello. Su dolor se siente a menudo donde el cuello se une al hombro. Algunas personas también lo sienten a lo largo del omóplato.',
    symptoms: [
      'Cuello rígido: le cuesta girar la cabeza.',
      'Quizás tenga que girar todo el cuerpo para mirar hacia atrás.',
      'Dolor en la base del cuello y, a veces, a lo largo del omóplato.',
    ],
    selfCare: `Ponga la pantalla a la altura de los ojos y descanse de mirar hacia abajo. Con suavidad, lleve la nariz hacia la axila del lado contrario al dolor. Manténgalo 30 segundos. Una compresa tibia puede aliviar la molestia. ${STOP}`,
  },
  sternocleidomastoid: {
    name: 'Músculo largo del cuello (ECM)',
    technicalName: 'Esternocleidomastoideo',
    where: 'En el músculo largo del frente y del costado del cuello. Va desde detrás de la oreja hasta la clavícula y el centro del pecho.',
    description: 'El esternocleidomastoideo (ECM) es el músculo largo que tiene a cada lado del cuello. Gira e inclina la cabeza. Sus puntos gatillo suelen causar dolor en la cabeza y la cara, no en el cuello. Puede sentirlo arriba o atrás de la cabeza, cerca del ojo, en la mejilla, la garganta o el oído, o en la frente.',
    symptoms: [
      'Dolor de cabeza en la frente, cerca del ojo o detrás de la oreja.',
      'Algunas personas se marean o pierden el equilibrio al girar la cabeza o al acostarse.',
      'Puede que el cuello no le duela nada.',
    ],
    selfCare: 'Mantenga la cabeza derecha al trabajar y no sostenga el teléfono con el hombro. Gire e incline la cabeza con suavidad, solo hasta donde no duela. No presione fuerte el frente del cuello, porque ahí pasan vasos de sangre grandes. Pida a su terapeuta que le enseñe una forma segura de tratar este músculo.',
    seekCare: 'El mareo tiene muchas causas. Busque atención urgente: llame al número de emergencias si de repente pierde el equilibrio o le cuesta ver, si tiene la cara caída o un brazo débil, o si le cuesta hablar. Pueden ser señales de un derrame cerebral (accidente cerebrovascular).',
  },
  suboccipitals: {
    name: 'Músculos de la base del cráneo',
    technicalName: 'Suboccipitales',
    where: 'En lo profundo de la base del cráneo, justo debajo del borde de hueso de la parte de atrás de la cabeza.',
    description: 'Los suboccipitales son músculos pequeños y profundos en la parte alta del cuello. Hacen los pequeños movimientos de la cabeza, como asentir o girar un poco. Su dolor suele ser difícil de ubicar. Muchas personas sienten una banda de dolor desde atrás de la cabeza hasta el ojo y la frente.',
    symptoms: [
      'Dolor de cabeza que va desde atrás de la cabeza hasta el ojo.',
      'Dolor al apoyar la parte de atrás de la cabeza en la almohada o en el respaldo.',
      'Suele empeorar tras muchas horas frente a la pantalla con el mentón hacia adelante.',
    ],
    selfCare: 'Ponga la pantalla a la altura de los ojos y meta un poco el mentón. Acuéstese boca arriba unos minutos con una toalla enrollada bajo la base del cráneo. El calor en la parte de atrás del cuello puede ayudar. Deténgase si se marea o si siente un dolor punzante.',
  },
  temporalis: {
    name: 'Músculo de la sien',
    technicalName: 'Temporal',
    where: 'Al costado de la cabeza, en la sien, arriba y delante de la oreja.',
    description: 'El temporal es un músculo en forma de abanico que está en la sien. Ayuda a cerrar la boca cuando usted mastica o aprieta los dientes. Su dolor se siente a menudo en la sien, a lo largo de la ceja y en los dientes de arriba.',
    symptoms: [
      'Dolor de cabeza en la sien o encima del ojo.',
      'Dientes de arriba que duelen o están más sensibles al frío y al calor.',
      'Le puede doler más si aprieta o rechina los dientes.',
    ],
    selfCare: 'Fíjese si aprieta los dientes durante el día. Pruebe esto: labios juntos, dientes separados, mandíbula suelta. Frote la sien con círculos pequeños y suaves, o use un paño tibio. Si le duele un diente, vea también a su dentista.',
    seekCare: 'Si tiene más de 50 años, vea a un médico el mismo día si tiene un dolor de cabeza nuevo en la sien. Haga lo mismo si le duele la mandíbula al masticar o si ve distinto. Pueden ser señales de una arteria inflamada en la cabeza (arteritis temporal), que puede dañar la vista.',
  },
  masseter: {
    name: 'Músculo de la mandíbula',
    technicalName: 'Masetero',
    where: 'En la mejilla, sobre la parte de atrás de la mandíbula. Se pone duro cuando usted aprieta los dientes.',
    description: 'El masetero es un músculo grueso y fuerte que sirve para masticar y cierra la boca. Su dolor puede sentirse en la mandíbula, las muelas y la ceja. También puede sentirse delante de la oreja o dentro del oído.',
    symptoms: [
      'Dolor de mandíbula, o no poder abrir bien la boca.',
      'Dolor de oído, aunque el médico no le encuentre nada en el oído.',
      'Muelas adoloridas, y apretar o rechinar los dientes, a menudo de noche.',
    ],
    selfCare: 'Mantenga los dientes separados cuando no esté masticando. Evite el chicle y las comidas duras por un tiempo. Frote la mejilla con círculos lentos y suaves, o use un paño tibio. Si rechina los dientes de noche, pregunte a su dentista por un protector bucal.',
  },
  scalenes: {
    name: 'Músculos del costado del cuello',
    technicalName: 'Escalenos',
    where: 'Al costado del cuello, justo encima de la clavícula, detrás del músculo largo del cuello.',
    description: 'Los escalenos son tres músculos al costado del cuello. Inclinan el cuello y suben las primeras costillas cuando usted respira hondo. Su dolor puede llegar lejos. Puede sentirse en el pecho, en el brazo y a lo largo del omóplato, y bajar hasta el pulgar y el índice.',
    symptoms: [
      'Dolor en el pecho, en el brazo o a lo largo del omóplato.',
      'Dolor u hormigueo que baja por el brazo hasta el pulgar y el índice.',
      'Suele empeorar de noche, o al levantar peso o jalar algo.',
    ],
    selfCare: 'Respire lento y hondo, llevando el aire al abdomen y no a la parte alta del pecho. Incline la cabeza con suavidad hacia el lado contrario al dolor durante 30 segundos. El calor puede ayudar. Deténgase si siente más hormigueo en el brazo.',
    seekCare: 'Consulte a un médico si siente el brazo o la mano débil, si no se le quita lo dormido, o si se le hinchan o cambian de color.',
  },
  infraspinatus: {
    name: 'Músculo de la parte baja del omóplato',
    technicalName: 'Infraespinoso',
    where: 'En la parte de atrás del omóplato, justo debajo del borde de hueso que lo cruza.',
    description: 'El infraespinoso cubre casi toda la parte de atrás del omóplato. Es uno de los músculos del manguito rotador, que sostienen y giran el hombro. Aunque parezca raro, su dolor se siente a menudo en lo profundo del frente del hombro. Puede bajar por el frente y el costado del brazo.',
    symptoms: [
      'Dolor profundo en el frente del hombro.',
      'Le cuesta llevar la mano a la espalda, por ejemplo para meterse la camisa.',
      'Dolor al acostarse de cualquier lado por la noche.',
    ],
    selfCare: `${BALL} De noche, abrace una almohada bajo el brazo adolorido. ${STOP}`,
  },
  supraspinatus: {
    name: 'Músculo de la parte alta del omóplato',
    technicalName: 'Supraespinoso',
    where: 'Encima del omóplato, en el hueco sobre el borde de hueso.',
    description: 'El supraespinoso está encima del omóplato. Es un músculo del manguito rotador que ayuda a subir el brazo hacia el costado. Su dolor se siente a menudo en medio de la parte externa del hombro. Puede bajar por el costado del brazo hasta el codo.',
    symptoms: [
      'Dolor profundo en la parte externa del hombro, a menudo en reposo y de noche.',
      'Dolor o debilidad al subir el brazo hacia el costado o por encima de la cabeza.',
      'Algunas personas sienten el dolor en la parte externa del codo.',
    ],
    selfCare: 'No cargue bolsas pesadas con el brazo estirado. De noche, apoye el brazo en una almohada. El calor encima del hombro puede ayudar. Vea a su terapeuta si le sigue costando subir el brazo.',
  },
  rhomboids: {
    name: 'Músculos entre los omóplatos',
    technicalName: 'Romboides',
    where: 'En la parte alta de la espalda, entre la columna y el omóplato.',
    description: 'Los romboides unen la columna con el borde interno del omóplato. Llevan los omóplatos hacia atrás y los juntan. Su dolor se queda cerca, a lo largo del borde interno del omóplato. Muchas personas lo sienten como una molestia constante cuando están sentadas.',
    symptoms: [
      'Dolor entre los omóplatos que no se quita con el reposo.',
      'Suele doler más si pasa horas encorvado frente a la mesa o el teléfono.',
      'Puede oír o sentir chasquidos al mover el omóplato.',
    ],
    selfCare: 'Siéntese derecho y haga pausas para mover los hombros en círculos. Estire también el pecho con suavidad, porque un pecho tenso jala la parte alta de la espalda. Apóyese en una pared con una pelota blanda al lado de la columna, no encima. Presione suave durante 30 a 60 segundos.',
  },
  'pectoralis-major': {
    name: 'Músculo del pecho (pectoral)',
    technicalName: 'Pectoral mayor',
    where: 'En el frente del pecho, a menudo cerca del pliegue de adelante de la axila o debajo de la clavícula.',
    description: 'El pectoral mayor es el músculo grande y plano del frente del pecho. Lleva el brazo hacia adelante y lo cruza delante del cuerpo. Su dolor puede sentirse en el frente del pecho y del hombro. Algunas personas lo sienten bajar por la parte interna del brazo hasta el codo y los dedos anular y meñique.',
    symptoms: [
      'Dolor en el frente del pecho o del hombro.',
      'Dolor al cruzar el brazo delante del cuerpo o al subirlo.',
      'Pecho tenso y hombros caídos hacia adelante tras muchas horas sentado.',
    ],
    selfCare: 'Párese en el marco de una puerta con los antebrazos apoyados a los lados. Dé un paso adelante hasta sentir un estiramiento suave y manténgalo 30 segundos. Haga pausas para corregir la postura y relajar los hombros. Una compresa tibia puede ayudar.',
    seekCare: 'El dolor de pecho puede ser un ataque al corazón. Llame primero al 911 o al número de emergencias de su país si el dolor es nuevo, o si viene con falta de aire, sudor, náuseas o dolor en el brazo, la mandíbula o la espalda. No espere a ver si es un músculo.',
  },
  'quadratus-lumborum': {
    name: 'Músculo profundo de la espalda baja',
    technicalName: 'Cuadrado lumbar',
    where: 'En la espalda baja, al lado de la columna, entre la última costilla y la parte de arriba del hueso de la cadera.',
    description: 'El cuadrado lumbar es un músculo profundo que tiene a cada lado de la espalda baja. Le ayuda a inclinarse hacia un lado y mantiene firme la espalda baja cuando usted está de pie o camina. Su dolor se siente a menudo en la espalda baja, en el borde de la cadera, en la parte baja de la nalga y en el costado de la cadera.',
    symptoms: [
      'Dolor profundo en la espalda baja, a menudo de un solo lado.',
      'Dolor al darse vuelta en la cama, al levantarse de una silla, al toser o al estornudar.',
      'Le cuesta estar de pie o caminar por mucho tiempo.',
    ],
    selfCare: 'Cambie de posición a menudo. Acuéstese sobre el lado sano con una almohada entre las rodillas. Inclínese con suavidad hacia un lado, con un brazo estirado por encima de la cabeza, durante 30 segundos. El calor puede ayudar. Deténgase si el dolor baja por la pierna.',
    seekCare: BACK,
  },
  iliopsoas: {
    name: 'Flexor profundo de la cadera',
    technicalName: 'Iliopsoas',
    where: 'En lo profundo del frente de la cadera y de la ingle, y en lo profundo del vientre, al lado de la parte baja de la columna.',
    description: 'El iliopsoas es un músculo profundo que va de la parte baja de la columna y la pelvis hasta el hueso del muslo. Levanta la pierna y dobla la cadera. Su dolor se siente a menudo a lo largo de la espalda baja. También puede sentirse en la ingle y en el frente del muslo.',
    symptoms: [
      'Dolor de espalda baja que empeora al pararse derecho.',
      'Dolor en la ingle o en el frente del muslo.',
      'Dolor al levantarse de una silla baja.',
    ],
    selfCare: 'No pase mucho tiempo sentado sin pararse. Pruebe un estiramiento suave de cadera: apoye en el piso la rodilla del lado adolorido, mantenga la espalda recta y lleve el cuerpo un poco hacia adelante durante 30 segundos. No se presione el vientre con fuerza usted solo. Deje eso a su terapeuta.',
    seekCare: BACK,
  },
  'gluteus-medius': {
    name: 'Músculo alto del costado de la nalga',
    technicalName: 'Glúteo medio',
    where: 'En la parte alta y de afuera de la nalga, justo debajo del borde de arriba de la pelvis.',
    description: 'El glúteo medio está en la parte alta y de afuera de la nalga. Mantiene la pelvis nivelada cuando usted camina. Su dolor se siente a menudo en el borde de atrás de la cadera, en la base de la columna y en la nalga. Algunas personas lo sienten en el costado de la cadera y del muslo.',
    symptoms: [
      'Dolor de espalda baja o de nalga al caminar.',
      'Le duele al acostarse boca arriba o del lado que duele.',
      'Le cuesta estar sentado mucho rato en una postura encorvada.',
    ],
    selfCare: `Acuéstese con una almohada entre las rodillas. No se pare con todo el peso sobre una sola cadera. ${BALL} ${STOP}`,
  },
  'gluteus-minimus': {
    name: 'Músculo profundo del costado de la nalga',
    technicalName: 'Glúteo menor',
    where: 'En lo profundo del costado de la nalga, debajo del glúteo medio.',
    description: 'El glúteo menor es el músculo más pequeño y profundo de la nalga. Le ayuda a pararse en una pierna y a caminar. Su dolor puede llegar lejos: baja por el costado o por detrás del muslo y de la pierna, a veces hasta el tobillo. Puede parecerse a la ciática, que es el dolor por un nervio comprimido.',
    symptoms: [
      'Dolor de cadera que le dificulta levantarse de una silla.',
      'Dolor profundo que baja por el costado o por detrás de la pierna.',
      'Dolor que no le deja dormir sobre el lado adolorido.',
    ],
    selfCare: `Levántese y camine un poco al menos cada media hora. Acuéstese con una almohada entre las rodillas. ${BALL} ${STOP}`,
    seekCare: 'Si tiene debilidad o falta de sensibilidad en la pierna, o problemas nuevos para controlar la orina o las evacuaciones, vea a un médico de inmediato. Pueden ser señales de un problema de los nervios.',
  },
  piriformis: {
    name: 'Músculo profundo de la nalga',
    technicalName: 'Piriforme',
    where: 'En lo profundo del centro de la nalga, entre la base de la columna y la parte de arriba del hueso del muslo.',
    description: 'El piriforme es un músculo pequeño y profundo de la nalga. Gira la pierna hacia afuera. Su dolor puede sentirse en la nalga, en la base de la columna y en la parte de atrás de la cadera. Algunas personas lo sienten en la parte alta y de atrás del muslo.',
    symptoms: [
      'Dolor de nalga que empeora al estar sentado o al levantarse.',
      'Dolor en la parte de atrás de la cadera.',
      'Algunas personas sienten hormigueo en la pierna, porque un nervio grande pasa muy cerca de este músculo.',
    ],
    selfCare: 'No se siente por mucho tiempo ni sobre la billetera. Acuéstese boca arriba y cruce el tobillo del lado adolorido sobre la otra rodilla. Lleve con suavidad ambas piernas hacia usted durante 30 segundos. Deténgase si aumenta el hormigueo.',
  },
  'vastus-medialis': {
    name: 'Músculo del muslo por dentro, sobre la rodilla',
    technicalName: 'Vasto medial',
    where: 'En la parte de adelante y de adentro del muslo, justo encima de la rodilla.',
    description: 'El vasto medial es la parte interna del cuádriceps, el músculo grande del frente del muslo. Ayuda a estirar la rodilla. Su dolor se siente a menudo en el frente y en la parte interna de la rodilla.',
    symptoms: [
      'Dolor en el frente o en la parte interna de la rodilla, que a veces no deja dormir.',
      'La rodilla puede doblarse o fallar de repente al caminar.',
      'Le cuesta subir y bajar escaleras.',
    ],
    selfCare: 'No pase mucho tiempo sentado con las rodillas dobladas. Apóyese en una silla, doble la rodilla y tómese el tobillo por detrás para estirar el muslo con suavidad durante 30 segundos. El calor en el muslo puede ayudar. Vea a su terapeuta si la rodilla le falla.',
  },
  'vastus-lateralis': {
    name: 'Músculo del costado del muslo',
    technicalName: 'Vasto lateral',
    where: 'A lo largo del costado del muslo, desde la cadera hasta justo encima de la rodilla.',
    description: 'El vasto lateral es la parte externa y más grande del cuádriceps, el músculo grande del frente del muslo. Ayuda a estirar la rodilla. Su dolor se siente a menudo en el costado del muslo y baja hasta la parte externa de la rodilla.',
    symptoms: [
      'Dolor en el costado del muslo al caminar.',
      'Dolor que no le deja dormir de ese lado.',
      'La rótula puede sentirse trabada, y cuesta doblar o estirar la rodilla.',
    ],
    selfCare: `Pase despacio una pelota o un rodillo de espuma por el costado del muslo, con presión suave. Estire con suavidad el frente del muslo. De noche, acuéstese del otro lado con una almohada entre las rodillas. ${STOP}`,
  },
  gastrocnemius: {
    name: 'Músculo principal de la pantorrilla',
    technicalName: 'Gastrocnemio (gemelos)',
    where: 'En la parte alta de la pantorrilla, a menudo del lado de adentro, un poco debajo de la parte de atrás de la rodilla.',
    description: 'El gastrocnemio, o los gemelos, es el músculo grande que da forma a la pantorrilla. Levanta el talón cuando usted camina, corre o sube. Un punto gatillo en su parte interna suele causar dolor en el arco del pie. Algunas personas lo sienten detrás de la rodilla y en la pantorrilla.',
    symptoms: [
      'Calambres en la pantorrilla por la noche.',
      'Dolor en el arco del pie.',
      'Dolor detrás de la rodilla al subir cuestas o escaleras.',
    ],
    selfCare: 'Párese frente a una pared con la pierna adolorida atrás, la rodilla recta y el talón en el piso. Inclínese hacia la pared con suavidad durante 30 segundos. Estire la pantorrilla antes de dormir. Mantenga la pantorrilla abrigada de noche.',
    seekCare: CLOT,
  },
  soleus: {
    name: 'Músculo profundo de la pantorrilla',
    technicalName: 'Sóleo',
    where: 'En la parte baja de la pantorrilla, debajo del músculo grande, unos centímetros arriba del talón.',
    description: 'El sóleo es un músculo plano que está en lo profundo de la pantorrilla. Le ayuda a estar de pie y a caminar, y ayuda a que la sangre de las piernas suba de vuelta al corazón. Su dolor se siente a menudo atrás y debajo del talón.',
    symptoms: [
      'Dolor de talón, a menudo al subir cuestas o escaleras.',
      'Le cuesta ponerse en cuclillas con los talones en el piso.',
      'Le duele la pantorrilla si camina mucho.',
    ],
    selfCare: 'Lleve la pierna adolorida hacia atrás, doble las dos rodillas y deje el talón en el piso. Mantenga este estiramiento suave durante 30 segundos. Evite los tacones altos por un tiempo. El calor en la pantorrilla puede ayudar.',
    seekCare: CLOT,
  },
  'tibialis-anterior': {
    name: 'Músculo de la espinilla',
    technicalName: 'Tibial anterior',
    where: 'En el frente de la espinilla, en el tercio de arriba, justo por fuera del hueso.',
    description: 'El tibial anterior baja por el frente de la espinilla hasta el lado de adentro del pie. Levanta el pie y los dedos cuando usted camina. Su dolor se siente a menudo en el frente del tobillo y en el dedo gordo. Algunas personas lo sienten a lo largo de la espinilla.',
    symptoms: [
      'Dolor en el frente del tobillo o en el dedo gordo del pie.',
      'El pie puede sentirse débil, o puede que se tropiece con los dedos.',
      'Le duelen las espinillas si camina o corre cuesta arriba.',
    ],
    selfCare: `Por un tiempo, descanse de las caminatas largas en cuestas o en terreno disparejo. Frote la parte alta de la espinilla con pasadas lentas y suaves. Una compresa tibia puede ayudar. ${STOP}`,
  },
  'wrist-extensors': {
    name: 'Músculos de arriba del antebrazo',
    technicalName: 'Extensores de la muñeca (extensor radial largo del carpo y sus vecinos)',
    where: 'En la parte de arriba del antebrazo, del lado del pulgar, justo debajo de la parte externa del codo.',
    description: 'Los extensores de la muñeca son músculos de la parte de arriba del antebrazo. Levantan la muñeca y le ayudan a agarrar cosas. Un punto gatillo justo debajo del codo suele causar dolor en la parte externa del codo. Puede llegar al dorso de la mano, cerca del pulgar.',
    symptoms: [
      'Dolor en la parte externa del codo, como el "codo de tenista".',
      'Poca fuerza al agarrar. Se le pueden caer las cosas.',
      'Dolor al dar la mano, al escribir en el teclado o al girar una llave.',
    ],
    selfCare: 'Haga pausas al agarrar, al escribir en el teclado y al usar el mouse. Con el codo estirado, doble la muñeca hacia abajo con la otra mano, con suavidad, durante 30 segundos. Levante las tazas con la palma hacia arriba. El calor puede ayudar.',
  },
};

export const mapNotesEs: { honesty: string; notDiagnosis: string; urgent: string } = {
  honesty: 'Los expertos aún debaten qué son los puntos gatillo y qué tan bien se pueden encontrar al tacto. Los lugares de este mapa son donde el dolor se siente a menudo, pero cada persona es distinta. Puede sentirse como hormigueo o ardor, no solo como dolor.',
  notDiagnosis: 'Este mapa muestra patrones comunes. No puede decirle qué causa su dolor. Solo un profesional de la salud que lo examine puede hacerlo. Consulte a su terapeuta.',
  urgent: 'Busque atención urgente primero si tiene dolor de pecho, o si de repente pierde el equilibrio o le cuesta ver. Haga lo mismo si tiene la cara caída, un brazo débil, le cuesta hablar, o tiene la pantorrilla hinchada y adolorida. Pueden ser señales de un ataque al corazón, un derrame cerebral (accidente cerebrovascular) o un coágulo.',
};
