/**
 * Colormaps as 256-entry lookup tables, and the value -> color mapping (pure, no DOM).
 *
 * viridis, magma, inferno, plasma (Smith & van der Walt, CC0) and cividis (Nuñez et al.,
 * CC0) are matplotlib's tables; rdbu is ColorBrewer's RdBu reversed (blue low, red high,
 * light at the middle: for signed data). Each table is 256 colors as 6-digit hex, taken
 * once from d3-scale-chromatic's tables (ISC) and stored here as data.
 */

export type ColormapName = 'viridis' | 'magma' | 'inferno' | 'plasma' | 'cividis' | 'gray' | 'rdbu';

/** Names in the order a picker lists them; the first is the default. */
export const COLORMAPS: readonly ColormapName[] = ['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'gray', 'rdbu'];

export const DEFAULT_COLORMAP: ColormapName = 'viridis';

const HEX: Record<Exclude<ColormapName, 'gray'>, string> = {
  viridis:
    '44015444025645045745055946075a46085c460a5d460b5e470d60470e61471063471164471365481467481668481769' +
    '48186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a' +
    '472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f85' +
    '4240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b' +
    '3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d' +
    '33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e' +
    '2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e' +
    '26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d' +
    '21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f88' +
    '1fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad81' +
    '28ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc74' +
    '3fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc863' +
    '5ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d' +
    '84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32' +
    'addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21a' +
    'd8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725',
  magma:
    '00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e090720' +
    '0a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c1044' +
    '1d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f1163311165331067341069' +
    '36106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b' +
    '51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c81' +
    '6a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e2482802582812581' +
    '8326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f' +
    '9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367a' +
    'b73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070' +
    'd0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064' +
    'e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695c' +
    'f56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761' +
    'fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571' +
    'fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287' +
    'fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1' +
    'fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf',
  inferno:
    '00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a0722' +
    '0b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48' +
    '210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b0964' +
    '3d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d' +
    '57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e' +
    '71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a' +
    '8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62' +
    'a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655' +
    'bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545' +
    'd24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933' +
    'e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711f' +
    'f1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0a' +
    'f98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0f' +
    'fcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932' +
    'f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865' +
    'f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4',
  plasma:
    '0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f0596' +
    '31059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a1' +
    '4c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a7' +
    '6600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a8' +
    '7e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a2' +
    '9511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296' +
    'aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488' +
    'bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679' +
    'cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586a' +
    'da5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5d' +
    'e66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4f' +
    'f0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441' +
    'f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33' +
    'fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328' +
    'fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25' +
    'f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921',
  cividis:
    '00205100215300225500235600235800245900255a00255c00265d00275e00275f002860002961002962002a63002b64' +
    '012b65022c65032d66042d67052e67052f6806306907306908316a09326a0b326a0c336b0d346b0e346b0f356c10366c' +
    '12376c13376d14386d15396d17396d183a6d193b6d1a3b6d1c3c6e1d3d6e1e3e6e203e6e213f6e23406e24406e25416e' +
    '27426e28436e29436e2b446e2c456e2e456e2f466e30476e32486e33486e34496e364a6e374a6e394b6e3a4c6e3b4d6e' +
    '3d4d6e3e4e6e3f4f6e414f6e42506e43516d44526d46526d47536d48546d4a546d4b556d4c566d4d576d4e576e50586e' +
    '51596e52596e535a6e545b6e565c6e575c6e585d6e595e6e5a5e6e5b5f6e5c606e5d616e5e616e60626e61636f62646f' +
    '63646f64656f65666f66666f67676f6868706969706a69706b6a706c6b706d6c706d6c716e6d716f6e71706f71716f71' +
    '7270717371727471727572727673727674727774737875737976737a77737b77747b78747c79747d7a747e7a747f7b75' +
    '807c75807d75817d75827e75837f768480768580768581768682768783768884778984778985778a86778b87778c8777' +
    '8d88778e89788e8a788f8a78908b78918c78928d78938e78938e78948f789590789691789792789892789993789a9478' +
    '9b95789b96789c96789d97789e98789f9978a09a78a19a78a29b78a39c78a49d78a59e77a69e77a79f77a8a077a9a177' +
    'aaa276aba376aca376ada476aea575afa675b0a775b2a874b3a874b4a974b5aa73b6ab73b7ac72b8ad72baae72bbae71' +
    'bcaf71bdb070beb170bfb26fc1b36fc2b46ec3b56dc4b56dc5b66cc7b76cc8b86bc9b96acaba6accbb69cdbc68cebc68' +
    'cfbd67d1be66d2bf66d3c065d4c164d6c263d7c363d8c462d9c561dbc660dcc660ddc75fdec85ee0c95de1ca5ce2cb5c' +
    'e3cc5be4cd5ae6ce59e7cf58e8d058e9d157ead256ebd355ecd454edd453eed553f0d652f1d751f1d850f2d950f3da4f' +
    'f4db4ef5dc4df6dd4df7de4cf8df4bf8e04bf9e14afae249fae349fbe448fbe548fce647fce746fde846fde946fdea45',
  rdbu:
    '05306106326407346708366a09386d0a3b700c3d730d3f750e41780f437b10457e114781124983134b86154d89164f8b' +
    '17528e1854901956931a58951b5a981d5c9a1e5e9c1f609e2062a02164a22365a42467a62569a8266baa286dab296fad' +
    '2a71ae2c73b02d75b12e76b23078b4317ab5337cb6347eb73680b93781ba3983bb3b85bc3d87bd3e89be408bbf428cc0' +
    '448ec14690c24892c34b94c44d96c54f98c65199c7549bc8569dc9599fca5ba1cb5ea3cc61a5cd64a7ce66a8cf69aad0' +
    '6cacd16faed271b0d374b2d477b3d57ab5d67db7d780b9d783bbd885bcd988beda8bc0db8ec1dc91c3dd93c4de96c6df' +
    '99c7e09cc9e09ecae1a1cce2a3cde3a6cfe3a9d0e4abd1e5aed3e6b0d4e6b2d5e7b5d7e8b7d8e8bad9e9bcdaeabedbea' +
    'c0dcebc2ddecc5dfecc7e0edc9e1edcbe2eecde3eecfe4efd1e5efd3e6f0d4e6f0d6e7f0d8e8f1dae9f1dbeaf1ddeaf2' +
    'dfebf2e0ecf2e2ecf2e3edf2e5edf2e6eef2e7eef2e9eff2eaeff2ebeff1eceff1edf0f1eef0f0eff0f0f0f0eff1efee' +
    'f2efedf3efedf4efecf4eeebf5eee9f6ede8f6ede7f7ece6f7ebe4f8eae3f8eae1f9e9e0f9e8def9e7dcfae6dafae5d8' +
    'fae3d7fae2d5fae1d3fae0d1fadecffbddccfbdbcafbdac8fbd8c6fbd7c4fad5c1fad3bffad2bcfad0bafaceb8faccb5' +
    'facab3f9c9b0f9c7aef9c5abf8c3a9f8c1a6f8bfa4f7bda1f7ba9ff6b89cf6b69af5b497f5b295f4af92f4ad90f3ab8d' +
    'f2a88bf2a688f1a486f0a183ef9f81ee9c7fee9a7ced977aec9578eb9276ea9073e98d71e88b6fe7886de6856be58369' +
    'e48067e27d65e17b63e07861df755fde735ddd705bdb6d59da6b57d96855d86554d66252d55f50d45d4ed25a4dd1574b' +
    'd0544ace5248cd4f46cc4c45ca4943c94742c74441c6413fc43f3ec33c3dc13a3bbf373abe3539bc3238ba3036b82e35' +
    'b72b34b52933b32732b12531af2330ad212faa1f2ea81d2da61c2da41a2ca1182b9f172a9c15299a1429971228941127' +
    '9210278f0f268c0d268a0c25870b24840a248109237e08237b07227906227605217304217003206d02206a011f67001f',
};

/** NaN's color: outside every table (a neutral mid gray; red on the gray map). */
const NAN_RGB: Record<ColormapName, readonly [number, number, number]> = {
  viridis: [128, 128, 128], magma: [128, 128, 128], inferno: [128, 128, 128], plasma: [128, 128, 128],
  cividis: [255, 0, 160], gray: [230, 30, 30], rdbu: [128, 128, 128],
};

export interface Colormap {
  name: ColormapName;
  /** 256 x [r, g, b]. */
  rgb: Uint8Array;
  /** 256 colors packed as ImageData pixels (RGBA bytes in memory order, alpha 255). */
  rgba32: Uint32Array;
  nan: readonly [number, number, number];
  /** NaN's color packed like rgba32. */
  nan32: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Packs r, g, b (and alpha 255) as one Uint32 in ImageData's byte order. */
export function pack(r: number, g: number, b: number, a = 255): number {
  return LITTLE_ENDIAN ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

const cache = new Map<ColormapName, Colormap>();

export function isColormapName(name: string): name is ColormapName {
  return (COLORMAPS as readonly string[]).includes(name);
}

/** The table of a colormap (built once, then cached). */
export function colormap(name: ColormapName = DEFAULT_COLORMAP): Colormap {
  let c = cache.get(name);
  if (c) return c;
  if (!isColormapName(name)) throw new TypeError(`unknown colormap '${name}'`);
  const rgb = new Uint8Array(768);
  if (name === 'gray') {
    for (let i = 0; i < 256; i++) rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = i;
  } else {
    const h = HEX[name];
    for (let i = 0; i < 768; i++) rgb[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  }
  const rgba32 = new Uint32Array(256);
  for (let i = 0; i < 256; i++) rgba32[i] = pack(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]);
  const nan = NAN_RGB[name];
  c = { name, rgb, rgba32, nan, nan32: pack(nan[0], nan[1], nan[2]) };
  cache.set(name, c);
  return c;
}

/**
 * Table index of value v on [min, max]: 0 at min, 255 at max, clipped outside (so +-inf
 * take the ends), -1 for NaN. A constant range (min == max) maps to the middle.
 */
export function lutIndex(v: number, min: number, max: number): number {
  if (v !== v) return -1;
  if (!(max > min)) return 128;
  const t = ((v - min) / (max - min)) * 256;
  return t <= 0 ? 0 : t >= 255 ? 255 : t | 0;
}

/** The [r, g, b] of value v on [min, max] in a colormap (NaN gets the NaN color). */
export function colorOf(v: number, min: number, max: number, name: ColormapName = DEFAULT_COLORMAP): [number, number, number] {
  const c = colormap(name);
  const i = lutIndex(v, min, max);
  if (i < 0) return [c.nan[0], c.nan[1], c.nan[2]];
  return [c.rgb[3 * i], c.rgb[3 * i + 1], c.rgb[3 * i + 2]];
}

/** CSS color text of a table entry. */
export function cssColor(rgb: ArrayLike<number>): string {
  return `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
}
