/**
 * Natural logarithm bit-for-bit as glibc's `log` (2.28+, the ARM optimized-routines
 * algorithm) in its x86-64 FMA build, the libm NumPy's legacy Gaussian calls on current
 * Linux machines. JavaScript's `Math.log` differs from it in the last bit for about 3 in
 * 100 arguments, which would break `np.random.randn` reproducibility.
 *
 * The constants and the 128-entry (invc, logc) table are glibc's `__log_data` (from ARM's
 * optimized-routines, MIT licence); fused multiply-adds are emulated exactly with
 * Dekker products.
 */

const LN2HI = 0.6931471805598903;
const LN2LO = 5.497923018708371e-14;
const A0 = -0.5000000000000001, A1 = 0.33333333331825593, A2 = -0.2499999999622955, A3 = 0.20000304511814496, A4 = -0.16667054827627667;
const B = [
  -0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328,
  -0.16666666669929706, 0.14285715076560868, -0.12499997863982555, 0.11110712032936046,
  -0.10000486757818193, 0.09181994006195467, -0.08328363062289341,
];
const B0 = B[0], B1 = B[1], B2 = B[2], B3 = B[3], B4 = B[4], B5 = B[5];
const B6 = B[6], B7 = B[7], B8 = B[8], B9 = B[9], B10 = B[10];

