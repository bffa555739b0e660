// Trigger-point map content: for each muscle, where its trigger point usually is and where its pain
// is often felt (named body areas), in plain words with sources. Spanish: src/content/es/trigger-points.ts.
import type { Locators, Statement, SourceId } from './types.js';
import type { BodyAreaId, BodyAreaGroup } from './body-areas.js';

export const muscleIds = [
  'upper-trapezius', 'levator-scapulae', 'sternocleidomastoid', 'suboccipitals', 'temporalis', 'masseter',
  'scalenes', 'infraspinatus', 'supraspinatus', 'rhomboids', 'pectoralis-major', 'quadratus-lumborum',
  'iliopsoas', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'vastus-medialis', 'vastus-lateralis',
  'gastrocnemius', 'soleus', 'tibialis-anterior', 'wrist-extensors',
] as const;
export type MuscleId = (typeof muscleIds)[number];

export interface MuscleContent {
  id: MuscleId;
  /** Plain name for lists, buttons and headings ("Muscle at the temple"). */
  name: string;
  /** Anatomical name ("Temporalis"): show it next to the plain name; the description explains it once. */
  technicalName: string;
  /** Body region where the muscle and its usual trigger point sit. */
  region: BodyAreaGroup;
  /** Where the trigger point usually is, in plain words. */
  where: string;
  /** What the muscle does and how its pain pattern feels, plain words. */
  description: Statement;
  /** Essential (usual) referral zone, drawn solid. Never empty. */
  essential: readonly BodyAreaId[];
  /** Spillover zone (felt by some people), drawn stippled. */
  spillover: readonly BodyAreaId[];
  symptoms: readonly Statement[];
  selfCare: Statement;
  /** When to get medical care before anything else (red flags that share this pain pattern). */
  seekCare?: Statement;
  cite: readonly SourceId[];
}

// Volume 1 (1999) covers the upper half of the body, volume 2 (1992) the lower half incl. QL and iliopsoas;
// the 3rd edition (2019) covers both.
const UPPER: readonly SourceId[] = ['simons-travell-1999', 'donnelly-2019'];
const LOWER: readonly SourceId[] = ['travell-simons-1992', 'donnelly-2019'];

const s = (text: string, cite: readonly SourceId[], at?: Locators): Statement => (at ? { text, cite, at } : { text, cite });

// Referred (spreading) pain is expected with pressure on a trigger point; sharp pain, numbness or tingling is not.
const STOP = 'Stop if the pain gets sharp, or if you feel numbness or tingling.';
const BALL = 'Lean against a wall with a soft ball on the sore spot. Use light pressure for 30 to 60 seconds.';

const AT_BATAVIA_DVT = 'Results: deep vein thrombosis is listed as a contraindication to massage across the compared sources';

// Calf pain can be a blood clot (DVT): shared by the two calf muscles.
const CLOT = s(
  'A calf that is swollen, warm, red or very tender may be a blood clot. Get medical care the same day, before any massage or stretch.',
  ['travell-simons-1992', 'batavia-2004'],
  {
    'batavia-2004': AT_BATAVIA_DVT,
  },
);

// Low back pain red flags (guidelines), shared by the two deep low back and hip muscles.
const BACK = s(
  'Get medical care soon if you have back pain and a fever. Do the same if you have had cancer, a fall or weak bones. Numbness in the area you sit on, or new trouble with your bladder or bowels, needs care too.',
  ['verhagen-2016'],
  { 'verhagen-2016': 'Results: red flags in 16 guidelines for malignancy (history of cancer), fracture (trauma, osteoporosis), cauda equina syndrome (saddle anaesthesia, bladder or bowel dysfunction) and infection (fever)' },
);

