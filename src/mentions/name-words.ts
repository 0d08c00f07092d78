// Word lists that type a proper-name chunk: organisation, place and event heads, honorifics, speech verbs.

export const ORG_WORDS = new Set(
  (
    'Ministry Party Council Organisation Organization Committee Commission Bank Fund Inc Inc. Corp Corp. Corporation Ltd Ltd. Co Co. ' +
    'Company Group Association Union Front Army Court Parliament Assembly Agency University Institute Office Department ' +
    'Authority Federation League Alliance Movement Service Services News Times Post Airlines Airways Motors Senate Congress Police ' +
    'Force Forces Guard Guards Brigade Brigades Corps Network Foundation Center Centre Club Board Bureau Secretariat Cabinet ' +
    'Government Treasury Exchange Reserve Capital Holdings Industries Technologies Systems Petroleum Telecom Media Press Radio ' +
    'TV Television Channel Journal Tribune Herald Gazette Daily Review Council Coalition Conference Caucus Trust Society ' +
    'Chamber Hospital School College Academy Club Railways Railway Bloc Cartel Council Directorate Division Command ' +
    'Brothers Mutual Motor Aircraft Airplanes Computer Computers Auto Electric Steel Industrial Average Store Stores Communications Financial Securities Partners Ventures Records Pictures Studios Labs Software Insurance Pharma Foods Markets Banks Aeronautic Aerospace Defence Defense Dynamics Electronics Semiconductor Logistics Shipping Lines Air ' +
    'Mission Embassy Consulate Commissariat Tribunal Institute Laboratories Laboratory Pharmaceuticals'
  ).split(' '),
);

/** Legal-form words that close a company's full name ("Halvern Group PLC", "Corvid Holdings Inc."). */
export const CORPORATE_SUFFIXES = new Set(
  'Group PLC Plc plc Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited LLC AG SA S.A. NV N.V. Holdings GmbH'.split(
    ' ',
  ),
);

/** Lower-case nouns that describe an organisation named right after them ("the carmaker Kestrel"). */
export const ORG_DESCRIPTORS = new Set(
  'maker automaker carmaker manufacturer airline carrier company firm airframer magazine newspaper daily weekly bank lender insurer retailer giant conglomerate producer supplier operator developer broadcaster agency outlet website blog parent subsidiary unit division group chain brand startup'.split(
    ' ',
  ),
);

/** Capitals that are time zones and economic terms, not organisations ("0800 UTC"); currency codes are in
 * amount-recognizer's table. */
export const NOT_NAME_ACRONYMS = new Set(
  'RMB GMT UTC EST EDT CST CDT PST PDT CET CEST BST IST VIP GDP GNP IPO'.split(' '),
);

export const EVENT_WORDS = new Set(
  'Forum Summit Conference Show Fair Exhibition Week Games Cup Olympics War Festival Expo Dialogue Initiative Treaty Accord Accords Agreement Protocol Declaration Plan Programme Program Act Doctrine Revolution Spring Crisis Award Prize Day Conflict Talks'.split(
    ' ',
  ),
);

export const LOC_WORDS = new Set(
  'Province Region District River Mountain Mountains Sea Ocean Lake Valley Island Islands Street Avenue Square Bridge County Parish City Strait Gulf Bay Desert Peninsula Port Palace Plateau Basin Canal Corridor Highway Road Hills Coast Border Town Village Camp Base Airport Prefecture Oblast Territory Governorate Emirate Kingdom Republic State'.split(
    ' ',
  ),
);

export const HONORIFICS = new Set(
  'mr mrs ms miss dr sir dame lady lord prof professor sheikh shaikh imam ayatollah rev father sister brother gen general lt col colonel maj major capt captain adm admiral sgt cmdr marshal judge justice senator sen rep congressman congresswoman governor gov mayor president premier chancellor king queen prince princess emir sultan minister secretary ambassador envoy spokesman spokeswoman chairman chairwoman chief mullah'.split(
    ' ',
  ),
);

export const SPEECH_VERBS = new Set(
  'say tell add stress note warn reaffirm state announce claim insist explain argue declare assert reply respond remark confirm deny acknowledge write urge'.split(
    ' ',
  ),
);

/** Words that may join name tokens inside one name ("Bank of England", "Belt and Road Forum", "bin Salman"). */
export const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'del',
  'la',
  'du',
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'da',
  'dos',
  'on',
  '-',
]);

export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'outside',
  'into',
  'across',
  'toward',
  'towards',
  'through',
  'around',
  'via',
  'inside',
]);