/** `__log_data.tab`: (invc, logc) pairs, interleaved. */
const TAB = new Float64Array([
  1.4504249240398293, -0.3718565645633589, 1.442253508327276, -0.36620682668944937,
  1.4341736174350004, -0.3605888069791945, 1.426183816329995, -0.3550022171419869,
  1.4182825527052965, -0.34944666968829097, 1.4104682921759335, -0.3439217713603284,
  1.4027396147468003, -0.3384271921261188, 1.3950954438932313, -0.332962831494342,
  1.3875338232485754, -0.32752794345742586, 1.3800539211058593, -0.32212257167088865,
  1.3726542695419708, -0.3167462884799761, 1.3653332798446802, -0.3113985598928366,
  1.358090204587874, -0.3060794515165526, 1.3509234892132138, -0.300788424667644,
  1.3438320840699889, -0.2955252968476998, 1.3368146974742003, -0.29028969275850613,
  1.329870114677736, -0.2850812793277555, 1.322997339161106, -0.27989987391470095,
  1.316195352741367, -0.27474526621870154, 1.3094628125672239, -0.2696169863701243,
  1.3027990455471041, -0.26451506180308115, 1.2962024229438942, -0.2594387762767383,
  1.2896726275815547, -0.2543884090981692, 1.2832080305745537, -0.24936321635129843,
  1.276807885983376, -0.24436312405975968, 1.2704714060687552, -0.23938801747897287,
  1.2641976054949482, -0.23443761696705678, 1.257985357514882, -0.22951151871518505,
  1.2518337750655457, -0.2246094963439873, 1.2457421919097305, -0.21973149037705753,
  1.2397094966625508, -0.2148770752847895, 1.2337348463589233, -0.210046029103637,
  1.2278176973028803, -0.20523836373934046, 1.2219570190618474, -0.20045368751368642,
  1.2161519732977757, -0.1956917537758045, 1.2104018095009725, -0.19095237845203883,
  1.204705805718973, -0.18623539250290833, 1.1990631185441964, -0.18154051731551135,
  1.1934733004462308, -0.1768677957431919, 1.1879350812847385, -0.17221657406412305,
  1.1824481322833125, -0.16758697765942543, 1.1770114976921955, -0.16297859687290384,
  1.1716248121809465, -0.15839151377804228, 1.1662869231674715, -0.15382513241456763,
  1.1609977486762766, -0.14927976358922024, 1.1557563220795803, -0.14475495398119165,
  1.1505619105480347, -0.14025044090817573, 1.1454138888505974, -0.1357660466685502,
  1.140311877374656, -0.1313018016355727, 1.1352550225747513, -0.12685731518763532,
  1.1302429094831266, -0.1224325737671279, 1.1252747693068048, -0.11802724521862729,
  1.1203501571039876, -0.11364127671663482, 1.1154683327680124, -0.10927434611278386,
  1.1106291463292157, -0.10492665324943573, 1.1058315813301596, -0.10059761422644442,
  1.1010752177696026, -0.09628717309055901, 1.0963597137952512, -0.09199534069557558,
  1.0916844827550398, -0.08772190036688698, 1.0870487291277784, -0.08346643613867855,
  1.082452357388312, -0.07922916827544668, 1.0778948225025884, -0.0750099004750382,
  1.0733751731601076, -0.07080805133352897, 1.068893585073351, -0.06662408085151128,
  1.0644491706655506, -0.06245745471915143, 1.0600414846328305, -0.0583080438042316,
  1.0556701316181605, -0.05417576112313327, 1.051334750556926, -0.050060547896805474,
  1.0470347288442157, -0.045962101199052086, 1.0427699229652954, -0.04188056008865715,
  1.0385395013738175, -0.03781540056183985, 1.034343418940345, -0.03376684757915882,
  1.0301811073173315, -0.029734619131772888, 1.026052043621297, -0.025718470239212365,
  1.0219561082336197, -0.021718543925430822, 1.0178926505784922, -0.01773446126981071,
  1.0138614436244586, -0.013766252464051831, 1.0098620186501341, -0.009813706322574944,
  1.0058938559734134, -0.005876555150052809, 1.00195696235014, -0.0019550499938532084,
  0.9961089923088509, 0.0038985973556009412, 0.9884170338185201, 0.011650571286395461,
  0.9808429191005297, 0.019342955478919066, 0.9733840169987446, 0.0269766014846482,
  0.9660377568876556, 0.034552359728422744, 0.9588014945307369, 0.04207121767183253,
  0.9516728569073111, 0.049533940950141186, 0.9446494635965822, 0.056941358295944156,
  0.9377288993026223, 0.06429439168346107, 0.9309091073790681, 0.0715936354946507,
  0.924187681612722, 0.07884010933776153, 0.9175626765599192, 0.08603438905970506,
  0.9110320403624034, 0.09317721180013905, 0.9045935839762024, 0.10026951462748457,
  0.8982456375922825, 0.10731170956330516, 0.8919860966782501, 0.11430473320717738,
  0.8858131121185129, 0.12124928503033061, 0.879725075760676, 0.12814583422959913,
  0.8737201372634685, 0.1349951636851756, 0.8677966405782273, 0.1417978768189414,
  0.8619528050060739, 0.14855476039031146, 0.8561872354420692, 0.1552661937658968,
  0.8504983927816893, 0.16193275688146969, 0.8448844572790304, 0.16855539792220497,
  0.8393442741575965, 0.1751343179947753, 0.8338762249349438, 0.1816702989864325,
  0.8284789320557778, 0.18816387146023317, 0.8231510800065832, 0.1946155228479256,
  0.8178913903778707, 0.20102572579389744, 0.8126984007245374, 0.2073952090795501,
  0.8075710029460227, 0.21372429840596396, 0.8025078881160415, 0.2200135945981856,
  0.7975077379364331, 0.22626374162859975, 0.792569604966373, 0.23247494747693054,
  0.7876923641254114, 0.23864766620658884, 0.7828746724940998, 0.24478265647405806,
  0.7781155388790811, 0.25088025827324145, 0.7734139557869777, 0.2569408552510595,
  0.7687687179914933, 0.26296511155101143, 0.7641790698041854, 0.2689531327189343,
  0.7596438763692399, 0.27490553924610595, 0.7551621951078668, 0.2808227248478943,
  0.7507331780216866, 0.286704979267256, 0.7463557196361751, 0.29255295645509705,
  0.7420289364869653, 0.2983670386142876, 0.7377521537065876, 0.30414734587282055,
  0.7335242966002608, 0.30989455774829366, 0.729344777457841, 0.31560871301871884,
]);

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little-endian word order (every platform JS engines run on).
const LO = 0;
const HI = 1;
const SPLIT = 134217729; // 2^27 + 1