const written: readonly MuscleContent[] = [
  {
    id: 'upper-trapezius', name: 'Top-of-shoulder muscle', technicalName: 'Upper trapezius', region: 'shoulder-arm',
    where: 'On top of your shoulder, about halfway between your neck and the tip of your shoulder.',
    description: s('The upper trapezius is the muscle on top of your shoulder. It lifts your shoulder and helps hold up your head and arms. A trigger point here may send pain up the back and side of your neck, behind your ear and to your temple.', UPPER),
    essential: ['back-of-neck', 'side-of-neck', 'ear', 'temple'],
    spillover: ['jaw'],
    symptoms: [
      s('A headache at the temple, often on one side.', UPPER),
      s('A stiff, sore neck, often worse after desk work or carrying a heavy bag.', UPPER),
      s('Some people also feel an ache at the corner of the jaw.', UPPER),
    ],
    selfCare: s(`Take short breaks to drop and roll your shoulders. Warmth on top of the shoulder may help. Gently tip your head away from the sore side for 30 seconds. ${STOP}`, UPPER),
    cite: UPPER,
  },
  {
    id: 'levator-scapulae', name: 'Shoulder blade lifter', technicalName: 'Levator scapulae', region: 'head-neck',
    where: 'Where your neck meets your shoulder, a little above the top inner corner of your shoulder blade.',
    description: s('The levator scapulae runs from the side of your neck down to your shoulder blade. It lifts the shoulder blade and helps turn your neck. Its pain is often felt where the neck meets the shoulder. Some people feel it along the shoulder blade, too.', UPPER),
    essential: ['back-of-neck', 'top-of-shoulder'],
    spillover: ['inner-shoulder-blade', 'back-of-shoulder'],
    symptoms: [
      s('A stiff neck that makes it hard to turn your head.', UPPER),
      s('You may need to turn your whole body to look behind you.', UPPER),
      s('Pain at the base of the neck, and sometimes along the shoulder blade.', UPPER),
    ],
    selfCare: s(`Set your screen at eye level and take breaks from looking down. Gently tip your nose toward the armpit on the other side from the pain. Hold for 30 seconds. A warm pack may ease the ache. ${STOP}`, UPPER),
    cite: UPPER,
  },
  {
    id: 'sternocleidomastoid', name: 'Long neck muscle (SCM)', technicalName: 'Sternocleidomastoid', region: 'head-neck',
    where: 'Along the long muscle on the front and side of your neck. It runs from behind your ear down to your collarbone and breastbone.',
    description: s('The sternocleidomastoid (SCM) is the long muscle on each side of your neck. It turns and bends your head. Its trigger points often send pain to the head and face, not the neck. You may feel it at the top or back of the head, near the eye, in the cheek, throat or ear, or on the forehead.', UPPER),
    essential: ['top-of-head', 'back-of-head', 'cheek', 'around-eye', 'throat', 'forehead', 'ear'],
    spillover: ['chest'],
    symptoms: [
      s('A headache at the forehead, near the eye or behind the ear.', UPPER),
      s('Some people feel dizzy or off balance when they turn the head or lie down.', UPPER),
      s('The neck itself may not feel sore at all.', UPPER),
    ],
    selfCare: s('Keep your head level at work, and do not hold a phone with your shoulder. Gently turn and tilt your head only as far as it is pain free. Do not press hard on the front of your neck, where large blood vessels run. Ask your therapist to show you a safe way to work on this muscle.', UPPER),
    seekCare: s(
      'Dizziness has many causes. Get urgent care first: call your local emergency number for a sudden loss of balance, sudden trouble seeing, a drooping face, a weak arm, or trouble speaking. These can be signs of a stroke.',
      ['aroor-2017', 'simons-travell-1999'],
      { 'aroor-2017': 'BE-FAST: sudden loss of balance and eye (vision) symptoms added to face, arm and speech catch more strokes' },
    ),
    cite: UPPER,
  },
  {
    id: 'suboccipitals', name: 'Skull-base muscles', technicalName: 'Suboccipitals (rectus capitis posterior major and minor, obliquus capitis superior and inferior)', region: 'head-neck',
    where: 'Deep at the base of your skull, just below the bony ridge at the back of your head.',
    description: s('The suboccipitals are small, deep muscles at the top of your neck. They make the small nods and turns of your head. Their pain is often hard to pin down. Many people feel a band of pain from the back of the head toward the eye and forehead.', UPPER),
    essential: ['back-of-head', 'around-eye', 'forehead'],
    spillover: ['temple'],
    symptoms: [
      s('A headache that wraps from the back of the head to the eye.', UPPER),
      s('Pain when the back of your head rests on a pillow or headrest.', UPPER),
      s('Often worse after long hours at a screen with your chin pushed forward.', UPPER),
    ],
    selfCare: s('Keep your screen at eye level and your chin gently tucked. Lie on your back with a rolled towel under the base of your skull for a few minutes. Warmth on the back of the neck may help. Stop if you feel dizzy or the pain gets sharp.', UPPER),
    cite: UPPER,
  },
  {
    id: 'temporalis', name: 'Muscle at the temple', technicalName: 'Temporalis', region: 'head-neck',
    where: 'On the side of your head at the temple, above and in front of your ear.',
    description: s('The temporalis is a fan-shaped muscle at your temple. It helps close your jaw when you chew or clench. Its pain is often felt at the temple, along the eyebrow and in the upper teeth.', UPPER),
    essential: ['temple', 'around-eye', 'teeth'],
    spillover: ['jaw'],
    symptoms: [
      s('A headache at the temple or above the eye.', UPPER),
      s('Upper teeth that ache or feel extra sensitive to hot and cold.', UPPER),
      s('Clenching or grinding your teeth may make it worse.', UPPER),
    ],
    selfCare: s('Notice if you clench your teeth during the day. Try this: lips together, teeth apart, jaw soft. Rub your temple in small, light circles, or use a warm cloth. See a dentist too if a tooth hurts.', UPPER),
    seekCare: s(
      'If you are over 50, see a doctor the same day for a new headache at the temple. Do the same for jaw pain when you chew, or a change in how you see. These can be signs of a swollen artery in the head (temporal arteritis). It can harm your sight.',
      ['hunder-1990'],
      { 'hunder-1990': 'Criteria: age 50 or older at onset, new headache, temporal artery tenderness; features compared include jaw claudication and visual symptoms' },
    ),
    cite: UPPER,
  },
  {
    id: 'masseter', name: 'Jaw muscle', technicalName: 'Masseter', region: 'head-neck',
    where: 'In your cheek, over the back of your jaw. You can feel it get hard when you clench your teeth.',
    description: s('The masseter is a thick, strong chewing muscle that closes your jaw. Its pain may be felt in the jaw, the back teeth and the eyebrow. It may also be felt in front of the ear or deep in the ear.', UPPER),
    essential: ['jaw', 'teeth', 'around-eye', 'ear'],
    spillover: ['cheek'],
    symptoms: [
      s('Jaw pain, or a jaw that will not open all the way.', UPPER),
      s('Ear pain, even when a doctor finds nothing wrong with the ear.', UPPER),
      s('Sore back teeth, and clenching or grinding, often at night.', UPPER),
    ],
    selfCare: s('Keep your teeth apart when you are not chewing. Skip gum and hard, chewy food for a while. Rub your cheek in slow, light circles, or use a warm cloth. If you grind your teeth at night, ask your dentist about a mouth guard.', UPPER),
    cite: UPPER,
  },
  {
    id: 'scalenes', name: 'Side neck muscles', technicalName: 'Scalenes (anterior, middle and posterior)', region: 'head-neck',
    where: 'On the side of your neck, just above the collarbone, behind the long neck muscle.',
    description: s('The scalenes are three muscles on the side of your neck. They bend your neck and lift your top ribs when you take a deep breath. Their pain can spread far. It may be felt in the chest, the upper arm and along the shoulder blade. It may reach down to the thumb and index finger.', UPPER),
    essential: ['chest', 'front-of-upper-arm', 'back-of-upper-arm', 'inner-shoulder-blade'],
    spillover: ['forearm-thumb-side', 'thumb-index'],
    symptoms: [
      s('An ache in the chest, the upper arm or along the shoulder blade.', UPPER),
      s('Pain or tingling down the arm to the thumb and index finger.', UPPER),
      s('Often worse at night, or when you lift or pull.', UPPER),
    ],
    selfCare: s('Practice slow breaths into your belly, not your upper chest. Gently tilt your head away from the sore side for 30 seconds. Warmth may help. Stop if your arm tingles more.', UPPER),
    seekCare: s('See a doctor if your arm or hand feels weak, stays numb, or swells or changes color.', UPPER),
    cite: UPPER,
  },
  {
    id: 'infraspinatus', name: 'Lower shoulder blade muscle', technicalName: 'Infraspinatus', region: 'shoulder-arm',
    where: 'On the back of your shoulder blade, just below the bony ridge that crosses it.',
    description: s('The infraspinatus covers most of the back of your shoulder blade. It is one of the rotator cuff muscles that hold and turn your shoulder. Oddly, its pain is often felt deep in the front of the shoulder. It may spread down the front and outer arm.', UPPER),
    essential: ['front-of-shoulder'],
    spillover: ['outer-shoulder', 'front-of-upper-arm', 'forearm-thumb-side'],
    symptoms: [
      s('Deep pain in the front of the shoulder.', UPPER),
      s('Trouble reaching behind your back, for example to tuck in a shirt.', UPPER),
      s('Pain when you lie on either side at night.', UPPER),
    ],
    selfCare: s(`${BALL} Hug a pillow under the sore arm at night. ${STOP}`, UPPER),
    cite: UPPER,
  },
  {
    id: 'supraspinatus', name: 'Upper shoulder blade muscle', technicalName: 'Supraspinatus', region: 'shoulder-arm',
    where: 'On top of your shoulder blade, in the dip above the bony ridge.',
    description: s('The supraspinatus sits on top of your shoulder blade. It is a rotator cuff muscle that helps lift your arm out to the side. Its pain is often felt in the middle of the outer shoulder. It may spread down the outer arm to the elbow.', UPPER),
    essential: ['outer-shoulder'],
    spillover: ['outer-elbow'],
    symptoms: [
      s('A deep ache in the outer shoulder, often at rest and at night.', UPPER),
      s('Pain or weakness when you lift your arm out to the side or overhead.', UPPER),
      s('Some people feel the ache at the outer elbow.', UPPER),
    ],
    selfCare: s('Do not carry heavy bags with a straight arm. Rest the arm on a pillow at night. Warmth on top of the shoulder may help. See your therapist if lifting your arm stays hard.', UPPER),
    cite: UPPER,
  },
  {
    id: 'rhomboids', name: 'Muscles between the shoulder blades', technicalName: 'Rhomboids (major and minor)', region: 'shoulder-arm',
    where: 'In your upper back, between your spine and your shoulder blade.',
    description: s('The rhomboids join your spine to the inner edge of your shoulder blade. They pull your shoulder blades back and together. Their pain stays close by, along the inner edge of the shoulder blade. Many people feel it as a nagging ache while they sit.', UPPER),
    essential: ['inner-shoulder-blade'],
    spillover: ['shoulder-blade'],
    symptoms: [
      s('An ache between the shoulder blades that does not go away with rest.', UPPER),
      s('Often worse after long hours bent over a desk or phone.', UPPER),
      s('You may hear or feel clicks when you move your shoulder blade.', UPPER),
    ],
    selfCare: s('Sit tall and take breaks to roll your shoulders. Stretch your chest gently too, since a tight chest pulls on the upper back. Lean against a wall with a soft ball beside the spine, not on it. Use light pressure for 30 to 60 seconds.', UPPER),
    cite: UPPER,
  },
  {
    id: 'pectoralis-major', name: 'Chest muscle (pec)', technicalName: 'Pectoralis major', region: 'trunk',
    where: 'On the front of your chest, often near the fold at the front of the armpit or below the collarbone.',
    description: s('The pectoralis major (pec) is the large, flat muscle on the front of your chest. It pulls your arm forward and across your body. Its pain may be felt in the front of the chest and shoulder. Some people feel it down the inner arm to the elbow and the ring and little fingers.', UPPER),
    essential: ['chest', 'front-of-shoulder'],
    spillover: ['inner-arm', 'inner-elbow', 'ring-little-finger'],
    symptoms: [
      s('An ache in the front of the chest or shoulder.', UPPER),
      s('Pain when you reach across your body or lift your arm.', UPPER),
      s('A tight chest and round shoulders after long hours of sitting.', UPPER),
    ],
    selfCare: s('Stand in a doorway with your forearms on the frame. Step forward until you feel a light stretch, and hold for 30 seconds. Take posture breaks and let your shoulders relax. A warm pack may help.', UPPER),
    seekCare: s(
      'Chest pain can be a heart attack. Call 911 or your local emergency number first if chest pain is new or comes with shortness of breath, sweating, nausea, or pain in the arm, jaw or back. Do not wait to see if it is a muscle.',
      ['gulati-2021', 'simons-travell-1999'],
      { 'gulati-2021': 'Section on initial evaluation: symptoms that come with heart-related chest pain (shortness of breath, sweating, nausea, pain spreading to arm, jaw or back); call emergency services' },
    ),
    cite: UPPER,
  },
  {
    id: 'quadratus-lumborum', name: 'Deep low back muscle (QL)', technicalName: 'Quadratus lumborum', region: 'trunk',
    where: 'In your low back, beside the spine, between your lowest rib and the top of your hip bone.',
    description: s('The quadratus lumborum (QL) is a deep muscle on each side of your low back. It bends you to the side and keeps your low back steady when you stand and walk. Its pain is often felt in the low back, along the top of the hip bone, low in the buttock and at the outer hip.', LOWER),
    essential: ['low-back', 'top-of-pelvis', 'sacroiliac', 'buttock', 'outer-hip'],
    spillover: [],
    symptoms: [
      s('A deep ache in the low back, often on one side.', LOWER),
      s('Pain when you turn over in bed, stand up from a chair, cough or sneeze.', LOWER),
      s('Trouble standing or walking for long.', LOWER),
    ],
    selfCare: s('Change position often. Lie on your good side with a pillow between your knees. Try a gentle side bend, with one arm reaching over your head, for 30 seconds. Warmth may help. Stop if pain spreads down your leg.', LOWER),
    seekCare: BACK,
    cite: LOWER,
  },
  {
    id: 'iliopsoas', name: 'Deep hip flexor', technicalName: 'Iliopsoas (iliacus and psoas major)', region: 'trunk',
    where: 'Deep in the front of your hip and groin, and deep in the belly beside the low spine.',
    description: s('The iliopsoas is a deep muscle that runs from your low spine and pelvis to the top of your thigh bone. It lifts your leg and bends your hip. Its pain is often felt up and down the low back. It may also be felt in the groin and the front of the thigh.', LOWER),
    essential: ['low-back', 'sacroiliac', 'front-of-thigh', 'groin'],
    spillover: ['buttock'],
    symptoms: [
      s('Low back pain that is worse when you stand up straight.', LOWER),
      s('Pain in the groin or the front of the thigh.', LOWER),
      s('Pain when you get up from a low chair.', LOWER),
    ],
    selfCare: s('Break up long periods of sitting. Try a gentle hip stretch: kneel on the knee of the sore side, keep your back straight and shift forward a little for 30 seconds. Do not press deep into your belly on your own. Leave that to your therapist.', LOWER),
    seekCare: BACK,
    cite: LOWER,
  },
  {
    id: 'gluteus-medius', name: 'Upper side buttock muscle', technicalName: 'Gluteus medius', region: 'hip-leg',
    where: 'In the upper outer buttock, just below the top rim of your pelvis.',
    description: s('The gluteus medius sits in the upper outer part of your buttock. It keeps your pelvis level when you walk. Its pain is often felt along the back of the hip bone, at the base of the spine and in the buttock. Some people feel it in the outer hip and upper outer thigh.', LOWER),
    essential: ['top-of-pelvis', 'sacroiliac', 'buttock'],
    spillover: ['outer-hip', 'outer-thigh'],
    symptoms: [
      s('Low back or buttock pain when you walk.', LOWER),
      s('Pain when you lie on your back or on the sore side.', LOWER),
      s('Trouble sitting slumped for long.', LOWER),
    ],
    selfCare: s(`Lie with a pillow between your knees. Do not stand with your weight on one hip. ${BALL} ${STOP}`, LOWER),
    cite: LOWER,
  },
  {
    id: 'gluteus-minimus', name: 'Deep side buttock muscle', technicalName: 'Gluteus minimus', region: 'hip-leg',
    where: 'Deep in the side of your buttock, under the gluteus medius.',
    description: s('The gluteus minimus is the smallest and deepest buttock muscle. It helps you stand on one leg and walk. Its pain can travel far, down the side or back of the thigh and leg, even to the ankle. It can feel like sciatica, which is pain from a pinched nerve.', LOWER),
    essential: ['buttock', 'outer-hip', 'outer-thigh', 'back-of-thigh'],
    spillover: ['outer-knee', 'outer-leg', 'calf'],
    symptoms: [
      s('Hip pain that makes it hard to get up from a chair.', LOWER),
      s('A deep ache down the side or back of the leg.', LOWER),
      s('Pain that wakes you when you lie on the sore side.', LOWER),
    ],
    selfCare: s(`Stand up and walk a little at least every half hour. Lie with a pillow between your knees. ${BALL} ${STOP}`, LOWER),
    seekCare: s('Leg weakness, numbness, or new trouble with your bladder or bowels needs a doctor right away. These can be signs of a nerve problem.', LOWER),
    cite: LOWER,
  },
  {
    id: 'piriformis', name: 'Deep buttock muscle', technicalName: 'Piriformis', region: 'hip-leg',
    where: 'Deep in the middle of your buttock, between the base of the spine and the top of the thigh bone.',
    description: s('The piriformis is a small, deep muscle in your buttock. It turns your leg out. Its pain may be felt in the buttock, at the base of the spine and in the back of the hip. Some people feel it in the upper back of the thigh.', LOWER),
    essential: ['sacroiliac', 'buttock'],
    spillover: ['back-of-thigh'],
    symptoms: [
      s('Buttock pain that is worse when you sit, or when you get up from sitting.', LOWER),
      s('An ache at the back of the hip.', LOWER),
      s('Some people feel tingling down the leg, because a large nerve runs close to this muscle.', LOWER),
    ],
    selfCare: s('Do not sit for long, or on a wallet. Lie on your back and cross the sore ankle over the other knee. Gently pull both legs toward you for 30 seconds. Stop if the tingling grows.', LOWER),
    cite: LOWER,
  },
  {
    id: 'vastus-medialis', name: 'Inner front thigh muscle', technicalName: 'Vastus medialis', region: 'hip-leg',
    where: 'On the inner front of your thigh, just above the knee.',
    description: s('The vastus medialis is the inner part of your quadriceps, the big muscle on the front of the thigh. It helps straighten your knee. Its pain is often felt in the front and inner knee.', LOWER),
    essential: ['front-of-knee', 'inner-knee'],
    spillover: ['front-of-thigh'],
    symptoms: [
      s('Pain in the front or inner knee, which may wake you at night.', LOWER),
      s('The knee may suddenly buckle or give way when you walk.', LOWER),
      s('Trouble on stairs.', LOWER),
    ],
    selfCare: s('Do not sit with your knees bent for long. Hold a chair, bend your knee and hold the ankle behind you for a gentle thigh stretch of 30 seconds. Warmth on the thigh may help. See your therapist if your knee gives way.', LOWER),
    cite: LOWER,
  },
  {
    id: 'vastus-lateralis', name: 'Outer thigh muscle', technicalName: 'Vastus lateralis', region: 'hip-leg',
    where: 'Along the outer side of your thigh, from the hip to just above the knee.',
    description: s('The vastus lateralis is the outer and largest part of your quadriceps, the big muscle on the front of the thigh. It helps straighten your knee. Its pain is often felt down the outer thigh to the outer knee.', LOWER),
    essential: ['outer-thigh', 'outer-knee'],
    spillover: ['outer-hip', 'back-of-knee'],
    symptoms: [
      s('Pain along the outer thigh when you walk.', LOWER),
      s('Pain that keeps you from lying on that side at night.', LOWER),
      s('The kneecap may feel stuck, so the knee is hard to bend or straighten.', LOWER),
    ],
    selfCare: s(`Roll a ball or foam roller slowly along the outer thigh with light pressure. Gently stretch the front of the thigh. At night, lie on the other side with a pillow between your knees. ${STOP}`, LOWER),
    cite: LOWER,
  },
  {
    id: 'gastrocnemius', name: 'Main calf muscle', technicalName: 'Gastrocnemius', region: 'hip-leg',
    where: 'In the upper calf, often on the inner side, a little below the back of the knee.',
    description: s('The gastrocnemius is the big muscle that shapes your calf. It lifts your heel when you walk, run or climb. A trigger point in its inner part often sends pain to the arch of the foot. Some people feel it behind the knee and in the calf.', LOWER),
    essential: ['arch-of-foot'],
    spillover: ['back-of-knee', 'calf'],
    symptoms: [
      s('Calf cramps at night.', LOWER),
      s('Pain in the arch of the foot.', LOWER),
      s('Pain behind the knee when you climb hills or stairs.', LOWER),
    ],
    selfCare: s('Face a wall with the sore leg back, knee straight and heel down. Lean in gently for 30 seconds. Stretch your calf before bed. Keep your calf warm at night.', LOWER),
    seekCare: CLOT,
    cite: LOWER,
  },
  {
    id: 'soleus', name: 'Deep calf muscle', technicalName: 'Soleus', region: 'hip-leg',
    where: 'Low in the calf, under the big calf muscle, a few inches above the heel.',
    description: s('The soleus is a flat muscle that lies deep in the calf. It helps you stand and walk, and helps pump blood from your legs back up to your heart. Its pain is often felt at the back and bottom of the heel.', LOWER),
    essential: ['heel'],
    spillover: ['calf'],
    symptoms: [
      s('Heel pain, often when you walk up hills or stairs.', LOWER),
      s('Trouble squatting with your heels on the floor.', LOWER),
      s('A sore calf after long walks.', LOWER),
    ],
    selfCare: s('Step the sore leg back, bend both knees and keep the heel down. Hold this gentle stretch for 30 seconds. Skip high heels for a while. Warmth on the calf may help.', LOWER),
    seekCare: CLOT,
    cite: LOWER,
  },
  {
    id: 'tibialis-anterior', name: 'Shin muscle', technicalName: 'Tibialis anterior', region: 'hip-leg',
    where: 'On the front of your shin, in the upper third, just to the outside of the shin bone.',
    description: s('The tibialis anterior runs down the front of your shin to the inside of your foot. It lifts your foot and toes when you walk. Its pain is often felt at the front of the ankle and in the big toe. Some people feel it along the shin.', LOWER),
    essential: ['front-of-ankle', 'big-toe'],
    spillover: ['shin'],
    symptoms: [
      s('Pain at the front of the ankle or in the big toe.', LOWER),
      s('Your foot may feel weak, or you may trip over your toes.', LOWER),
      s('Sore shins after walking or running on hills.', LOWER),
    ],
    selfCare: s(`Rest from long walks on hills or rough ground for a while. Rub the upper shin in slow, light strokes. A warm pack may help. ${STOP}`, LOWER),
    cite: LOWER,
  },
  {
    id: 'wrist-extensors', name: 'Top-of-forearm muscles', technicalName: 'Wrist extensors (extensor carpi radialis longus and its neighbors)', region: 'shoulder-arm',
    where: 'On the top of your forearm, on the thumb side, just below the outer elbow.',
    description: s('The wrist extensors are muscles on the top of your forearm. They lift your wrist and help you grip. A trigger point just below the elbow often sends pain to the outer elbow. It may spread to the back of the hand near the thumb.', UPPER),
    essential: ['outer-elbow', 'back-of-hand'],
    spillover: ['forearm-thumb-side'],
    symptoms: [
      s('Pain at the outer elbow, like "tennis elbow".', UPPER),
      s('A weak grip. You may drop things.', UPPER),
      s('Pain when you shake hands, type or turn a key.', UPPER),
    ],
    selfCare: s('Take breaks from gripping, typing and using a mouse. With your elbow straight, gently bend the wrist down with your other hand for 30 seconds. Lift cups with your palm up. Warmth may help.', UPPER),
    cite: UPPER,
  },
];

