"""Word lists for the clinical text de-identifier.

Three kinds of list live here:

* the **name lexicon** the detector knows: first and last names from a fixed
  set of Faker locales (``DETECTOR_LOCALES``), read from the installed faker
  package at run time, so nothing is downloaded and nothing large is vendored;
* **guard words** that look like names but are clinical or everyday English
  (eponyms, drugs, departments, common words that are also surnames);
* **closed classes** used by the patterns: titles, credentials, relations,
  months, street suffixes (after the USPS list), US states.

The evaluation corpus draws part of its names from locales *not* listed in
``DETECTOR_LOCALES`` and from invented names, so that recall on names is not
inflated by a lexicon that knows every name it is tested on.
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import cache

# Locales whose person names the detector knows. Chosen for the languages most
# common in US and western European hospitals' patient lists.
DETECTOR_LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_IE",
    "es_ES",
    "es_MX",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pt_BR",
    "nl_NL",
)


def fold(word: str) -> str:
    """Lower-case without accents, for comparing names ("José" == "jose")."""
    nfkd = unicodedata.normalize("NFKD", word)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()


def _locale_names(locale: str) -> tuple[set[str], set[str]]:
    module = importlib.import_module(f"faker.providers.person.{locale}")
    provider = module.Provider
    first: set[str] = set()
    last: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        first.update(str(n) for n in getattr(provider, attr, ()))
    last.update(str(n) for n in getattr(provider, "last_names", ()))
    return first, last


@cache
def name_lexicon(
    locales: tuple[str, ...] = DETECTOR_LOCALES,
) -> tuple[frozenset[str], frozenset[str]]:
    """Folded first and last names of ``locales`` (single words only)."""
    first: set[str] = set()
    last: set[str] = set()
    for loc in locales:
        f, la = _locale_names(loc)
        first.update(fold(w) for n in f for w in n.replace("-", " ").split())
        last.update(fold(w) for n in la for w in n.replace("-", " ").split())
    drop = PARTICLES | {"doe", ""}
    return frozenset(w for w in first - drop if len(w) > 1), frozenset(
        w for w in last - drop if len(w) > 1
    )


@cache
def surrogate_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """First and last names that surrogates are drawn from (US English, ASCII)."""
    f, la = _locale_names("en_US")
    firsts = tuple(sorted(n for n in f if n.isascii() and n.isalpha() and fold(n) not in COMMON))
    lasts = tuple(sorted(n for n in la if n.isascii() and n.isalpha() and fold(n) not in COMMON))
    return firsts, lasts


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van", "von",
     "ter", "ten", "bin", "ibn", "al", "el", "st", "y", "e", "vd", "te"}
)  # fmt: skip

TITLES = (
    "Dr", "Doctor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Nurse", "Sister",
    "Rev", "Fr", "Sr", "Capt", "Sgt", "Det", "Ofc", "Cpl", "Lt", "Trooper", "Deputy", "Dep",
    "Tpr", "Insp", "Dra", "Sra", "Srta", "Doña", "Dona", "Mme", "Mlle", "Herr", "Frau",
)  # fmt: skip

CREDENTIALS = (
    "MD", "M.D.", "DO", "D.O.", "RN", "R.N.", "NP", "APRN", "ANP", "FNP", "PA-C", "PA", "PhD",
    "MBBS", "FACS", "FACP", "FRCP", "CNM", "LPN", "RPh", "PharmD", "DPM", "DDS", "DMD", "MSW",
    "LCSW", "PT", "DPT", "OT", "CRNA", "MPH", "BSN", "MSN", "DNP", "RD", "RRT",
    "EMT", "EMT-B", "EMT-P", "EMT-I", "CNA", "PCT", "LNA", "LICSW", "LMHC", "LMFT", "SLP",
    "CCC-SLP", "CPhT", "Esq", "NNP", "NNP-BC", "FNP-BC", "FNP-C", "ANP-BC", "AGNP", "AGACNP",
    "ACNP", "PMHNP", "CPNP", "NP-C", "CNS", "CCRN", "CEN", "RDN", "LDN", "CDCES", "CDE",
    "IBCLC", "CMA", "LMSW", "LCPC", "LPC", "LADC", "CADC", "BCBA", "OTR", "OTR/L", "COTA",
    "PTA", "ATC", "CRT", "RDMS", "RDCS", "RVT", "CNMT", "MBChB", "PsyD", "AuD", "FAAP", "FACC",
    "FACOG", "FACEP", "FCCP", "MRCP", "MPAS", "LVN", "CHPN", "OCN", "SANE", "RNC", "MBA",
    "CRC", "CCRC", "CCRP", "CCRA", "CRA", "CIP", "CCDS", "CDS", "RCIS", "RCES", "RHIA", "RHIT",
)  # fmt: skip

# Degrees that may sit between a name and its credentials ("Van der Merwe, MS,
# RD, LDN"); they are not credentials alone ("MS" is also the title Ms).
DEGREES = frozenset({"ms", "ma", "bs", "ba", "msc", "bsc", "med", "mba", "mph", "mha", "jd"})

# Clinical abbreviations of two to four letters that a clinician's initials are
# easily confused with ("d/w ID", "per GI", "(PO)", "- ok"): where the detector
# looks for initials (a sign-off, after "per", in brackets after a team), a word
# in this list is never taken for one. Lower case, without dots.
CLINICAL_ABBREVIATIONS = _words(
    """
    pt pts md mds rn rns np nps pa pas sw cm ot pt st slp rt rd cna lpn crna do dr drs
    ok nl wnl nad rrr ctab prn po iv im sc sq sl pr bid tid qid qd qod qhs hs ac pc npo
    od os ou ad as au dc d/c fu hx dx tx rx sx fx px bx cx abx ns lr d5 hr bp rr sbp dbp map
    temp wt ht bmi ed er or icu ccu micu sicu nicu picu pacu ir cath gi gu ent ob gyn obgyn
    pcp snf ltc ltac irf rtc yo m f am pm wk wks mo mos yr yrs min hrs sec neg pos abd ext
    cv resp pulm psych neuro renal cards id onc heme ortho uro derm optho ophtho ptt inr cbc
    bmp cmp lft lfts tsh ua uc bc ct mri mra cta us cxr kub ekg ecg tte tee egd ercp pft
    abg vbg ng og ngt peg picc cvc art ett trach vent bipap cpap nc nrb hfnc dvt pe mi chf
    copd dm htn hld cad ckd esrd aki uti cap hap vap dka hhs gerd ibd ibs ra sle ms als cva
    tia sah sdh ich loc gcs ams etoh ivdu hiv hcv hbv tb std sti pid bv hpv ck ckmb bnp
    trop ldh crp esr wbc rbc hgb hct plt pmn anc na k cl co2 bun cr gfr egfr ca mg phos alb
    ast alt alp ggt tbili dbili lipase amylase ldl hdl tg a1c fsbg bg poc cgm ins pca epi
    ivf ivp ivpb tpn ppn gtt mcg ml mmol meq tab tabs cap caps puff mdi neb inh top pv pr
    od ss ii iii iv vi vii viii ix xi xii lle rle lue rue ble bue lll rll rul rml lul ant
    post lat med sup inf prox dist bil bilat ap pa ll rl lt rt l r ok'd nkda nka sob cp
    doe pnd hpi ros pmh psh fh sh pe ap a/p mdm plan imp ddx ekg hep dnr dni dnar polst
    molst hcp poa poc fyi asap stat tbd na n/a nos wbat nwb pwb ttwb ffwb rom arom prom
    adl adls iadl iadls ambu amb fwb rw fww sba cga min mod max ind mod-i sup dep tbi
    sci cp cf sma md dmd ptsd ocd adhd asd odd bpd gad mdd sud oud aud ciwa cows phq
    cssrs si hi avh ah vh ect tms ssri snri tca maoi ocp iud lmp edd ga g p sab tab svd
    nsvd csx cs c/s vbac tolac pprom prom rom gbs nst bpp afi efw iugr sga lga nicu
    rds ttn bpd nec rop ivh pda asd vsd tof hlhs cdh ebm ebf fob ofc wcc vis ipv dtap
    mmr hib pcv rv hepb tdap td ppd igra bcg qft rpr vdrl hbsag vzv hsv cmv ebv rsv flu
    covid sars mrsa mssa vre esbl cre cdiff c.diff pna pjp pcp mac tbsa gsw mvc mva fall
    ems als bls cpr rosc acls pals atls fast efast dpl ex lap lapchole chole appy ex-lap
    tka tha orif crpp acdf alif tlif cabg pci pcta stemi nstemi acs afib aflutter svt vt
    vf pea asys icd ppm crt lvad rvad ecmo iabp ef lvef rvsp tr mr ar as ms pr ps lvh rvh
    ivc svc ij fem rad bx fna ebus lp eeg emg ncs vemg bipap trach peg jt gt jp nt ot
    ok ty thx pls plz w/ w/o s/p c/o h/o r/o f/u n/v d/w b/l y/o yo x x2 x3 ao aox
    ooc ooh ooo eod eow qam qpm qam qweek qmonth wk hs hh hha hhn pcs vna dme ot/pt
    pt/ot sw/cm rn/md qa qi hr ceo cfo cmo cno rn-bc mri-safe prn's cvs ihc spc qc pd fd
    dl dcf dss cps aps fn fna mom dad sis bro gf bf hcp bc ems pdmp ihs va vamc uds tox
    mtg ctx eval evals interp tech appt appts rehab meds labs vitals ppx sats hosp dispo
    vl gt hd pd vs
    """
)

# Staff roles written before a name, the way titles are ("RN Joy", "interpreter
# Sahra", "charge RN Wood", "adjuster Rob King"). Upper-case ones match only in
# upper case ("PA Chest" stays a view: "Chest" is no name word either way).
ROLES_UPPER = (
    "RN", "LPN", "CNA", "PCT", "PCA", "NP", "PA", "CM", "SW", "MSW", "EMT", "CN", "SLP",
    "LNA", "EMT-B", "EMT-P", "EMT-I", "CRNA", "MLS", "RRT", "CMA", "NA", "DIS",
)  # fmt: skip
ROLES = (
    "nurse", "medic", "paramedic", "doula", "midwife", "interpreter", "translator", "adjuster",
    "elder", "coach", "tech", "technician", "scribe", "sitter", "attorney", "lawyer",
    "counselor", "counsellor", "dietitian", "pharmacist", "resident", "intern", "fellow",
    "hospitalist", "intensivist", "therapist", "case manager", "social worker", "navigator",
    "supervisor", "preceptor", "manager", "receptionist", "secretary", "unit clerk", "clerk",
    "officer", "trooper", "detective", "caseworker", "advocate", "volunteer", "liaison",
    "interp", "imam", "pastor", "rabbi", "priest", "chaplain", "deacon", "employer contact",
    "landlord", "teacher", "principal", "lactation", "sonographer", "courier", "driver",
    "witness", "coordinator", "intake coordinator", "rep", "representative", "agent",
    "inmate", "detainee", "offender", "case mgr", "mgr", "scrub", "circulator", "surgeon",
    "anesthesiologist", "anesthetist", "anaesthetist", "radiologist", "pathologist", "reporter",
    "requester", "requestor", "examiner", "investigator", "inspector", "dispatcher",
)  # fmt: skip

RELATIONS = (
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "dad", "sister", "brother",
    "partner", "spouse", "friend", "neighbor", "neighbour", "niece", "nephew", "grandson",
    "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "caregiver", "girlfriend",
    "boyfriend", "fiance", "fiancee", "guardian", "cousin", "stepson", "stepdaughter",
    "son-in-law", "daughter-in-law", "roommate", "sibling", "proxy", "HCP", "POA", "family",
    "assistant", "aide", "chaplain", "landlord", "coworker", "co-worker", "sponsor",
    "DIL", "SIL", "MIL", "FIL", "BIL", "grandma", "grandpa", "granddad", "stepmom", "stepdad",
    "stepmother", "stepfather", "godmother", "godfather", "ex-wife", "ex-husband",
    "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "baby girl", "baby boy",
    "stepsister", "stepbrother", "half-sister", "half-brother", "grandchild", "godson",
    "goddaughter", "ex-girlfriend", "ex-boyfriend", "great-grandson", "great-granddaughter",
    "aunty", "auntie", "boss", "godchild", "bff", "dtr", "buddy",
)  # fmt: skip

# Plural relations followed by a list of names ("children Tunde, Folake, Remi").
RELATIONS_PLURAL = (
    "children", "kids", "sons", "daughters", "grandchildren", "grandkids", "siblings",
    "brothers", "sisters", "parents", "grandsons", "granddaughters", "nieces", "nephews",
    "friends", "cousins", "aunts", "uncles", "neighbors", "neighbours", "roommates",
)  # fmt: skip

# Field labels after which a person's name follows.
NAME_LABELS = (
    "Patient Name", "Patient", "Pt Name", "Name", "Attending Physician", "Attending",
    "Referring Physician", "Referring Provider", "Referring Doctor", "Referred by",
    "Primary Care Physician", "Primary Care Provider", "PCP", "Signed by",
    "Electronically signed by", "Dictated by", "Transcribed by", "Cosigned by", "Co-signed by",
    "Resident", "Fellow", "Surgeon", "Assistant", "Anesthesiologist", "Radiologist",
    "Interpreting Physician", "Read by", "Reviewed by", "Ordered by", "Ordering Provider",
    "Ordering Physician", "Provider", "Caller", "Called by", "Contact", "Emergency Contact",
    "Next of Kin", "NOK", "Guardian", "Informant", "cc", "To", "From", "Author", "Nurse",
    "Physician", "Consultant", "Re", "RE", "Patient name", "Subject", "Client", "Member",
    "Consulting Physician", "Requested by", "Technologist", "Sonographer", "Reading MD",
    "Reading Physician", "Reading Radiologist", "Performed by", "Verified by", "Entered by",
    "Documented by", "Prepared by", "Completed by", "Approved by", "Reported by", "Tech",
    "Midwife", "Chaplain", "Dietitian", "Endoscopist", "Proceduralist", "Pathologist",
    "Charge Nurse", "Charge RN", "Primary RN", "RN", "NP", "PA-C", "Asst", "Coordinator",
    "Study Coordinator", "Research Coordinator", "Counselor", "Financial Counselor", "RD", "DIS",
    "Attg", "Attd", "Reporter", "Transcriptionist", "Processed by", "Released by", "PI",
    "Navigator", "Educator", "Clinician", "Advocate", "Caseworker", "Investigator", "Driver",
    "Pilot", "Medic",
    "Pharmacist", "Therapist", "Social Worker", "Case Manager", "Interpreter", "Witness",
    "Health Care Proxy", "Healthcare Proxy", "Proxy", "Spouse", "Mother", "Father",
    "Pt", "Patient ID", "Resident Name", "Infant", "Baby", "Son", "Daughter", "Parent",
    "Employee", "Claimant", "Insured", "Subscriber", "Decedent", "Student", "Guarantor", "Crew",
    "Adjuster", "Attorney", "Supervisor", "Preceptor", "Scribe", "Chaperone", "Donor",
    "Recipient", "Caregiver", "Sponsor", "Parent/Guardian", "Mom", "Dad", "Spoke with",
)  # fmt: skip

# Phrases after which a person's name often follows in running text.
NAME_CUES = (
    "seen by", "seen with", "discussed with", "discussed w/", "d/w", "spoke with", "spoke to",
    "talked with", "talked to", "evaluated by", "examined by", "followed by", "referred by",
    "accompanied by", "signed out to", "per", "message from", "message for", "call from",
    "called", "paged", "paging", "page", "consulted", "care of", "lives with", "staying with",
    "contacted", "notified", "reached", "left message for", "LM for", "informed",
    "with her", "with his", "named", "reviewed with", "staffed with", "handed off to",
    "coordinated with", "discussion with", "met with", "visited by", "visit with",
    "cared for by", "covering for", "on behalf of", "spoke w/", "talked w/", "met w/",
    "seen w/", "report to", "report given to", "report called to", "handoff to", "hand off to",
    "Dear", "Hi", "Hello", "Thanks", "Thank you", "patient", "pt", "asked to see",
    "called to see", "records for", "chart of", "records of", "screened by", "consented by",
    "obtained by", "witnessed by", "interpreted by", "its", "it's", "this is",
)  # fmt: skip

CLOSINGS = (
    "Sincerely", "Regards", "Best regards", "Kind regards", "Warm regards", "Respectfully",
    "Yours sincerely", "Yours truly", "Best", "Thank you", "Thanks", "Cordially",
)  # fmt: skip

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_FULL = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Street suffixes, after the USPS standard list (Publication 28, C1), with
# their common abbreviations.
STREET_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
    "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir",
    "Parkway", "Pkwy", "Highway", "Hwy", "Square", "Sq", "Trail", "Trl", "Route", "Rte", "Loop",
    "Crossing", "Xing", "Alley", "Aly", "Pike", "Row", "Run", "Path", "Walk", "Plaza", "Plz",
    "Heights", "Hts", "Ridge", "Rdg", "Park", "Point", "Pt", "Summit", "Landing", "Lndg",
    "Station", "Sta", "Mill", "Mills", "Harbor", "Hbr", "Crescent", "Cres", "Estates", "Est",
    "Gardens", "Gdns", "Garden", "Glen", "Grove", "Grv", "Hill", "Hills", "Isle", "Junction",
    "Jct", "Key", "Lake", "Lakes", "Manor", "Mnr", "Meadow", "Meadows", "Mdws", "Pass", "Port",
    "Ranch", "Shore", "Shores", "Springs", "Spgs", "Spring", "Spur", "Stream", "Turnpike",
    "Tpke", "Valley", "Vly", "View", "Views", "Ville", "Vista", "Vis", "Well", "Wells", "Bend",
    "Bluff", "Bluffs", "Bottom", "Branch", "Bridge", "Brook", "Brooks", "Burg", "Burgs",
    "Bypass", "Camp", "Canyon", "Cape", "Causeway", "Center", "Centers", "Cliff", "Cliffs",
    "Club", "Common", "Commons", "Corner", "Corners", "Course", "Courts", "Cove", "Coves",
    "Creek", "Crest", "Curve", "Dale", "Dam", "Divide", "Drives", "Expressway", "Expy",
    "Extension", "Ext", "Extensions", "Fall", "Falls", "Ferry", "Field", "Fields", "Flat",
    "Flats", "Ford", "Fords", "Forest", "Forge", "Forges", "Fork", "Forks", "Fort", "Freeway",
    "Fwy", "Gateway", "Glens", "Green", "Greens", "Groves", "Haven", "Harbors", "Hollow",
    "Inlet", "Island", "Islands", "Knoll", "Knolls", "Light", "Lights", "Lock", "Locks", "Lodge",
    "Mall", "Manors", "Mission", "Motorway", "Mount", "Mountain", "Mountains", "Neck",
    "Orchard", "Oval", "Overpass", "Parks", "Parkways", "Pine", "Pines", "Plain", "Plains",
    "Points", "Ports", "Prairie", "Radial", "Ramp", "Rapid", "Rapids", "Rest", "Ridges",
    "River", "Roads", "Routes", "Shoal", "Shoals", "Skyway", "Squares", "Stravenue", "Streets",
    "Throughway", "Trace", "Track", "Trafficway", "Trailer", "Tunnel", "Underpass", "Union",
    "Unions", "Valleys", "Viaduct", "Village", "Villages", "Vl", "Walks", "Wall", "Ways",
    "Circles", "Locks", "Via", "Crossroad", "Crossroads", "Landings", "Loaf", "Mews", "Orchards",
    "Passage", "Ranches", "Stations", "Summits", "Terraces", "Trails", "Tunnels", "Isles",
    "Junctions", "Keys", "Fort", "Hollows", "Harbour", "Courts", "Estates", "Lanes", "Shoals",
    "Spurs", "Centre", "Close", "Gate", "Gates", "Mount", "Pointe", "Curves", "Grounds", "Estate",
    "Land",
)  # fmt: skip

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands", "PW": "Palau", "MH": "Marshall Islands",
    "FM": "Micronesia", "AA": "Armed Forces Americas", "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific",
}  # fmt: skip

# Three-digit ZIP prefixes whose area holds 20,000 people or fewer (HHS Safe
# Harbor guidance, 2000 census): they become 000.
RESTRICTED_ZIP3 = frozenset(
    {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
     "879", "884", "890", "893"}
)  # fmt: skip

# Eponyms and clinical words that are also surnames or first names: never a
# name on lexicon evidence alone (a title or a label still makes them one).
MEDICAL = _words(
    """
    parkinson parkinsons foley hodgkin hodgkins gram crohn crohns addison addisons cushing
    cushings alzheimer alzheimers hashimoto hashimotos kaposi kaposis guillain barre epstein
    swan ganz holter doppler babinski apgar whipple glasgow tanner romberg homans lachman
    mcmurray phalen tinel trendelenburg valsalva kussmaul cheyne korsakoff wernicke marfan
    marfans raynaud raynauds sjogren sjogrens paget pagets dupuytren huntingtons tourette
    tourettes asperger aspergers meniere menieres kawasaki behcet behcets bartholin nissen roux
    billroth heimlich seldinger pfannenstiel kocher mcburney psoas virchow virchows charcot
    friedreich duchenne klinefelter angelman prader willi eisenmenger brugada wolff mobitz
    wenckebach purkinje korotkoff zenker schatzki boerhaave meckel hirschsprung burkitt wilms
    hurthle coombs bethesda papanicolaou pap ziehl neelsen giemsa hemovac malecot pigtail
    x-ray x-rays t-cell b-cell t-score z-score
    broviac groshong mediport swan-ganz sengstaken blakemore dobhoff glidescope bovie jp picc
    lasix coumadin eliquis xarelto plavix zosyn keflex cipro flagyl tylenol motrin advil aleve
    norco percocet dilaudid ativan xanax haldol zofran protonix nexium prilosec pepcid colace
    senna miralax dulcolax lovenox heparin insulin lantus humalog novolog metformin lisinopril
    amlodipine metoprolol atorvastatin simvastatin warfarin apixaban aspirin clopidogrel
    furosemide spironolactone gabapentin lyrica neurontin keppra dilantin depakote lamictal
    zoloft prozac lexapro celexa paxil wellbutrin seroquel zyprexa risperdal abilify lithium
    synthroid prednisone solumedrol decadron vancomycin vanc ceftriaxone rocephin cefepime
    meropenem augmentin amoxicillin bactrim doxycycline azithromycin zithromax levaquin
    levofloxacin albuterol duoneb spiriva advair symbicort flovent narcan naloxone morphine
    fentanyl oxycodone tramadol ketorolac toradol benadryl ambien melatonin trazodone cymbalta
    effexor buspar klonopin valium versed propofol precedex levophed norepinephrine vasopressin
    dobutamine milrinone amiodarone digoxin diltiazem cardizem verapamil hydralazine labetalol
    carvedilol coreg entresto jardiance farxiga ozempic trulicity victoza januvia glipizide
    lipitor crestor zocor humira remicade enbrel rituxan herceptin keytruda opdivo avastin
    tamoxifen arimidex sinemet levodopa carbidopa aricept namenda botox epipen
    unasyn timentin ancef cefazolin kefzol maxipime merrem invanz zyvox linezolid cubicin
    daptomycin diflucan fluconazole valtrex acyclovir tamiflu paxlovid remdesivir cleocin
    clindamycin macrobid nitrofurantoin monurol medrol kenalog depo-medrol imdur nitrostat
    od os ou hh dme ssi ip ocn molst polst snf ltach
    """
)

# Common English and clinical words that also occur in name lists. A capital
# letter alone (sentence start, headings) is not enough evidence for these.
COMMON = _words(
    """
    a an the and or but if of in on at to for by with from as is are was were be been has have
    had do does did not no yes he she his her him they them their we our you your it its this
    that these those there here who whom which what when where why how all any some one two
    three four five six seven eight nine ten first second third last next new old good well
    better best bad worse ill sick fine great little long short high low big small full open
    close closed left right upper lower mid middle north south east west central general
    patient pt patients doctor nurse physician provider family history present illness
    assessment plan impression findings exam examination review systems social medical surgical
    allergies medications medication meds labs lab vitals vital signs diagnosis diagnoses
    discharge admission admit admitted follow followup follow-up today tomorrow yesterday
    tonight morning evening night day days week weeks month months year years time daily weekly
    monthly hourly once twice prn po iv im sq sc bid tid qid qd qhs hs ac pc will may can could
    would should shall might must mark bill grace hope faith joy rose lily iris ivy daisy ruby
    pearl amber crystal dawn summer autumn winter spring fall sky river brook glen dale hill
    hall king rich young long brown green gray grey black white red gold silver wood woods
    stone rock ford bush baker cook mason hunter fisher porter walker ward wells west street
    lane park price case page chase love day weeks guy ray frank drew miles major joy sunny
    star cash chance chip clay cliff doc duke grant hardy jack job kit norm pat penny sandy sue
    van will young august april june may march christmas easter noon care home house room unit
    floor bed ward clinic hospital center office emergency cardiology oncology neurology
    radiology pathology surgery medicine psychiatry pediatrics orthopedics urology nephrology
    gastroenterology pulmonology dermatology rheumatology endocrinology hematology obstetrics
    gynecology ophthalmology anesthesia icu er ed micu sicu ccu picu nicu pacu or ent gi gu pt
    ot slp rt pharmacy nutrition dietary social work case management hospice palliative rehab
    rehabilitation physical occupational speech therapy therapist respiratory blood pressure
    heart rate pulse temperature oxygen saturation weight height bmi pain nausea vomiting fever
    chills cough chest abdomen abdominal head neck back extremities skin neuro psych cv resp
    normal abnormal negative positive stable unstable acute chronic mild moderate severe noted
    denies reports states complains presents presented given received started continue
    continued stop stopped hold held increase increased decrease decreased start restart change
    changed check checked call called see seen saw note notes per via prior post pre status s/p
    h/o c/o w/o r/o f/u nkda nka hx dx tx rx sx fx mr mrs ms miss dr prof sir madam ma'am son
    daughter wife husband mother father brother sister friend partner spouse aunt uncle niece
    nephew cousin grandson granddaughter chief complaint cc hpi pmh psh fh sh ros pe ap a/p mdm
    sincerely regards thanks thank dear hello hi best kind warm yours truly respectfully signed
    electronically dictated transcribed reviewed attending resident fellow intern student staff
    team service consult consultation referral referred reason alert oriented awake calm
    pleasant cooperative comfortable distress lungs clear bilaterally regular rhythm murmur
    soft tender nontender distended bowel sounds edema pulses intact strength sensation
    reflexes gait tablet tablets capsule capsules dose doses mg mcg ml units tab tabs cap caps
    note: plan: impression: assessment: history: name: patient: mrn: dob: mass hospital general
    memorial saint st university medical center clinic america american english spanish french
    german italian chinese hispanic latino african asian caucasian white black christian
    catholic jewish muslim north south east west new port lake mount fort
    mrn dob ssn acct age sex male female yo y/o dos adm disch id no number date phone fax
    tel cell email address city state zip re subject attn encounter visit account record
    mri ct cxr ekg ecg echo us xr pet eeg emg cbc bmp cmp inr ptt lft tsh bnp hba1c
    copd chf cad htn hld dm ckd esrd afib aki uti dvt pe gerd osa mi cva tia bph
    his hers she he i me my mine our ours its i'm
    kidney liver heart lung lungs brain bone blood donor profile index course transplant
    rapid response sign float night day team service line code blue red yellow stroke
    trauma burn cancer tumor board program protocol study trial registry score guideline
    jan feb mar apr jun jul aug sep sept oct nov dec
    god meeting meetings autopsy notify read sending admitting intake records
    medi-cal medicaid medicare tricare aetna cigna humana practice interpreter funeral dtr
    dpoa mpoa hcpoa inmate detainee offender
    """
)
# The guard against lexicon-only evidence: clinical and common words.
NOT_NAME = MEDICAL | COMMON

# Words after a capitalised word that make it an eponym, not a person.
# Scales and grades named after people, which a number or grade follows
# ("Wagner 2", "Braden 14", "Berg 38/56"): not a name there, a name elsewhere.
SCALE_EPONYMS = _words(
    """
    wagner shaffer ballard berg morse braden norton waterlow bishop mallampati breslow
    gleason fitzpatrick killip spetzler ranson pugh caprini apfel lown rockall blatchford
    hinchey bosniak lugano durie rutherford fontaine cormack lehane ashworth brunnstrom
    tinetti karnofsky zubrod nyha ecog hoehn yahr rankin barthel vesikari westley
    """
)

EPONYM_NOUNS = _words(
    """
    disease diseases syndrome syndromes sign signs test tests maneuver manoeuvre palsy
    catheter catheters stain stains lymphoma sarcoma tumor tumour monitor score scale
    criteria classification procedure operation repair reflex phenomenon triad law
    fracture fractures esophagus ulcer cell cells node nodes bodies body drain drains
    tube tubes needle blade forceps retractor incision position solution bundle block
    node murmur rub ratio index stage grade staging rule rules sheath sheaths filter mask
    dementia chorea ataxia anemia contracture lesion lesions nodule nodules cyst cysts
    hernia pouch diverticulum capsule line lines space spaces tear tears virus esophagus
    thyroiditis encephalopathy neuropathy cardiomyopathy anomaly malformation drain
    aneurysm spots nodes rash disorder effect dressing splint patch pump protocol
    technique method exercises maneuvers regimen formula equation shunt valve
    """
)