/** The rounding error of `p = a * b`: a*b == p + e exactly (Dekker/Veltkamp). */
function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * Fused multiply-add, `round(a * b + c)` with one rounding (exact except for
 * astronomically rare double-rounding ties).
 *
 * @example
 * fma(0.1, 10, -1)   // 5.551115123125783e-17
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const e = prodErr(a, b, p);
  const s = p + c;
  const v = s - p;
  const t = p - (s - v) + (c - v);
  return s + (t + e);
}

/** The Veltkamp split of every table `invc` (hi, lo interleaved), for exact products. */
const INVC_SPLIT = new Float64Array(256);
for (let i = 0; i < 128; i++) {
  const b = TAB[2 * i];
  const t = SPLIT * b;
  const bh = t - (t - b);
  INVC_SPLIT[2 * i] = bh;
  INVC_SPLIT[2 * i + 1] = b - bh;
}

/** 2**-k at index k + 1024, for the exponents k (-1022..1024) of normal doubles. */
const POW2_NEG = new Float64Array(2050);
for (let k = -1024; k <= 1025; k++) POW2_NEG[k + 1024] = 2 ** -k;

/** LN2HI, LN2LO, A0..A4 in one array: the hot path reads them without module lookups. */
const MAIN_COEFFS = new Float64Array([LN2HI, LN2LO, A0, A1, A2, A3, A4]);

/**
 * `log(x)` bit for bit as glibc's (x86-64 FMA variant).
 *
 * Away from 1 the polynomial tail is evaluated with plain multiplies and adds instead of
 * glibc's fused ones, with a bound on how far that can move it (a few units in its last
 * place); its sum with the leading part rounds the same for every tail within the bound
 * in all but about 1% of arguments, which take `glibcLogExact`. The reduction
 * `r = fma(z, invc, -1)` stays exact (Dekker product), since the result is sensitive to it.
 *
 * Parameters
 * ----------
 * x : number
 *
 * @example
 * glibcLog(0.5)   // -0.6931471805599453
 */