// Where in the manual each muscle is: volume and chapter of the 1992/1999 editions, and the muscle's chapter
// in the 3rd edition (its chapters are named by muscle). Each chapter has the same sections.
const CHAPTER: Record<MuscleId, string> = {
  'upper-trapezius': 'Vol. 1, ch. 6 (trapezius)', 'levator-scapulae': 'Vol. 1, ch. 19 (levator scapulae)',
  sternocleidomastoid: 'Vol. 1, ch. 7 (sternocleidomastoid)', suboccipitals: 'Vol. 1, ch. 17 (suboccipital muscles)',
  temporalis: 'Vol. 1, ch. 9 (temporalis)', masseter: 'Vol. 1, ch. 8 (masseter)', scalenes: 'Vol. 1, ch. 20 (scalene muscles)',
  infraspinatus: 'Vol. 1, ch. 22 (infraspinatus)', supraspinatus: 'Vol. 1, ch. 21 (supraspinatus)', rhomboids: 'Vol. 1, ch. 27 (rhomboid muscles)',
  'pectoralis-major': 'Vol. 1, ch. 42 (pectoralis major)', 'wrist-extensors': 'Vol. 1, ch. 34 (hand extensors and brachioradialis)',
  'quadratus-lumborum': 'Vol. 2, ch. 4 (quadratus lumborum)', iliopsoas: 'Vol. 2, ch. 5 (iliopsoas)', 'gluteus-medius': 'Vol. 2, ch. 8 (gluteus medius)',
  'gluteus-minimus': 'Vol. 2, ch. 9 (gluteus minimus)', piriformis: 'Vol. 2, ch. 10 (piriformis)', 'vastus-medialis': 'Vol. 2, ch. 14 (quadriceps femoris: vastus medialis)',
  'vastus-lateralis': 'Vol. 2, ch. 14 (quadriceps femoris: vastus lateralis)', gastrocnemius: 'Vol. 2, ch. 21 (gastrocnemius)', soleus: 'Vol. 2, ch. 22 (soleus and plantaris)',
  'tibialis-anterior': 'Vol. 2, ch. 19 (tibialis anterior)',
};
const SECTION = {
  description: 'sections 1–4: referred pain pattern (figure), anatomy and function',
  symptoms: 'section 6: symptoms; section 7: activation and perpetuation',
  selfCare: 'section 14: corrective actions (posture, stretches, self-pressure)',
  seekCare: 'section 11: differential diagnosis',
} as const;
const BOOKS: ReadonlySet<SourceId> = new Set(['simons-travell-1999', 'travell-simons-1992', 'donnelly-2019']);