export function glibcLog(x: number): number {
  const f = f64;
  const u = u32;
  f[0] = x;
  const hx = u[HI];
  if (hx >= 0x3fee0000 && hx < 0x3ff10900) return logNear1(x);
  // Subnormal, negative, zero, inf and NaN: the exact path.
  if (hx < 0x00100000 || hx >= 0x7ff00000) return glibcLogExact(x);
  const c = MAIN_COEFFS;
  const tmp = (hx - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const kd = tmp >> 20;
  // z = x / 2**k, exact, without a round trip through memory.
  const z = x * POW2_NEG[kd + 1024];
  const invc = TAB[2 * i];
  const logc = TAB[2 * i + 1];
  const zp = z * invc;
  const t = 134217729 * z;
  const zh = t - (t - z);
  const zl = z - zh;
  const ih = INVC_SPLIT[2 * i];
  const il = INVC_SPLIT[2 * i + 1];
  const r = zp - 1.0 + (zh * ih - zp + zh * il + zl * ih + zl * il);
  const w = kd * c[0] + logc;
  const hi = r + w;
  const r2 = r * r;
  const klo = kd * c[1];
  const lo = klo + (w - hi + r);
  const t1 = (r * c[6] + c[5]) * r2 + (r * c[4] + c[3]);
  const t2 = r2 * c[2] + lo;
  const tail = r * r2 * t1 + t2;
  // |tail - glibc's fused tail| <= err (each fused op is one rounding of a product away).
  const err = (Math.abs(klo) + Math.abs(lo) + r2 + Math.abs(t2) + Math.abs(tail)) * 1.7763568394002505e-15;
  const y = tail - err + hi;
  if (y === tail + err + hi) return y;
  return glibcLogExact(x);
}

/** B0..B10 in one array, for logNear1. */
const NEAR1_COEFFS = new Float64Array(B);

/**
 * glibc's log for 1 - 2**-4 <= x < 1 + 0x1.09p-4 (a polynomial in r = x - 1), with the same
 * shortcut as the main path: the leading part hi is computed exactly as glibc does (its
 * products are exact), the tail fma(p, r**3, lo) in plain arithmetic within a bound, and
 * glibcLogExact takes the ~2% of arguments where the bound leaves the rounding open.
 */
function logNear1(x: number): number {
  if (x === 1) return 0;
  const c = NEAR1_COEFFS;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  let p = r2 * c[9] + (r * c[8] + c[7]);
  p = r3 * c[10] + p;
  p = p * r3 + (r2 * c[6] + (r * c[5] + c[4]));
  p = p * r3 + (r2 * c[3] + (r * c[2] + c[1]));
  const w = r * 134217728;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  // rhi2 * B0 is exact (rhi has 26 bits, B0 = -0.5): these two are glibc's fmas.
  const hi = rhi2 * c[0] + r;
  let lo = rhi2 * c[0] + (r - hi);
  lo = c[0] * rlo * (r + rhi) + lo;
  const tail = p * r3 + lo;
  // |tail - glibc's fused tail| < err / 2: p within 2**-52, one rounding per product.
  const err = (Math.abs(r3) + Math.abs(lo)) * 8.881784197001252e-16 + r2 * 3.308722450212111e-24;
  const y = tail - err + hi;
  if (y === tail + err + hi) return y;
  return glibcLogExact(x);
}

/**
 * `log(x)` exactly as glibc computes it (x86-64 FMA variant), every fused multiply-add
 * emulated: the reference `glibcLog` falls back to.
 *
 * Parameters
 * ----------
 * x : number
 *
 * @example
 * glibcLogExact(0.5)   // -0.6931471805599453
 */
export function glibcLogExact(x: number): number {
  f64[0] = x;
  let hx = u32[HI];
  const lx = u32[LO];
  if (hx >= 0x3fee0000 && hx < 0x3ff10900) {
    // 1 - 2^-4 <= x < 1 + 0x1.09p-4: a polynomial in r = x - 1.
    if (hx === 0x3ff00000 && lx === 0) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    let p = fma(r2, B9, fma(r, B8, B7));
    p = fma(r3, B10, p);
    p = fma(p, r3, fma(r2, B6, fma(r, B5, B4)));
    p = fma(p, r3, fma(r2, B3, fma(r, B2, B1)));
    const w = r * 134217728;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const rhi2 = rhi * rhi;
    const hi = fma(rhi2, B0, r);
    let lo = fma(rhi2, B0, r - hi);
    lo = fma(B0 * rlo, r + rhi, lo);
    return hi + fma(p, r3, lo);
  }
  const top = hx >>> 16;
  if (top < 0x10 || top >= 0x7ff0) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // Subnormal: scale into the normal range.
    f64[0] = x * 4503599627370496;
    hx = (u32[HI] - (52 << 20)) >>> 0;
  }
  const lxx = u32[LO];
  const tmp = (hx - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  u32[HI] = (hx - (tmp & 0xfff00000)) >>> 0;
  u32[LO] = lxx;
  const z = f64[0];
  const invc = TAB[2 * i];
  const logc = TAB[2 * i + 1];
  const kd = k;
  // r = fma(z, invc, -1): z*invc - 1 is exact for the rounded product (Sterbenz), so one
  // addition of the product's error rounds correctly.
  const zp = z * invc;
  const r = zp - 1.0 + prodErr(z, invc, zp);
  const w = kd * LN2HI + logc; // kd * LN2HI is exact
  const t5 = fma(r, A2, A1);
  const hi = r + w;
  const r2 = r * r;
  const lo = fma(kd, LN2LO, w - hi + r);
  const r3 = r * r2;
  const t1 = fma(fma(r, A4, A3), r2, t5);
  const t2 = fma(r2, A0, lo);
  return fma(r3, t1, t2) + hi;
}