/** The manual's locator for one statement of one muscle, for each book it cites (other sources keep theirs). */
function locate(id: MuscleId, field: keyof typeof SECTION, st: Statement): Statement {
  const at: Locators = { ...st.at };
  const muscle = CHAPTER[id].replace(/^.*\((.*)\)$/, '$1');
  for (const src of st.cite) {
    if (at[src] || !BOOKS.has(src)) continue;
    at[src] = src === 'donnelly-2019' ? `Chapter on the ${muscle}: ${SECTION[field].replace(/section \d+(–\d+)?: /g, '')}` : `${CHAPTER[id]}, ${SECTION[field]}`;
  }
  return { ...st, at };
}

export const muscles: readonly MuscleContent[] = written.map((m) => ({
  ...m,
  description: locate(m.id, 'description', m.description),
  symptoms: m.symptoms.map((x) => locate(m.id, 'symptoms', x)),
  selfCare: locate(m.id, 'selfCare', m.selfCare),
  ...(m.seekCare ? { seekCare: locate(m.id, 'seekCare', m.seekCare) } : {}),
}));

const DEBATE: readonly SourceId[] = ['lucas-2009', 'quintner-2015', 'shah-2015', 'fernandez-dommerholt-2018'];

export const mapNotes: { honesty: Statement; notDiagnosis: Statement; urgent: Statement } = {
  honesty: s('Experts still debate what trigger points are, and how well they can be found by touch. The places on this map are where pain is often felt, but each person is different. The feeling may be tingling or burning, not only pain.', DEBATE, {
    'lucas-2009': 'Results: examiners agree on tenderness more than on the taut band or twitch; reliability of finding trigger points by touch is poor',
    'quintner-2015': 'Conclusion: the nature of trigger points is disputed',
    'shah-2015': 'Discussion: what trigger points are and how they arise is still studied and debated',
    'fernandez-dommerholt-2018': 'Results: referred sensations may be pain, tingling or burning; referral locations are typical, not fixed',
  }),
  notDiagnosis: s('This map shows common patterns. It cannot tell you what causes your pain. Only a health professional who examines you can do that, so ask your therapist.', ['simons-travell-1999', 'travell-simons-1992', 'fernandez-dommerholt-2018'], {
    'simons-travell-1999': 'Vol. 1, ch. 2: referred pain patterns are composites of many patients; diagnosis needs examination',
    'travell-simons-1992': 'Vol. 2, ch. 2 and 3: patterns are typical; examination finds the trigger point',
    'fernandez-dommerholt-2018': 'Results: diagnosis rests on a clinical examination (taut band, tender spot, referred sensation)',
  }),
  urgent: s(
    'Get urgent care first for chest pain, a sudden loss of balance or trouble seeing, a drooping face, a weak arm, trouble speaking, or a swollen, painful calf. These can be signs of a heart attack, stroke or blood clot.',
    ['gulati-2021', 'aroor-2017', 'travell-simons-1992'],
    {
      'gulati-2021': 'Section on initial evaluation: chest pain may be a heart attack; call emergency services',
      'aroor-2017': 'BE-FAST: balance, eyes, face, arm, speech, time',
      'travell-simons-1992': 'Vol. 2, ch. 22 (soleus), differential diagnosis: a deep vein clot (thrombophlebitis) can cause calf pain',
    },
  ),
};
